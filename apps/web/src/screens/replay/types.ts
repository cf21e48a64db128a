import type { components as evaluation } from '../../api/generated/evaluation';
import type { components as planning } from '../../api/generated/planning';

/** Shapes the replay screen reads, from the services' OpenAPI documents. */
export type PolicyRef = evaluation['schemas']['PolicyRefResponse'];
export type Band = evaluation['schemas']['PolicyBand'];
export type ScorecardSummary = planning['schemas']['ScorecardSummaryResponse'];
export type TimelinePoint = evaluation['schemas']['TimelinePointResponse'];
export type ScoreTimeline = evaluation['schemas']['ScoreTimelineResponse'];
export type ScorecardScoreAnswer = evaluation['schemas']['ScorecardScoreAnswerResponse'];
export type ScoringPolicies = evaluation['schemas']['ScoringPoliciesResponse'];
export type WhatIfAnswer = evaluation['schemas']['WhatIfResponse'];
export type Light = WhatIfAnswer['kpis'][number]['actualLight'];
export type ScorecardPlan = planning['schemas']['ScorecardResponse'];
