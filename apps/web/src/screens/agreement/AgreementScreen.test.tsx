import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planPerspective, scorecardHeader, scorecardKpi, scorecardPlan, scorecardSnapshot, validationFailed } from '../../fixtures';
import { renderWithSession, sessionToken, signedInForEach, type Call } from '../../testing';
import AgreementScreen from './AgreementScreen';
import type { ApprovedVersion, HistoryEntry, ScorecardPlan, Snapshot } from './types';

const ID = 'diskominfo-2028-pk';

const snapshot = (weights: [string, string], target = '82.5'): Snapshot =>
  scorecardSnapshot(scorecardHeader(ID, 'diskominfo', 2028, { theme: 'pk', title: 'PK Diskominfo 2028' }), {
    version: 1,
    perspectives: [planPerspective(ID, 'P1', 'Pemangku Kepentingan', 1, weights[0]), planPerspective(ID, 'P2', 'Proses Internal', 2, weights[1])],
    kpis: [scorecardKpi({ kpiId: `${ID}.iku-01`, name: 'Indeks SPBE', ownerUnitId: 'diskominfo', frequency: 'yearly', aggregation: 'last', weight: '100', yearlyTarget: { value: target } })],
  });

const plan = (over: Partial<ScorecardPlan>, snap = snapshot(['60', '40'])): ScorecardPlan => scorecardPlan(snap, { version: 0, revision: 5, ...over });

const history: HistoryEntry[] = [{ type: 'scorecard-created', revision: 0, position: 1, recordedAt: '2028-01-02T03:00:00.000Z', actor: 'perencana', data: { header: snapshot(['60', '40']).header } }];

function backend(current: ScorecardPlan, answers: (call: Call) => [number, unknown] | undefined = () => undefined) {
  return (call: Call): [number, unknown] => {
    const mine = answers(call);
    if (mine) return mine;
    const p = call.url.pathname;
    if (p === `/scorecards/${ID}`) return [200, current];
    if (p === `/scorecards/${ID}/history`) return [200, history];
    return [404, { code: 'NOT_FOUND', message: p }];
  };
}

const render = (answer: (call: Call) => [number, unknown]) => renderWithSession('/scorecards/:scorecardId/agreement', `/scorecards/${ID}/agreement`, <AgreementScreen />, answer);

describe('AgreementScreen', () => {
  signedInForEach(sessionToken('perencana', ['planner']));

  it("shows a draft's status and the API's reasons when it refuses the approval", async () => {
    const { calls } = render(
      backend(plan({}, snapshot(['60', '30'])), (c) =>
        c.method === 'POST' && c.url.pathname.endsWith('/approve')
          ? [
              422,
              {
                statusCode: 422,
                code: 'PERSPECTIVE_WEIGHTS_NOT_100',
                message: 'Jumlah bobot perspektif 90 (P1 60 + P2 30), harus 100 / perspective weights sum to 90, not 100',
                field: 'weight',
                details: [{ field: 'weight', errors: ['Jumlah bobot perspektif 90 (P1 60 + P2 30), harus 100 / perspective weights sum to 90, not 100'], code: 'PERSPECTIVE_WEIGHTS_NOT_100' }],
              },
            ]
          : undefined,
      ),
    );
    expect((await screen.findByTestId('status')).textContent).toBe('Draf');
    expect(screen.getByTestId('version').textContent).toBe('Belum ada (draf)');
    expect(screen.getByTestId('compare-unavailable')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Penandatangan/), { target: { value: 'Kepala Diskominfo' } });
    fireEvent.click(screen.getByTestId('agreement-approve'));
    const refused = await screen.findByTestId('approve-refused');
    expect(refused.textContent).toContain('Penetapan ditolak');
    expect(
      within(refused)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Jumlah bobot perspektif 90 (P1 60 + P2 30), harus 100']);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe(`/scorecards/${ID}/approve`);
    expect(post.body).toEqual({ signedBy: 'Kepala Diskominfo' });
  });

  it('puts the refusal of an empty or short revision reason on the reason field', async () => {
    const approved = plan({ status: 'approved', version: 1, approvals: [{ version: 1, signedBy: 'Kepala Diskominfo', reason: null }] });
    render(
      backend(approved, (c) => {
        if (c.method !== 'POST' || !c.url.pathname.endsWith('/revisions')) return undefined;
        const reason = (c.body as { reason: string }).reason;
        if (reason === '') return validationFailed('reason', 'reason must be longer than or equal to 1 characters');
        return [422, { statusCode: 422, code: 'REASON_REQUIRED', message: 'Alasan revisi wajib diisi (minimal 5 karakter) / a revision needs a reason (at least 5 characters)', field: 'reason' }];
      }),
    );
    expect((await screen.findByTestId('status')).textContent).toBe('Ditetapkan');
    const reason = screen.getByLabelText(/Alasan revisi/);
    fireEvent.click(screen.getByTestId('agreement-revise'));
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('err-reason')?.textContent).toBe('reason minimal 1 karakter');
    fireEvent.change(reason, { target: { value: 'abc' } });
    fireEvent.click(screen.getByTestId('agreement-revise'));
    await waitFor(() => expect(document.getElementById('err-reason')?.textContent).toBe('Alasan revisi wajib diisi (minimal 5 karakter)'));
    expect(reason.getAttribute('aria-describedby')).toBe('err-reason');
  });

  it('compares the last two versions side by side', async () => {
    const v = (version: number, snap: Snapshot): ApprovedVersion => ({
      version,
      signedBy: 'Kepala Diskominfo',
      reason: null,
      unit: { unitId: 'diskominfo', name: 'Diskominfo', kind: 'opd', parentId: 'pemda' },
      snapshot: { ...snap, version },
      approvedAt: '2028-01-03T00:00:00.000Z',
      approvedBy: 'perencana',
      position: version,
    });
    const v1 = snapshot(['60', '40']);
    const base = snapshot(['50', '50'], '85');
    const v2 = { ...base, kpis: [{ ...base.kpis[0]!, polarity: 'lower_is_better' as const }] };
    render(
      backend(plan({ status: 'approved', version: 2 }, v2), (c) => {
        if (c.url.pathname === `/scorecards/${ID}/versions/1`) return [200, v(1, v1)];
        if (c.url.pathname === `/scorecards/${ID}/versions/2`) return [200, v(2, v2)];
        return undefined;
      }),
    );
    const summary = await screen.findByTestId('compare-summary');
    expect(summary.textContent).toBe('Dari Versi 1 ke Versi 2: 0 ditambah, 3 diubah, 0 dihapus.');
    const kpis = screen.getByTestId('compare-kpis');
    expect(within(within(kpis).getByText('IKU-01').closest('tr')!).getByText('Diubah')).toBeTruthy();
    const row = kpis.querySelector<HTMLElement>('tr[data-key="IKU-01"][data-field="yearlyTarget"]')!;
    expect(within(row).getByTestId('before').textContent).toBe('82,5');
    expect(within(row).getByTestId('after').textContent).toBe('85');
    expect(within(row).getByText('Target tahunan')).toBeTruthy();
    const polarity = kpis.querySelector('tr[data-field="polarity"]')!;
    expect([...polarity.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Diubah', 'Polaritas', 'Semakin tinggi semakin baik', 'Semakin rendah semakin baik']);
    const headers = within(kpis)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Butir', 'Perubahan', 'Isian', 'Versi 1', 'Versi 2']);
  });
});
