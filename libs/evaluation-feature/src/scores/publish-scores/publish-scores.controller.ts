import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERIOD_CODES, type PeriodCode, type ScoresPublishedV1 } from '@capaian/contracts';
import { CurrentUser, OneOf, Roles, WholeNumber, mapErrors, writeRequestOf, type Principal } from '@capaian/platform';
import { PublishScoresCommand } from './publish-scores.handler.js';
import { PublishedScoresResponse } from './publish-scores.response.js';

export class PublishScoresDto {
  @WholeNumber(2000, 2100, { example: 2026 })
  year!: number;

  @OneOf(PERIOD_CODES, { example: 'Q2' })
  period!: PeriodCode;
}

/** Evaluators publish the official scores of a period; the snapshot is an event, published on Kafka as evaluation.scores-published. */
@ApiTags('scores')
@ApiBearerAuth()
@Controller('scores/publish')
export class PublishScoresController {
  constructor(private readonly commands: CommandBus) {}

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
  async publish(@CurrentUser() user: Principal, @Body() dto: PublishScoresDto, @Headers() headers: Record<string, string | undefined>) {
    const written = await mapErrors(() =>
      this.commands.execute(new PublishScoresCommand(user.tenant, dto.year, dto.period, writeRequestOf(user, { 'idempotency-key': headers['idempotency-key'] }, dto))),
    );
    return { ...(written.data as ScoresPublishedV1), position: written.position, publishedAt: written.recordedAt!, replayed: written.replayed };
  }
}
