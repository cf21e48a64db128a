import type { AchievementLike } from './achievement.js';
import { ratingBand } from './bands.js';
import { Decimal, Exact, decimalString, isDecimalString, quotient34, readDecimal } from './decimal.js';
import { DEFAULT_SCORING_POLICY, policyRef, type PolicyRef, type RatingBand, type ScoringPolicy } from './policy.js';

/*
 * Weighted roll-ups. Every mean here is computed the same way: N = sum(w_i x s_i) and W = sum(w_i)
 * exactly (wide decimals), then score = N / W rounded once to 34 significant digits. Hence:
 * - scaling every weight of a mean by the same positive factor gives the same string (the exact
 *   quotient is the same rational number);
 * - a mean never exceeds its largest input (so the cap holds at every level);
 * - weights need not sum to 100 (or 1): they are normalised over the parts that are measurable.
 * Each result lists the parts it used (id, planned and effective weight, normalised weight, score)
 * and the parts it left out with the reason, so a UI can explain the number.
 */

export type RollupReason = 'no_parts' | 'nothing_measurable' | 'zero_total_weight';

export interface RollupPart {
  id: string;
  /** The weight in the plan (null: none; equal weighting was used). */
  plannedWeight: string | null;
  /** The weight applied ("1" each under equal weighting). */
  weight: string;
  /** weight / sum of the applied weights of the used parts (34 digits; explanation only). */
  normalisedWeight: string;
  /** The part's achievement or score. */
  score: string;
}

export interface ExcludedPart {
  id: string;
  plannedWeight: string | null;
  /** The part's own not-measurable reason, `invalid_weight` (not a decimal >= 0) or `invalid_score` (a measurable part whose score is not a number). */
  reason: string;
}

export interface WeightedMean {
  measurable: boolean;
  /** Full-precision decimal string; null when not measurable. */
  score: string | null;
  reason: RollupReason | null;
  weighting: 'weighted' | 'equal';
  /** Sum of the applied weights of the used parts. */
  weightTotal: string;
  used: RollupPart[];
  excluded: ExcludedPart[];
}

interface MeanInput {
  id: string;
  weight: string | null;
  result: { measurable: true; score: string } | { measurable: false; reason: string };
}

function weightedMean(parts: readonly MeanInput[], weighting: 'weighted' | 'equal'): WeightedMean {
  const used: Array<{ id: string; plannedWeight: string | null; weight: string; score: string }> = [];
  const excluded: ExcludedPart[] = [];
  for (const p of parts) {
    if (weighting === 'weighted' && !(isDecimalString(p.weight) && !p.weight.startsWith('-'))) {
      excluded.push({ id: p.id, plannedWeight: p.weight, reason: 'invalid_weight' });
    } else if (!p.result.measurable) {
      excluded.push({ id: p.id, plannedWeight: p.weight, reason: p.result.reason });
    } else {
      const score = readDecimal(p.result.score);
      if (score === null) excluded.push({ id: p.id, plannedWeight: p.weight, reason: 'invalid_score' });
      else used.push({ id: p.id, plannedWeight: p.weight, weight: weighting === 'equal' ? '1' : (p.weight as string), score: decimalString(score) });
    }
  }
  let n = new Exact(0);
  let w = new Exact(0);
  for (const u of used) {
    n = n.plus(new Exact(u.weight).times(u.score));
    w = w.plus(u.weight);
  }
  const weightTotal = decimalString(w);
  const notMeasurable = (reason: RollupReason): WeightedMean => ({
    measurable: false,
    score: null,
    reason,
    weighting,
    weightTotal,
    used: used.map((u) => ({ ...u, normalisedWeight: '0' })),
    excluded,
  });
  if (parts.length === 0) return notMeasurable('no_parts');
  if (used.length === 0) return notMeasurable('nothing_measurable');
  if (w.isZero()) return notMeasurable('zero_total_weight');
  return {
    measurable: true,
    score: decimalString(quotient34(n, w)),
    reason: null,
    weighting,
    weightTotal,
    used: used.map((u) => ({ ...u, normalisedWeight: decimalString(quotient34(u.weight, w)) })),
    excluded,
  };
}

function asResult(a: AchievementLike | undefined): MeanInput['result'] {
  if (!a) return { measurable: false, reason: 'no_achievement' };
  return a.measurable ? { measurable: true, score: a.percent } : { measurable: false, reason: a.reason };
}

