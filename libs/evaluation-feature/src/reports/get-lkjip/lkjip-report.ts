import { loadStream } from '@capaian/eventstore';
import {
  evaluateScorecard,
  sakipCurrentScore,
  sakipEvaluationDecider,
  sakipEvaluationStreamId,
  scorecardOf,
  scorecardsOf,
  valueForMoneyOf,
  type EvaluationInputs,
  type SakipEvaluationEvent,
} from '@capaian/evaluation-domain';
import type { ServiceInfrastructure } from '@capaian/platform';
import type { ScoringPolicy } from '@capaian/scoring';
import type { ScoreReader } from '../../scores/score-reader.js';
import { buildLkjip, lkjipBudgetOf, lkjipSakipOf, lkjipValueForMoneyOf, type LkjipReport } from '../lkjip/index.js';

/** What an LKjIP is computed from: the tenant's inputs (live, or folded up to an instant), the scoring policy, and the instant it describes. */
export interface LkjipSource {
  tenantId: string;
  scorecardId: string;
  inputs: EvaluationInputs;
  policy: ScoringPolicy;
  /** The report as it stood at this instant (the SAKIP grade and value-for-money policy recorded by then); undefined: now. */
  asOf: Date | undefined;
  /** The instant printed as "generated at" (asOf when given). */
  generatedAt: Date;
}

/**
 * The one way an LKjIP report model is built (GET /reports/lkjip and the public portal's published
 * LKjIP): the scorecard evaluated under `policy`, last year's scorecard of the same unit and theme
 * under last year's policy, budget and value for money under the year's value-for-money policy, and
 * the SAKIP grade when the evaluation was finalized. Undefined when the plan is not in the inputs.
 */
export async function lkjipReportOf(infra: ServiceInfrastructure, reader: ScoreReader, s: LkjipSource): Promise<LkjipReport | undefined> {
  const { tenantId, scorecardId, inputs, policy, asOf } = s;
  const plan = scorecardOf(inputs, tenantId, scorecardId);
  const current = plan ? evaluateScorecard(inputs, tenantId, scorecardId, policy) : undefined;
  if (!plan || !current) return undefined;
  const last = scorecardsOf(inputs, tenantId, plan.year - 1).find((c) => c.unitId === plan.unitId && c.theme === plan.theme);
  const previous = last ? (evaluateScorecard(inputs, tenantId, last.scorecardId, await reader.policy(tenantId, plan.year - 1)) ?? null) : null;
  const vfm = valueForMoneyOf(inputs, inputs.budget, tenantId, scorecardId, { scoringPolicy: policy, evaluation: current, vfmPolicy: await reader.vfmPolicy(tenantId, plan.year, asOf) })!;
  const { state: sakipState } = await loadStream<SakipEvaluationEvent, ReturnType<typeof sakipEvaluationDecider.initialState>>(
    infra.store,
    sakipEvaluationStreamId(tenantId, plan.unitId, plan.year),
    sakipEvaluationDecider,
    { asOf },
  );
  const sakipScore = sakipState.status === 'finalized' ? sakipCurrentScore(sakipState) : null;
  return buildLkjip({
    unit: { id: plan.unitId, name: plan.unitName },
    year: plan.year,
    plan,
    current,
    previous,
    budget: lkjipBudgetOf(vfm),
    valueForMoney: lkjipValueForMoneyOf(vfm),
    sakip: sakipScore ? lkjipSakipOf(sakipScore) : null,
    provenance: { policy: current.policy, positions: current.positions, generatedAt: s.generatedAt.toISOString() },
    scoringPolicy: policy,
  });
}
