import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sakipAnswersJson, sakipCurrentScore, sakipEvaluationDecider, sakipEvaluationStreamId } from '@capaian/evaluation-domain';
import { CurrentUser, Roles, StreamWriter, YEAR_PARAM, mapErrors, respondWritten, type Principal, Write, type WriteCall } from '@capaian/platform';
import { ChangeSakipEvaluationCommand, type SakipChange } from './sakip-evaluation.handler.js';
import { LkeScaleSchema } from './lke-worksheet.schema.js';
import { AnswerDto, ReasonDto, ReviseDto, StartSakipDto } from './sakip.dto.js';
import { SAKIP_EXTRA_MODELS, SakipEvaluationResponse } from './sakip.response.js';
import { SAKIP_WRITTEN_MODELS, SakipAnsweredResponse, SakipFinalizedResponse, SakipReopenedResponse, SakipRevisedResponse, SakipStartedResponse } from './sakip-written.response.js';

const evidenceOf = (e: AnswerDto['evidence']) => e?.map((x) => ({ url: x.url, label: x.label ?? null }));

/**
 * The SAKIP accountability evaluation (LKE, PermenPANRB 88/2021) of a unit and year: evaluators
 * answer the criteria (pre-filled from the event history where the system knows), reviewers revise
 * with a reason, the finalized score and grade are published as evaluation.sakip-evaluation-finalized.
 */
@ApiTags('sakip')
@ApiExtraModels(LkeScaleSchema, ...SAKIP_EXTRA_MODELS, ...SAKIP_WRITTEN_MODELS)
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@ApiHeader({ name: 'If-Match', required: false })
@Controller('sakip')
export class SakipController {
  constructor(
    private readonly commands: CommandBus,
    private readonly streams: StreamWriter,
  ) {}

  private async run(call: WriteCall, unitId: string, year: number, change: SakipChange, body: unknown) {
    const request = call.request({ streamId: sakipEvaluationStreamId(call.user.tenant, unitId, year), body });
    return respondWritten(call.res, await mapErrors(() => this.commands.execute(new ChangeSakipEvaluationCommand(call.user, unitId, year, change, request))));
  }

  @Post('evaluations')
  @Roles('evaluator')
  @ApiOperation({ summary: 'Mulai evaluasi SAKIP (LKE) unit per tahun / start the SAKIP evaluation of a unit and year; answers the system can derive are suggested with what they were derived from' })
  @ApiCreatedResponse({ type: SakipStartedResponse })
  async start(@Body() dto: StartSakipDto, @Write() call: WriteCall) {
    call.res.status(201);
    return this.run(call, dto.unitId, dto.year, { type: 'start-evaluation' }, dto);
  }

  @Get('evaluations/:unitId/:year')
  @ApiOperation({ summary: 'Lembar kerja evaluasi / the worksheet with answers, suggestions (and what they were derived from), current sub-component, component and total scores and the grade' })
  @ApiOkResponse({ type: SakipEvaluationResponse })
  async get(@CurrentUser() u: Principal, @Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Res({ passthrough: true }) res: Response) {
    const { state, revision, events } = await this.streams.load(sakipEvaluationStreamId(u.tenant, unitId, year), sakipEvaluationDecider);
    if (events.length === 0)
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'EVALUATION_NOT_FOUND', message: `Evaluasi SAKIP ${unitId} ${year} belum dimulai / not started` });
    res.setHeader('ETag', `"${revision}"`);
    return { unitId, year, status: state.status, worksheet: state.worksheet, ...sakipAnswersJson(state), score: sakipCurrentScore(state), revision, position: events[events.length - 1]!.position };
  }

  @Put('evaluations/:unitId/:year/answers/:criterionCode')
  @Roles('evaluator')
  @ApiOperation({ summary: 'Jawab kriteria / answer a criterion, with a note and evidence links' })
  @ApiOkResponse({ type: SakipAnsweredResponse })
  answer(@Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Param('criterionCode') code: string, @Body() dto: AnswerDto, @Write() call: WriteCall) {
    return this.run(
      call,
      unitId,
      year,
      { type: 'answer-criterion', criterionCode: code, answer: dto.answer, note: dto.note ?? null, evidence: evidenceOf(dto.evidence), evaluatorId: call.user.sub },
      { code, dto },
    );
  }

  @Post('evaluations/:unitId/:year/answers/:criterionCode/revisions')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Revisi jawaban oleh reviu / a reviewer revises an answer, with a reason (the earlier answer stays in the history)' })
  @ApiOkResponse({ type: SakipRevisedResponse })
  revise(@Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Param('criterionCode') code: string, @Body() dto: ReviseDto, @Write() call: WriteCall) {
    return this.run(
      call,
      unitId,
      year,
      { type: 'revise-answer', criterionCode: code, answer: dto.answer, reason: dto.reason, note: dto.note, evidence: evidenceOf(dto.evidence), reviewerId: call.user.sub },
      { code, dto },
    );
  }

  @Post('evaluations/:unitId/:year/finalize')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Finalisasi / finalize: every criterion answered (else 422 listing them); locks the answers; publishes the score and grade' })
  @ApiOkResponse({ type: SakipFinalizedResponse })
  finalize(@Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Write() call: WriteCall) {
    return this.run(call, unitId, year, { type: 'finalize-evaluation', finalizedBy: call.user.sub }, {});
  }

  @Post('evaluations/:unitId/:year/reopen')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Buka kembali / reopen a finalized evaluation, with a reason' })
  @ApiOkResponse({ type: SakipReopenedResponse })
  reopen(@Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Body() dto: ReasonDto, @Write() call: WriteCall) {
    return this.run(call, unitId, year, { type: 'reopen-evaluation', reason: dto.reason, reopenedBy: call.user.sub }, dto);
  }
}
