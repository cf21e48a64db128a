import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseRewardPeriod, recommendationDecisionStreamId, type RecommendationDecisionEvent } from '@capaian/evaluation-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, Text, mapErrors, respondWritten, type Principal, type ServiceInfrastructure, Write, type WriteCall, parseYear } from '@capaian/platform';
import { RecommendationReader } from '../recommendation-reader.js';
import { DecideRecommendationCommand, type RecommendationDecision } from './decide-recommendation.handler.js';
import { RecommendationDecidedResponse, RecommendationDecisionDataResponse, RecommendationDecisionResponse, RecommendationResponse } from './recommendation.response.js';

export class AcceptDto {
  @Text(0, 2000, { example: 'Disetujui Sekda' }, { optional: true })
  note?: string;
}
export class RejectRecommendationDto extends AcceptDto {
  @Text(1, 2000, { example: 'Capaian rendah karena refocusing anggaran' })
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
    private readonly recommendations: RecommendationReader,
    private readonly commands: CommandBus,
  ) {}

  @Get(':year')
  @ApiOperation({ summary: 'Rekomendasi reward/punishment / the recommendations of a year, each naming its rule, the scores and periods it used, and the decision taken (if any)' })
  @ApiOkResponse({ type: [RecommendationResponse] })
  async list(@CurrentUser() user: Principal, @Param('year') yearRaw: string) {
    const year = parseYear(yearRaw);
    const all = (await this.recommendations.compute(user.tenant, year)).filter((r) => parseRewardPeriod(r.period)?.year === year);
    return Promise.all(
      all.map(async (r) => {
        const events = await this.infra.store.readStream(recommendationDecisionStreamId(user.tenant, r.recommendationId));
        const decision = events.length ? { type: events[0]!.type, at: events[0]!.metadata.recordedAt, by: events[0]!.metadata.actor ?? null, data: events[0]!.data } : null;
        return { ...r, decision };
      }),
    );
  }

  private async decide(call: WriteCall, recommendationId: string, decision: RecommendationDecision, dto: RejectRecommendationDto | AcceptDto) {
    const request = call.request({ streamId: recommendationDecisionStreamId(call.user.tenant, recommendationId), body: dto });
    return respondWritten(call.res, await mapErrors(() => this.commands.execute(new DecideRecommendationCommand(call.user, recommendationId, decision, request))));
  }

  @Post(':recommendationId/accept')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Terima rekomendasi / accept a recommendation (recorded as an event; nothing is applied automatically)' })
  @ApiOkResponse({ type: RecommendationDecidedResponse })
  accept(@Param('recommendationId') id: string, @Body() dto: AcceptDto, @Write() call: WriteCall) {
    return this.decide(call, id, { accept: true, note: dto.note ?? null }, dto);
  }

  @Post(':recommendationId/reject')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Tolak rekomendasi dengan alasan / reject a recommendation, with a reason' })
  @ApiOkResponse({ type: RecommendationDecidedResponse })
  reject(@Param('recommendationId') id: string, @Body() dto: RejectRecommendationDto, @Write() call: WriteCall) {
    return this.decide(call, id, { accept: false, note: dto.note ?? null, reason: dto.reason }, dto);
  }
}

export type { RecommendationDecisionEvent };
