import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderScreen, type Call } from '../../testing';
import PoliciesScreen from './PoliciesScreen';
import { DEFAULT_POLICY } from './testFixtures';
import type { ScoringPolicy } from './types';

const V1: ScoringPolicy = { ...DEFAULT_POLICY, policyId: 'scoring-policy-kab-contoh.2026', version: 1, achievement: { ...DEFAULT_POLICY.achievement, cap: '100' } };
const entry = (version: number, reason: string | null) => ({
  version,
  policyId: version === 0 ? 'permendagri-86-2017' : 'scoring-policy-kab-contoh.2026',
  reason,
  recordedAt: version === 0 ? null : '2026-07-01T02:00:00.000Z',
  actor: version === 0 ? null : 'evaluator@kab-contoh',
});

/** A fake evaluation service holding the 2026 scoring policy versions; `put` answers each PUT. */
function backend(put: (body: { policy: Record<string, unknown>; reason: string }) => [number, unknown]) {
  const stored: ScoringPolicy[] = [DEFAULT_POLICY];
  const reasons: (string | null)[] = [null];
  return (call: Call): [number, unknown] | Promise<[number, unknown]> => {
    const p = call.url.pathname;
    if (p === '/policies/2026' && call.method === 'GET') return [200, { year: 2026, current: stored[stored.length - 1], isDefault: stored.length === 1, versions: stored, default: DEFAULT_POLICY }];
    if (p === '/policies/2026/versions') return [200, { year: 2026, versions: stored.map((_, i) => entry(i, reasons[i]!)) }];
    if (p === '/policies/2026/versions/0') return [200, { ...entry(0, null), year: 2026, document: DEFAULT_POLICY }];
    if (p === '/policies/2026' && call.method === 'PUT') {
      const body = call.body as { policy: Record<string, unknown>; reason: string };
      const [status, answer] = put(body);
      if (status === 200 && (answer as { changed: boolean }).changed) {
        stored.push({ ...V1, version: stored.length });
        reasons.push(body.reason);
      }
      return new Promise((resolve) => setTimeout(() => resolve([status, answer]), 20));
    }
    if (p === '/scorecards')
      return [
        200,
        [{ scorecardId: 'dpmptsp-2026', unitId: 'dpmptsp', year: 2026, theme: null, title: 'Balanced Scorecard DPMPTSP', status: 'approved', version: 1, perspectives: 4, objectives: 5, kpis: 2 }],
      ];
    if (p === '/scores/scorecards/dpmptsp-2026/what-if') {
      const body = call.body as { policyVersion?: number; policy?: { policyId: string; version: number } };
      const other = body.policy ? { policyId: body.policy.policyId, version: body.policy.version } : { policyId: 'permendagri-86-2017', version: body.policyVersion! };
      return [
        200,
        {
          scorecardId: 'dpmptsp-2026',
          period: 'Y',
          asOf: null,
          actual: { policy: { policyId: 'permendagri-86-2017', version: 0 }, score: '90.0556', scoreDisplay: '90.06', band: 'sangat_tinggi' },
          whatIf: { policy: other, score: '89.9615', scoreDisplay: '89.96', band: 'tinggi' },
          kpis: [{ kpiId: 'dpmptsp-2026.iku-01', code: 'IKU-01', actual: '100.2745', actualDisplay: '100.27', whatIf: '100', whatIfDisplay: '100.00', actualLight: 'green', whatIfLight: 'green' }],
          details: { actual: { kpis: [{ kpiId: 'dpmptsp-2026.iku-01', code: 'IKU-01', name: 'Indeks kepuasan' }] }, whatIf: { kpis: [] } },
        },
      ];
    }
    return [404, { code: 'NOT_FOUND', message: p }];
  };
}

const written = (changed: boolean, version: number) =>
  [200, { year: 2026, changed, replayed: false, eventTypes: changed ? ['scoring-policy-set'] : [], data: changed ? { version } : null, current: V1 }] as [number, unknown];
const render = (put: Parameters<typeof backend>[0], path = '/policies?year=2026') => renderScreen('/policies', path, <PoliciesScreen />, backend(put));
const form = () => within(screen.getByTestId('scoring-form'));
const cap = () => form().getByRole('textbox', { name: /Batas atas capaian/ });
const reason = () => form().getByRole('textbox', { name: 'Alasan perubahan' });
const save = () => form().getByRole('button', { name: 'Simpan sebagai versi baru' });

afterEach(cleanup);

