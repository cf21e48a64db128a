import type { ScorecardPlan, ScorecardScoreAnswer, TimelinePoint } from './types';

/** A slider position: a point of the timeline (its instant) or "now" (no asOf). */
export interface Stop {
  /** ISO instant; undefined for the current state (no asOf). */
  asOf: string | undefined;
  point: TimelinePoint | undefined;
}

/** The slider's stops: every instant of the timeline, oldest first, then now. */
export function stopsOf(points: readonly TimelinePoint[]): Stop[] {
  const sorted = [...points].sort((a, b) => a.position - b.position);
  return [...sorted.map((p) => ({ asOf: p.occurredAt, point: p })), { asOf: undefined, point: undefined }];
}

/** The scorecard's names by id: perspectives, objectives and KPIs. */
export function namesOf(plan: ScorecardPlan | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!plan) return names;
  for (const p of plan.perspectives) names.set(p.perspectiveId, p.name);
  for (const o of plan.objectives) names.set(o.objectiveId, `${o.code} ${o.name}`);
  for (const k of plan.kpis) names.set(k.kpiId, `${k.code} ${k.name}`);
  return names;
}

export interface BreakdownRow {
  id: string;
  level: 'perspective' | 'objective';
  name: string;
  weight?: string;
  score: string | null;
  reason: string | null;
}

/** Perspectives, each followed by its objectives, in plan order, with the names of the plan. */
export function breakdownRows(answer: ScorecardScoreAnswer, names: ReadonlyMap<string, string>): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  for (const p of answer.score.perspectives) {
    rows.push({ id: p.perspectiveId, level: 'perspective', name: names.get(p.perspectiveId) ?? p.perspectiveId, weight: p.weight, score: p.score, reason: p.reason });
    for (const o of p.objectives) rows.push({ id: o.objectiveId, level: 'objective', name: names.get(o.objectiveId) ?? o.objectiveId, score: o.score, reason: o.reason });
  }
  return rows;
}

export interface TimelineRow {
  point: TimelinePoint;
  /** The score before this change (the previous point's), null when it was not measurable. */
  before: string | null;
  kind: 'recorded' | 'corrected' | 'verified' | 'rejected' | 'plan' | 'other';
  /** KPI id and period of a realization change; undefined for a plan change. */
  kpiId?: string;
  period?: string;
  moved: boolean;
}

const KINDS = new Map<string, TimelineRow['kind']>([
  ['measurement.realization-recorded', 'recorded'],
  ['measurement.realization-corrected', 'corrected'],
  ['measurement.realization-verified', 'verified'],
  ['measurement.realization-rejected', 'rejected'],
]);

/** Timeline points as changes (before → after), newest first. */
export function timelineRows(points: readonly TimelinePoint[]): TimelineRow[] {
  const sorted = [...points].sort((a, b) => a.position - b.position);
  const rows = sorted.map((point, i) => {
    const before = i > 0 ? sorted[i - 1].score : null;
    const kind = KINDS.get(point.eventType) ?? (point.eventType.startsWith('planning.') ? 'plan' : 'other');
    const [kpiId, period] = kind === 'plan' ? [] : point.subject.split(' ');
    return { point, before, kind, kpiId, period, moved: before !== point.score } satisfies TimelineRow;
  });
  return rows.reverse();
}

/** The figure of a score for a chart: a number, or null when not measurable. */
export function scoreNumber(score: string | null | undefined): number | null {
  if (score === null || score === undefined) return null;
  const n = Number(score);
  return Number.isFinite(n) ? n : null;
}
