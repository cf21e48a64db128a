import { DomainError, type Decider } from '@capaian/ddd';
import { DEFAULT_SCORING_POLICY, validatePolicy, type ScoringPolicy } from '@capaian/scoring';

/**
 * The scoring policy of a tenant for a year is versioned data on its own stream: each change is a
 * `scoring-policy-set` event with the next version number and a reason. Earlier versions stay
 * readable, so a score computed under version 1 can be reproduced after version 2 is set.
 * Without any event, the default policy (Permendagri 86/2017) applies.
 */
export const SCORING_POLICY_EVENT_TYPES = { set: 'scoring-policy-set' } as const;
export const SCORING_POLICY_EVENT_SCHEMA_VERSION: Record<string, number> = { [SCORING_POLICY_EVENT_TYPES.set]: 1 };

export interface SetScoringPolicy {
  type: 'set-scoring-policy';
  tenantId: string;
  year: number;
  /** The policy; its `version` is assigned here (the next one on this stream). */
  policy: Omit<ScoringPolicy, 'version'> & { version?: number };
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
  evolve: (state, event) => ({ versions: [...state.versions, event.data.policy] }),
  decide(command, state) {
    if (command.reason.trim().length < 5) throw new DomainError('REASON_REQUIRED', 'Alasan perubahan kebijakan wajib diisi (minimal 5 karakter) / a policy change needs a reason', 'reason');
    const version = state.versions.length + 1;
    const policy = { ...command.policy, version } as ScoringPolicy;
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

/** The policy in force (latest version), or a given version; the default when none was set. */
export function policyOf(state: ScoringPolicyState, version?: number): ScoringPolicy | undefined {
  if (version === undefined) return state.versions[state.versions.length - 1] ?? DEFAULT_SCORING_POLICY;
  if (state.versions.length === 0 && version === DEFAULT_SCORING_POLICY.version) return DEFAULT_SCORING_POLICY;
  return state.versions.find((p) => p.version === version);
}
