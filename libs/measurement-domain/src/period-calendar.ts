import { DomainError } from '@capaian/ddd';
import { isPeriodCode, type Frequency, type PeriodCode } from '@capaian/contracts';

/**
 * Where the sub-periods of a budget year (= calendar year) start and end. Periods are local to
 * Asia/Jakarta (WIB, UTC+7, no daylight saving): Q1 2026 runs from 2026-01-01 00:00 WIB up to,
 * not including, 2026-04-01 00:00 WIB = 2026-03-31T17:00:00Z.
 */
export const JAKARTA_UTC_OFFSET_HOURS = 7;
const OFFSET_MS = JAKARTA_UTC_OFFSET_HOURS * 3_600_000;

/** First and last month (1-12) of a period. */
function monthsOf(period: PeriodCode): [number, number] {
  if (period === 'Y') return [1, 12];
  if (period === 'S1') return [1, 6];
  if (period === 'S2') return [7, 12];
  if (period.startsWith('Q')) {
    const q = Number(period.slice(1));
    return [3 * q - 2, 3 * q];
  }
  const m = Number(period.slice(1));
  return [m, m];
}

export function checkPeriod(period: unknown, field = 'period'): PeriodCode {
  if (typeof period !== 'string' || !isPeriodCode(period)) {
    throw new DomainError('INVALID_PERIOD', 'Periode harus Y, S1-S2, Q1-Q4 atau M01-M12 / period must be Y, S1-S2, Q1-Q4 or M01-M12', field);
  }
  return period;
}

/** The frequency whose sub-periods include this code (M.. monthly, Q.. quarterly, S.. semester, Y yearly). */
export function frequencyOfPeriod(period: PeriodCode): Frequency {
  if (period === 'Y') return 'yearly';
  if (period.startsWith('S')) return 'semester';
  if (period.startsWith('Q')) return 'quarterly';
  return 'monthly';
}

/** Start of the period (inclusive), epoch milliseconds: local midnight in Jakarta. */
export function periodStartMillis(year: number, period: PeriodCode): number {
  return Date.UTC(year, monthsOf(period)[0] - 1, 1) - OFFSET_MS;
}

/** End of the period (exclusive), epoch milliseconds: local midnight in Jakarta after its last day. */
export function periodEndMillis(year: number, period: PeriodCode): number {
  return Date.UTC(year, monthsOf(period)[1], 1) - OFFSET_MS;
}

/** End of the period as an ISO instant (UTC): periodEnd(2026, 'Q1') = '2026-03-31T17:00:00.000Z'. */
export function periodEnd(year: number, period: PeriodCode): string {
  return new Date(periodEndMillis(year, period)).toISOString();
}

export function periodStart(year: number, period: PeriodCode): string {
  return new Date(periodStartMillis(year, period)).toISOString();
}

/** Whether `inner` lies inside `outer` (every period lies inside itself and inside Y). */
export function isWithinPeriod(inner: PeriodCode, outer: PeriodCode): boolean {
  const [a, b] = monthsOf(inner);
  const [c, d] = monthsOf(outer);
  return a >= c && b <= d;
}

/**
 * The period itself and every longer period containing it, shortest first:
 * M02 -> [M02, Q1, S1, Y]. A lock on any of them locks the period.
 */
export function coveringPeriods(period: PeriodCode): PeriodCode[] {
  const [first] = monthsOf(period);
  const q = Math.ceil(first / 3);
  const s = first <= 6 ? 1 : 2;
  const all: PeriodCode[] = [`M${String(first).padStart(2, '0')}` as PeriodCode, `Q${q}` as PeriodCode, `S${s}` as PeriodCode, 'Y'];
  return all.filter((p) => isWithinPeriod(period, p));
}
