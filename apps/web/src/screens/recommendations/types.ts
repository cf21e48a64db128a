import type { EvaluationSchemas } from '../../api/schemas';

/** Shapes the recommendations screen reads, from evaluation's OpenAPI document. */
export type Recommendation = EvaluationSchemas['RecommendationResponse'];
export type RecommendationDecided = EvaluationSchemas['RecommendationDecidedResponse'];
export type RecommendationInput = EvaluationSchemas['RecommendationInputResponse'];
export type AcceptBody = EvaluationSchemas['AcceptDto'];
export type RejectBody = EvaluationSchemas['RejectRecommendationDto'];
