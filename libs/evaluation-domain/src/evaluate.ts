import type { AnyIntegrationEvent, PeriodCode, ScorecardApprovedV1 } from '@capaian/contracts';
import {
  Decimal,
  cascadeScores,
  policyRef,
  ratingBand,
  scoreKpi,
  scoreScorecard,
  type AchievementLike,
  type KpiAchievement,
  type KpiScore,
  type PolicyRef,
  type ScorecardScore,
  type ScoringPolicy,
  type UnitScore,
} from '@capaian/scoring';
import { DEFAULT_SCORING_POLICY_V0 } from './scoring-policy.js';
import { applyInput, emptyInputs, kpiValues, scorecardOf, scorecardsOf, type EvaluationInputs, type PeriodValue, type StoredInputLike } from './inputs.js';

/**
 * Scores computed from evaluation's inputs under a policy. Every answer names the policy version
 * and the range of store positions it was computed from, so it can be reproduced exactly.
 */
export interface ScorecardEvaluation {
  tenantId: string;
  scorecardId: string;
  unitId: string;
  year: number;
  planVersion: number;
  /** 'Y' for the year, or a sub-period (Q1, M03...). */
  period: PeriodCode;
  policy: PolicyRef;
  /** Store positions of the inputs: the plan and every value used. */
  positions: { from: number; to: number };
  score: ScorecardScore;
  kpis: Array<KpiScore & { code: string; name: string; objectiveId: string; ownerUnitId: string | null; statuses: Record<string, string> }>;
}

/** Rejected values do not count (the unit must correct them); submitted and verified ones do. */
function countedValues(inputs: EvaluationInputs, tenantId: string, kpiId: string) {
  const out: Array<{ period: string; value: string; position: number; status: string }> = [];
  for (const [period, v] of kpiValues(inputs, tenantId, kpiId)) if (v.status !== 'rejected') out.push({ period, value: v.value, position: v.position, status: v.status });
  return out;
}

type PlanKpi = ScorecardApprovedV1['kpis'][number];

/** One KPI of a plan scored from its counted values, with the store positions of those values. */
function scorePlanKpi(inputs: EvaluationInputs, tenantId: string, kpi: PlanKpi, policy: ScoringPolicy): { score: KpiScore; from: number; to: number } {
  const values = countedValues(inputs, tenantId, kpi.kpiId);
  const positions = values.map((v) => v.position);
  return { score: scoreKpi(kpi, values, policy), from: Math.min(Infinity, ...positions), to: Math.max(-Infinity, ...positions) };
}

/**
 * The achievement a KPI's score gives for a period: the year's (its aggregated figure against the
 * year's target) for `Y`, else that sub-period's own (against the period's target);
 * `not_reported_in_period` when the KPI is not reported for that period. The one rule behind every
 * KPI figure of a period (scorecard roll-up, /scores, /achievements).
 */
export function achievementInPeriod(score: KpiScore, period: string): KpiAchievement | { measurable: false; reason: 'not_reported_in_period' } {
  const chosen = period === 'Y' ? score.year.achievement : score.periods.find((p) => p.period === period)?.achievement;
  return chosen ?? { measurable: false, reason: 'not_reported_in_period' };
}

