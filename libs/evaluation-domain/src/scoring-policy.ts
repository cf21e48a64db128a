import { DomainError, type Decider } from '@capaian/ddd';
import { DEFAULT_SCORING_POLICY, validatePolicy, type ScoringPolicy } from '@capaian/scoring';
import { allPolicyVersions, asDefaultVersion, identifyTenantVersion, nextTenantVersion, selectPolicyVersion, tenantPolicyId } from './policy-identity.js';

/**
 * The scoring policy of a tenant for a year is versioned data on its own stream: each change is a
 * `scoring-policy-set` event with the next version number and a reason. Earlier versions stay
 * readable, so a score computed under version 1 can be reproduced after version 2 is set.
 * Version 0 is the built-in default (Permendagri 86/2017), in force until the tenant sets one; the
 * tenant's versions are named `scoring-policy-<tenant>.<year>` (see policy-identity.ts).
 */
export const SCORING_POLICY_EVENT_TYPES = { set: 'scoring-policy-set' } as const;
export const SCORING_POLICY_EVENT_SCHEMA_VERSION: Record<string, number> = { [SCORING_POLICY_EVENT_TYPES.set]: 1 };

/** The built-in default as version 0 of every tenant's sequence: `{permendagri-86-2017, 0}`. */
export const DEFAULT_SCORING_POLICY_V0: ScoringPolicy = asDefaultVersion(DEFAULT_SCORING_POLICY);

export interface SetScoringPolicy {
  type: 'set-scoring-policy';
  tenantId: string;
  year: number;
  /** The policy; its `policyId` and `version` are assigned here (the tenant's id, the next version on this stream). */
  policy: Omit<ScoringPolicy, 'version' | 'policyId'> & { version?: number; policyId?: string };
  reason: string;
}

export interface ScoringPolicySet {
  type: 'scoring-policy-set';
  data: { tenantId: string; year: number; version: number; policy: ScoringPolicy; reason: string };
}

export interface ScoringPolicyState {
  versions: ScoringPolicy[];
}

export const scoringPolicyDecider: Decider<SetScoringPolicy, ScoringPolicySet, ScoringPolicyState> = {
  initialState: () => ({ versions: [] }),
  evolve: (state, event) => ({ versions: [...state.versions, identifyTenantVersion('scoring', event.data)] }),
  decide(command, state) {
    if (command.reason.trim().length < 5) throw new DomainError('REASON_REQUIRED', 'Alasan perubahan kebijakan wajib diisi (minimal 5 karakter) / a policy change needs a reason', 'reason');
    const version = nextTenantVersion(state.versions);
    const policy = { ...command.policy, policyId: tenantPolicyId('scoring', command.tenantId, command.year), version } as ScoringPolicy;
    const problems = validatePolicy(policy);
    if (problems.length > 0) {
      throw new DomainError(
        'INVALID_POLICY',
        `Kebijakan penilaian tidak sah: ${problems.join('; ')} / invalid scoring policy`,
        `policy.${problems[0]!.split(':')[0]}`,
        'unprocessable',
        problems.map((p) => ({ field: `policy.${p.split(':')[0]}`, errors: [p.slice(p.indexOf(':') + 1).trim()] })),
      );
    }
    const current = state.versions[state.versions.length - 1];
    if (current && JSON.stringify({ ...current, version: 0 }) === JSON.stringify({ ...policy, version: 0 })) return [];
    return [{ type: 'scoring-policy-set', data: { tenantId: command.tenantId, year: command.year, version, policy, reason: command.reason } }];
  },
};

export function scoringPolicyStreamId(tenantId: string, year: number): string {
  return `scoring-policy-${tenantId}.${year}`;
}

/** The policy in force (latest version, or the default), or a given version (0: the default); undefined when there is no such version. */
export function policyOf(state: ScoringPolicyState, version?: number): ScoringPolicy | undefined {
  return selectPolicyVersion(state.versions, DEFAULT_SCORING_POLICY_V0, version);
}

/** Every version, the default (version 0) first. */
export function scoringPolicyVersions(state: ScoringPolicyState): ScoringPolicy[] {
  return allPolicyVersions(state.versions, DEFAULT_SCORING_POLICY_V0);
}