function scoreResult(m: WeightedMean): MeanInput['result'] {
  return m.measurable && m.score !== null ? { measurable: true, score: m.score } : { measurable: false, reason: m.reason ?? 'nothing_measurable' };
}

/** A KPI's achievement with its weight. */
export interface KpiResultInput {
  kpiId: string;
  /**
   * The KPI's weight (bobot IKU), a decimal >= 0. It is relative: it is compared only with the
   * weights of the KPIs it is averaged with, so only ratios count and the weights need not sum to
   * 100. Which KPIs those are is the policy's `rollup.perspectiveMode`:
   * - `objectives` (default): the KPIs of the same objective. Objective score = sum(w x a) / sum(w)
   *   over its measurable KPIs; the objectives' weights then weigh the objectives in the perspective.
   * - `kpis`: all the KPIs of the same perspective, whatever their objective. Perspective score =
   *   sum(w x a) / sum(w) over its measurable KPIs; objective weights are not used (objective scores
   *   are still computed, for display).
   * E.g. KPI A (weight 3) of objective O1 and KPI B (weight 1) of objective O2 in one perspective:
   * in `kpis` mode A counts three times as much as B; in `objectives` mode they are never compared.
   */
  weight: string;
  /** Missing = `no_achievement`. */
  achievement: AchievementLike | undefined;
}

export interface ObjectiveScore extends WeightedMean {
  objectiveId: string;
}

/** Objective score = weighted mean of its measurable KPIs' achievements (weights normalised over those). */
export function scoreObjective(objectiveId: string, kpis: readonly KpiResultInput[]): ObjectiveScore {
  return {
    objectiveId,
    ...weightedMean(
      kpis.map((k) => ({ id: k.kpiId, weight: k.weight, result: asResult(k.achievement) })),
      'weighted',
    ),
  };
}

export interface ObjectiveInput {
  objectiveId: string;
  /** null = equal weighting (see scorePerspective). */
  weight: string | null;
  kpis: readonly KpiResultInput[];
}

export interface PerspectiveScore extends WeightedMean {
  perspectiveId: string;
  /** The perspective's weight in the scorecard, as planned. */
  weight: string;
  /** `objectives`: `used`/`excluded` are objectives; `kpis`: they are the KPIs of all its objectives. */
  mode: 'objectives' | 'kpis';
  objectives: ObjectiveScore[];
}

/**
 * Perspective score, by `policy.rollup.perspectiveMode`:
 * - `objectives`: weighted mean of its objectives' scores. Objective weights are used when every
 *   objective of the perspective has one; if any is null, all objectives weigh the same.
 * - `kpis`: weighted mean of the achievements of all KPIs of its objectives, with the KPIs' weights
 *   as planned, compared across the whole perspective (see `KpiResultInput.weight`).
 * Objective scores are computed in both modes (for display).
 */
export function scorePerspective(perspectiveId: string, weight: string, objectives: readonly ObjectiveInput[], policy: ScoringPolicy = DEFAULT_SCORING_POLICY): PerspectiveScore {
  const objectiveScores = objectives.map((o) => scoreObjective(o.objectiveId, o.kpis));
  const mode = policy.rollup.perspectiveMode;
  let mean: WeightedMean;
  if (mode === 'kpis') {
    const kpis = objectives.flatMap((o) => o.kpis);
    mean = weightedMean(
      kpis.map((k) => ({ id: k.kpiId, weight: k.weight, result: asResult(k.achievement) })),
      'weighted',
    );
  } else {
    const weighting = objectives.every((o) => o.weight !== null) ? 'weighted' : 'equal';
    mean = weightedMean(
      objectives.map((o, i) => ({ id: o.objectiveId, weight: o.weight, result: scoreResult(objectiveScores[i]) })),
      weighting,
    );
  }
  return { perspectiveId, weight, mode, objectives: objectiveScores, ...mean };
}

/** The plan shape scoring reads (ScorecardApprovedV1 fits). */
export interface ScorecardPlan {
  perspectives: ReadonlyArray<{ perspectiveId: string; weight: string }>;
  objectives: ReadonlyArray<{ objectiveId: string; perspectiveId: string; weight: string | null }>;
  /** `weight`: see `KpiResultInput.weight`. */
  kpis: ReadonlyArray<{ kpiId: string; objectiveId: string; weight: string }>;
}

