import { describe, expect, it } from 'vitest';
import { planKpi, realizationEntry } from '../../fixtures';
import { classify, kpiIdsOf } from './classify';
import type { MissingRealization, PlanKpi, RealizationEntry, Reminder } from './types';

const kpi = (kpiId: string, code: string, frequency: PlanKpi['frequency'], ownerUnitId = 'dpmptsp'): PlanKpi => planKpi({ kpiId, code, frequency, ownerUnitId });
const missing = (kpiId: string, code: string, period: MissingRealization['period'], overdue: boolean): MissingRealization => ({
  kpiId,
  code,
  name: `Nama ${code}`,
  period,
  deadline: '2026-04-10T17:00:00.000Z',
  overdue,
});
const entry = (kpiId: string, period: RealizationEntry['period'], status: RealizationEntry['status'], late = false): RealizationEntry => realizationEntry({ kpiId, period, status, late });
const reminder = (kpiId: string, period: Reminder['period'], stage: Reminder['stage'], days: number): Reminder => ({
  reminderKey: `${kpiId}.${period}.${stage}`,
  tenantId: 'kab-contoh',
  unitId: 'dpmptsp',
  kpiId,
  code: 'X',
  name: 'x',
  year: 2026,
  period,
  deadline: '2026-04-10T17:00:00.000Z',
  reportingPolicyId: 'p',
  stage,
  overdue: stage === 'overdue',
  overdueDays: stage === 'overdue' ? days : 0,
  daysUntilDeadline: stage === 'due' ? days : 0,
  message: 'm / m',
});

const kpis = new Map([
  ['k.iku-02', kpi('k.iku-02', 'IKU-02', 'quarterly')],
  ['k.iku-10', kpi('k.iku-10', 'IKU-10', 'quarterly')],
  ['k.iku-03', kpi('k.iku-03', 'IKU-03', 'quarterly')],
  ['k.iku-07', kpi('k.iku-07', 'IKU-07', 'yearly')],
  ['k.other', kpi('k.other', 'IKU-01', 'quarterly', 'bpkad')],
]);

describe('classify', () => {
  it('splits one period into overdue / due / open and reported, with days from the reminders and the rejection reason', () => {
    const result = classify({
      unitId: 'dpmptsp',
      period: 'Q1',
      missing: [missing('k.iku-10', 'IKU-10', 'Q1', true), missing('k.iku-02', 'IKU-02', 'Q1', false), missing('k.iku-10', 'IKU-10', 'Q2', true)],
      realizations: [entry('k.iku-03', 'Q1', 'rejected', true), entry('k.iku-03', 'Q2', 'submitted')],
      reminders: [reminder('k.iku-10', 'Q1', 'overdue', 237), reminder('k.iku-02', 'Q1', 'due', 4)],
      kpis,
      rejectionReasons: new Map([['k.iku-03', 'Bukti tidak sesuai periode']]),
    });
    expect(result.missing.map((r) => [r.code, r.state, r.days])).toEqual([
      ['IKU-02', 'due', 4],
      ['IKU-10', 'overdue', 237],
    ]);
    expect(result.reported.map((r) => [r.code, r.entry.status, r.entry.late, r.rejectionReason])).toEqual([['IKU-03', 'rejected', true, 'Bukti tidak sesuai periode']]);
  });

  it("a running period lists every known KPI of the unit with that period as open, never another unit's or another frequency's", () => {
    const result = classify({ unitId: 'dpmptsp', period: 'Q4', missing: [], realizations: [entry('k.iku-03', 'Q4', 'verified')], reminders: [], kpis });
    expect(result.missing.map((r) => [r.code, r.state])).toEqual([
      ['IKU-02', 'open'],
      ['IKU-10', 'open'],
    ]);
    expect(result.reported.map((r) => r.code)).toEqual(['IKU-03']);
  });

  it('a value reported while the missing list still had it counts as reported', () => {
    const result = classify({ unitId: 'dpmptsp', period: 'Q1', missing: [missing('k.iku-03', 'IKU-03', 'Q1', true)], realizations: [entry('k.iku-03', 'Q1', 'submitted')], reminders: [], kpis });
    expect(result.missing.map((r) => r.kpiId)).not.toContain('k.iku-03');
    expect(result.reported).toHaveLength(1);
  });

  it('collects the KPI ids every list mentions, once', () => {
    expect(kpiIdsOf([{ kpiId: 'b' }, { kpiId: 'a' }], [{ kpiId: 'b' }], [{ kpiId: 'c' }])).toEqual(['a', 'b', 'c']);
  });
});
