import { sameDocument } from '@capaian/ddd';
import { assignTenantIdentity, tenantPolicy } from '../policy-identity.js';
import { DEFAULT_REWARD_POLICY, validateRewardPolicy, type RewardPolicy, type RewardRule } from './policy.js';

/**
 * The reward policy of a tenant for a year, a versioned document on its own stream
 * (`rewardPolicyStreamId`), as the scoring policy is: each change is a `reward-policy-set` event
 * with the next policy version and a reason; earlier versions stay readable. Without any event,
 * DEFAULT_REWARD_POLICY (version 0) applies; the tenant's versions are named
 * `reward-policy-<tenant>.<year>` (see policy-identity.ts).
 *
 * Rule versions are assigned when a version is built: a rule whose parameters are unchanged keeps
 * its version (so its recommendations keep their ids and their decisions), a changed rule gets the
 * highest version it ever had + 1, a new rule 1 (a rule id used before, removed and added again
 * continues its count). The baseline before the first event is the default policy.
 */
type RuleInput = { [K in RewardRule['kind']]: Omit<Extract<RewardRule, { kind: K }>, 'version'> & { version?: number } }[RewardRule['kind']];

/** The policy as the client sends it; its `policyId`, its `version` and its rules' versions are assigned by the decider. */
export type RewardPolicyInput = Omit<RewardPolicy, 'version' | 'rules' | 'policyId'> & { version?: number; policyId?: string; rules: RuleInput[] };

/** The rules of the new version with their versions; rules that are not a list are kept as given, for validation to name. */
function versionRules(input: RewardPolicyInput, current: RewardPolicy, stored: readonly RewardPolicy[]): RewardRule[] {
  if (!Array.isArray(input?.rules)) return input?.rules as unknown as RewardRule[];
  const highest = new Map<string, number>();
  for (const p of stored.length > 0 ? stored : [current]) for (const r of p.rules) highest.set(r.ruleId, Math.max(highest.get(r.ruleId) ?? 0, r.version));
  return input.rules.map((r) => {
    const same = current.rules.find((c) => c.ruleId === r?.ruleId);
    const version = same && sameDocument(same, r) ? same.version : (highest.get(r?.ruleId) ?? 0) + 1;
    return { ...r, version } as RewardRule;
  });
}

const rewardPolicy = tenantPolicy<RewardPolicy, RewardPolicyInput>('reward', {
  default: DEFAULT_REWARD_POLICY,
  build: (input, context) => assignTenantIdentity<RewardPolicy>('reward', { ...input, rules: versionRules(input, context.current, context.stored) }, context),
  validate: validateRewardPolicy,
});
export const { document: rewardPolicyDocument, decider: rewardPolicyDecider, streamId: rewardPolicyStreamId, of: rewardPolicyOf } = rewardPolicy;
