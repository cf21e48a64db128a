import type { Type } from '@nestjs/common';
import { versionedDocumentModel, type VersionedDocumentDefinition } from '@capaian/ddd';
import { rewardPolicyDocument, rewardPolicyStreamId, scoringPolicyDocument, scoringPolicyStreamId, vfmPolicyDocument, vfmPolicyStreamId } from '@capaian/evaluation-domain';
import { documentController, type DocumentEndpoint, type DocumentResponses } from '@capaian/platform';
import { REWARD_POLICY_RESPONSES, SCORING_POLICY_RESPONSES, VFM_POLICY_RESPONSES } from './policy.responses.js';
import { SetRewardPolicyDto, SetScoringPolicyDto, SetVfmPolicyDto } from './set-policy.dto.js';

interface PolicyBody {
  policy: Record<string, unknown>;
  reason: string;
}

/**
 * The controller of a tenant-and-year policy at `policies/:year<suffix>`: a versioned document,
 * every change an event with a reason, version 0 the built-in default; evaluators set versions.
 */
function policyController<P, Input, B extends PolicyBody>(spec: {
  name: string;
  suffix: string;
  document: VersionedDocumentDefinition<P, Input, 'policy'>;
  streamId: (tenantId: string, year: number) => string;
  commandType: string;
  body: Type<B>;
  responses: DocumentResponses;
  label: string;
  summaries: DocumentEndpoint<unknown, never, unknown, P, B>['summaries'];
}) {
  return documentController({
    name: spec.name,
    route: `policies/:year${spec.suffix}`,
    yearScoped: true,
    tag: 'policies',
    model: versionedDocumentModel(spec.document),
    streamId: (scope) => spec.streamId(scope.tenantId, scope.year as number),
    command: (dto: B, scope) => ({ type: spec.commandType, tenantId: scope.tenantId, year: scope.year as number, policy: dto.policy as unknown as Input, reason: dto.reason }),
    body: spec.body,
    roles: ['evaluator'],
    responses: spec.responses,
    label: spec.label,
    summaries: spec.summaries,
  });
}

export const ScoringPolicyController = policyController({
  name: 'ScoringPolicyController',
  suffix: '',
  document: scoringPolicyDocument,
  streamId: scoringPolicyStreamId,
  commandType: 'set-scoring-policy',
  body: SetScoringPolicyDto,
  responses: SCORING_POLICY_RESPONSES,
  label: 'kebijakan penilaian / of the scoring policy',
  summaries: {
    get: 'Kebijakan penilaian / the scoring policy in force for a year (formulas, cap, bands, roll-up mode) and every version',
    getDescription:
      "`versions` lists every version of the year, the built-in default first: version 0 is `{permendagri-86-2017, 0}`, the tenant's own versions are `{scoring-policy-<tenant>.<year>, 1..n}`. Pass a version as `?policyVersion=` (0 = the default) to reproduce scores computed under it.",
    put: 'Tetapkan versi baru kebijakan penilaian / set a new policy version (with a reason); scores under earlier versions stay reproducible',
    putDescription:
      'The service names the version `{scoring-policy-<tenant>.<year>, n}` (n = 1, 2, ...); a `policyId` or `version` in the body is ignored. The default stays readable as version 0. A policy equal to the latest version writes nothing (`changed: false`).',
  },
});

export const RewardPolicyController = policyController({
  name: 'RewardPolicyController',
  suffix: '/rewards',
  document: rewardPolicyDocument,
  streamId: rewardPolicyStreamId,
  commandType: 'set-reward-policy',
  body: SetRewardPolicyDto,
  responses: REWARD_POLICY_RESPONSES,
  label: 'aturan reward & punishment / of the reward/punishment rules',
  summaries: {
    get: 'Aturan reward & punishment / the reward/punishment rules in force for a year, and every version (version 0: the built-in default `reward-punishment`)',
    put: 'Tetapkan versi baru aturan reward & punishment / set a new version of the rules (with a reason)',
    putDescription:
      "The service names the version `{reward-policy-<tenant>.<year>, n}` and the rules' versions (an unchanged rule keeps its version). Rules equal to the latest version write nothing (`changed: false`).",
  },
});

export const VfmPolicyController = policyController({
  name: 'VfmPolicyController',
  suffix: '/vfm',
  document: vfmPolicyDocument,
  streamId: vfmPolicyStreamId,
  commandType: 'set-vfm-policy',
  body: SetVfmPolicyDto,
  responses: VFM_POLICY_RESPONSES,
  label: 'kebijakan value for money / of the value-for-money policy',
  summaries: {
    get: 'Kebijakan value for money / the value-for-money thresholds in force for a year, and every version (version 0: the built-in default `vfm-3e`)',
    put: 'Tetapkan versi baru kebijakan value for money / set a new version (with a reason)',
    putDescription: 'The service names the version `{vfm-policy-<tenant>.<year>, n}`. A policy equal to the latest version writes nothing (`changed: false`).',
  },
});
