import { localize, type ApiProblem } from '../../api/errors';
import type { RealizationEntry, RealizationStatus } from './types';

/** One realization in the queue: a KPI's value for a year and period. */
export interface ItemRef {
  kpiId: string;
  year: number;
  period: string;
}

export const itemKey = (r: ItemRef): string => `${r.kpiId}|${r.year}|${r.period}`;

const PERIOD_ORDER = ['Y', 'S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4', 'M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'];

/** The rows of the queue the filter shows ('' = every period), oldest submission first. */
export function shownRows(rows: readonly RealizationEntry[], period: string): RealizationEntry[] {
  return rows
    .filter((r) => r.status === 'submitted' && (period === '' || r.period === period))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.kpiId.localeCompare(b.kpiId) || a.year - b.year || PERIOD_ORDER.indexOf(a.period) - PERIOD_ORDER.indexOf(b.period));
}

/** Adds the key when absent, removes it when present. */
export function toggle(selected: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(selected);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/** "Select all shown": on adds every shown row, off removes them; rows hidden by the filter keep their state. */
export function selectAllShown(selected: ReadonlySet<string>, shown: readonly string[], on: boolean): Set<string> {
  const next = new Set(selected);
  for (const k of shown) {
    if (on) next.add(k);
    else next.delete(k);
  }
  return next;
}

/** The selected rows among those shown, in the order shown: what a bulk action acts on. */
export function selectedShown(selected: ReadonlySet<string>, shown: readonly string[]): string[] {
  return shown.filter((k) => selected.has(k));
}

/** State of the "select all shown" checkbox. */
export function allShownState(selected: ReadonlySet<string>, shown: readonly string[]): 'none' | 'some' | 'all' {
  const n = selectedShown(selected, shown).length;
  if (n === 0) return 'none';
  return n === shown.length ? 'all' : 'some';
}

/** Keeps only the keys still present (rows that left the queue drop out of the selection). */
export function pruneSelection(selected: ReadonlySet<string>, present: readonly string[]): Set<string> {
  const keep = new Set(present);
  return new Set([...selected].filter((k) => keep.has(k)));
}

export type ReviewAction = 'verify' | 'reject';

/** The answer to one item of an action: the status it reached, or the API's problem. */
export interface ItemResult {
  key: string;
  action: ReviewAction;
  ok: boolean;
  status?: RealizationStatus;
  problem?: ApiProblem;
}

export interface ResultsSummary {
  action: ReviewAction | undefined;
  done: number;
  failed: number;
  successes: ItemResult[];
  failures: ItemResult[];
}

/** Counts and splits the answers of the last action. */
export function summarize(results: readonly ItemResult[]): ResultsSummary {
  const successes = results.filter((r) => r.ok);
  const failures = results.filter((r) => !r.ok);
  return { action: results[0]?.action, done: successes.length, failed: failures.length, successes, failures };
}

/** What the API said about one item, in the user's language: its field messages, else its main message. */
export function problemText(problem: ApiProblem, lang: string): string {
  const messages = problem.fields.length > 0 ? problem.fields.flatMap((f) => f.messages) : [problem.message];
  return [...new Set(messages.map((m) => localize(m, lang)))].join('; ');
}

/** The first failed item's problem that names `field` (one reason for all: one message next to it). */
export function problemFor(results: readonly ItemResult[], field: string): ApiProblem | undefined {
  return results.find((r) => !r.ok && r.problem?.fields.some((f) => f.field === field || f.field.startsWith(`${field}.`)))?.problem;
}

/** The failure of each key still worth showing on its row. */
export function failuresByKey(results: readonly ItemResult[]): Map<string, ItemResult> {
  return new Map(results.filter((r) => !r.ok).map((r) => [r.key, r]));
}
