import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderScreen, type Call } from '../../testing';
import VfmScreen from './VfmScreen';
import type { ValueForMoney, VfmKpiMean, VfmLine } from './types';

const mean = (percent: string | null): VfmKpiMean => ({
  measurable: percent !== null,
  reason: percent === null ? 'nothing_measurable' : null,
  percent,
  selection: [],
  used: percent === null ? [] : [{ kpiId: 'k', code: 'IKU-01', objectiveId: 'o', level: 'result', percent }],
  excluded: [],
});

const line = (id: string, parentId: string | null, realized: string, over: Partial<VfmLine> = {}): VfmLine => ({
  scope: 'initiative',
  id,
  code: id.toUpperCase(),
  name: `Nama ${id}`,
  level: parentId ? 'kegiatan' : 'program',
  parentId,
  objectiveIds: ['o'],
  objectivesFrom: 'own',
  includes: [id],
  budgetReported: [id],
  budgetUnreported: [],
  own: { ceiling: '1000000', realized },
  economy: {
    measurable: true,
    reason: null,
    ceiling: '1000000',
    realized,
    absorption: String(Number(realized) / 10000),
    savings: String(1000000 - Number(realized)),
    overCeiling: false,
    excess: null,
  },
  efficiency: { measurable: true, reason: null, ratio: '0.8512', output: mean('68.1'), absorption: '80' },
  effectiveness: mean('76.333333'),
  flags: [],
  ...over,
});

const over = line('keg-01', 'prg-01', '1200000', {
  economy: { measurable: true, reason: null, ceiling: '1000000', realized: '1200000', absorption: '120', savings: null, overCeiling: true, excess: '200000' },
  flags: [
    {
      code: 'over_ceiling',
      rule: 'flags.overCeiling',
      policy: { policyId: 'vfm-3e', version: 0 },
      numbers: { absorption: '120' },
      message: { id: 'Realisasi melebihi pagu sebesar Rp 200.000', en: 'Spent Rp 200,000 over the ceiling' },
    },
  ],
});
const program = line('prg-01', null, '800000');
const vfm: ValueForMoney = {
  asOf: null,
  scorecardId: 'sc-2026',
  unitId: 'dinas',
  unitName: 'Dinas Uji',
  year: 2026,
  policy: { policyId: 'vfm-3e', version: 0 },
  initiatives: [over, program],
  programs: [program],
  unit: {
    ...line('dinas', null, '0'),
    scope: 'unit',
    code: null,
    level: null,
    own: null,
    economy: { measurable: false, reason: 'no_budget_reported', ceiling: '2000000', realized: null, absorption: null, savings: null, overCeiling: false, excess: null },
    efficiency: { measurable: false, reason: 'no_budget_reported', ratio: null, output: mean(null), absorption: null },
  },
  tenantId: 'kab-contoh',
  basis: { planVersion: 2, scoringPolicy: { policyId: 'permendagri-86-2017', version: 0 }, positions: { from: 3, to: 40 }, budgetPositions: { from: 30, to: 35 } },
};

function backend(call: Call): [number, unknown] {
  if (call.url.pathname === '/scorecards')
    return [200, [{ scorecardId: 'sc-2026', unitId: 'dinas', year: 2026, theme: null, title: 'Kartu Dinas Uji 2026', status: 'approved', version: 2, perspectives: 1, objectives: 1, kpis: 1 }]];
  if (call.url.pathname === '/vfm/scorecards/sc-2026') return [200, vfm];
  return [404, { code: 'NOT_FOUND', message: call.url.pathname }];
}

describe('VfmScreen', () => {
  afterEach(cleanup);

  it('shows the 3E figures per unit, program and initiative, rounded for display, flags and reasons in words', async () => {
    renderScreen('/vfm', '/vfm?year=2026&scorecard=sc-2026', <VfmScreen />, backend);
    const initiatives = await screen.findByTestId('vfm-initiatives');
    const rows = within(initiatives).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['prg-01', 'keg-01']);
    const cell = (row: HTMLElement, name: string) => row.querySelector(`[data-cell="${name}"]`)?.textContent?.replace(/\s+/g, ' ');
    const flagged = rows[1];
    expect(flagged.getAttribute('data-flagged')).toBe('true');
    expect(cell(flagged, 'absorption')).toBe('120%');
    expect(cell(flagged, 'savings')).toBe('Melebihi pagu Rp 200.000');
    expect(cell(flagged, 'efficiency')).toBe('0,85');
    expect(cell(flagged, 'effectiveness')).toBe('76,33%dari 1 IKU');
    expect(cell(flagged, 'notes')).toBe('Melebihi pagu: Realisasi melebihi pagu sebesar Rp 200.000');
    expect(cell(rows[0], 'notes')).toBe('Tidak ada tanda');

    const unit = within(screen.getByTestId('vfm-unit')).getAllByRole('row')[1];
    expect(cell(unit, 'absorption')).toBe('—');
    expect(cell(unit, 'notes')).toBe('Ekonomi, Efisiensi: belum ada realisasi anggaran yang dilaporkan');
    expect(screen.getByTestId('vfm-flag-summary').textContent).toBe('Melebihi pagu: 1 baris');
    expect(screen.getByTestId('vfm-basis').textContent).toContain('posisi peristiwa 3–40');
    expect(within(screen.getByTestId('vfm-programs')).getAllByRole('row')).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('asks for a scorecard first', async () => {
    renderScreen('/vfm', '/vfm?year=2026', <VfmScreen />, backend);
    expect(await screen.findByText('Pilih kartu kinerja untuk melihat value for money-nya.')).toBeTruthy();
  });
});