export function evaluateScorecard(
  inputs: EvaluationInputs,
  tenantId: string,
  scorecardId: string,
  policy: ScoringPolicy = DEFAULT_SCORING_POLICY_V0,
  period: PeriodCode = 'Y',
): ScorecardEvaluation | undefined {
  const plan = scorecardOf(inputs, tenantId, scorecardId);
  if (!plan) return undefined;
  let from = plan.position;
  let to = plan.position;
  const achievements = new Map<string, AchievementLike>();
  const kpis: ScorecardEvaluation['kpis'] = [];
  for (const kpi of plan.kpis) {
    const scored = scorePlanKpi(inputs, tenantId, kpi, policy);
    from = Math.min(from, scored.from);
    to = Math.max(to, scored.to);
    achievements.set(kpi.kpiId, achievementInPeriod(scored.score, period));
    kpis.push({
      ...scored.score,
      code: kpi.code,
      name: kpi.name,
      objectiveId: kpi.objectiveId,
      ownerUnitId: kpi.ownerUnitId,
      statuses: Object.fromEntries([...kpiValues(inputs, tenantId, kpi.kpiId)].map(([p, v]) => [p, v.status])),
    });
  }
  return {
    tenantId,
    scorecardId,
    unitId: plan.unitId,
    year: plan.year,
    planVersion: plan.version,
    period,
    policy: policyRef(policy),
    positions: { from, to },
    score: scoreScorecard(plan, achievements, policy),
    kpis,
  };
}

/** The plan in force that holds a KPI (the first by scorecard id if several do), with the KPI; undefined when none does. */
export function planOfKpi(inputs: EvaluationInputs, tenantId: string, kpiId: string) {
  for (const plan of scorecardsOf(inputs, tenantId)) {
    const kpi = plan.kpis.find((k) => k.kpiId === kpiId);
    if (kpi) return { plan, kpi };
  }
  return undefined;
}

/** A KPI evaluated as in its scorecard's evaluation: its score under the policy, and every value received (rejected ones too, which do not count). */
export interface KpiEvaluation {
  tenantId: string;
  scorecardId: string;
  year: number;
  planVersion: number;
  kpi: PlanKpi;
  policy: PolicyRef;
  score: KpiScore;
  /** Every period with a value, in period-code order, with its status. */
  values: Array<{ period: PeriodCode } & PeriodValue>;
  /** Highest store position of the plan and the KPI's values (statuses included). */
  position: number;
}

export function evaluateKpi(inputs: EvaluationInputs, tenantId: string, kpiId: string, policy: ScoringPolicy = DEFAULT_SCORING_POLICY_V0): KpiEvaluation | undefined {
  const found = planOfKpi(inputs, tenantId, kpiId);
  if (!found) return undefined;
  const { plan, kpi } = found;
  const values = [...kpiValues(inputs, tenantId, kpiId)].map(([period, v]) => ({ period, ...v })).sort((a, b) => a.period.localeCompare(b.period));
  return {
    tenantId,
    scorecardId: plan.scorecardId,
    year: plan.year,
    planVersion: plan.version,
    kpi,
    policy: policyRef(policy),
    score: scorePlanKpi(inputs, tenantId, kpi, policy).score,
    values,
    position: Math.max(plan.position, ...values.map((v) => v.position)),
  };
}

export interface RankedUnit {
  rank: number | null;
  unitId: string;
  unitName: string;
  scorecardId: string;
  ownScore: string | null;
  score: string | null;
  band: string | null;
}

/**
 * Unit scores of a tenant for a year (main scorecards only, themed ones aside), cascaded by the
 * policy, and the ranking of the OPDs by that score (ties share a rank; not measurable: no rank).
 */
