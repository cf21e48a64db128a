import { BadRequestException, Controller, Get, Headers, HttpCode, HttpStatus, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MAX_BATCH_ITEMS } from '@capaian/measurement-domain';
import {
  CurrentUser,
  MAX_UPLOAD_BYTES,
  Roles,
  SHEET_MIME as MIME,
  assertReadable,
  correlationIdOrNew,
  importInvalid as invalid,
  mapErrors,
  parseIdempotencyKey,
  parseSheetFormat as parseFormat,
  requireUpload,
  sendSheet as send,
  type Principal,
  type UploadedSheetFile,
  parseYear,
} from '@capaian/platform';
import { detectFormat, readWorkbook, writeWorkbook } from '@capaian/spreadsheet';
import { PlanView } from '../../plan-view/plan-view.js';
import { unitAtEdge } from '../change-realization.js';
import { RealizationIndex } from '../index/realization-index.js';
import { BatchResultDto } from '../record-batch/record-batch.dto.js';
import { RecordBatchCommand } from '../record-batch/record-batch.handler.js';
import { REALIZATION_INSTRUCTIONS, REALIZATION_SHEETS, realizationTemplate, realizationsFromWorkbook, rowProblemFromError, workbookFromRealizations } from '../spreadsheet/realization-workbook.js';

/** A spreadsheet download: XLSX (default) or CSV, as `format` asks. */
const SHEET_DOWNLOAD = {
  description: 'The workbook (attachment)',
  content: {
    [MIME.xlsx]: { schema: { type: 'string', format: 'binary' } },
    'text/csv': { schema: { type: 'string', format: 'binary' } },
  },
} as const;

/** Units fill a spreadsheet: the form of their KPIs, its upload (all or nothing) and the export of what was reported. */
@ApiTags('realizations')
@ApiBearerAuth()
@Controller('realizations')
export class RealizationSpreadsheetController {
  constructor(
    private readonly commands: CommandBus,
    private readonly plan: PlanView,
    private readonly index: RealizationIndex,
  ) {}

  @Get('template')
  @Roles('unit_operator')
  @ApiOperation({ summary: "Unduh formulir realisasi unit / download your unit's form: one row per KPI and sub-period, to fill and upload" })
  @ApiQuery({ name: 'year', required: true })
  @ApiQuery({ name: 'format', required: false, enum: ['xlsx', 'csv'] })
  @ApiOkResponse(SHEET_DOWNLOAD)
  async template(@CurrentUser() user: Principal, @Query('year') yearRaw: string | undefined, @Query('format') formatRaw: string | undefined, @Res() res: Response) {
    const format = parseFormat(formatRaw);
    const year = parseYear(yearRaw);
    const unitId = unitAtEdge(user);
    const data = realizationTemplate(this.plan.state.kpisOf(user.tenant, unitId, year), year, unitId);
    send(res, await writeWorkbook(REALIZATION_SHEETS, data, format, { instructions: REALIZATION_INSTRUCTIONS, title: `Realisasi ${unitId} ${year}` }), format, `realisasi-${unitId}-${year}`);
  }

  @Get('export')
  @ApiOperation({ summary: 'Ekspor realisasi / export the reported values of a unit and year (status, late flag, evidence), in the upload format' })
  @ApiQuery({ name: 'unitId', required: false, description: 'Your own unit for operators' })
  @ApiQuery({ name: 'year', required: true })
  @ApiQuery({ name: 'format', required: false, enum: ['xlsx', 'csv'] })
  @ApiOkResponse(SHEET_DOWNLOAD)
  async export(
    @CurrentUser() user: Principal,
    @Query('year') yearRaw: string | undefined,
    @Query('unitId') unitIdRaw: string | undefined,
    @Query('format') formatRaw: string | undefined,
    @Res() res: Response,
  ) {
    const format = parseFormat(formatRaw);
    const year = parseYear(yearRaw);
    const operatorOnly = user.roles.every((r) => r === 'unit_operator');
    const unitId = operatorOnly ? unitAtEdge(user) : unitIdRaw;
    if (!unitId) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', code: 'UNIT_REQUIRED', message: ['unitId is required'], details: [{ field: 'unitId', errors: ['required'] }] });
    await this.index.caughtUp();
    const rows = this.plan.state
      .kpisOf(user.tenant, unitId, year)
      .flatMap((kpi) =>
        this.index.state
          .list({ tenantId: user.tenant, kpiId: kpi.kpiId, year })
          .map((r) => ({ kpi, year, period: r.period as never, value: r.value, note: r.note, evidence: r.evidence, status: r.status, late: r.late })),
      );
    send(res, await writeWorkbook(REALIZATION_SHEETS, workbookFromRealizations(rows), format, { instructions: REALIZATION_INSTRUCTIONS }), format, `realisasi-${unitId}-${year}`);
  }

