import type { Tone } from '../../components/Band';
import type { components as Evaluation } from '../../api/generated/evaluation';
import type { components as Measurement } from '../../api/generated/measurement';
import { figuresFor } from '../scorecard/model';
import type { Band, ScorecardScore, ScorecardSummary } from '../scorecard/types';
import type { FlatUnit } from './org';

export type Ranking = Evaluation['schemas']['RankingResponse'];
export type RankedUnit = Evaluation['schemas']['RankedUnitResponse'];
export type Reminder = Measurement['schemas']['ReminderResponse'];
export type Realization = Measurement['schemas']['RealizationEntryResponse'];

export const TONES: readonly Tone[] = ['green', 'yellow', 'red', 'grey'];

/** Each unit's main scorecard of the year (the one without a theme; themed ones are extra views). */
export function mainScorecards(list: readonly ScorecardSummary[]): Map<string, ScorecardSummary> {
  const out = new Map<string, ScorecardSummary>();
  for (const s of list) {
    const known = out.get(s.unitId);
    if (!known || (known.theme !== null && s.theme === null)) out.set(s.unitId, s);
  }
  return out;
}

const QUARTERS_OF: ReadonlyMap<string, readonly string[]> = new Map([
  ['S1', ['Q1', 'Q2', 'M01', 'M02', 'M03', 'M04', 'M05', 'M06']],
  ['S2', ['Q3', 'Q4', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12']],
  ['Q1', ['M01', 'M02', 'M03']],
  ['Q2', ['M04', 'M05', 'M06']],
  ['Q3', ['M07', 'M08', 'M09']],
  ['Q4', ['M10', 'M11', 'M12']],
]);

/** Whether a reporting period falls in the chosen one (the year covers every period; a semester its quarters and months). */
export function periodCovers(chosen: string, period: string): boolean {
  return chosen === 'Y' || chosen === period || (QUARTERS_OF.get(chosen)?.includes(period) ?? false);
}

/** How many KPIs show each colour in the period, each KPI counted once across the scorecards. */
export function kpiColourCounts(scores: readonly ScorecardScore[], period: string): Map<Tone, number> {
  const tones = new Map<string, Tone>();
  for (const s of scores) for (const k of s.kpis) if (!tones.has(k.kpiId)) tones.set(k.kpiId, figuresFor(k, period)?.tone ?? 'grey');
  const counts = new Map<Tone, number>(TONES.map((t) => [t, 0]));
  for (const t of tones.values()) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** The OPD (or the Pemda) a unit belongs to: the unit itself or its nearest ancestor of that kind. */
export function agencyOf(unitId: string, units: ReadonlyMap<string, FlatUnit>): string {
  let at = units.get(unitId);
  while (at && at.kind !== 'opd' && at.kind !== 'pemda' && at.parentId) at = units.get(at.parentId);
  return at?.unitId ?? unitId;
}

export interface OutstandingItem {
  kpiId: string;
  code: string;
  name: string;
  period: string;
  overdueDays: number;
  deadline: string;
}
export interface Outstanding {
  unitId: string;
  overdue: OutstandingItem[];
  due: OutstandingItem[];
  /** Realizations of the period that were reported after their deadline. */
  late: number;
}

/** What each OPD still owes for the period (overdue and due), and how much it reported late; most overdue first. */
export function outstandingByAgency(reminders: readonly Reminder[], realizations: readonly Realization[], period: string, units: ReadonlyMap<string, FlatUnit>): Outstanding[] {
  const rows = new Map<string, Outstanding>();
  const row = (unitId: string) => {
    const agency = agencyOf(unitId, units);
    let r = rows.get(agency);
    if (!r) rows.set(agency, (r = { unitId: agency, overdue: [], due: [], late: 0 }));
    return r;
  };
  for (const m of reminders) {
    if (!periodCovers(period, m.period)) continue;
    const item = { kpiId: m.kpiId, code: m.code, name: m.name, period: m.period, overdueDays: m.overdueDays, deadline: m.deadline };
    (m.overdue ? row(m.unitId).overdue : row(m.unitId).due).push(item);
  }
  for (const r of realizations) if (r.late && periodCovers(period, r.period)) row(r.unitId).late += 1;
  for (const r of rows.values()) r.overdue.sort((a, b) => b.overdueDays - a.overdueDays);
  return [...rows.values()].sort((a, b) => b.overdue.length - a.overdue.length || b.due.length - a.due.length || b.late - a.late || a.unitId.localeCompare(b.unitId));
}

export interface RankRow {
  entry: RankedUnit;
  /** The year's score and band, as the ranking computes them (cascaded by the policy). */
  yearly: string | null;
  band: Band | null;
  /** The OPD's main scorecard score for the chosen period: null when not measurable, undefined while loading. */
  periodScore: string | null | undefined;
}

/** The ranking's OPDs in its order, with their year score and band and, as it arrives, the period's score. */
export function rankingRows(ranking: Ranking, periodScores: ReadonlyMap<string, string | null>): RankRow[] {
  const units = new Map(ranking.units.map((u) => [u.unitId, u]));
  return ranking.ranking.map((entry) => {
    const unit = units.get(entry.unitId);
    return { entry, yearly: entry.score, band: unit?.measurable ? (unit.band ?? null) : null, periodScore: periodScores.has(entry.scorecardId) ? periodScores.get(entry.scorecardId) : undefined };
  });
}
