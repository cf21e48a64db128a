/** The services' answers this screen reads, as their OpenAPI documents type them. */
import type { components as Evaluation } from '../../api/generated/evaluation';
import type { components as Planning } from '../../api/generated/planning';

type E = Evaluation['schemas'];
type P = Planning['schemas'];

export type Band = E['RatingBandResponse'];
export type ScorecardScore = E['ScorecardScoreAnswerResponse'];
export type Rollup = Pick<E['ObjectiveScoreResponse'], 'measurable' | 'score' | 'reason'>;
export type KpiScore = E['EvaluatedKpiResponse'];
export type Achievement = E['KpiAchievementResponse'];
export type Target = E['TargetResponse'];
export type PolicyAnswer = E['ScoringPoliciesResponse'];

export type ScorecardSummary = P['ScorecardSummaryResponse'];
export type ScorecardPlan = P['ScorecardResponse'];
export type PlanKpi = P['KpiResponse'];
export type PerformanceTree = P['PerformanceTreeResponse'];
export type TreeUnit = P['PerformanceTreeNodeResponse'];
export type AlignmentGap = P['AlignmentGapResponse'];
