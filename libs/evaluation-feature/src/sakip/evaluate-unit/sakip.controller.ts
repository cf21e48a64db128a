import { Body, Controller, Get, Headers, HttpCode, Inject, NotFoundException, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { fold } from '@capaian/ddd';
import {
  LKE_WORKSHEET_EVENT_SCHEMA_VERSION,
  SAKIP_EVALUATION_EVENT_SCHEMA_VERSION,
  lkeWorksheetDecider,
  lkeWorksheetOf,
  lkeWorksheetStreamId,
  lkeFactsOf,
  prefillAnswers,
  sakipAnswersJson,
  sakipCurrentScore,
  sakipEvaluationDecider,
  sakipEvaluationStreamId,
  scorecardsOf,
  type LkeWorksheet,
  type LkeWorksheetSet,
  type SakipEvaluationCommand,
  type SakipEvaluationEvent,
} from '@capaian/evaluation-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, appendWithDecider, type Principal, type ServiceInfrastructure, YEAR_PARAM } from '@capaian/platform';
import { AchievementView } from '../../scores/achievement-view.js';
import { LkeScaleSchema } from './lke-worksheet.schema.js';
import { AnswerDto, ReasonDto, ReviseDto, StartSakipDto, WorksheetDto } from './sakip.dto.js';
import { LkeWorksheetsResponse, LkeWorksheetWrittenResponse, SAKIP_EXTRA_MODELS, SakipEvaluationResponse } from './sakip.response.js';
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
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly view: AchievementView,
  ) {}

  private run(user: Principal, unitId: string, year: number, command: SakipEvaluationCommand, body: unknown, headers: Record<string, string | undefined>, res: Response) {
    return appendWithDecider({
      store: this.infra.store,
      streamId: sakipEvaluationStreamId(user.tenant, unitId, year),
      decider: sakipEvaluationDecider,
      command,
      schemaVersions: SAKIP_EVALUATION_EVENT_SCHEMA_VERSION,
      user,
      headers,
      body,
      res,
    });
  }

  private async worksheetState(tenantId: string) {
    const events = await this.infra.store.readStream(lkeWorksheetStreamId(tenantId));
    return { state: fold(lkeWorksheetDecider, events.map((e) => ({ type: e.type, data: e.data }) as LkeWorksheetSet)), revision: events.length - 1 };
  }

  @Get('worksheet')
  @ApiOperation({ summary: 'Lembar kerja evaluasi (LKE) yang berlaku / the worksheet in force (components, weights, criteria, answer scales, grades) and every earlier version' })
  @ApiOkResponse({ type: LkeWorksheetsResponse })
  async worksheet(@CurrentUser() u: Principal, @Res({ passthrough: true }) res: Response) {
    const { state, revision } = await this.worksheetState(u.tenant);
    res.setHeader('ETag', `"${revision}"`);
    return { current: lkeWorksheetOf(state), versions: state.versions };
  }

  @Put('worksheet')
  @Roles('evaluator')
  @ApiOperation({ summary: 'Tetapkan versi baru LKE / set a new worksheet version (with a reason); evaluations already started keep theirs' })
  @ApiOkResponse({ type: LkeWorksheetWrittenResponse })
  setWorksheet(@CurrentUser() u: Principal, @Body() dto: WorksheetDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return appendWithDecider({
      store: this.infra.store,
      streamId: lkeWorksheetStreamId(u.tenant),
      decider: lkeWorksheetDecider,
      command: { type: 'set-lke-worksheet', tenantId: u.tenant, worksheet: dto.worksheet as unknown as LkeWorksheet, reason: dto.reason },
      schemaVersions: LKE_WORKSHEET_EVENT_SCHEMA_VERSION,
      user: u,
      headers: h,
      body: dto,
      res,
    });
  }

  @Post('evaluations')
  @Roles('evaluator')
  @ApiOperation({ summary: 'Mulai evaluasi SAKIP (LKE) unit per tahun / start the SAKIP evaluation of a unit and year; answers the system can derive are suggested with what they were derived from' })
  @ApiCreatedResponse({ type: SakipStartedResponse })
  async start(@CurrentUser() u: Principal, @Body() dto: StartSakipDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    const inputs = this.view.evaluation.inputs;
    if (!inputs.org.has(`${u.tenant}/${dto.unitId}`) && !scorecardsOf(inputs, u.tenant).some((s) => s.unitId === dto.unitId)) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'UNIT_UNKNOWN', message: `Unit ${dto.unitId} tidak dikenal evaluasi (belum ada di pohon organisasi) / evaluation does not know this unit`, details: [{ field: 'unitId', errors: ['unknown unit'] }] });
    }
    const worksheet = lkeWorksheetOf((await this.worksheetState(u.tenant)).state);
    const facts = lkeFactsOf(this.view.evaluation.inputs, u.tenant, dto.unitId, dto.year);
    const prefill = prefillAnswers(worksheet, facts);
    const command: SakipEvaluationCommand = { type: 'start-evaluation', tenantId: u.tenant, unitId: dto.unitId, year: dto.year, worksheet, evaluatorId: u.sub, prefill, at: new Date().toISOString() };
    res.status(201);
    return this.run(u, dto.unitId, dto.year, command, dto, h, res);
  }

  @Get('evaluations/:unitId/:year')
  @ApiOperation({ summary: 'Lembar kerja evaluasi / the worksheet with answers, suggestions (and what they were derived from), current sub-component, component and total scores and the grade' })
  @ApiOkResponse({ type: SakipEvaluationResponse })
  async get(@CurrentUser() u: Principal, @Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Res({ passthrough: true }) res: Response) {
    const events = await this.infra.store.readStream(sakipEvaluationStreamId(u.tenant, unitId, year));
    if (events.length === 0) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'EVALUATION_NOT_FOUND', message: `Evaluasi SAKIP ${unitId} ${year} belum dimulai / not started` });
    const state = fold(sakipEvaluationDecider, events.map((e) => ({ type: e.type, data: e.data }) as SakipEvaluationEvent));
    res.setHeader('ETag', `"${events.length - 1}"`);
    return { unitId, year, status: state.status, worksheet: state.worksheet, ...sakipAnswersJson(state), score: sakipCurrentScore(state), revision: events.length - 1, position: events[events.length - 1]!.position };
  }

  @Put('evaluations/:unitId/:year/answers/:criterionCode')
  @Roles('evaluator')
  @ApiOperation({ summary: 'Jawab kriteria / answer a criterion, with a note and evidence links' })
  @ApiOkResponse({ type: SakipAnsweredResponse })
  answer(@CurrentUser() u: Principal, @Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Param('criterionCode') code: string, @Body() dto: AnswerDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, unitId, year, { type: 'answer-criterion', criterionCode: code, answer: dto.answer, note: dto.note ?? null, evidence: evidenceOf(dto.evidence), evaluatorId: u.sub, at: new Date().toISOString() }, { code, dto }, h, res);
  }

  @Post('evaluations/:unitId/:year/answers/:criterionCode/revisions')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Revisi jawaban oleh reviu / a reviewer revises an answer, with a reason (the earlier answer stays in the history)' })
  @ApiOkResponse({ type: SakipRevisedResponse })
  revise(@CurrentUser() u: Principal, @Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Param('criterionCode') code: string, @Body() dto: ReviseDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, unitId, year, { type: 'revise-answer', criterionCode: code, answer: dto.answer, reason: dto.reason, note: dto.note, evidence: evidenceOf(dto.evidence), reviewerId: u.sub, at: new Date().toISOString() }, { code, dto }, h, res);
  }

  @Post('evaluations/:unitId/:year/finalize')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Finalisasi / finalize: every criterion answered (else 422 listing them); locks the answers; publishes the score and grade' })
  @ApiOkResponse({ type: SakipFinalizedResponse })
  finalize(@CurrentUser() u: Principal, @Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, unitId, year, { type: 'finalize-evaluation', finalizedBy: u.sub, at: new Date().toISOString() }, {}, h, res);
  }

  @Post('evaluations/:unitId/:year/reopen')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Buka kembali / reopen a finalized evaluation, with a reason' })
  @ApiOkResponse({ type: SakipReopenedResponse })
  reopen(@CurrentUser() u: Principal, @Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Body() dto: ReasonDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, unitId, year, { type: 'reopen-evaluation', reason: dto.reason, reopenedBy: u.sub, at: new Date().toISOString() }, dto, h, res);
  }
}
