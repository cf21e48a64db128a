import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ReplayScreen from './ReplayScreen';
import { renderScreen, type Call } from '../../testing';

const A = '2026-07-08T03:00:00.000Z';
const B = '2026-07-20T03:00:00.000Z';
const plan = {
  scorecardId: 'dk-2026',
  header: { title: 'Balanced Scorecard Diskominfo', year: 2026 },
  perspectives: [{ perspectiveId: 'dk-2026.mas', code: 'MAS', name: 'Pemangku Kepentingan', order: 1 }],
  objectives: [{ objectiveId: 'dk-2026.ss-02', code: 'SS-02', name: 'Akses internet desa', perspectiveCode: 'MAS' }],
  kpis: [{ kpiId: 'dk-2026.iku-03', code: 'IKU-03', name: 'Desa terlayani internet' }],
};
const points = [
  { position: 26, occurredAt: '2026-01-10T00:00:00.000Z', eventType: 'planning.scorecard-approved', subject: 'plan v1', score: null, band: null, change: null },
  { position: 60, occurredAt: A, eventType: 'measurement.realization-recorded', subject: 'dk-2026.iku-03 Q2', score: '110', band: 'sangat_tinggi', change: null },
  { position: 61, occurredAt: B, eventType: 'measurement.realization-corrected', subject: 'dk-2026.iku-03 Q2', score: '80', band: 'tinggi', change: '-30' },
];
const band = (code: string, id: string) => ({ code, label: { id, en: id }, min: null, max: null });
const scoreAt = new Map<string | undefined, string | null>([
  [undefined, '80.125'],
  [B, '80.125'],
  [A, '110'],
  ['2026-01-10T00:00:00.000Z', null],
]);

function backend(call: Call): [number, unknown] {
  const p = call.url.pathname;
  if (p === '/scorecards/dk-2026') return [200, plan];
  if (p === '/scorecards/dk-2026/history')
    return [200, [{ type: 'scorecard-approved', revision: 9, position: 9, recordedAt: points[0].occurredAt, actor: 'planner@pemda', data: { version: 1, reason: null } }]];
  if (p === '/scores/scorecards/dk-2026/timeline') return [200, { scorecardId: 'dk-2026', period: call.url.searchParams.get('period'), policy: { policyId: 'p', version: 0 }, points }];
  if (p === '/realizations/dk-2026.iku-03/2026/Q2')
    return [
      200,
      {
        current: null,
        history: [
          { recordedAt: A, actor: 'operator@infra' },
          { recordedAt: B, actor: 'koreksi@infra' },
        ],
      },
    ];
  if (p === '/policies/2026') return [200, { year: 2026, current: { policyId: 'p', version: 0, bands: [] }, versions: [{ policyId: 'p', version: 0, bands: [band('tinggi', 'Tinggi')] }] }];
  if (p === '/scores/scorecards/dk-2026') {
    const asOf = call.url.searchParams.get('asOf') ?? undefined;
    const score = scoreAt.get(asOf) ?? null;
    const b = score === null ? null : Number(score) > 90 ? band('sangat_tinggi', 'Sangat Tinggi') : band('tinggi', 'Tinggi');
    const rollup = { measurable: score !== null, score, reason: score === null ? 'nothing_measurable' : null };
    return [
      200,
      {
        scorecardId: 'dk-2026',
        period: 'Q2',
        planVersion: 1,
        policy: { policyId: 'p', version: 0 },
        asOf: asOf ?? null,
        score: { ...rollup, band: b, perspectives: [{ ...rollup, perspectiveId: 'dk-2026.mas', weight: '35', objectives: [{ ...rollup, objectiveId: 'dk-2026.ss-02' }] }] },
      },
    ];
  }
  if (p === '/scores/scorecards/dk-2026/what-if') {
    const body = call.body as { policyVersion: number; asOf?: string };
    return [
      200,
      {
        scorecardId: 'dk-2026',
        period: 'Q2',
        asOf: body.asOf ?? null,
        actual: { policy: { policyId: 'p', version: 2 }, score: '80.125', band: 'tinggi' },
        whatIf: { policy: { policyId: 'p', version: body.policyVersion }, score: '72.5', band: 'sedang' },
        kpis: [{ kpiId: 'dk-2026.iku-03', code: 'IKU-03', actual: '80', whatIf: '72.5', actualLight: 'yellow', whatIfLight: 'red' }],
      },
    ];
  }
  return [404, { code: 'NOT_FOUND', message: p }];
}

