import type { EvaluationSchemas } from '../../api/schemas';

/** Shapes the reports screen reads, from evaluation's OpenAPI document. */
export type PublishedScores = EvaluationSchemas['PublishedScoresResponse'];
export type PublishBody = EvaluationSchemas['PublishScoresDto'];
export type PublishPeriod = PublishBody['period'];
export type ScoringPolicies = EvaluationSchemas['ScoringPoliciesResponse'];
export type PolicyBand = EvaluationSchemas['PolicyBand'];