export function rankUnits(
  inputs: EvaluationInputs,
  tenantId: string,
  year: number,
  policy: ScoringPolicy = DEFAULT_SCORING_POLICY_V0,
  /** Year evaluations already computed under the same policy (by scorecard id), reused instead of recomputed. */
  evaluated?: ReadonlyMap<string, ScorecardEvaluation>,
): { policy: PolicyRef; position: number; units: UnitScore[]; ranking: RankedUnit[] } {
  const main = scorecardsOf(inputs, tenantId, year).filter((s) => s.theme === null);
  const reuse = (scorecardId: string) => {
    const e = evaluated?.get(scorecardId);
    return e && e.tenantId === tenantId && e.period === 'Y' && e.policy.policyId === policy.policyId && e.policy.version === policy.version ? e : undefined;
  };
  const own = new Map(main.map((s) => [s.unitId, { s, evaluation: reuse(s.scorecardId) ?? evaluateScorecard(inputs, tenantId, s.scorecardId, policy)! }]));
  const units = cascadeScores(
    main.map((s) => ({ unitId: s.unitId, parentUnitId: s.parentUnitId, ownScore: own.get(s.unitId)!.evaluation.score.score })),
    policy,
  );
  const opds = units
    .filter((u) => own.get(u.unitId)!.s.unitKind === 'opd')
    .map((u) => ({ u, s: own.get(u.unitId)!.s }))
    .sort((a, b) => compareScores(b.u.score, a.u.score) || a.u.unitId.localeCompare(b.u.unitId));
  const ranking: RankedUnit[] = [];
  let previous: string | null = null;
  let rank = 0;
  opds.forEach(({ u, s }, i) => {
    if (u.score !== null && u.score !== previous) rank = i + 1;
    previous = u.score;
    ranking.push({
      rank: u.score === null ? null : rank,
      unitId: u.unitId,
      unitName: s.unitName,
      scorecardId: s.scorecardId,
      ownScore: u.ownScore,
      score: u.score,
      band: u.score === null ? null : (ratingBand(u.score, policy)?.code ?? null),
    });
  });
  return { policy: policyRef(policy), position: inputs.position, units, ranking };
}

function compareScores(a: string | null, b: string | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return new Decimal(a).comparedTo(b);
}

/** The inputs as they were known at an instant (by the producing service's clock) or up to a store position. */
export function inputsAsOf(events: Iterable<StoredInputLike>, limit: { asOf?: Date; toPosition?: number }): EvaluationInputs {
  const state = emptyInputs();
  for (const e of events) {
    const event = e.data as AnyIntegrationEvent;
    if (limit.toPosition !== undefined && e.position > limit.toPosition) continue;
    if (limit.asOf && new Date(event.occurredAt) > limit.asOf) continue;
    applyInput(state, { event, position: e.position });
  }
  return state;
}

export interface TimelinePoint {
  position: number;
  occurredAt: string;
  eventType: string;
  /** What the event was about (a KPI and period, or the plan version). */
  subject: string;
  score: string | null;
  band: string | null;
  /** Score minus the previous point's (null when either is not measurable). */
  change: string | null;
}

/**
 * How a scorecard's score moved as its history arrived: every event that touches the plan or one
 * of its KPIs, with the score right after it. Same events, same policy: the same timeline.
 */
export function scorecardTimeline(
  events: Iterable<StoredInputLike>,
  tenantId: string,
  scorecardId: string,
  policy: ScoringPolicy = DEFAULT_SCORING_POLICY_V0,
  period: PeriodCode = 'Y',
): TimelinePoint[] {
  const state = emptyInputs();
  const points: TimelinePoint[] = [];
  let previous: string | null = null;
  for (const e of events) {
    const event = e.data as AnyIntegrationEvent;
    applyInput(state, { event, position: e.position });
    if (event.tenantId !== tenantId) continue;
    const plan = scorecardOf(state, tenantId, scorecardId);
    if (!plan) continue;
    const d = event.data as { scorecardId?: string; kpiId?: string; period?: string; version?: number };
    const touches = (event.type === 'planning.scorecard-approved' && d.scorecardId === scorecardId) || (d.kpiId !== undefined && plan.kpis.some((k) => k.kpiId === d.kpiId));
    if (!touches) continue;
    const evaluation = evaluateScorecard(state, tenantId, scorecardId, policy, period)!;
    const score = evaluation.score.score;
    points.push({
      position: e.position,
      occurredAt: event.occurredAt,
      eventType: event.type,
      subject: d.kpiId ? `${d.kpiId} ${d.period ?? ''}`.trim() : `plan v${d.version ?? '?'}`,
      score,
      band: evaluation.score.band?.code ?? null,
      change: score !== null && previous !== null ? subtract(score, previous) : null,
    });
    previous = score;
  }
  return points;
}

function subtract(a: string, b: string): string {
  return new Decimal(a).minus(b).toFixed();
}
