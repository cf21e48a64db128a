import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sakipAnswersJson, sakipCurrentScore, sakipEvaluationDecider, sakipEvaluationStreamId } from '@capaian/evaluation-domain';
import { CurrentUser, Roles, StreamWriter, YEAR_PARAM, mapErrors, respondWritten, writeRequestOf, type Principal } from '@capaian/platform';
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

  private async run(user: Principal, unitId: string, year: number, change: SakipChange, body: unknown, headers: Record<string, string | undefined>, res: Response) {
    const request = writeRequestOf(user, headers, { streamId: sakipEvaluationStreamId(user.tenant, unitId, year), body });
    return respondWritten(res, await mapErrors(() => this.commands.execute(new ChangeSakipEvaluationCommand(user, unitId, year, change, request))));
  }

  @Post('evaluations')
  @Roles('evaluator')
  @ApiOperation({ summary: 'Mulai evaluasi SAKIP (LKE) unit per tahun / start the SAKIP evaluation of a unit and year; answers the system can derive are suggested with what they were derived from' })
  @ApiCreatedResponse({ type: SakipStartedResponse })
  async start(@CurrentUser() u: Principal, @Body() dto: StartSakipDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    res.status(201);
    return this.run(u, dto.unitId, dto.year, { type: 'start-evaluation' }, dto, h, res);
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
  answer(
    @CurrentUser() u: Principal,
    @Param('unitId') unitId: string,
    @Param('year', YEAR_PARAM) year: number,
    @Param('criterionCode') code: string,
    @Body() dto: AnswerDto,
    @Headers() h: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(
      u,
      unitId,
      year,
      { type: 'answer-criterion', criterionCode: code, answer: dto.answer, note: dto.note ?? null, evidence: evidenceOf(dto.evidence), evaluatorId: u.sub },
      { code, dto },
      h,
      res,
    );
  }

  @Post('evaluations/:unitId/:year/answers/:criterionCode/revisions')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Revisi jawaban oleh reviu / a reviewer revises an answer, with a reason (the earlier answer stays in the history)' })
  @ApiOkResponse({ type: SakipRevisedResponse })
  revise(
    @CurrentUser() u: Principal,
    @Param('unitId') unitId: string,
    @Param('year', YEAR_PARAM) year: number,
    @Param('criterionCode') code: string,
    @Body() dto: ReviseDto,
    @Headers() h: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(
      u,
      unitId,
      year,
      { type: 'revise-answer', criterionCode: code, answer: dto.answer, reason: dto.reason, note: dto.note, evidence: evidenceOf(dto.evidence), reviewerId: u.sub },
      { code, dto },
      h,
      res,
    );
  }

  @Post('evaluations/:unitId/:year/finalize')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Finalisasi / finalize: every criterion answered (else 422 listing them); locks the answers; publishes the score and grade' })
  @ApiOkResponse({ type: SakipFinalizedResponse })
  finalize(
    @CurrentUser() u: Principal,
    @Param('unitId') unitId: string,
    @Param('year', YEAR_PARAM) year: number,
    @Headers() h: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(u, unitId, year, { type: 'finalize-evaluation', finalizedBy: u.sub }, {}, h, res);
  }

  @Post('evaluations/:unitId/:year/reopen')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Buka kembali / reopen a finalized evaluation, with a reason' })
  @ApiOkResponse({ type: SakipReopenedResponse })
  reopen(
    @CurrentUser() u: Principal,
    @Param('unitId') unitId: string,
    @Param('year', YEAR_PARAM) year: number,
    @Body() dto: ReasonDto,
    @Headers() h: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(u, unitId, year, { type: 'reopen-evaluation', reason: dto.reason, reopenedBy: u.sub }, dto, h, res);
  }
}
