import { BadRequestException, Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { inputsAsOf, scorecardOf } from '@capaian/evaluation-domain';
import { CLOCK, CurrentUser, SERVICE_INFRASTRUCTURE, parseAsOf, type Clock, type Principal, type ServiceInfrastructure } from '@capaian/platform';
import { AchievementView } from '../../scores/achievement-view.js';
import { ScoreReader } from '../../scores/score-reader.js';
import { LKJIP_EXTRA_MODELS, LkjipReportResponse } from './lkjip.response.js';
import { renderLkjipHtml, renderLkjipPdf, renderLkjipXlsx } from '../lkjip/index.js';
import { lkjipReportOf } from './lkjip-report.js';

const FORMATS = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf', html: 'text/html; charset=utf-8', json: 'application/json' } as const;
type Format = keyof typeof FORMATS;

/** The yearly performance report (LKjIP) of a unit: XLSX, PDF or printable HTML, naming the positions and policy it was computed at. */
@ApiTags('reports')
@ApiExtraModels(...LKJIP_EXTRA_MODELS)
@ApiBearerAuth()
@Controller('reports/lkjip/:scorecardId')
export class LkjipController {
  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Laporan Kinerja (LKjIP) / the yearly report: per objective and KPI target, realization, achievement, last year, five-year target and rating; budget and value for money; SAKIP grade; trend and perspective charts. Pass ?asOf to regenerate a report identically',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['xlsx', 'pdf', 'html', 'json'] })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiProduces(FORMATS.xlsx, FORMATS.pdf, FORMATS.html, FORMATS.json)
  @ApiOkResponse({
    description: 'The report in the format asked for (default pdf); `json` is the report model the documents are rendered from',
    content: {
      [FORMATS.xlsx]: { schema: { type: 'string', format: 'binary' } },
      [FORMATS.pdf]: { schema: { type: 'string', format: 'binary' } },
      [FORMATS.html]: { schema: { type: 'string' } },
      [FORMATS.json]: { schema: { $ref: getSchemaPath(LkjipReportResponse) } },
    },
  })
  async report(
    @CurrentUser() user: Principal,
    @Param('scorecardId') scorecardId: string,
    @Query('format') formatRaw: string | undefined,
    @Query('asOf') asOfRaw: string | undefined,
    @Res() res: Response,
  ) {
    const format = (formatRaw ?? 'pdf') as Format;
    if (!(format in FORMATS))
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'INVALID_FORMAT',
        message: ['format must be xlsx, pdf, html or json'],
        details: [{ field: 'format', errors: ['must be xlsx, pdf, html or json'] }],
      });
    const asOf = parseAsOf(asOfRaw);
    const inputs = asOf ? inputsAsOf(await this.reader.tenantInputs(user.tenant), { asOf }) : this.view.evaluation.inputs;
    const plan = scorecardOf(inputs, user.tenant, scorecardId);
    if (!plan) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'SCORECARD_UNKNOWN', message: `Kartu kinerja ${scorecardId} belum diterima evaluasi / unknown scorecard` });
    const policy = await this.reader.policy(user.tenant, plan.year);
    const report = (await lkjipReportOf(this.infra, this.reader, { tenantId: user.tenant, scorecardId, inputs, policy, asOf, generatedAt: asOf ?? this.clock.now() }))!;
    const name = `lkjip-${scorecardId}`;
    res.setHeader('Content-Type', FORMATS[format]);
    if (format === 'json') return void res.end(JSON.stringify(report));
    if (format === 'html') return void res.end(renderLkjipHtml(report));
    res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
    res.end(Buffer.from(format === 'xlsx' ? await renderLkjipXlsx(report) : await renderLkjipPdf(report)));
  }
}
