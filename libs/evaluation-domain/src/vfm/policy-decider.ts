import { problemsFromLines, selectDocument, versionedDocumentDecider, type DocumentSet, type DocumentVersions, type SetDocument } from '@capaian/ddd';
import { tenantPolicyDocument } from '../policy-identity.js';
import { DEFAULT_VFM_POLICY, validateVfmPolicy, type VfmPolicy } from './policy.js';

/**
 * The VFM policy of a tenant for a year, a versioned document on its own stream (`vfmPolicyStreamId`),
 * as the scoring policy is: each change is a `vfm-policy-set` event with the next version and a
 * reason; earlier versions stay readable. Without any event, DEFAULT_VFM_POLICY (version 0) applies;
 * the tenant's versions are named `vfm-policy-<tenant>.<year>` (see policy-identity.ts).
 */
export const VFM_POLICY_EVENT_TYPES = { set: 'vfm-policy-set' } as const;
export const VFM_POLICY_EVENT_SCHEMA_VERSION: Record<string, number> = { [VFM_POLICY_EVENT_TYPES.set]: 1 };

/** The policy as the client sends it; its `policyId` and `version` are assigned by the decider. */
export type VfmPolicyInput = Omit<VfmPolicy, 'version' | 'policyId'> & { version?: number; policyId?: string };
export type SetVfmPolicy = SetDocument<VfmPolicyInput, 'policy'> & { year: number };
export type VfmPolicySet = DocumentSet<VfmPolicy, 'policy'>;
export type VfmPolicyState = DocumentVersions<VfmPolicy>;

export const vfmPolicyDocument = tenantPolicyDocument<VfmPolicy, VfmPolicyInput>('vfm', {
  name: { id: 'Kebijakan value for money', en: 'value for money policy' },
  eventType: VFM_POLICY_EVENT_TYPES.set,
  schemaVersion: VFM_POLICY_EVENT_SCHEMA_VERSION[VFM_POLICY_EVENT_TYPES.set]!,
  invalidCode: 'INVALID_VFM_POLICY',
  default: DEFAULT_VFM_POLICY,
  validate: (policy) => problemsFromLines(validateVfmPolicy(policy)),
});

export const vfmPolicyDecider = versionedDocumentDecider(vfmPolicyDocument);

export function vfmPolicyStreamId(tenantId: string, year: number): string {
  return `vfm-policy-${tenantId}.${year}`;
}

/** The policy in force (latest version, or the default), or a given version (0: the default); undefined when there is no such version. */
export function vfmPolicyOf(state: VfmPolicyState, version?: number): VfmPolicy | undefined {
  return selectDocument(vfmPolicyDocument, state, version);
}
