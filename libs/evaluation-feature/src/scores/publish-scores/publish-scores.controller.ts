import { Body, Controller, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { PERIOD_CODES, type PeriodCode, type ScoresPublishedV1 } from '@capaian/contracts';
import { deterministicUuid } from '@capaian/eventstore';
import { evaluateScorecard, rankUnits, scorecardsOf } from '@capaian/evaluation-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, correlationIdOrNew, parseIdempotencyKey, type Principal, type ServiceInfrastructure } from '@capaian/platform';
import { AchievementView } from '../achievement-view.js';
import { ScoreReader } from '../score-reader.js';
import { inputChainHeads } from './chain-heads.js';
import { PublishedScoresResponse } from './publish-scores.response.js';

export const SCORES_PUBLISHED_EVENT = 'scores-published';

export function publishedScoresStreamId(tenantId: string, year: number, period: string): string {
  return `published-${tenantId}.${year}.${period}`;
}

export class PublishScoresDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ enum: PERIOD_CODES, example: 'Q2' })
  @IsIn(PERIOD_CODES as unknown as string[])
  period!: PeriodCode;
}

/** Evaluators publish the official scores of a period; the snapshot is an event, published on Kafka as evaluation.scores-published. */
@ApiTags('scores')
@ApiBearerAuth()
@Controller('scores/publish')
export class PublishScoresController {
  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('evaluator')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({
    summary: 'Terbitkan nilai resmi periode / publish the official scores and ranking of a period (an event, published as evaluation.scores-published)',
    description:
      'The answer and the event carry `chainHeads`: for each input stream the scores were computed from (`input-<tenant>.<unit>.<year>`, `input-<tenant>.org`), ' +
      'the revision and hash of its last event folded in. Check them against the history: the stored event at that revision has that hash, and GET /admin/history/verify passes.',
  })
  @ApiOkResponse({ type: PublishedScoresResponse })
  async publish(@CurrentUser() user: Principal, @Body() dto: PublishScoresDto, @Headers('idempotency-key') key: string | undefined) {
    const idempotencyKey = parseIdempotencyKey(key);
    const policy = await this.reader.policy(user.tenant, dto.year);
    const inputs = this.view.evaluation.inputs;
    // Read in the same tick as the computation below: the live view cannot move in between.
    const foldedUpTo = inputs.position;
    const ranking = rankUnits(inputs, user.tenant, dto.year, policy);
    const rankOf = new Map(ranking.ranking.map((r) => [r.unitId, r.rank]));
    let from = Number.MAX_SAFE_INTEGER;
    let to = 0;
    const units: ScoresPublishedV1['units'] = scorecardsOf(inputs, user.tenant, dto.year).map((s) => {
      const e = evaluateScorecard(inputs, user.tenant, s.scorecardId, policy, dto.period)!;
      from = Math.min(from, e.positions.from);
      to = Math.max(to, e.positions.to);
      return { unitId: s.unitId, scorecardId: s.scorecardId, score: e.score.score, band: e.score.band?.code ?? null, rank: s.theme === null && dto.period === 'Y' ? (rankOf.get(s.unitId) ?? null) : null };
    });
    const data: ScoresPublishedV1 = { year: dto.year, period: dto.period, policy: { policyId: policy.policyId, version: policy.version }, positions: { from: units.length ? from : 0, to }, units };
    data.chainHeads = await inputChainHeads(this.infra.store, inputs, user.tenant, dto.year, foldedUpTo);
    const streamId = publishedScoresStreamId(user.tenant, dto.year, dto.period);
    const id = idempotencyKey ? deterministicUuid(`${streamId}|${idempotencyKey}`) : crypto.randomUUID();
    const result = await this.infra.store.append(streamId, [{ id, type: SCORES_PUBLISHED_EVENT, schemaVersion: 1, data, metadata: { correlationId: correlationIdOrNew(), actor: user.sub, tenantId: user.tenant } }], { expectedRevision: 'any' });
    return { ...data, position: result.position, replayed: !result.written };
  }
}
