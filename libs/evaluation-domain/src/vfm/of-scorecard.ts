import { type AchievementLike, type PolicyRef, type ScoringPolicy } from '@capaian/scoring';
import { evaluateScorecard, type ScorecardEvaluation } from '../evaluate.js';
import { DEFAULT_SCORING_POLICY_V0 } from '../scoring-policy.js';
import { scorecardOf, type EvaluationInputs } from '../inputs.js';
import { budgetOfInitiatives, type BudgetFacts } from './budget.js';
import { DEFAULT_VFM_POLICY, type VfmPolicy } from './policy.js';
import { valueForMoney, type ValueForMoney, type VfmInput, type VfmPlan } from './value-for-money.js';

/** The KPI year achievements of a scorecard evaluation, by KPI id. */
export function achievementsOf(evaluation: { kpis: ReadonlyArray<{ kpiId: string; year: { achievement: AchievementLike } }> }): Map<string, AchievementLike> {
  return new Map(evaluation.kpis.map((k) => [k.kpiId, k.year.achievement]));
}

/** Builds the pure input of `valueForMoney` from a plan, its evaluation and the budget facts. */
export function vfmInputOf(plan: VfmPlan, evaluation: Pick<ScorecardEvaluation, 'kpis'>, budget: BudgetFacts, tenantId: string): VfmInput {
  return {
    plan,
    budget: budgetOfInitiatives(
      budget,
      tenantId,
      plan.year,
      plan.initiatives.map((i) => i.initiativeId),
    ),
    achievements: achievementsOf(evaluation),
  };
}

export interface ValueForMoneyReport extends ValueForMoney {
  tenantId: string;
  /** What it was computed from, to reproduce it: plan version, scoring policy, store positions. */
  basis: {
    planVersion: number;
    scoringPolicy: PolicyRef;
    /** Positions of the plan and KPI values used (from the evaluation). */
    positions: { from: number; to: number };
    /** Positions of the budget events used; null when no budget was reported. */
    budgetPositions: { from: number; to: number } | null;
  };
}

/**
 * Value for money of one scorecard from evaluation's inputs and budget facts (undefined when the
 * scorecard is unknown). `evaluation` may be passed when already computed (it must be the year's,
 * period 'Y', under `scoringPolicy`); otherwise it is computed here.
 */
export function valueForMoneyOf(
  inputs: EvaluationInputs,
  budget: BudgetFacts,
  tenantId: string,
  scorecardId: string,
  options: { scoringPolicy?: ScoringPolicy; vfmPolicy?: VfmPolicy; evaluation?: ScorecardEvaluation } = {},
): ValueForMoneyReport | undefined {
  const plan = scorecardOf(inputs, tenantId, scorecardId);
  if (!plan) return undefined;
  const evaluation = options.evaluation ?? evaluateScorecard(inputs, tenantId, scorecardId, options.scoringPolicy ?? DEFAULT_SCORING_POLICY_V0)!;
  const facts = budgetOfInitiatives(
    budget,
    tenantId,
    plan.year,
    plan.initiatives.map((i) => i.initiativeId),
  );
  const input: VfmInput = { plan, budget: facts, achievements: achievementsOf(evaluation) };
  let budgetPositions: { from: number; to: number } | null = null;
  for (const { positions: p } of facts.values()) {
    budgetPositions = budgetPositions === null ? { ...p } : { from: Math.min(budgetPositions.from, p.from), to: Math.max(budgetPositions.to, p.to) };
  }
  return {
    ...valueForMoney(input, options.vfmPolicy ?? DEFAULT_VFM_POLICY),
    tenantId,
    basis: { planVersion: plan.version, scoringPolicy: evaluation.policy, positions: evaluation.positions, budgetPositions },
  };
}
