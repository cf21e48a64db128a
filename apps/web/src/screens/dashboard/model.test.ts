import { describe, expect, it } from 'vitest';
import type { ScorecardScore, ScorecardSummary } from '../scorecard/types';
import { agencyOf, kpiColourCounts, mainScorecards, outstandingByAgency, periodCovers, rankingRows, type Ranking, type Realization, type Reminder } from './model';
import { flatten, type OrgNode } from './org';

const node = (unitId: string, kind: string, parentId: string | null, children: OrgNode[] = []): OrgNode =>
  ({ unitId, name: unitId.toUpperCase(), kind, parentId, status: 'active', children }) as OrgNode;
const ORG = [
  node('pemda', 'pemda', null, [node('dinkes', 'opd', 'pemda', [node('dinkes-yankes', 'bidang', 'dinkes', [node('dinkes-yankes-rujukan', 'seksi', 'dinkes-yankes')])]), node('bpkad', 'opd', 'pemda')]),
];
const UNITS = new Map(flatten(ORG).map((u) => [u.unitId, u]));

const summary = (scorecardId: string, unitId: string, theme: string | null) => ({ scorecardId, unitId, theme, year: 2026 }) as ScorecardSummary;
const scored = (kpis: [string, string, [string, string][]][]) =>
  ({
    kpis: kpis.map(([kpiId, year, periods]) => ({ kpiId, year: { trafficLight: { color: year } }, periods: periods.map(([period, color]) => ({ period, trafficLight: { color } })) })),
  }) as unknown as ScorecardScore;

describe('flatten', () => {
  it('lists parents before children with their depth', () => {
    expect(flatten(ORG).map((u) => `${u.unitId}:${u.depth}`)).toEqual(['pemda:0', 'dinkes:1', 'dinkes-yankes:2', 'dinkes-yankes-rujukan:3', 'bpkad:1']);
  });
});

describe('mainScorecards', () => {
  it("takes the scorecard without a theme as the unit's own, whatever the order", () => {
    const main = mainScorecards([summary('dk-spbe', 'diskominfo', 'spbe'), summary('dk', 'diskominfo', null), summary('bp', 'bpkad', null)]);
    expect(main.get('diskominfo')?.scorecardId).toBe('dk');
    expect(main.get('bpkad')?.scorecardId).toBe('bp');
    expect(mainScorecards([summary('dk-spbe', 'diskominfo', 'spbe')]).get('diskominfo')?.scorecardId).toBe('dk-spbe');
  });
});

describe('periodCovers', () => {
  it('the year covers all, a semester its quarters, a quarter itself and its months', () => {
    expect(periodCovers('Y', 'Q3')).toBe(true);
    expect(periodCovers('S1', 'Q2')).toBe(true);
    expect(periodCovers('S1', 'Q3')).toBe(false);
    expect(periodCovers('Q2', 'Q2')).toBe(true);
    expect(periodCovers('Q2', 'M05')).toBe(true);
    expect(periodCovers('Q2', 'Q1')).toBe(false);
    expect(periodCovers('Q2', 'Y')).toBe(false);
  });
});

describe('kpiColourCounts', () => {
  it('counts each KPI once by its colour in the period; no colour and no figures are grey', () => {
    const a = scored([
      [
        'k1',
        'green',
        [
          ['Q1', 'green'],
          ['Q2', 'red'],
        ],
      ],
      [
        'k2',
        'yellow',
        [
          ['Q1', 'none'],
          ['Q2', 'yellow'],
        ],
      ],
      ['k3', 'none', []],
    ]);
    const b = scored([
      ['k1', 'green', [['Q2', 'red']]],
      ['k4', 'red', [['Q2', 'green']]],
    ]);
    expect([...kpiColourCounts([a, b], 'Q2')]).toEqual([
      ['green', 1],
      ['yellow', 1],
      ['red', 1],
      ['grey', 1],
    ]);
    expect([...kpiColourCounts([a, b], 'Y')]).toEqual([
      ['green', 1],
      ['yellow', 1],
      ['red', 1],
      ['grey', 1],
    ]);
    expect(kpiColourCounts([a], 'Q1').get('grey')).toBe(2);
  });
});

describe('outstandingByAgency', () => {
  const reminder = (unitId: string, kpiId: string, period: string, overdue: boolean, overdueDays = 0) =>
    ({ unitId, kpiId, code: kpiId, name: kpiId, period, overdue, overdueDays, deadline: '2026-07-10T17:00:00.000Z' }) as Reminder;
  const realization = (unitId: string, period: string, late: boolean) => ({ unitId, period, late }) as Realization;

  it("rolls a section's items up to its OPD and keeps only the chosen period", () => {
    expect(agencyOf('dinkes-yankes-rujukan', UNITS)).toBe('dinkes');
    const rows = outstandingByAgency(
      [reminder('dinkes-yankes-rujukan', 'a', 'Q2', true, 10), reminder('dinkes', 'b', 'Q2', true, 40), reminder('dinkes', 'c', 'Q1', true, 120), reminder('bpkad', 'd', 'Q2', false)],
      [realization('dinkes-yankes', 'Q2', true), realization('bpkad', 'Q2', false), realization('bpkad', 'Q1', true)],
      'Q2',
      UNITS,
    );
    expect(rows.map((r) => [r.unitId, r.overdue.map((i) => i.kpiId), r.due.length, r.late])).toEqual([
      ['dinkes', ['b', 'a'], 0, 1],
      ['bpkad', [], 1, 0],
    ]);
  });
});

describe('rankingRows', () => {
  it('keeps the ranking order with year scores and bands, the period score once it has arrived', () => {
    const band = { code: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: '75', minInclusive: false, max: '90', maxInclusive: true };
    const ranking = {
      ranking: [
        { rank: 1, unitId: 'a', unitName: 'A', scorecardId: 'a-26', ownScore: '80', score: '80', band: 'tinggi' },
        { rank: 2, unitId: 'b', unitName: 'B', scorecardId: 'b-26', ownScore: '70', score: '70', band: 'sedang' },
        { rank: null, unitId: 'c', unitName: 'C', scorecardId: 'c-26', ownScore: null, score: null, band: null },
      ],
      units: [
        { unitId: 'a', measurable: true, score: '80', band },
        { unitId: 'c', measurable: false, score: null, band: null },
      ],
    } as unknown as Ranking;
    const rows = rankingRows(
      ranking,
      new Map([
        ['a-26', '95.5'],
        ['c-26', null],
      ]),
    );
    expect(rows.map((r) => [r.entry.unitId, r.yearly, r.band?.code ?? null, r.periodScore])).toEqual([
      ['a', '80', 'tinggi', '95.5'],
      ['b', '70', null, undefined],
      ['c', null, null, null],
    ]);
  });
});
