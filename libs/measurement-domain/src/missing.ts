import { periodsOf, type PeriodCode } from '@capaian/contracts';
import type { KnownKpi } from './known-plan.js';
import { checkPeriod, isWithinPeriod, periodEndMillis } from './period-calendar.js';
import { periodDeadlineMillis, type ReportingPolicy } from './reporting-policy.js';
import { checkYear, instantMillis } from './values.js';

/** A KPI sub-period that has ended and has no realization yet. */
export interface MissingRealization {
  kpiId: string;
  code: string;
  name: string;
  period: PeriodCode;
  /** ISO instant (UTC) after which a submission is late. */
  deadline: string;
  /** now > deadline. */
  overdue: boolean;
}

export interface RecordedRealizationRef {
  kpiId: string;
  period: string;
  /** When given, refs of another year are ignored. */
  year?: number;
}

const DAY_MS = 86_400_000;

/** What a missing-data question is about: the unit's KPIs and realizations, the unit, year and period, the instant and the policy. */
export type MissingDataQuery = [kpis: readonly KnownKpi[], recorded: readonly RecordedRealizationRef[], unitId: string, year: number, period: PeriodCode | 'all', now: string, policy: ReportingPolicy];

/**
 * The unit's KPIs (owner = unitId, plan year = year) whose sub-periods have ended (period end in
 * Asia/Jakarta <= now) and have no realization in `recorded`. `period` selects the KPI sub-periods
 * lying inside it ('Q1' -> M01-M03 of monthly KPIs and Q1 of quarterly ones; 'Y' or 'all' -> every
 * sub-period of the year). Sorted by period end, then KPI code. Pure: `now` and the policy come in.
 */
export function missingRealizations(...[kpis, recorded, unitId, year, period, now, policy]: MissingDataQuery): MissingRealization[] {
  checkYear(year);
  const within = period === 'all' ? 'Y' : checkPeriod(period);
  const nowMs = instantMillis(now, 'now');
  const done = new Set(recorded.filter((r) => r.year === undefined || r.year === year).map((r) => `${r.kpiId}|${r.period}`));
  const found: Array<MissingRealization & { end: number }> = [];
  for (const kpi of kpis) {
    if (kpi.ownerUnitId !== unitId || kpi.year !== year) continue;
    for (const p of periodsOf(kpi.frequency)) {
      if (!isWithinPeriod(p, within)) continue;
      const end = periodEndMillis(year, p);
      if (end > nowMs || done.has(`${kpi.kpiId}|${p}`)) continue;
      const deadline = periodDeadlineMillis(year, p, policy);
      found.push({ kpiId: kpi.kpiId, code: kpi.code, name: kpi.name, period: p, deadline: new Date(deadline).toISOString(), overdue: nowMs > deadline, end });
    }
  }
  found.sort((a, b) => a.end - b.end || a.code.localeCompare(b.code) || a.kpiId.localeCompare(b.kpiId));
  return found.map(({ end: _end, ...m }) => m);
}

/** One entry of the reminder feed (endpoint and `reminder` event), for units and evaluators. */
export interface Reminder {
  /**
   * Stable key: `<tenant>.<unit>.<kpiId>.<year>.<period>.<due|overdue>`. A feed publishes each key
   * once, so a missing value gives at most one "due" and one "overdue" reminder.
   */
  reminderKey: string;
  tenantId: string;
  unitId: string;
  kpiId: string;
  code: string;
  name: string;
  year: number;
  period: PeriodCode;
  deadline: string;
  reportingPolicyId: string;
  stage: 'due' | 'overdue';
  overdue: boolean;
  /** Started days past the deadline (1 during the first 24 hours after it); 0 when not overdue. */
  overdueDays: number;
  /** Started days left before the deadline; 0 when overdue. */
  daysUntilDeadline: number;
  /** Bilingual text for the unit. */
  message: string;
}

/** What the reminder feed shows for the unit and period: one entry per missing realization. */
export function reminders(...query: MissingDataQuery): Reminder[] {
  const [kpis, , unitId, year, , now, policy] = query;
  const nowMs = instantMillis(now, 'now');
  const byId = new Map(kpis.map((k) => [k.kpiId, k]));
  return missingRealizations(...query).map((m) => {
    const deadlineMs = Date.parse(m.deadline);
    const overdueDays = m.overdue ? Math.ceil((nowMs - deadlineMs) / DAY_MS) : 0;
    const daysUntilDeadline = m.overdue ? 0 : Math.ceil((deadlineMs - nowMs) / DAY_MS);
    const stage = m.overdue ? 'overdue' : 'due';
    const tenantId = byId.get(m.kpiId)!.tenantId;
    const message = m.overdue
      ? `Realisasi ${m.code} ${m.name} periode ${m.period} ${year} terlambat ${overdueDays} hari (batas ${m.deadline}) / ${m.code} ${m.period} ${year} is ${overdueDays} day(s) overdue`
      : `Realisasi ${m.code} ${m.name} periode ${m.period} ${year} belum dilaporkan; batas ${m.deadline} (${daysUntilDeadline} hari lagi) / ${m.code} ${m.period} ${year} is due in ${daysUntilDeadline} day(s)`;
    return {
      reminderKey: `${tenantId}.${unitId}.${m.kpiId}.${year}.${m.period}.${stage}`,
      tenantId,
      unitId,
      kpiId: m.kpiId,
      code: m.code,
      name: m.name,
      year,
      period: m.period,
      deadline: m.deadline,
      reportingPolicyId: policy.policyId,
      stage,
      overdue: m.overdue,
      overdueDays,
      daysUntilDeadline,
      message,
    };
  });
}
