import type { DocumentSet, DocumentVersions } from '@capaian/ddd';
import { tenantPolicy, type SetTenantPolicy, type TenantPolicyInput } from '../policy-identity.js';
import { DEFAULT_VFM_POLICY, validateVfmPolicy, type VfmPolicy } from './policy.js';

/**
 * The VFM policy of a tenant for a year, a versioned document on its own stream (`vfmPolicyStreamId`),
 * as the scoring policy is: each change is a `vfm-policy-set` event with the next version and a
 * reason; earlier versions stay readable. Without any event, DEFAULT_VFM_POLICY (version 0) applies;
 * the tenant's versions are named `vfm-policy-<tenant>.<year>` (see policy-identity.ts).
 */
export const VFM_POLICY_EVENT_TYPES = { set: 'vfm-policy-set' } as const;
export const VFM_POLICY_EVENT_SCHEMA_VERSION: Record<string, number> = { [VFM_POLICY_EVENT_TYPES.set]: 1 };

export type VfmPolicyInput = TenantPolicyInput<VfmPolicy>;
export type SetVfmPolicy = SetTenantPolicy<VfmPolicyInput>;
export type VfmPolicySet = DocumentSet<VfmPolicy, 'policy'>;
export type VfmPolicyState = DocumentVersions<VfmPolicy>;

const vfmPolicy = tenantPolicy<VfmPolicy, VfmPolicyInput>('vfm', {
  name: { id: 'Kebijakan value for money', en: 'value for money policy' },
  eventType: VFM_POLICY_EVENT_TYPES.set,
  schemaVersion: VFM_POLICY_EVENT_SCHEMA_VERSION[VFM_POLICY_EVENT_TYPES.set]!,
  invalidCode: 'INVALID_VFM_POLICY',
  default: DEFAULT_VFM_POLICY,
  validate: validateVfmPolicy,
});

export const vfmPolicyDocument = vfmPolicy.document;
export const vfmPolicyDecider = vfmPolicy.decider;
export const vfmPolicyStreamId = vfmPolicy.streamId;
export const vfmPolicyOf = vfmPolicy.of;