export type AchievementsByKpi = ReadonlyMap<string, AchievementLike> | Readonly<Record<string, AchievementLike>>;

export interface ScorecardScore extends WeightedMean {
  policy: PolicyRef;
  /** Rating band of the score (null when not measurable). */
  band: RatingBand | null;
  /** Sum of all perspective weights as planned (100 in a well-formed plan). */
  plannedWeightTotal: string;
  perspectives: PerspectiveScore[];
  /** Objectives whose perspective is not in the plan, and KPIs whose objective is not: not scored. */
  orphanObjectiveIds: string[];
  orphanKpiIds: string[];
}

/**
 * Scorecard score = sum(perspective weight x perspective score) / sum(perspective weight) over the
 * measurable perspectives. With weights summing to 100 and every perspective measurable this is
 * the regulation's sum(weight / 100 x score); when a perspective is entirely not measurable, the
 * others' weights are renormalised (it is listed in `excluded`), instead of counting it as 0.
 * A KPI missing from `achievements` is not measurable (`no_achievement`).
 */
export function scoreScorecard(plan: ScorecardPlan, achievements: AchievementsByKpi, policy: ScoringPolicy = DEFAULT_SCORING_POLICY): ScorecardScore {
  const get = (kpiId: string): AchievementLike | undefined =>
    isMap(achievements) ? achievements.get(kpiId) : Object.prototype.hasOwnProperty.call(achievements, kpiId) ? achievements[kpiId] : undefined;
  const perspectiveIds = new Set(plan.perspectives.map((p) => p.perspectiveId));
  const objectiveIds = new Set(plan.objectives.filter((o) => perspectiveIds.has(o.perspectiveId)).map((o) => o.objectiveId));
  const perspectives = plan.perspectives.map((p) =>
    scorePerspective(
      p.perspectiveId,
      p.weight,
      plan.objectives
        .filter((o) => o.perspectiveId === p.perspectiveId)
        .map((o) => ({
          objectiveId: o.objectiveId,
          weight: o.weight,
          kpis: plan.kpis.filter((k) => k.objectiveId === o.objectiveId).map((k) => ({ kpiId: k.kpiId, weight: k.weight, achievement: get(k.kpiId) })),
        })),
      policy,
    ),
  );
  const mean = weightedMean(
    perspectives.map((p) => ({ id: p.perspectiveId, weight: p.weight, result: scoreResult(p) })),
    'weighted',
  );
  const planned = plan.perspectives.reduce((acc, p) => (isDecimalString(p.weight) ? acc.plus(p.weight) : acc), new Exact(0));
  return {
    policy: policyRef(policy),
    ...mean,
    band: mean.measurable ? ratingBand(mean.score, policy) : null,
    plannedWeightTotal: decimalString(planned),
    perspectives,
    orphanObjectiveIds: plan.objectives.filter((o) => !perspectiveIds.has(o.perspectiveId)).map((o) => o.objectiveId),
    orphanKpiIds: plan.kpis.filter((k) => !objectiveIds.has(k.objectiveId)).map((k) => k.kpiId),
  };
}

function isMap(a: AchievementsByKpi): a is ReadonlyMap<string, AchievementLike> {
  return a instanceof Map;
}

// ---------------------------------------------------------------------------------------------
// Cascaded roll-up of child units
// ---------------------------------------------------------------------------------------------

export interface UnitScoreInput {
  unitId: string;
  parentUnitId: string | null;
  /** The score of the unit's own scorecard (null: none or not measurable). */
  ownScore: string | null;
}

export interface UnitScore {
  unitId: string;
  parentUnitId: string | null;
  ownScore: string | null;
  mode: 'none' | 'blend';
  /** The policy's child weight (applied only in `blend` mode). */
  childWeight: string;
  /** Direct children with their cascaded scores, in input order. */
  children: Array<{ unitId: string; score: string | null }>;
  /** Unweighted mean of the measurable children's cascaded scores (null when none). */
  childMean: string | null;
  measurable: boolean;
  score: string | null;
  reason: 'nothing_measurable' | 'zero_total_weight' | 'cycle' | null;
  band: RatingBand | null;
}

