import { PERIODS } from '../../components/PeriodPicker';
import type { PublishPeriod } from './types';

/** The formats the LKjIP comes in (the API's `format`), with the file extension of each. */
export const FORMATS = ['pdf', 'xlsx', 'html'] as const;
export type ReportFormat = (typeof FORMATS)[number];

/**
 * The `asOf` of a `datetime-local` value (the browser's local time, e.g. "2026-07-15T10:30"): the
 * instant in ISO-8601 UTC; undefined when empty; the input as typed when it is not a date (the API
 * then answers with its message on the asOf field).
 */
export function asOfOf(local: string): string | undefined {
  const v = local.trim();
  if (!v) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}

/** The downloaded file's name: lkjip-<scorecard>[-asof-<instant>].<format> (the instant without characters file systems refuse). */
export function reportFileName(scorecardId: string, format: ReportFormat, asOf: string | undefined): string {
  const at = asOf ? `-asof-${asOf.replace(/\.\d+Z$/, 'Z').replace(/[:]/g, '')}` : '';
  return `lkjip-${scorecardId}${at}.${format}`;
}

/** The query of GET /reports/lkjip/:scorecardId. */
export function reportQuery(format: ReportFormat, asOf: string | undefined): { format: ReportFormat; asOf?: string } {
  return asOf ? { format, asOf } : { format };
}

/** The periods a period's scores can be published for, in the order the console shows them. */
export const PUBLISH_PERIODS: readonly PublishPeriod[] = PERIODS;

/** A published unit's row: its score as given (exact), sorted by rank, then score (best first), then unit. */
export function publishedRows<U extends { unitId: string; scorecardId: string; score: string | null; rank: number | null }>(units: readonly U[]): U[] {
  const score = (u: U) => (u.score === null ? Number.NEGATIVE_INFINITY : Number(u.score));
  return [...units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || score(b) - score(a) || a.scorecardId.localeCompare(b.scorecardId));
}