  @Post('import/file')
  @HttpCode(200)
  @Roles('unit_operator')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The filled form (XLSX or CSV)' } } } })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes a re-upload of the same file safe' })
  @ApiOperation({ summary: 'Unggah realisasi dari XLSX/CSV / upload realizations: all or nothing; a file with bad rows gets a report by sheet, row and column and nothing is stored' })
  @ApiResponse({ status: 200, type: BatchResultDto })
  @ApiResponse({ status: 400, description: 'No file, an empty file, or not a readable XLSX/CSV' })
  @ApiResponse({ status: 413, description: `Larger than ${MAX_UPLOAD_BYTES} bytes` })
  @ApiResponse({ status: 422, description: 'IMPORT_INVALID with `details[]` (sheet, row, column, code, message) for every problem' })
  async import(@UploadedFile() file: UploadedSheetFile | undefined, @CurrentUser() user: Principal, @Headers('idempotency-key') key: string | undefined) {
    const idempotencyKey = parseIdempotencyKey(key);
    const unitId = unitAtEdge(user);
    const upload = requireUpload(file);
    const read = await readWorkbook(upload.buffer, detectFormat(upload.buffer, upload.originalname, upload.mimetype) ?? 'csv', REALIZATION_SHEETS);
    assertReadable(read);
    const parsed = realizationsFromWorkbook(read, (kpiId) => this.plan.get(user.tenant, kpiId));
    const problems = [...parsed.problems];
    // Ownership is the upload's business: a row for another unit's KPI is reported on its row.
    for (const row of parsed.items) {
      const kpi = this.plan.get(user.tenant, row.kpiId);
      if (kpi && kpi.ownerUnitId !== unitId)
        problems.push(rowProblemFromError(row.row, { code: 'KPI_NOT_OWNED', field: 'kpiId', message: `IKU ${row.kpiId} bukan milik unit ${unitId} / the KPI belongs to another unit` }));
    }
    if (parsed.items.length > MAX_BATCH_ITEMS)
      problems.push({
        sheet: null,
        row: null,
        column: null,
        code: 'TOO_MANY_ROWS',
        message: `Berkas berisi ${parsed.items.length} nilai; maksimal ${MAX_BATCH_ITEMS} per unggahan / at most ${MAX_BATCH_ITEMS} values per upload`,
      });
    if (problems.length > 0) throw invalid(problems);
    const items = parsed.items.map((r) => ({
      kpiId: r.kpiId,
      year: r.year,
      period: r.period,
      value: r.value,
      note: r.note,
      evidence: r.evidence,
      correctionReason: r.correctionReason,
      source: { row: r.row },
    }));
    try {
      return await mapErrors(() => this.commands.execute(new RecordBatchCommand(user, items, correlationIdOrNew(), idempotencyKey)));
    } catch (e) {
      // Rules only the stored history can check (already reported, locked...) come back per item: point each at its row.
      const body = (e as { getResponse?: () => unknown }).getResponse?.() as { code?: string; details?: Array<{ index: number; code: string; field: string; errors: string[] }> } | undefined;
      if ((e as { getStatus?: () => number }).getStatus?.() !== HttpStatus.UNPROCESSABLE_ENTITY || body?.code !== 'BATCH_INVALID') throw e;
      throw invalid(body.details!.map((d) => rowProblemFromError(parsed.items[d.index]!.row, { code: d.code, field: d.field.replace(/^items\[\d+\]\./, ''), message: d.errors[0] ?? '' })));
    }
  }
}
