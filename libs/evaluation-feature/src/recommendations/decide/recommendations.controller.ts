import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import type { Response } from 'express';
import { fold } from '@capaian/ddd';
import {
  DEFAULT_REWARD_POLICY,
  RECOMMENDATION_DECISION_EVENT_SCHEMA_VERSION,
  parseRewardPeriod,
  rankUnits,
  recommend,
  recommendationDecisionDecider,
  recommendationDecisionStreamId,
  rewardFactsFromRanking,
  rewardPolicyDecider,
  rewardPolicyOf,
  rewardPolicyStreamId,
  scorecardsOf,
  type Recommendation,
  type RecommendationDecisionEvent,
  type RewardPolicySet,
} from '@capaian/evaluation-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, appendWithDecider, type Principal, type ServiceInfrastructure } from '@capaian/platform';
import { AchievementView } from '../../scores/achievement-view.js';
import { ScoreReader, parseYear } from '../../scores/score-reader.js';
import { RecommendationDecidedResponse, RecommendationDecisionDataResponse, RecommendationDecisionResponse, RecommendationResponse } from './recommendation.response.js';

export class AcceptDto {
  @ApiPropertyOptional({ example: 'Disetujui Sekda' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;
}
export class RejectRecommendationDto extends AcceptDto {
  @ApiProperty({ example: 'Capaian rendah karena refocusing anggaran' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

/**
 * Reward/punishment recommendations: recomputed by replay from the scores (same history and
 * policy, same recommendations and ids); a person accepts or rejects each one, as an event.
 * Nothing is applied automatically.
 */
@ApiTags('recommendations')
@ApiExtraModels(RecommendationDecisionResponse, RecommendationDecisionDataResponse)
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationsController {
  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  /** Every recommendation up to and including `year`, from the yearly scores of every year evaluation knows. */
  private async compute(tenantId: string, year: number): Promise<Recommendation[]> {
    const inputs = this.view.evaluation.inputs;
    const years = [...new Set(scorecardsOf(inputs, tenantId).map((s) => s.year))].filter((y) => y <= year).sort();
    const facts = [];
    for (const y of years) facts.push(...rewardFactsFromRanking(y, rankUnits(inputs, tenantId, y, await this.reader.policy(tenantId, y)).ranking));
    const events = await this.infra.store.readStream(rewardPolicyStreamId(tenantId, year));
    const policy = rewardPolicyOf(fold(rewardPolicyDecider, events.map((e) => ({ type: e.type, data: e.data }) as RewardPolicySet))) ?? DEFAULT_REWARD_POLICY;
    return recommend(policy, facts);
  }

  @Get(':year')
  @ApiOperation({ summary: 'Rekomendasi reward/punishment / the recommendations of a year, each naming its rule, the scores and periods it used, and the decision taken (if any)' })
  @ApiOkResponse({ type: [RecommendationResponse] })
  async list(@CurrentUser() user: Principal, @Param('year') yearRaw: string) {
    const year = parseYear(yearRaw);
    const all = (await this.compute(user.tenant, year)).filter((r) => parseRewardPeriod(r.period)?.year === year);
    return Promise.all(
      all.map(async (r) => {
        const events = await this.infra.store.readStream(recommendationDecisionStreamId(user.tenant, r.recommendationId));
        const decision = events.length ? { type: events[0]!.type, at: events[0]!.metadata.recordedAt, by: events[0]!.metadata.actor ?? null, data: events[0]!.data } : null;
        return { ...r, decision };
      }),
    );
  }

  private async decide(user: Principal, recommendationId: string, accept: boolean, dto: RejectRecommendationDto | AcceptDto, headers: Record<string, string | undefined>, res: Response) {
    const year = parseRewardPeriod(recommendationId.split('.').slice(-1)[0])?.year ?? Number(recommendationId.split('.').at(-1)?.slice(0, 4));
    const recommendation = Number.isFinite(year) ? (await this.compute(user.tenant, year)).find((r) => r.recommendationId === recommendationId) : undefined;
    const base = { tenantId: user.tenant, recommendationId, recommendation, decidedBy: user.sub, decidedAt: new Date().toISOString(), note: dto.note ?? null };
    return appendWithDecider({
      store: this.infra.store,
      streamId: recommendationDecisionStreamId(user.tenant, recommendationId),
      decider: recommendationDecisionDecider,
      command: accept ? { type: 'accept-recommendation', ...base } : { type: 'reject-recommendation', ...base, reason: (dto as RejectRecommendationDto).reason },
      schemaVersions: RECOMMENDATION_DECISION_EVENT_SCHEMA_VERSION,
      user,
      headers,
      body: dto,
      res,
    });
  }

  @Post(':recommendationId/accept')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Terima rekomendasi / accept a recommendation (recorded as an event; nothing is applied automatically)' })
  @ApiOkResponse({ type: RecommendationDecidedResponse })
  accept(@CurrentUser() u: Principal, @Param('recommendationId') id: string, @Body() dto: AcceptDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.decide(u, id, true, dto, h, res);
  }

  @Post(':recommendationId/reject')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Tolak rekomendasi dengan alasan / reject a recommendation, with a reason' })
  @ApiOkResponse({ type: RecommendationDecidedResponse })
  reject(@CurrentUser() u: Principal, @Param('recommendationId') id: string, @Body() dto: RejectRecommendationDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.decide(u, id, false, dto, h, res);
  }
}

export type { RecommendationDecisionEvent };
