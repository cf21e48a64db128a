/**
 * The SAKIP evaluation worksheet (LKE, Lembar Kerja Evaluasi) as versioned policy data.
 *
 * A worksheet is plain JSON: components with a weight (bobot), each split into sub-components
 * (keberadaan / kualitas / pemanfaatan) with a share in percent of the component's weight, each
 * holding criteria answered on a scale whose answer values (0..1) are set by the worksheet, plus
 * the grade bands (predikat). A change is a new `version`, never an edit of an old one: an
 * evaluation stores the worksheet it was started with, so its score can always be recomputed.
 * All numbers are decimal strings.
 */
export interface LkeBilingual {
  id: string;
  en: string;
}

export type LkeSubComponentCode = 'keberadaan' | 'kualitas' | 'pemanfaatan';
export const LKE_SUB_COMPONENT_CODES: readonly LkeSubComponentCode[] = Object.freeze(['keberadaan', 'kualitas', 'pemanfaatan'] as const);

/**
 * What the system can pre-fill from its own event history (see prefill.ts for what each one reads).
 * A criterion names at most one rule; the rule's result is turned into an answer of the
 * criterion's scale through the scale's `ratioAnswers`.
 */
export type LkePrefillRuleCode =
  | 'scorecard_approved'
  | 'revisions_documented'
  | 'targets_for_all_kpis'
  | 'objectives_aligned'
  | 'kpi_data_source'
  | 'measurement_via_application'
  | 'realizations_complete'
  | 'realizations_on_time'
  | 'realizations_verified'
  | 'realizations_with_evidence'
  | 'lkjip_on_time'
  | 'recommendations_followed_up';
export const LKE_PREFILL_RULE_CODES: readonly LkePrefillRuleCode[] = Object.freeze([
  'scorecard_approved',
  'revisions_documented',
  'targets_for_all_kpis',
  'objectives_aligned',
  'kpi_data_source',
  'measurement_via_application',
  'realizations_complete',
  'realizations_on_time',
  'realizations_verified',
  'realizations_with_evidence',
  'lkjip_on_time',
  'recommendations_followed_up',
] as const);

export interface LkeCriterion {
  /** Unique in the worksheet, e.g. "1.a.1" (component.sub-component.number). */
  code: string;
  text: LkeBilingual;
  /** Key of `LkeWorksheet.scales`. */
  scale: string;
  /** The system suggests an answer from its history with this rule (a suggestion only). */
  prefill?: LkePrefillRuleCode;
}

export interface LkeSubComponent {
  code: LkeSubComponentCode;
  name: LkeBilingual;
  /** Percent of the component's weight, e.g. "20"; the shares of a component sum to 100. */
  share: string;
  criteria: LkeCriterion[];
}

export interface LkeComponent {
  /** e.g. "perencanaan". */
  code: string;
  name: LkeBilingual;
  /** Points of the total (0-100), e.g. "30"; the weights of a worksheet sum to 100. */
  weight: string;
  subComponents: LkeSubComponent[];
}

export interface LkeRatioAnswer {
  /** Inclusive lower bound of the ratio in percent (0-100). */
  minPercent: string;
  /** A value code of the scale. */
  answer: string;
}

export interface LkeScale {
  kind: 'yes_no' | 'graded';
  label: LkeBilingual;
  /** Value code -> value in [0, 1], best first, e.g. { Y: '1', T: '0' }. */
  values: Record<string, string>;
  /** What each value code means (optional, for the form). */
  valueLabels?: Record<string, LkeBilingual>;
  /**
   * How a measured ratio (0-100 %) becomes an answer of this scale when pre-filling: the first
   * entry whose `minPercent` the ratio reaches. Descending, the last one at "0". A yes/no fact
   * counts as 100 % (yes) or 0 % (no). Needed by every scale a pre-filled criterion uses.
   */
  ratioAnswers?: LkeRatioAnswer[];
}

export interface LkeGradeBand {
  /** "AA", "A", "BB"... */
  code: string;
  label: LkeBilingual;
  /** Exclusive lower bound: a total strictly above `min` gets this grade. null = every total (the last band). */
  min: string | null;
}

export interface LkeWorksheet {
  /** Stable id of the worksheet family, e.g. "permenpanrb-88-2021". */
  worksheetId: string;
  /** 1, 2, 3...: a change is a new version. */
  version: number;
  description?: string;
  components: LkeComponent[];
  scales: Record<string, LkeScale>;
  /** Grade bands, highest first (descending `min`, the last one with `min: null`). */
  grades: LkeGradeBand[];
}

/** The worksheet an evaluation or score was computed under. */
export interface LkeWorksheetRef {
  worksheetId: string;
  version: number;
}

export function lkeWorksheetRef(w: LkeWorksheet): LkeWorksheetRef {
  return { worksheetId: w.worksheetId, version: w.version };
}

/** Every criterion of the worksheet in order, with where it sits. */
export interface LkeCriterionEntry {
  criterion: LkeCriterion;
  componentCode: string;
  subComponentCode: LkeSubComponentCode;
  scale: LkeScale;
}

export function lkeCriteria(w: LkeWorksheet): LkeCriterionEntry[] {
  const out: LkeCriterionEntry[] = [];
  for (const c of w.components)
    for (const s of c.subComponents) for (const criterion of s.criteria) out.push({ criterion, componentCode: c.code, subComponentCode: s.code, scale: w.scales[criterion.scale]! });
  return out;
}

/** The criterion with that code, or undefined. */
export function lkeCriterion(w: LkeWorksheet, code: string): LkeCriterionEntry | undefined {
  return lkeCriteria(w).find((e) => e.criterion.code === code);
}