/**
 * One unit's cascaded score from its own score and its children's (already cascaded) scores.
 * `none`: the own score. `blend`: (1 - childWeight) x own + childWeight x mean(children), where
 * mean(children) is the unweighted mean of the measurable children. When one side is not
 * measurable the other side's weight is renormalised: own only -> own; children only ->
 * mean(children) (if childWeight > 0). One rounding: ((1-c) x own x n + c x sum(children)) / n.
 */
export function cascadeUnit(
  ownScore: string | null,
  childScores: readonly (string | null)[],
  policy: ScoringPolicy = DEFAULT_SCORING_POLICY,
): Pick<UnitScore, 'mode' | 'childWeight' | 'childMean' | 'measurable' | 'score' | 'reason'> {
  const { mode, childWeight } = policy.rollup.cascade;
  const measured = childScores.map(readDecimal).filter((s): s is Decimal => s !== null);
  const sum = measured.reduce((acc, s) => acc.plus(s.toString()), new Exact(0));
  const childMean = measured.length > 0 ? decimalString(quotient34(sum, measured.length)) : null;
  const ownDecimal = readDecimal(ownScore);
  const own = ownDecimal === null ? null : ownDecimal.toString();
  const base = { mode, childWeight, childMean };
  if (mode === 'none') {
    return own === null ? { ...base, measurable: false, score: null, reason: 'nothing_measurable' } : { ...base, measurable: true, score: decimalString(new Decimal(own)), reason: null };
  }
  if (own === null && measured.length === 0) return { ...base, measurable: false, score: null, reason: 'nothing_measurable' };
  const c = new Exact(childWeight);
  const k = Math.max(1, measured.length);
  let n = new Exact(0);
  let w = new Exact(0);
  if (own !== null) {
    n = n.plus(new Exact(1).minus(c).times(own).times(k));
    w = w.plus(new Exact(1).minus(c).times(k));
  }
  if (measured.length > 0) {
    n = n.plus(c.times(sum));
    w = w.plus(c.times(k));
  }
  if (w.isZero()) return { ...base, measurable: false, score: null, reason: 'zero_total_weight' };
  return { ...base, measurable: true, score: decimalString(quotient34(n, w)), reason: null };
}

/**
 * Cascaded scores of a tree of units (a tenant's organization), bottom-up: each unit's children are
 * the units whose `parentUnitId` is its id. A unit whose parent is not in the list is a root.
 * In `blend` mode, units on a cycle of parents are not measurable (`cycle`). Output in input order; bands per the policy.
 */
export function cascadeScores(units: readonly UnitScoreInput[], policy: ScoringPolicy = DEFAULT_SCORING_POLICY): UnitScore[] {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const childrenOf = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentUnitId !== null && byId.has(u.parentUnitId)) {
      const list = childrenOf.get(u.parentUnitId) ?? [];
      list.push(u.unitId);
      childrenOf.set(u.parentUnitId, list);
    }
  }
  const done = new Map<string, UnitScore>();
  const visiting = new Set<string>();
  const onCycle = new Set<string>();
  const compute = (id: string): UnitScore | null => {
    const known = done.get(id);
    if (known) return known;
    if (visiting.has(id)) {
      for (const v of visiting) onCycle.add(v);
      return null;
    }
    visiting.add(id);
    const u = byId.get(id) as UnitScoreInput;
    const kids = (childrenOf.get(id) ?? []).map((c) => ({ unitId: c, result: compute(c) }));
    visiting.delete(id);
    const children = kids.map((k) => ({ unitId: k.unitId, score: k.result?.score ?? null }));
    let result: UnitScore;
    const { mode, childWeight } = policy.rollup.cascade;
    // In `none` mode a unit's score does not depend on its children, so a cycle does not matter.
    if (onCycle.has(id) && mode === 'blend') {
      result = { unitId: id, parentUnitId: u.parentUnitId, ownScore: u.ownScore, mode, childWeight, children, childMean: null, measurable: false, score: null, reason: 'cycle', band: null };
    } else {
      const r = cascadeUnit(
        u.ownScore,
        children.map((c) => c.score),
        policy,
      );
      result = { unitId: id, parentUnitId: u.parentUnitId, ownScore: u.ownScore, children, ...r, band: r.measurable ? ratingBand(r.score, policy) : null };
    }
    done.set(id, result);
    return result;
  };
  for (const u of units) compute(u.unitId);
  return units.map((u) => done.get(u.unitId) as UnitScore);
}
