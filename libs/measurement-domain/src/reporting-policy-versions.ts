import { currentDocument, documentDefinition, versionedDocumentDecider, type Decider, type DocumentSet, type DocumentVersions } from '@capaian/ddd';
import { DEFAULT_REPORTING_POLICY, reportingPolicyProblems, withPolicyDefaults, type ReportingPolicy } from './reporting-policy.js';

/**
 * A tenant's reporting policy for a year (the deadline rule) is a versioned document on its own
 * stream: each change is a `reporting-policy-set` event with a reason. Realizations record the
 * policy id they were judged under, so earlier late flags stay explainable. Without any event: the
 * default (version 0); the tenant's version n is named `reporting-<tenant>-<year>.<n>`.
 */
export const REPORTING_POLICY_EVENT_TYPES = { set: 'reporting-policy-set' } as const;
/** v2 added `policy.acceptBeforePeriodEnd`; v1 events are upcast (measurement-feature upcasters.ts). */
export const REPORTING_POLICY_EVENT_SCHEMA_VERSION: Record<string, number> = { [REPORTING_POLICY_EVENT_TYPES.set]: 2 };

/** The rule as the client sends it; the policy id is assigned by the decider. */
export interface ReportingPolicyInput {
  deadlineDaysAfterPeriodEnd: number;
  /** Omitted: the value of the version in force (the default before any). */
  acceptBeforePeriodEnd?: boolean;
}
/** The command keeps the rule's fields at its top level, as the HTTP body does. */
export interface SetReportingPolicy extends ReportingPolicyInput {
  type: 'set-reporting-policy';
  tenantId: string;
  year: number;
  reason: unknown;
}
export type ReportingPolicySet = DocumentSet<ReportingPolicy, 'policy'>;
export type ReportingPolicyVersions = DocumentVersions<ReportingPolicy>;

export function reportingPolicyId(tenantId: string, year: number | undefined, version: number): string {
  return `reporting-${tenantId}-${year}.${version}`;
}

export const reportingPolicyDocument = documentDefinition<ReportingPolicy, ReportingPolicyInput, 'policy'>({
  kind: 'reporting-policy',
  name: { id: 'Kebijakan pelaporan', en: 'reporting policy' },
  key: 'policy',
  schemaVersion: REPORTING_POLICY_EVENT_SCHEMA_VERSION[REPORTING_POLICY_EVENT_TYPES.set]!,
  invalidCode: 'INVALID_POLICY',
  default: DEFAULT_REPORTING_POLICY,
  defaultVersion: 0,
  identify: reportingPolicyId,
  build: (input, context) => ({
    policyId: reportingPolicyId(context.tenantId, context.year, context.version),
    deadlineDaysAfterPeriodEnd: input?.deadlineDaysAfterPeriodEnd,
    acceptBeforePeriodEnd: input?.acceptBeforePeriodEnd ?? context.current.acceptBeforePeriodEnd,
  }),
  validate: reportingPolicyProblems,
});

const documentDecider = versionedDocumentDecider(reportingPolicyDocument);

export const reportingPolicyDecider: Decider<SetReportingPolicy, ReportingPolicySet, ReportingPolicyVersions> = {
  ...documentDecider,
  decide: ({ deadlineDaysAfterPeriodEnd, acceptBeforePeriodEnd, ...command }, state) => documentDecider.decide({ ...command, policy: { deadlineDaysAfterPeriodEnd, acceptBeforePeriodEnd } }, state),
};

export function reportingPolicyStreamId(tenantId: string, year: number): string {
  return `reporting-policy-${tenantId}.${year}`;
}

/** The policy in force: the tenant's latest version, or the default. */
export function reportingPolicyOf(state: ReportingPolicyVersions): ReportingPolicy {
  return currentDocument(reportingPolicyDocument, state);
}

/** A stored `reporting-policy-set` v1 as v2: the policy gets `acceptBeforePeriodEnd` (registered once, in measurement's upcasters). */
export function upcastReportingPolicySet(data: ReportingPolicySet['data']): ReportingPolicySet['data'] {
  return { ...data, policy: withPolicyDefaults(data.policy) };
}
