import type { EvaluationSchemas as E } from '../../api/schemas';

/** Shapes of the SAKIP (LKE) answers this screen reads, from the evaluation service's OpenAPI document. */
export type SakipEvaluation = E['SakipEvaluationResponse'];
export type LkeWorksheet = E['LkeWorksheetResponse'];
export type LkeComponent = E['LkeComponentSchema'];
export type LkeSubComponent = E['LkeSubComponentSchema'];
export type LkeCriterion = E['LkeCriterionSchema'];
export type LkeScale = E['LkeScaleSchema'];
export type LkeGradeBand = E['LkeGradeBandSchema'];
export type LkeSuggestion = E['LkeSuggestionResponse'];
export type SakipAnswer = E['SakipAnswerResponse'];
export type LkeScore = E['LkeScoreResponse'];
export type LkeComponentScore = E['LkeComponentScoreResponse'];
export type LkeSubComponentScore = E['LkeSubComponentScoreResponse'];
export type Bilingual = E['BilingualTextResponse'];
export type SakipStarted = E['SakipStartedResponse'];
export type SakipAnswered = E['SakipAnsweredResponse'];
export type SakipRevised = E['SakipRevisedResponse'];
export type SakipFinalized = E['SakipFinalizedResponse'];
export type SakipReopened = E['SakipReopenedResponse'];
export type EvaluationStatus = SakipEvaluation['status'];
