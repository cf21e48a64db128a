import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { PERIOD_CODES, type PeriodCode, type ScoresPublishedV1 } from '@capaian/contracts';
import { CurrentUser, Roles, mapErrors, writeRequestOf, type Principal } from '@capaian/platform';
import { PublishScoresCommand } from './publish-scores.handler.js';
import { PublishedScoresResponse } from './publish-scores.response.js';

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
    return { ...(written.data as ScoresPublishedV1), position: written.position, replayed: written.replayed };
  }
}
