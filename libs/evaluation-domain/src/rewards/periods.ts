import type { PeriodCode } from '@capaian/contracts';

/**
 * Periods of reward facts, written as labels: `2026` (the budget year), `2026-S1`, `2026-Q2`,
 * `2026-M03`. A rule works on one granularity; two periods are consecutive when their sequence
 * numbers differ by one, across years too (`2025-Q4` then `2026-Q1`; `2025` then `2026`).
 */
export type PeriodGranularity = 'year' | 'semester' | 'quarter' | 'month';
export const PERIOD_GRANULARITIES: readonly PeriodGranularity[] = ['year', 'semester', 'quarter', 'month'];

export interface RewardPeriod {
  label: string;
  granularity: PeriodGranularity;
  year: number;
  /** 1-based position inside the year (1 for a year). */
  part: number;
  /** Sequence number within the granularity: consecutive periods differ by 1. */
  sequence: number;
  /** Last month of the period (1-12), for ordering periods of different granularities. */
  endMonth: number;
}

const PERIOD_LABEL = /^(\d{4})(?:-(?:S([12])|Q([1-4])|M(0[1-9]|1[0-2])))?$/;
const PER_YEAR: Record<PeriodGranularity, number> = { year: 1, semester: 2, quarter: 4, month: 12 };

/** Reads a period label; null when it is not one. */
export function parseRewardPeriod(label: unknown): RewardPeriod | null {
  if (typeof label !== 'string') return null;
  const m = PERIOD_LABEL.exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  const [granularity, part]: [PeriodGranularity, number] = m[2] ? ['semester', Number(m[2])] : m[3] ? ['quarter', Number(m[3])] : m[4] ? ['month', Number(m[4])] : ['year', 1];
  const perYear = PER_YEAR[granularity];
  return { label, granularity, year, part, sequence: year * perYear + (part - 1), endMonth: (12 / perYear) * part };
}

/** The label of a year's period code: `Y` -> `2026`, `Q2` -> `2026-Q2`, `M03` -> `2026-M03`. */
export function rewardPeriodLabel(year: number, period: PeriodCode | string = 'Y'): string {
  return period === 'Y' ? String(year) : `${year}-${period}`;
}

const GRANULARITY_ORDER: Record<PeriodGranularity, number> = { month: 0, quarter: 1, semester: 2, year: 3 };

/** Chronological order (by end of period; at the same end, the shorter period first). */
export function comparePeriods(a: RewardPeriod, b: RewardPeriod): number {
  return a.year - b.year || a.endMonth - b.endMonth || GRANULARITY_ORDER[a.granularity] - GRANULARITY_ORDER[b.granularity];
}
