import { describe, expect, it } from 'vitest';
import { historyItems, periodRows, periodsOf, targetNumber, targetText, yearOf } from './kpiModel';
import type { EvaluatedKpi, KpiDefinition, RealizationHistory, ScorecardHistoryEntry } from './types';

const kpi = {
  kpiId: 'dpmptsp-2026.iku-03',
  code: 'IKU-03',
  name: 'Nilai realisasi investasi',
  frequency: 'quarterly',
  valueType: 'money',
  periodTargets: { Q1: { value: '250' }, Q2: { value: '300' } },
  thresholds: { green: '100', yellow: '80' },
} as unknown as KpiDefinition;

type Event = RealizationHistory['history'][number];
const event = (type: Event['type'], revision: number, at: string, data: Partial<Event['data']>): Event =>
  ({ revision, position: revision + 10, type, recordedAt: at, actor: 'operator@dpmptsp', data: { period: 'Q1', value: '1', ...data } }) as Event;
const history = (status: 'submitted' | 'verified' | 'rejected', value: string, valueRevision: number, events: Event[]) =>
  ({ current: { status, value, late: false, valueRevision }, history: events }) as unknown as RealizationHistory;

describe('KPI periods and targets', () => {
  it('lists the periods of each frequency', () => {
    expect(periodsOf('quarterly')).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(periodsOf('semester')).toEqual(['S1', 'S2']);
    expect(periodsOf('monthly')).toHaveLength(12);
    expect(periodsOf('monthly')[0]).toBe('M01');
    expect(periodsOf('yearly')).toEqual(['Y']);
  });

  it('writes a range target as min – max and charts its midpoint', () => {
    expect(targetText({ min: '2', max: '4' }, (v) => `${v}x`)).toBe('2x – 4x');
    expect(targetText({ value: '7' }, (v) => `${v}x`)).toBe('7x');
    expect(targetText(null, (v) => v)).toBe('—');
    expect(targetNumber({ min: '2', max: '4' })).toBe(3);
    expect(targetNumber({ value: 'WTP' })).toBeUndefined();
  });

  it('reads the plan year from the KPI id', () => {
    expect(yearOf('dpmptsp-2026.iku-03')).toBe(2026);
    expect(yearOf('pemda-2027-spbe.iku-01')).toBe(2027);
  });
});

describe('periodRows', () => {
  it("joins each period's target, current realization and status with evaluation's achievement and light", () => {
    const evaluated = {
      kpiId: kpi.kpiId,
      policy: { policyId: 'p', version: 0 },
      periods: [
        { period: 'Q1', value: '230', target: { value: '250' }, targetSource: 'period', achievement: { measurable: true, percent: '92' }, trafficLight: { color: 'yellow' } },
        { period: 'Q2', value: 'x', target: { value: '300' }, targetSource: 'period', achievement: { measurable: false, reason: 'non_numeric_value' }, trafficLight: { color: 'none' } },
        { period: 'Q3', value: null, target: { value: '350' }, targetSource: 'period', achievement: { measurable: false, reason: 'missing_realization' }, trafficLight: { color: 'none' } },
      ],
    } as unknown as EvaluatedKpi;
    const realizations = new Map<string, RealizationHistory | null>([
      ['Q1', history('verified', '230', 2, [])],
      ['Q2', history('rejected', 'x', 1, [])],
      ['Q3', null],
      ['Q4', null],
    ]);
    const rows = periodRows(kpi, evaluated, realizations);
    expect(rows.map((r) => [r.period, r.status, r.light, r.achievement])).toEqual([
      ['Q1', 'verified', 'yellow', '92'],
      ['Q2', 'rejected', 'none', undefined],
      ['Q3', 'missing', 'none', undefined],
      ['Q4', 'missing', 'none', undefined],
    ]);
    expect(rows[0]).toMatchObject({ target: { value: '250' }, realization: '230', valueRevision: 2 });
    expect(rows[1].notMeasurableReason).toBe('non_numeric_value');
    expect(rows[2]).toMatchObject({ realization: undefined, notMeasurableReason: undefined, target: { value: '350' } });
    expect(rows[3].target).toBeUndefined();
  });
});

describe('historyItems', () => {
  it('merges realization events and the plan changes about this KPI, newest first', () => {
    const realizations = new Map<string, RealizationHistory | null>([
      [
        'Q1',
        history('submitted', '240', 2, [
          event('realization-recorded', 0, '2026-04-08T03:00:00Z', { value: '230', note: 'catatan', evidence: [{ url: 'https://bukti.example/lkpm.pdf', label: 'LKPM' }] }),
          event('realization-corrected', 1, '2026-07-20T02:00:00Z', { value: '240', previousValue: '230', reason: 'Salah ketik', note: 'catatan' }),
        ]),
      ],
      ['Q2', null],
    ]);
    const plan = [
      { type: 'scorecard-kpi-defined', revision: 17, position: 17, recordedAt: '2026-01-05T00:00:00Z', actor: 'planner', data: { kpi: { kpiId: 'dpmptsp-2026.iku-03' } } },
      { type: 'scorecard-kpi-defined', revision: 18, position: 18, recordedAt: '2026-01-05T00:00:00Z', actor: 'planner', data: { kpi: { kpiId: 'dpmptsp-2026.iku-04' } } },
      { type: 'objective-defined', revision: 5, position: 5, recordedAt: '2026-01-05T00:00:00Z', actor: 'planner', data: {} },
      { type: 'scorecard-approved', revision: 25, position: 25, recordedAt: '2026-01-10T00:00:00Z', actor: 'planner', data: { version: 1, reason: null } },
    ] as unknown as ScorecardHistoryEntry[];
    const items = historyItems('dpmptsp-2026.iku-03', realizations, plan);
    expect(items.map((i) => [i.kind, i.planEvent ?? i.period])).toEqual([
      ['corrected', 'Q1'],
      ['recorded', 'Q1'],
      ['plan', 'approved'],
      ['plan', 'kpi-defined'],
    ]);
    expect(items[0]).toMatchObject({ value: '240', previousValue: '230', reason: 'Salah ketik' });
    expect(items[1].evidence).toEqual([{ url: 'https://bukti.example/lkpm.pdf', label: 'LKPM' }]);
    expect(items[2].version).toBe(1);
  });
});
