import type { PlanningSchemas } from '../../api/schemas';
import type { components as evaluation } from '../../api/generated/evaluation';

/** Shapes the replay screen reads, from the services' OpenAPI documents. */
export type PolicyRef = evaluation['schemas']['PolicyRefResponse'];
export type Band = evaluation['schemas']['PolicyBand'];
export type { ScorecardSummary } from '../../api/schemas';
export type TimelinePoint = evaluation['schemas']['TimelinePointResponse'];
export type ScoreTimeline = evaluation['schemas']['ScoreTimelineResponse'];
export type ScorecardScoreAnswer = evaluation['schemas']['ScorecardScoreAnswerResponse'];
export type ScoringPolicies = evaluation['schemas']['ScoringPoliciesResponse'];
export type WhatIfAnswer = evaluation['schemas']['WhatIfResponse'];
export type Light = WhatIfAnswer['kpis'][number]['actualLight'];
export type ScorecardPlan = PlanningSchemas['ScorecardResponse'];
