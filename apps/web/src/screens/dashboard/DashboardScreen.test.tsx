import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderScreen } from '../../testing';
import DashboardScreen from './DashboardScreen';

const band = (code: string, id: string) => ({ code, label: { id, en: id }, min: null, minInclusive: false, max: null, maxInclusive: false });
const unit = (unitId: string, name: string, kind: string, parentId: string | null, children: unknown[] = []) => ({ unitId, name, kind, parentId, status: 'active', children });
const tree = {
  tenantId: 't',
  asOf: null,
  revision: 1,
  roots: [unit('pemda', 'Pemerintah Kabupaten Contoh', 'pemda', null, [unit('dpmptsp', 'Dinas Penanaman Modal', 'opd', 'pemda'), unit('dinkes', 'Dinas Kesehatan', 'opd', 'pemda')])],
};
const list = [{ scorecardId: 'dpmptsp-2026', unitId: 'dpmptsp', year: 2026, theme: null, title: 'BSC DPMPTSP', status: 'approved', version: 1, perspectives: 4, objectives: 5, kpis: 3 }];
const ranking = {
  year: 2026,
  units: [{ unitId: 'dpmptsp', parentUnitId: 'pemda', measurable: true, score: '90.0556', ownScore: '90.0556', band: band('sangat_tinggi', 'Sangat Tinggi') }],
  ranking: [{ rank: 1, unitId: 'dpmptsp', unitName: 'Dinas Penanaman Modal', scorecardId: 'dpmptsp-2026', ownScore: '90.0556', score: '90.0556', band: 'sangat_tinggi' }],
};
const light = (color: string) => ({ trafficLight: { color } });
const score = {
  scorecardId: 'dpmptsp-2026',
  period: 'Q2',
  score: { measurable: true, score: '100.1267552182163187855787476280835', reason: null, band: band('sangat_tinggi', 'Sangat Tinggi'), perspectives: [] },
  kpis: [
    { kpiId: 'k1', year: light('green'), periods: [{ period: 'Q2', ...light('green') }] },
    { kpiId: 'k2', year: light('red'), periods: [{ period: 'Q2', ...light('yellow') }] },
    { kpiId: 'k3', year: light('none'), periods: [{ period: 'Q2', ...light('none') }] },
  ],
};
const reminders = [{ unitId: 'dpmptsp', kpiId: 'k3', code: 'IKU-03', name: 'Jam pelatihan', period: 'Q2', overdue: true, overdueDays: 146, deadline: '2026-07-10T17:00:00.000Z', stage: 'overdue' }];

function renderDashboard(hold: Promise<void>) {
  const answers = new Map<string, unknown>([
    ['/org/tree', tree],
    ['/scorecards', list],
    ['/scores/rankings/2026', ranking],
    ['/reminders', reminders],
    ['/realizations', [{ unitId: 'dpmptsp', period: 'Q1', late: true }]],
  ]);
  const { calls } = renderScreen('/', '/?year=2026&period=Q2', <DashboardScreen />, async ({ url }) => {
    if (url.pathname === '/scores/scorecards/dpmptsp-2026') {
      await hold;
      return [200, score];
    }
    return answers.has(url.pathname) ? [200, answers.get(url.pathname)] : [404, { code: 'NOT_FOUND', message: url.pathname }];
  });
  // The paths the screen asked for so far.
  return () => calls.map((c) => c.url.pathname);
}

afterEach(cleanup);

describe('DashboardScreen', () => {
  it("shows the tree and the ranking before the scorecards' figures arrive, then fills in scores and KPI colours", async () => {
    let release!: () => void;
    const paths = renderDashboard(new Promise<void>((r) => (release = r)));
    const ranking = await screen.findByTestId('ranking');
    await screen.findByTestId('unit-tree');
    expect(within(ranking).getByRole('rowheader').textContent).toBe('Dinas Penanaman Modal');
    expect(screen.queryByTestId('unit-score-dpmptsp')).toBeNull();
    expect(screen.getByTestId('unit-score-dinkes').textContent).toBe('Tidak ada nilai');
    expect(screen.queryByTestId('kpi-count-green')).toBeNull();
    expect(paths().filter((p) => p === '/scores/scorecards/dpmptsp-2026')).toHaveLength(1);

    release();
    await waitFor(() => expect(screen.getByTestId('unit-score-dpmptsp').textContent).toBe('100,13'));
    expect(screen.getByTestId('rank-score-dpmptsp').textContent).toBe('100,13');
    expect(screen.getByTestId('kpi-count-green').textContent).toBe('1');
    expect(screen.getByTestId('kpi-count-yellow').textContent).toBe('1');
    expect(screen.getByTestId('kpi-count-red').textContent).toBe('0');
    expect(screen.getByTestId('kpi-count-grey').textContent).toBe('1');
    // Q2's overdue item is listed; the late Q1 realization is not counted for Q2.
    const row = await screen.findByTestId('outstanding-dpmptsp');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0', '0']);
    expect(paths().filter((p) => p === '/org/tree')).toHaveLength(1);
  });
});
