import { allDocuments } from '@capaian/ddd';
import { DEFAULT_SCORING_POLICY, validatePolicy, type ScoringPolicy } from '@capaian/scoring';
import { asDefaultVersion, tenantPolicy, type TenantPolicyInput, type TenantPolicyState } from './policy-identity.js';

/**
 * The scoring policy of a tenant for a year is a versioned document on its own stream: each change
 * is a `scoring-policy-set` event (schema version 1) with the next version number and a reason. Earlier versions stay
 * readable, so a score computed under version 1 can be reproduced after version 2 is set.
 * Version 0 is the built-in default (Permendagri 86/2017), in force until the tenant sets one; the
 * tenant's versions are named `scoring-policy-<tenant>.<year>` (see policy-identity.ts).
 */
/** The built-in default as version 0 of every tenant's sequence: `{permendagri-86-2017, 0}`. */
export const DEFAULT_SCORING_POLICY_V0: ScoringPolicy = asDefaultVersion(DEFAULT_SCORING_POLICY);

export type ScoringPolicyState = TenantPolicyState<ScoringPolicy>;

const scoringPolicy = tenantPolicy<ScoringPolicy, TenantPolicyInput<ScoringPolicy>>('scoring', { default: DEFAULT_SCORING_POLICY_V0, validate: validatePolicy });
export const { document: scoringPolicyDocument, decider: scoringPolicyDecider, streamId: scoringPolicyStreamId, of: policyOf } = scoringPolicy;

/** Every version, the default (version 0) first. */
export function scoringPolicyVersions(state: ScoringPolicyState): ScoringPolicy[] {
  return allDocuments(scoringPolicyDocument, state);
}
