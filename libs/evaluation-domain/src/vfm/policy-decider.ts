import { DomainError, type Decider } from '@capaian/ddd';
import { identifyTenantVersion, nextTenantVersion, selectPolicyVersion, tenantPolicyId } from '../policy-identity.js';
import { DEFAULT_VFM_POLICY, validateVfmPolicy, type VfmPolicy } from './policy.js';

/**
 * The VFM policy of a tenant for a year, versioned on its own stream (`vfmPolicyStreamId`), as
 * the scoring policy is: each change is a `vfm-policy-set` event with the next version and a
 * reason; earlier versions stay readable. Without any event, DEFAULT_VFM_POLICY (version 0) applies;
 * the tenant's versions are named `vfm-policy-<tenant>.<year>` (see policy-identity.ts).
 */
export const VFM_POLICY_EVENT_TYPES = { set: 'vfm-policy-set' } as const;
export const VFM_POLICY_EVENT_SCHEMA_VERSION: Record<string, number> = { [VFM_POLICY_EVENT_TYPES.set]: 1 };

export interface SetVfmPolicy {
  type: 'set-vfm-policy';
  tenantId: string;
  year: number;
  /** The policy; its `policyId` and `version` are assigned here (the tenant's id, the next version on this stream). */
  policy: Omit<VfmPolicy, 'version' | 'policyId'> & { version?: number; policyId?: string };
  reason: string;
}

export interface VfmPolicySet {
  type: 'vfm-policy-set';
  data: { tenantId: string; year: number; version: number; policy: VfmPolicy; reason: string };
}

export interface VfmPolicyState {
  versions: VfmPolicy[];
}

export const vfmPolicyDecider: Decider<SetVfmPolicy, VfmPolicySet, VfmPolicyState> = {
  initialState: () => ({ versions: [] }),
  evolve: (state, event) => ({ versions: [...state.versions, identifyTenantVersion('vfm', event.data)] }),
  decide(command, state) {
    if (typeof command.reason !== 'string' || command.reason.trim().length < 5) {
      throw new DomainError('REASON_REQUIRED', 'Alasan perubahan kebijakan wajib diisi (minimal 5 karakter) / a policy change needs a reason', 'reason');
    }
    const version = nextTenantVersion(state.versions);
    const policy = { ...command.policy, policyId: tenantPolicyId('vfm', command.tenantId, command.year), version } as VfmPolicy;
    const problems = validateVfmPolicy(policy);
    if (problems.length > 0) {
      throw new DomainError(
        'INVALID_VFM_POLICY',
        `Kebijakan value for money tidak sah: ${problems.join('; ')} / invalid value for money policy`,
        `policy.${problems[0]!.split(':')[0]}`,
        'unprocessable',
        problems.map((p) => ({ field: `policy.${p.split(':')[0]}`, errors: [p.slice(p.indexOf(':') + 1).trim()] })),
      );
    }
    const current = state.versions[state.versions.length - 1];
    if (current && JSON.stringify({ ...current, version: 0 }) === JSON.stringify({ ...policy, version: 0 })) return [];
    return [{ type: 'vfm-policy-set', data: { tenantId: command.tenantId, year: command.year, version, policy, reason: command.reason } }];
  },
};

export function vfmPolicyStreamId(tenantId: string, year: number): string {
  return `vfm-policy-${tenantId}.${year}`;
}

/** The policy in force (latest version, or the default), or a given version (0: the default); undefined when there is no such version. */
export function vfmPolicyOf(state: VfmPolicyState, version?: number): VfmPolicy | undefined {
  return selectPolicyVersion(state.versions, DEFAULT_VFM_POLICY, version);
}