const scoreRequests = (calls: Call[]) => calls.filter((c) => c.url.pathname === '/scores/scorecards/dk-2026').map((c) => c.url.searchParams.get('asOf'));

afterEach(cleanup);

describe('ReplayScreen', () => {
  it('shows the score now, then as known at the instant the slider stops on, asking only for where it stops', async () => {
    const { calls } = renderScreen('/replay/:scorecardId', '/replay/dk-2026?period=Q2', <ReplayScreen />, backend);
    expect(await screen.findByTestId('replay-score')).toHaveProperty('textContent', '80,13');
    expect(screen.getByTestId('replay-instant').textContent).toBe('Triwulan II saat ini (data terbaru)');
    const slider = screen.getByRole('slider', { name: 'Nilai sebagaimana tercatat pada' });
    expect(slider.getAttribute('name')).toBe('asOf');
    expect(slider.getAttribute('max')).toBe('3');
    fireEvent.change(slider, { target: { value: '0' } });
    fireEvent.change(slider, { target: { value: '2' } });
    fireEvent.change(slider, { target: { value: '1' } });
    expect(screen.getByTestId('replay-instant').textContent).toMatch(/^Triwulan II sebagaimana tercatat pada 8 Jul 2026.*10\.00\.00 WIB$/);
    await waitFor(() => expect(screen.getByTestId('replay-score').textContent).toBe('110,00'));
    expect(scoreRequests(calls)).toEqual([null, A]);
    expect(screen.getByText('Sangat Tinggi')).toBeTruthy();
    const breakdown = screen.getByTestId('replay-breakdown');
    expect(within(breakdown).getByText('SS-02 Akses internet desa')).toBeTruthy();
  });

  it('lists each change with who made it and the score before and after, and jumps to it', async () => {
    renderScreen('/replay/:scorecardId', '/replay/dk-2026?period=Q2', <ReplayScreen />, backend);
    const table = await screen.findByTestId('replay-timeline');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toContain('Realisasi dikoreksi');
    expect(rows[0].textContent).toContain('IKU-03 Desa terlayani internet · Triwulan II');
    expect(rows[0].textContent).toContain('110,00 → 80,00');
    await waitFor(() => expect(rows[0].textContent).toContain('koreksi@infra'));
    expect(rows[2].textContent).toContain('planner@pemda');
    fireEvent.click(within(rows[1]).getByRole('button'));
    await waitFor(() => expect(screen.getByTestId('replay-score').textContent).toBe('110,00'));
    expect((screen.getByRole('slider') as HTMLInputElement).value).toBe('1');
  });

  it('compares with another policy version at the chosen instant', async () => {
    const { calls } = renderScreen('/replay/:scorecardId', '/replay/dk-2026?period=Q2', <ReplayScreen />, backend);
    await screen.findByTestId('replay-score');
    fireEvent.change(screen.getByRole('slider'), { target: { value: '2' } });
    await waitFor(() => expect(scoreRequests(calls)).toContain(B));
    fireEvent.click(screen.getByRole('button', { name: 'Bandingkan' }));
    expect((await screen.findByTestId('what-if-other')).textContent).toContain('72,50');
    expect(screen.getByTestId('what-if-actual').textContent).toContain('80,13');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ policyVersion: 0, period: 'Q2', asOf: B });
  });
});
