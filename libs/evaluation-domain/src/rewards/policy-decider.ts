import { DomainError, type Decider } from '@capaian/ddd';
import { identifyTenantVersion, nextTenantVersion, selectPolicyVersion, tenantPolicyId } from '../policy-identity.js';
import { DEFAULT_REWARD_POLICY, validateRewardPolicy, type RewardPolicy, type RewardRule } from './policy.js';

/**
 * The reward policy of a tenant for a year, versioned on its own stream (`rewardPolicyStreamId`),
 * as the scoring policy is: each change is a `reward-policy-set` event with the next policy version
 * and a reason; earlier versions stay readable. Without any event, DEFAULT_REWARD_POLICY (version 0)
 * applies; the tenant's versions are named `reward-policy-<tenant>.<year>` (see policy-identity.ts).
 *
 * Rule versions are assigned here: a rule whose parameters are unchanged keeps its version (so its
 * recommendations keep their ids and their decisions), a changed rule gets the highest version it
 * ever had + 1, a new rule 1 (a rule id used before, removed and added again continues its count).
 * The baseline before the first event is the default policy.
 */
export const REWARD_POLICY_EVENT_TYPES = { set: 'reward-policy-set' } as const;
export const REWARD_POLICY_EVENT_SCHEMA_VERSION: Record<string, number> = { [REWARD_POLICY_EVENT_TYPES.set]: 1 };

type RuleInput = { [K in RewardRule['kind']]: Omit<Extract<RewardRule, { kind: K }>, 'version'> & { version?: number } }[RewardRule['kind']];

export interface SetRewardPolicy {
  type: 'set-reward-policy';
  tenantId: string;
  year: number;
  /** The policy; its `policyId`, its `version` and its rules' versions are assigned here. */
  policy: Omit<RewardPolicy, 'version' | 'rules' | 'policyId'> & { version?: number; policyId?: string; rules: RuleInput[] };
  reason: string;
}

export interface RewardPolicySet {
  type: 'reward-policy-set';
  data: { tenantId: string; year: number; version: number; policy: RewardPolicy; reason: string };
}

export interface RewardPolicyState {
  versions: RewardPolicy[];
}

/** JSON with object keys sorted, so that equal data compares equal whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
const withoutVersion = (value: object) => canonical({ ...value, version: 0 });

export const rewardPolicyDecider: Decider<SetRewardPolicy, RewardPolicySet, RewardPolicyState> = {
  initialState: () => ({ versions: [] }),
  evolve: (state, event) => ({ versions: [...state.versions, identifyTenantVersion('reward', event.data)] }),
  decide(command, state) {
    if (typeof command.reason !== 'string' || command.reason.trim().length < 5) {
      throw new DomainError('REASON_REQUIRED', 'Alasan perubahan kebijakan wajib diisi (minimal 5 karakter) / a policy change needs a reason', 'reason');
    }
    const history = state.versions.length > 0 ? state.versions : [DEFAULT_REWARD_POLICY];
    const current = history[history.length - 1]!;
    const highest = new Map<string, number>();
    for (const p of history) for (const r of p.rules) highest.set(r.ruleId, Math.max(highest.get(r.ruleId) ?? 0, r.version));
    const rules = (Array.isArray(command.policy?.rules) ? command.policy.rules : []).map((r) => {
      const same = current.rules.find((c) => c.ruleId === r?.ruleId);
      const version = same && withoutVersion(same) === withoutVersion(r) ? same.version : (highest.get(r?.ruleId) ?? 0) + 1;
      return { ...r, version } as RewardRule;
    });
    const version = nextTenantVersion(state.versions);
    const policy = { ...command.policy, policyId: tenantPolicyId('reward', command.tenantId, command.year), version, rules } as RewardPolicy;
    const problems = validateRewardPolicy(Array.isArray(command.policy?.rules) ? policy : { ...policy, rules: command.policy?.rules });
    if (problems.length > 0) {
      throw new DomainError(
        'INVALID_REWARD_POLICY',
        `Kebijakan penghargaan dan sanksi tidak sah: ${problems.join('; ')} / invalid reward policy`,
        `policy.${problems[0]!.split(':')[0]}`,
        'unprocessable',
        problems.map((p) => ({ field: `policy.${p.split(':')[0]}`, errors: [p.slice(p.indexOf(':') + 1).trim()] })),
      );
    }
    const last = state.versions[state.versions.length - 1];
    if (last && withoutVersion(last) === withoutVersion(policy)) return [];
    return [{ type: 'reward-policy-set', data: { tenantId: command.tenantId, year: command.year, version, policy, reason: command.reason } }];
  },
};

export function rewardPolicyStreamId(tenantId: string, year: number): string {
  return `reward-policy-${tenantId}.${year}`;
}

/** The policy in force (latest version, or the default), or a given version (0: the default); undefined when there is no such version. */
export function rewardPolicyOf(state: RewardPolicyState, version?: number): RewardPolicy | undefined {
  return selectPolicyVersion(state.versions, DEFAULT_REWARD_POLICY, version);
}