describe('policies screen', () => {
  it('shows the scoring policy in force as a form and its versions, the default marked', async () => {
    render(() => written(true, 1));
    await waitFor(() => expect(cap()).toHaveProperty('value', '120'));
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Kebijakan']);
    expect(screen.getByTestId('in-force').textContent).toContain('ketentuan bawaan (versi 0)');
    const rows = within(await screen.findByTestId('scoring-versions')).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Bawaan · Berlaku');
    expect(within(screen.getByTestId('scoring-edit-bands')).getAllByRole('group')).toHaveLength(5);
  });

  it('saves a change once with its reason and says which version it became', async () => {
    const puts: unknown[] = [];
    const { calls } = render((body) => {
      puts.push(body);
      return written(true, 1);
    });
    await waitFor(() => expect(cap()).toHaveProperty('value', '120'));
    fireEvent.change(cap(), { target: { value: '100' } });
    fireEvent.change(reason(), { target: { value: 'Cap 100 sesuai Perbup 12/2026' } });
    const button = save();
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button.textContent).toBe('Menyimpan…');
    await screen.findByText('Tersimpan sebagai versi 1; versi ini sekarang berlaku.');
    expect(puts).toHaveLength(1);
    const body = puts[0] as { policy: { achievement: { cap: string }; policyId?: string }; reason: string };
    expect(body.reason).toBe('Cap 100 sesuai Perbup 12/2026');
    expect(body.policy.achievement.cap).toBe('100');
    expect(body.policy.policyId).toBeUndefined();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.url.pathname).toBe('/policies/2026');
    await waitFor(() => expect(within(screen.getByTestId('scoring-versions')).getAllByRole('row')).toHaveLength(3));
  });

  it("shows the API's refusal of a short reason on the reason field, and of a value on its field", async () => {
    let answer: [number, unknown] = [422, { code: 'REASON_REQUIRED', message: 'Alasan wajib diisi (min. 5 karakter) / a reason of at least 5 characters is required', field: 'reason' }];
    render(() => answer);
    await waitFor(() => expect(cap()).toHaveProperty('value', '120'));
    fireEvent.change(reason(), { target: { value: 'abc' } });
    fireEvent.click(save());
    await waitFor(() => expect(reason().getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(reason().getAttribute('aria-describedby')!.split(' ')[1]!)!.textContent).toBe('Alasan wajib diisi (min. 5 karakter)');
    answer = [422, { code: 'INVALID_POLICY', message: 'x / y', details: [{ field: 'policy.achievement.cap', errors: ['must be >= 100 (meeting the target is 100)'] }] }];
    fireEvent.change(cap(), { target: { value: '90' } });
    fireEvent.change(reason(), { target: { value: 'Cap diturunkan' } });
    fireEvent.click(save());
    await waitFor(() => expect(cap().getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('harus ≥ 100 (memenuhi target = 100)')).toBeDefined();
    expect(reason().getAttribute('aria-invalid')).toBeNull();
  }, 15_000);

  it('checks the numbers before sending, and says when nothing changed', async () => {
    const puts: unknown[] = [];
    render((body) => {
      puts.push(body);
      return written(false, 0);
    });
    await waitFor(() => expect(cap()).toHaveProperty('value', '120'));
    fireEvent.change(cap(), { target: { value: 'seratus' } });
    fireEvent.click(save());
    await screen.findByText('Harus berupa angka, misalnya 100 atau 87,5');
    expect(puts).toHaveLength(0);
    fireEvent.change(cap(), { target: { value: '120' } });
    fireEvent.change(reason(), { target: { value: 'Simpan ulang tanpa perubahan' } });
    fireEvent.click(save());
    await screen.findByText('Tidak ada perubahan: isinya sama dengan versi 0, jadi tidak ada versi baru.');
    expect(puts).toHaveLength(1);
  });

  it('offers to reload when someone else set a version since the form was read', async () => {
    render(() => [412, { code: 'STALE_ETAG', message: 'stale' }]);
    await waitFor(() => expect(cap()).toHaveProperty('value', '120'));
    fireEvent.change(reason(), { target: { value: 'Cap 100 sesuai Perbup 12/2026' } });
    fireEvent.click(save());
    const banner = await screen.findByTestId('stale-banner');
    fireEvent.click(within(banner).getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(screen.queryByTestId('stale-banner')).toBeNull());
  });

  it('shows a stored version read-only and copies it into the form', async () => {
    render(() => written(true, 1), '/policies?year=2026&version=0');
    await waitFor(() => expect(cap()).toHaveProperty('value', '120'));
    const view = await screen.findByTestId('scoring-version');
    await waitFor(() =>
      expect(
        within(view)
          .getByRole('textbox', { name: /Batas atas capaian/ })
          .matches(':disabled'),
      ).toBe(true),
    );
    fireEvent.change(cap(), { target: { value: '150' } });
    fireEvent.click(within(view).getByRole('button', { name: 'Salin ke formulir' }));
    expect(cap()).toHaveProperty('value', '120');
  });

  it("compares a scorecard's score under the form's draft with the one in force", async () => {
    const { calls } = render(() => written(true, 1));
    await waitFor(() => expect(cap()).toHaveProperty('value', '120'));
    fireEvent.change(cap(), { target: { value: '100' } });
    await screen.findByRole('option', { name: 'Balanced Scorecard DPMPTSP' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kartu kinerja' }), { target: { value: 'dpmptsp-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bandingkan' }));
    const table = await screen.findByTestId('effect-table');
    const body = calls.find((c) => c.url.pathname.endsWith('/what-if'))!.body as { period: string; policy: { policyId: string; version: number; achievement: { cap: string } } };
    expect(body.period).toBe('Y');
    expect(body.policy).toMatchObject({ policyId: 'draf-formulir', version: 1, achievement: { cap: '100' } });
    expect(within(table).getByTestId('effect-actual').textContent).toContain('90,06');
    expect(within(table).getByTestId('effect-actual').textContent).toContain('Sangat Tinggi');
    expect(within(table).getByTestId('effect-other').textContent).toContain('89,96');
    expect(within(table).getByTestId('effect-other').textContent).toContain('Tinggi');
    expect(within(table).getByTestId('effect-difference').textContent).toBe('−0,09');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Nilai / indikator', 'Berlaku (permendagri-86-2017 v0)', 'Pembanding (isi formulir)', 'Selisih']);
    expect(within(table).getByText('IKU-01 Indeks kepuasan')).toBeDefined();
  });
});
