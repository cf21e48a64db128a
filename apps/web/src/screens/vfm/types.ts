import type { EvaluationSchemas } from '../../api/schemas';

/** Shapes the value-for-money screen reads, from evaluation's OpenAPI document. */
export type ValueForMoney = EvaluationSchemas['ValueForMoneyResponse'];
export type VfmLine = EvaluationSchemas['VfmLineResponse'];
export type VfmFlag = EvaluationSchemas['VfmFlagResponse'];
export type VfmKpiMean = EvaluationSchemas['VfmKpiMeanResponse'];
