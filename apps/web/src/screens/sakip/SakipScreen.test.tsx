import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionProvider } from '../../api/session';
import { renderScreen, type Call } from '../../testing';
import SakipScreen from './SakipScreen';
import { answer, evaluation } from './testData';
import type { SakipEvaluation } from './types';

const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '');
const tokenOf = (roles: string[]) => `${b64({ alg: 'HS256' })}.${b64({ sub: 'evaluator@kab-contoh', tenant: 'kab-contoh', roles })}.sig`;

const node = (unitId: string, name: string, kind: string, children: object[] = []) => ({ unitId, name, kind, parentId: kind === 'pemda' ? null : 'pemda', status: 'active', children });
const TREE = {
  tenantId: 'kab-contoh',
  asOf: null,
  roots: [
    node('pemda', 'Pemerintah Kabupaten Contoh', 'pemda', [
      node('bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'opd'),
      node('dinkes', 'Dinas Kesehatan', 'opd', [node('dinkes-p2p', 'Bidang P2P', 'bidang')]),
    ]),
  ],
};
const written = (eventType: string, data: unknown) => ({ streamId: 'sakip-evaluation-kab-contoh.bpkad.2026', revision: 4, position: 121, replayed: false, eventTypes: [eventType], data });
const notFound: [number, unknown] = [404, { code: 'EVALUATION_NOT_FOUND', message: 'Evaluasi SAKIP belum dimulai / not started' }];

/** A backend holding one evaluation (bpkad 2026); `writes` answers the writes. */
function backend(stored: () => SakipEvaluation, writes: (call: Call) => [number, unknown] = () => [500, {}]) {
  return (call: Call): [number, unknown] => {
    const p = call.url.pathname;
    if (p === '/org/tree') return [200, TREE];
    if (call.method === 'GET' && p === '/sakip/evaluations/bpkad/2026') return [200, stored()];
    if (call.method === 'GET' && p.startsWith('/sakip/evaluations/')) return notFound;
    return writes(call);
  };
}

const render = (path: string, answer: (call: Call) => [number, unknown]) =>
  renderScreen(
    '/sakip/:unitId?/:year?',
    path,
    <SessionProvider>
      <SakipScreen />
    </SessionProvider>,
    answer,
  );
const writesOf = (calls: Call[]) => calls.filter((c) => c.method !== 'GET');
const row = (code: string) => screen.getByTestId(`criterion-${code}`);

/** Opens the answer form with the button `button` (e.g. "Jawab 1.a.2"): its inputs by label, `set` changes one, `press` clicks one of its buttons. */
async function openForm(button: string) {
  fireEvent.click(await screen.findByRole('button', { name: button }));
  const form = screen.getByTestId('answer-form');
  const field = (label: string) => within(form).getByLabelText(label) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  return {
    form,
    field,
    set: (label: string, value: string) => fireEvent.change(field(label), { target: { value } }),
    press: (name: string) => fireEvent.click(within(form).getByRole('button', { name })),
  };
}

describe('SakipScreen', () => {
  beforeEach(() => sessionStorage.setItem('capaian.session', tokenOf(['evaluator'])));
  afterEach(() => {
    cleanup();
    sessionStorage.clear();
  });

  it('lists the Pemda and its OPDs for the year with each evaluation, and starts one', async () => {
    const { calls } = render(
      '/sakip?year=2026',
      backend(evaluation, (c) => (c.method === 'POST' && c.url.pathname === '/sakip/evaluations' ? [201, written('sakip-evaluation-started', null)] : [500, {}])),
    );
    const bpkad = await screen.findByTestId('sakip-unit-bpkad');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Evaluasi SAKIP (LKE)');
    expect(bpkad.getAttribute('data-status')).toBe('in_progress');
    expect(bpkad.textContent).toContain('Sedang dievaluasi');
    expect(bpkad.textContent).toContain('20,40');
    expect(bpkad.textContent).toContain('D · Sangat Kurang (sementara)');
    expect(bpkad.textContent).toContain('2 dari 7');
    expect(screen.queryByTestId('sakip-unit-dinkes-p2p')).toBeNull();
    const start = within(screen.getByTestId('sakip-unit-dinkes')).getByRole('button', { name: 'Mulai evaluasi Dinas Kesehatan' });
    fireEvent.click(start);
    fireEvent.click(start);
    await screen.findByTestId('not-started');
    expect(writesOf(calls)).toEqual([expect.objectContaining({ method: 'POST', body: { unitId: 'dinkes', year: 2026 } })]);
  });

  it('shows the worksheet: score, grade and breakdown; each criterion with weight, suggestion and what it was derived from, answer, note and evidence', async () => {
    render('/sakip/bpkad/2026', backend(evaluation));
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluasi SAKIP Badan Pengelolaan Keuangan dan Aset Daerah tahun 2026' })).toBeTruthy();
    expect(screen.getByTestId('sakip-status').textContent).toBe('Sedang dievaluasi');
    expect(screen.getByTestId('sakip-total').textContent).toBe('20,40');
    expect(screen.getByTestId('sakip-grade').textContent).toBe('D');
    expect(screen.getByTestId('sakip-grade-label').textContent).toBe('Sangat Kurang');
    expect(screen.getByTestId('sakip-progress').textContent).toBe('2 dari 7 kriteria dijawab (28%)');
    expect(screen.getByTestId('breakdown-perencanaan').textContent).toContain('20,40');
    expect(screen.getByTestId('breakdown-perencanaan-kualitas').textContent).toContain('80%');
    const b1 = row('1.b.1');
    expect(within(b1).getByTestId('suggestion').textContent).toContain('AA · Sangat memadai');
    expect(within(b1).getByTestId('derived-from').textContent).toBe('Berdasarkan: 5 dari 5 IKU memiliki target (100 %)');
    expect(within(b1).getByTestId('answer').textContent).toContain('B · Sebagian besar terpenuhi');
    expect(within(b1).getByTestId('deviates').textContent).toBe('Berbeda dari saran sistem (AA)');
    expect(b1.textContent).toContain('18'); // 60 x 30 % over one criterion
    const a1 = row('1.a.1');
    expect(within(a1).getByTestId('note').textContent).toBe('Catatan: Renstra 2025-2029 ditetapkan Perkada');
    expect(within(a1).getByRole('link', { name: 'Renstra BPKAD' }).getAttribute('href')).toBe('https://drive.example.go.id/renstra.pdf');
    expect(within(row('1.c.1')).getByTestId('unanswered').textContent).toBe('Belum dijawab');
    fireEvent.change(screen.getByLabelText('Tampilkan kriteria'), { target: { value: 'deviates' } });
    expect(screen.queryByTestId('criterion-1.a.1')).toBeNull();
    expect(screen.getByTestId('criterion-1.b.1')).toBeTruthy();
  });

  it('answers a criterion with the suggestion pre-selected, a note and evidence; a second click writes nothing more', async () => {
    let stored = evaluation();
    const { calls } = render(
      '/sakip/bpkad/2026',
      backend(
        () => stored,
        (c) => {
          if (c.method === 'PUT' && c.url.pathname === '/sakip/evaluations/bpkad/2026/answers/1.a.2') {
            stored = evaluation({ answers: { ...stored.answers, '1.a.2': answer('Y', '1') }, revision: 4 });
            return [200, written('sakip-criterion-answered', { criterionCode: '1.a.2', answer: 'Y' })];
          }
          return [500, {}];
        },
      ),
    );
    const answering = await openForm('Jawab 1.a.2');
    expect(answering.field('Jawaban').value).toBe('Y');
    answering.set('Catatan (opsional)', 'PK ditandatangani Kepala BPKAD');
    answering.press('Tambah bukti dukung');
    answering.set('Tautan bukti 1', 'https://drive.example.go.id/pk.pdf');
    // The same button twice: the second click comes while the first write is under way.
    const save = within(answering.form).getByRole('button', { name: 'Simpan' });
    fireEvent.click(save);
    fireEvent.click(save);
    expect((await screen.findByTestId('sakip-notice')).textContent).toBe('Kriteria 1.a.2 dijawab Y.');
    expect(writesOf(calls)).toEqual([
      expect.objectContaining({ method: 'PUT', body: { answer: 'Y', note: 'PK ditandatangani Kepala BPKAD', evidence: [{ url: 'https://drive.example.go.id/pk.pdf' }] } }),
    ]);
    await waitFor(() => expect(row('1.a.2').getAttribute('data-answer')).toBe('Y'));
    expect(screen.queryByTestId('answer-form')).toBeNull();
  });

  it("revises an answer: the API's message on the reason field, then the revision with its reason", async () => {
    const { calls } = render(
      '/sakip/bpkad/2026',
      backend(evaluation, (c) => {
        if (c.method === 'POST' && c.url.pathname.endsWith('/answers/1.a.1/revisions')) {
          const body = c.body as { reason: string };
          if (body.reason === '')
            return [400, { code: 'VALIDATION_FAILED', message: 'Validation failed', details: [{ field: 'reason', errors: ['reason must be longer than or equal to 1 characters'] }] }];
          return [200, written('sakip-answer-revised', { criterionCode: '1.a.1', answer: 'T', reason: body.reason, previous: answer('Y', '1') })];
        }
        return [500, {}];
      }),
    );
    const revising = await openForm('Revisi 1.a.1');
    expect(revising.field('Catatan (opsional)').value).toBe('Renstra 2025-2029 ditetapkan Perkada');
    revising.set('Jawaban', 'T');
    revising.press('Simpan revisi');
    const error = await within(revising.form).findByText('reason minimal 1 karakter');
    expect(error.closest('[data-field="reason"]')).toBeTruthy();
    expect(revising.field('Alasan revisi').getAttribute('aria-invalid')).toBe('true');
    revising.set('Alasan revisi', 'Renstra belum ditetapkan Perkada');
    revising.press('Simpan revisi');
    expect((await screen.findByTestId('sakip-notice')).textContent).toBe('Jawaban kriteria 1.a.1 direvisi dari Y menjadi T. Alasan: Renstra belum ditetapkan Perkada');
    const revisions = writesOf(calls);
    expect(revisions).toHaveLength(2);
    expect(revisions[1]!.body).toEqual({
      answer: 'T',
      note: 'Renstra 2025-2029 ditetapkan Perkada',
      evidence: [{ url: 'https://drive.example.go.id/renstra.pdf', label: 'Renstra BPKAD' }],
      reason: 'Renstra belum ditetapkan Perkada',
    });
  });

  it('a refused finalization lists the unanswered criteria with links to them', async () => {
    render(
      '/sakip/bpkad/2026',
      backend(evaluation, (c) =>
        c.url.pathname.endsWith('/finalize')
          ? [
              422,
              {
                code: 'EVALUATION_INCOMPLETE',
                field: 'answers',
                message: '5 kriteria belum dijawab: 1.a.2, 1.c.1, 2.a.1, 2.b.1, 2.c.1 / every criterion must be answered before finalizing',
                details: ['1.a.2', '1.c.1', '2.a.1', '2.b.1', '2.c.1'].map((code) => ({ field: `answers.${code}`, errors: ['belum dijawab / not answered'], criterionCode: code })),
              },
            ]
          : [500, {}],
      ),
    );
    fireEvent.click(await screen.findByTestId('finalize'));
    const refused = await screen.findByTestId('finalize-refused');
    expect(refused.textContent).toContain('Finalisasi ditolak: kriteria berikut belum dijawab (5)');
    const items = within(screen.getByTestId('unanswered-list')).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-code'))).toEqual(['1.a.2', '1.c.1', '2.a.1', '2.b.1', '2.c.1']);
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe('#criterion-1_a_2');
    expect(document.getElementById('criterion-1_a_2')).toBe(row('1.a.2'));
  });

  it('a finalized evaluation shows its final grade, locks the answers and reopens with a reason', async () => {
    let stored = evaluation({ status: 'finalized' });
    const { calls } = render(
      '/sakip/bpkad/2026',
      backend(
        () => stored,
        (c) => {
          if (c.url.pathname.endsWith('/reopen')) {
            stored = evaluation({ revision: 4 });
            return [200, written('sakip-evaluation-reopened', { round: 1, previousTotal: '20.4', previousGrade: 'D', reason: (c.body as { reason: string }).reason })];
          }
          return [500, {}];
        },
      ),
    );
    await screen.findByTestId('reopen-panel');
    expect(screen.getByTestId('sakip-status').textContent).toBe('Final');
    expect(screen.getByRole('heading', { level: 2, name: 'Nilai akhir' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Jawab|^Revisi/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('Alasan membuka kembali'), { target: { value: 'Bukti tambahan diterima' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali evaluasi' }));
    expect((await screen.findByTestId('sakip-notice')).textContent).toBe('Evaluasi dibuka kembali (sebelumnya nilai 20,40, predikat D). Alasan: Bukti tambahan diterima');
    await screen.findByTestId('finalize-panel');
    expect(writesOf(calls)).toEqual([expect.objectContaining({ method: 'POST', body: { reason: 'Bukti tambahan diterima' } })]);
    expect(screen.getByRole('button', { name: 'Revisi 1.a.1' })).toBeTruthy();
  });

  it('a viewer sees the worksheet without write actions', async () => {
    sessionStorage.setItem('capaian.session', tokenOf(['viewer']));
    render('/sakip/bpkad/2026', backend(evaluation));
    await screen.findByTestId('criterion-1.a.1');
    expect(screen.queryByTestId('finalize-panel')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Jawab|^Revisi/ })).toBeNull();
  });
});
