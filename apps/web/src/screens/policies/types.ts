import type { EvaluationSchemas, MeasurementSchemas, ScorecardSummary } from '../../api/schemas';

/** Shapes the policies screen reads and writes, from the services' OpenAPI documents. */
export type ScoringPolicy = EvaluationSchemas['ScoringPolicyResponse'];
export type ScoringPolicyInput = EvaluationSchemas['ScoringPolicyInput'];
export type ScoringBand = EvaluationSchemas['PolicyBand'];
export type RewardPolicy = EvaluationSchemas['RewardPolicyResponse'];
export type RewardPolicyInput = EvaluationSchemas['RewardPolicyInput'];
export type RewardRule = EvaluationSchemas['RewardRuleResponse'];
export type RewardRuleInput = EvaluationSchemas['RewardRuleInput'];
export type VfmPolicy = EvaluationSchemas['VfmPolicyResponse'];
export type VfmPolicyInput = EvaluationSchemas['VfmPolicyInput'];
export type ReportingPolicy = MeasurementSchemas['ReportingPolicyResponse'];
/** The reporting rule's PUT body without its reason. */
export type ReportingPolicyInput = Omit<MeasurementSchemas['SetReportingPolicyDto'], 'reason'>;
/** One version as GET …/versions lists it (the same in both services). */
export type VersionEntry = EvaluationSchemas['DocumentVersionEntryResponse'];
export type AdHocScoringPolicy = EvaluationSchemas['AdHocScoringPolicy'];
export type { ScorecardSummary };

/** The four versioned documents of a year, one tab each. */
export const DOCUMENT_KINDS = ['scoring', 'rewards', 'vfm', 'reporting'] as const;
export type DocumentKindKey = (typeof DOCUMENT_KINDS)[number];

/** What every PUT answers (whatever the document). */
export interface Written<D> {
  changed: boolean;
  replayed: boolean;
  data: { version: number } | null;
  current: D;
}
