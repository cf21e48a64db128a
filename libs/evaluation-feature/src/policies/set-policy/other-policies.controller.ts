import { Body, Controller, Get, Headers, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { fold } from '@capaian/ddd';
import {
  DEFAULT_REWARD_POLICY,
  allPolicyVersions,
  DEFAULT_VFM_POLICY,
  REWARD_POLICY_EVENT_SCHEMA_VERSION,
  VFM_POLICY_EVENT_SCHEMA_VERSION,
  rewardPolicyDecider,
  rewardPolicyOf,
  rewardPolicyStreamId,
  vfmPolicyDecider,
  vfmPolicyOf,
  vfmPolicyStreamId,
  type RewardPolicySet,
  type SetRewardPolicy,
  type SetVfmPolicy,
  type VfmPolicySet,
} from '@capaian/evaluation-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, appendWithDecider, type Principal, type ServiceInfrastructure } from '@capaian/platform';
import { parseYear } from '../../scores/score-reader.js';
import { RewardPoliciesResponse, RewardPolicySetData, RewardPolicyWrittenResponse, VfmPoliciesResponse, VfmPolicySetData, VfmPolicyWrittenResponse } from './policy.responses.js';
import { SetRewardPolicyDto, SetVfmPolicyDto } from './set-policy.dto.js';

/** Reward/punishment rules and value-for-money thresholds: versioned data per tenant and year, like the scoring policy. */
@ApiTags('policies')
@ApiExtraModels(RewardPolicySetData, VfmPolicySetData)
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false })
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('policies/:year')
export class OtherPoliciesController {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  private async read<E extends { type: string; data: unknown }, S>(streamId: string, decider: { evolve(s: S, e: E): S; initialState(): S }) {
    const events = await this.infra.store.readStream(streamId);
    return { state: fold(decider, events.map((e) => ({ type: e.type, data: e.data }) as E)), revision: events.length - 1 };
  }

  @Get('rewards')
  @ApiOperation({ summary: 'Aturan reward & punishment / the reward/punishment rules in force for a year, and every version (version 0: the built-in default `reward-punishment`)' })
  @ApiOkResponse({ type: RewardPoliciesResponse })
  async rewards(@CurrentUser() u: Principal, @Param('year') yearRaw: string, @Res({ passthrough: true }) res: Response) {
    const year = parseYear(yearRaw);
    const { state, revision } = await this.read<RewardPolicySet, ReturnType<typeof rewardPolicyDecider.initialState>>(rewardPolicyStreamId(u.tenant, year), rewardPolicyDecider);
    res.setHeader('ETag', `"${revision}"`);
    return { year, current: rewardPolicyOf(state) ?? DEFAULT_REWARD_POLICY, isDefault: state.versions.length === 0, versions: allPolicyVersions(state.versions, DEFAULT_REWARD_POLICY), default: DEFAULT_REWARD_POLICY };
  }

  @Put('rewards')
  @Roles('evaluator')
  @ApiOperation({ summary: 'Tetapkan versi baru aturan reward & punishment / set a new version of the rules (with a reason)' })
  @ApiOkResponse({ type: RewardPolicyWrittenResponse })
  setRewards(@CurrentUser() u: Principal, @Param('year') yearRaw: string, @Body() dto: SetRewardPolicyDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    const year = parseYear(yearRaw);
    const command: SetRewardPolicy = { type: 'set-reward-policy', tenantId: u.tenant, year, policy: dto.policy as unknown as SetRewardPolicy['policy'], reason: dto.reason };
    return appendWithDecider({ store: this.infra.store, streamId: rewardPolicyStreamId(u.tenant, year), decider: rewardPolicyDecider, command, schemaVersions: REWARD_POLICY_EVENT_SCHEMA_VERSION, user: u, headers: h, body: dto, res });
  }

  @Get('vfm')
  @ApiOperation({ summary: 'Kebijakan value for money / the value-for-money thresholds in force for a year, and every version (version 0: the built-in default `vfm-3e`)' })
  @ApiOkResponse({ type: VfmPoliciesResponse })
  async vfm(@CurrentUser() u: Principal, @Param('year') yearRaw: string, @Res({ passthrough: true }) res: Response) {
    const year = parseYear(yearRaw);
    const { state, revision } = await this.read<VfmPolicySet, ReturnType<typeof vfmPolicyDecider.initialState>>(vfmPolicyStreamId(u.tenant, year), vfmPolicyDecider);
    res.setHeader('ETag', `"${revision}"`);
    return { year, current: vfmPolicyOf(state) ?? DEFAULT_VFM_POLICY, isDefault: state.versions.length === 0, versions: allPolicyVersions(state.versions, DEFAULT_VFM_POLICY), default: DEFAULT_VFM_POLICY };
  }

  @Put('vfm')
  @Roles('evaluator')
  @ApiOperation({ summary: 'Tetapkan versi baru kebijakan value for money / set a new version (with a reason)' })
  @ApiOkResponse({ type: VfmPolicyWrittenResponse })
  setVfm(@CurrentUser() u: Principal, @Param('year') yearRaw: string, @Body() dto: SetVfmPolicyDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    const year = parseYear(yearRaw);
    const command: SetVfmPolicy = { type: 'set-vfm-policy', tenantId: u.tenant, year, policy: dto.policy as unknown as SetVfmPolicy['policy'], reason: dto.reason };
    return appendWithDecider({ store: this.infra.store, streamId: vfmPolicyStreamId(u.tenant, year), decider: vfmPolicyDecider, command, schemaVersions: VFM_POLICY_EVENT_SCHEMA_VERSION, user: u, headers: h, body: dto, res });
  }
}
