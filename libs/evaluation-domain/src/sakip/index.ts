// SAKIP evaluation worksheet (LKE, PermenPANRB 88/2021): worksheet data, scoring, pre-fill, decider.
export { DEFAULT_LKE_WORKSHEET } from './worksheet-default.js';
export { InvalidLkeWorksheetError, assertValidLkeWorksheet, validateWorksheet } from './worksheet-validation.js';
export {
  LKE_PREFILL_RULE_CODES,
  LKE_SUB_COMPONENT_CODES,
  lkeCriteria,
  lkeCriterion,
  lkeWorksheetRef,
  type LkeBilingual,
  type LkeComponent,
  type LkeCriterion,
  type LkeCriterionEntry,
  type LkeGradeBand,
  type LkePrefillRuleCode,
  type LkeRatioAnswer,
  type LkeScale,
  type LkeSubComponent,
  type LkeSubComponentCode,
  type LkeWorksheet,
  type LkeWorksheetRef,
} from './worksheet.js';
export { lkeGrade, lkeScore, type LkeAnswers, type LkeComponentScore, type LkeScore, type LkeSubComponentScore } from './score.js';
export { prefillAnswers, validateLkeFacts, type LkeFacts, type LkeSuggestion } from './prefill.js';
export { LKE_MAX_EVIDENCE_LINKS, LKE_MAX_NOTE_LENGTH, LKE_MIN_REASON_LENGTH, type LkeEvidenceInput, type LkeEvidenceLink } from './inputs.js';
export {
  SAKIP_EVALUATION_EVENT_SCHEMA_VERSION,
  SAKIP_EVALUATION_EVENT_TYPES,
  sakipAnswerCodes,
  sakipAnswersJson,
  sakipCurrentScore,
  sakipEvaluationDecider,
  sakipEvaluationStreamId,
  type SakipAnswer,
  type SakipEvaluationCommand,
  type SakipEvaluationEvent,
  type SakipEvaluationState,
  type SakipEvaluationStatus,
} from './evaluation.js';
