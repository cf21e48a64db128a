import { REPORTING_FIELDS, VFM_FIELDS } from './otherForms';
import { SCORING_FIELDS } from './scoringForm';

/**
 * Which API fields each form shows a message under (after problems.ts renamed a band's or a
 * rule's own problems); the others go to the form's banner so nothing the API said is hidden.
 */
const BAND = /^policy\.bands\[\d+\]\.(code|label|min|max|minInclusive|maxInclusive|row|next)$/;
const GRADE = /^policy\.achievement\.categorical\.(grades\[\d+\]|percents\..*)$/;
const RULE = /^policy\.rules\[\d+\]\.(ruleId|kind|granularity|label|baseShare|cap|topN|minScore|minInclusive|threshold|thresholdInclusive|consecutive|notMeasurable|row)$/;
const SCORING = new Set<string>(Object.values(SCORING_FIELDS));
const VFM = new Set<string>(Object.values(VFM_FIELDS));
const REPORTING = new Set<string>(Object.values(REPORTING_FIELDS));

export const showsScoring = (field: string) => SCORING.has(field) || BAND.test(field) || GRADE.test(field);
export const showsReward = (field: string) => field === 'policy.description' || RULE.test(field);
export const showsVfm = (field: string) => VFM.has(field);
export const showsReporting = (field: string) => REPORTING.has(field);
