import type { MissingRealization, PlanKpi, RealizationEntry, Reminder } from './types';

const PERIODS_OF: Record<PlanKpi['frequency'], readonly string[]> = {
  yearly: ['Y'],
  semester: ['S1', 'S2'],
  quarterly: ['Q1', 'Q2', 'Q3', 'Q4'],
  monthly: ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'],
};

/** The periods a KPI is reported for, by its frequency. */
export const periodsOf = (frequency: PlanKpi['frequency']): readonly string[] => PERIODS_OF[frequency] ?? [];

/**
 * overdue: the period ended and its deadline passed; due: the period ended, the deadline is ahead;
 * open: the period has not ended (or is not listed as missing yet) and can be reported.
 */
export type MissingState = 'overdue' | 'due' | 'open';

export interface MissingRow {
  kpiId: string;
  code: string;
  name: string;
  kpi: PlanKpi | undefined;
  state: MissingState;
  deadline: string | undefined;
  /** Days past the deadline (overdue) or left before it (due), from the reminder feed. */
  days: number | undefined;
}

export interface ReportedRow {
  kpiId: string;
  code: string;
  name: string;
  kpi: PlanKpi | undefined;
  entry: RealizationEntry;
  /** The evaluator's reason when the value was rejected. */
  rejectionReason: string | undefined;
}

export interface Classified {
  missing: MissingRow[];
  reported: ReportedRow[];
}

export interface ClassifyInput {
  unitId: string;
  period: string;
  missing: readonly MissingRealization[];
  realizations: readonly RealizationEntry[];
  reminders: readonly Reminder[];
  kpis: ReadonlyMap<string, PlanKpi>;
  rejectionReasons?: ReadonlyMap<string, string>;
}

const byCode = <T extends { code: string; kpiId: string }>(a: T, b: T) => a.code.localeCompare(b.code, 'id', { numeric: true }) || a.kpiId.localeCompare(b.kpiId);

/** The unit's KPIs for one period, split into what is still to report and what was reported. */
export function classify(input: ClassifyInput): Classified {
  const { period, kpis } = input;
  const reportedEntries = input.realizations.filter((r) => r.period === period);
  const reportedIds = new Set(reportedEntries.map((r) => r.kpiId));
  const reported: ReportedRow[] = reportedEntries.map((entry) => {
    const kpi = kpis.get(entry.kpiId);
    return {
      kpiId: entry.kpiId,
      code: kpi?.code ?? entry.kpiId,
      name: kpi?.name ?? '',
      kpi,
      entry,
      rejectionReason: entry.status === 'rejected' ? input.rejectionReasons?.get(entry.kpiId) : undefined,
    };
  });

  const missing = new Map<string, MissingRow>();
  for (const m of input.missing) {
    if (m.period !== period || reportedIds.has(m.kpiId)) continue;
    const state: MissingState = m.overdue ? 'overdue' : 'due';
    const reminder = input.reminders.find((r) => r.kpiId === m.kpiId && r.period === period && r.stage === state);
    const days = reminder ? (state === 'overdue' ? reminder.overdueDays : reminder.daysUntilDeadline) : undefined;
    missing.set(m.kpiId, { kpiId: m.kpiId, code: m.code, name: m.name, kpi: kpis.get(m.kpiId), state, deadline: m.deadline, days });
  }
  for (const kpi of kpis.values()) {
    if (kpi.ownerUnitId !== input.unitId || reportedIds.has(kpi.kpiId) || missing.has(kpi.kpiId)) continue;
    if (!periodsOf(kpi.frequency).includes(period)) continue;
    missing.set(kpi.kpiId, { kpiId: kpi.kpiId, code: kpi.code, name: kpi.name, kpi, state: 'open', deadline: undefined, days: undefined });
  }
  return { missing: [...missing.values()].sort(byCode), reported: reported.sort(byCode) };
}

/** Every KPI id the unit's lists mention (the KPIs whose facts the screen needs). */
export function kpiIdsOf(missing: readonly { kpiId: string }[], realizations: readonly { kpiId: string }[], reminders: readonly { kpiId: string }[]): string[] {
  return [...new Set([...missing, ...realizations, ...reminders].map((x) => x.kpiId))].sort();
}
