import { tenantPolicy, type TenantPolicyInput, type TenantPolicySet } from '../policy-identity.js';
import { DEFAULT_VFM_POLICY, validateVfmPolicy, type VfmPolicy } from './policy.js';

/**
 * The VFM policy of a tenant for a year, a versioned document on its own stream (`vfmPolicyStreamId`),
 * as the scoring policy is: each change is a `vfm-policy-set` event with the next version and a
 * reason; earlier versions stay readable. Without any event, DEFAULT_VFM_POLICY (version 0) applies;
 * the tenant's versions are named `vfm-policy-<tenant>.<year>` (see policy-identity.ts).
 */
export type VfmPolicySet = TenantPolicySet<VfmPolicy>;

const vfmPolicy = tenantPolicy<VfmPolicy, TenantPolicyInput<VfmPolicy>>('vfm', { default: DEFAULT_VFM_POLICY, validate: validateVfmPolicy });
export const { document: vfmPolicyDocument, decider: vfmPolicyDecider, streamId: vfmPolicyStreamId, of: vfmPolicyOf } = vfmPolicy;
