import { documentResponses } from '@capaian/platform';
import { RewardPolicyResponse, VfmPolicyResponse } from './other-policies.schema.js';
import { ScoringPolicyResponse } from './scoring-policy.schema.js';

/** The answers of the policy documents (one builder for all; the schema names are the ones clients compile against). */
export const SCORING_POLICY_RESPONSES = documentResponses({
  document: ScoringPolicyResponse,
  key: 'policy',
  yearScoped: true,
  names: { view: 'ScoringPoliciesResponse', written: 'ScoringPolicySetResponse', setData: 'ScoringPolicySetData', version: 'ScoringPolicyVersionResponse' },
});

export const REWARD_POLICY_RESPONSES = documentResponses({
  document: RewardPolicyResponse,
  key: 'policy',
  yearScoped: true,
  names: { view: 'RewardPoliciesResponse', written: 'RewardPolicyWrittenResponse', setData: 'RewardPolicySetData', version: 'RewardPolicyVersionResponse' },
});

export const VFM_POLICY_RESPONSES = documentResponses({
  document: VfmPolicyResponse,
  key: 'policy',
  yearScoped: true,
  names: { view: 'VfmPoliciesResponse', written: 'VfmPolicyWrittenResponse', setData: 'VfmPolicySetData', version: 'VfmPolicyVersionResponse' },
});
