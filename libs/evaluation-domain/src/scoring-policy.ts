import { allDocuments, type DocumentSet, type DocumentVersions } from '@capaian/ddd';
import { DEFAULT_SCORING_POLICY, validatePolicy, type ScoringPolicy } from '@capaian/scoring';
import { asDefaultVersion, tenantPolicy, type SetTenantPolicy, type TenantPolicyInput } from './policy-identity.js';

/**
 * The scoring policy of a tenant for a year is a versioned document on its own stream: each change
 * is a `scoring-policy-set` event with the next version number and a reason. Earlier versions stay
 * readable, so a score computed under version 1 can be reproduced after version 2 is set.
 * Version 0 is the built-in default (Permendagri 86/2017), in force until the tenant sets one; the
 * tenant's versions are named `scoring-policy-<tenant>.<year>` (see policy-identity.ts).
 */
export const SCORING_POLICY_EVENT_TYPES = { set: 'scoring-policy-set' } as const;
export const SCORING_POLICY_EVENT_SCHEMA_VERSION: Record<string, number> = { [SCORING_POLICY_EVENT_TYPES.set]: 1 };

/** The built-in default as version 0 of every tenant's sequence: `{permendagri-86-2017, 0}`. */
export const DEFAULT_SCORING_POLICY_V0: ScoringPolicy = asDefaultVersion(DEFAULT_SCORING_POLICY);

export type ScoringPolicyInput = TenantPolicyInput<ScoringPolicy>;
export type SetScoringPolicy = SetTenantPolicy<ScoringPolicyInput>;
export type ScoringPolicySet = DocumentSet<ScoringPolicy, 'policy'>;
export type ScoringPolicyState = DocumentVersions<ScoringPolicy>;

const scoringPolicy = tenantPolicy<ScoringPolicy, ScoringPolicyInput>('scoring', {
  name: { id: 'Kebijakan penilaian', en: 'scoring policy' },
  eventType: SCORING_POLICY_EVENT_TYPES.set,
  schemaVersion: SCORING_POLICY_EVENT_SCHEMA_VERSION[SCORING_POLICY_EVENT_TYPES.set]!,
  invalidCode: 'INVALID_POLICY',
  default: DEFAULT_SCORING_POLICY_V0,
  validate: validatePolicy,
});

export const scoringPolicyDocument = scoringPolicy.document;
export const scoringPolicyDecider = scoringPolicy.decider;
export const scoringPolicyStreamId = scoringPolicy.streamId;
export const policyOf = scoringPolicy.of;

/** Every version, the default (version 0) first. */
export function scoringPolicyVersions(state: ScoringPolicyState): ScoringPolicy[] {
  return allDocuments(scoringPolicyDocument, state);
}
