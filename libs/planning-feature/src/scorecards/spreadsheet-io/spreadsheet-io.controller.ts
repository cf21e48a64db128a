import { Controller, Get, HttpCode, HttpStatus, NotFoundException, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { detectFormat, readWorkbook, writeWorkbook } from '@capaian/spreadsheet';
import { documentOf, scorecardIdOf } from '@capaian/planning-domain';
import {
  CurrentUser,
  MAX_UPLOAD_BYTES,
  Roles,
  assertReadable,
  importInvalid as invalid,
  parseAsOf,
  parseSheetFormat as parseFormat,
  requireUpload,
  sendSheet as send,
  type Principal,
  type UploadedSheetFile,
  Write,
  type WriteCall,
} from '@capaian/platform';
import { runScorecardChange, ScorecardWritten } from '../change-scorecard.js';
import { ScorecardRepository } from '../scorecard-repository.js';
import {
  SCORECARD_INSTRUCTIONS,
  SCORECARD_SHEETS,
  columnOf,
  documentFromWorkbook,
  scorecardTemplate,
  sheetOf,
  workbookFromDocument,
  type WorkbookItemKind,
} from '../spreadsheet/scorecard-workbook.js';

const BINARY = { schema: { type: 'string', format: 'binary' } } as const;
/** A downloaded workbook: XLSX (default) or CSV (?format=csv). */
const SHEET_DOWNLOAD = { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': BINARY, 'text/csv': BINARY };

/** The spreadsheet way in and out of planning: template, import of a whole scorecard, export. */
@ApiTags('scorecards')
@ApiBearerAuth()
@Controller('scorecards')
export class SpreadsheetIoController {
  constructor(
    private readonly commands: CommandBus,
    private readonly repository: ScorecardRepository,
  ) {}

  @Get('template')
  @ApiOperation({ summary: 'Unduh templat kartu kinerja (XLSX atau CSV) / download the scorecard template with instructions and examples' })
  @ApiQuery({ name: 'format', required: false, enum: ['xlsx', 'csv'] })
  @ApiOkResponse({ description: 'The template workbook (XLSX, or CSV with ?format=csv)', content: SHEET_DOWNLOAD })
  async template(@Query('format') formatRaw: string | undefined, @Res() res: Response) {
    const format = parseFormat(formatRaw);
    send(res, await writeWorkbook(SCORECARD_SHEETS, scorecardTemplate(), format, { instructions: SCORECARD_INSTRUCTIONS, title: 'Templat Kartu Kinerja' }), format, 'templat-kartu-kinerja');
  }

  @Get(':scorecardId/export')
  @ApiOperation({ summary: 'Ekspor kartu kinerja ke XLSX/CSV (format templat) / export a scorecard, now or as of an instant, in the template format' })
  @ApiQuery({ name: 'format', required: false, enum: ['xlsx', 'csv'] })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiOkResponse({ description: 'The scorecard in the template format (XLSX, or CSV with ?format=csv); ETag = revision', content: SHEET_DOWNLOAD })
  @ApiResponse({ status: 404, description: 'SCORECARD_NOT_FOUND' })
  async export(
    @CurrentUser() user: Principal,
    @Param('scorecardId') scorecardId: string,
    @Query('format') formatRaw: string | undefined,
    @Query('asOf') asOfRaw: string | undefined,
    @Res() res: Response,
  ) {
    const format = parseFormat(formatRaw);
    const asOf = parseAsOf(asOfRaw);
    const { state, revision } = await this.repository.load(user.tenant, scorecardId, asOf);
    if (!state.header) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'SCORECARD_NOT_FOUND', message: `Kartu kinerja ${scorecardId} tidak ditemukan / scorecard not found` });
    res.setHeader('ETag', `"${revision}"`);
    send(res, await writeWorkbook(SCORECARD_SHEETS, workbookFromDocument(documentOf(state)), format, { instructions: SCORECARD_INSTRUCTIONS, title: state.header.title }), format, scorecardId);
  }

  @Post('import/file')
  @HttpCode(200)
  @Roles('planner')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'XLSX or CSV in the template format' } } } })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiOperation({
    summary:
      'Impor kartu kinerja dari XLSX/CSV / import a whole scorecard from the template: creates it or replaces a draft. All or nothing: a file with problems gets a per-row report (sheet, row, column) and nothing is stored',
  })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  @ApiResponse({ status: 400, description: 'No file, an empty file, or not a readable XLSX/CSV' })
  @ApiResponse({ status: 413, description: `File larger than ${MAX_UPLOAD_BYTES} bytes` })
  @ApiResponse({ status: 422, description: 'IMPORT_INVALID: `details[]` has sheet, row, column, code and message of every problem' })
  async importFile(@UploadedFile() file: UploadedSheetFile | undefined, @Write() call: WriteCall) {
    const upload = requireUpload(file);
    const read = await readWorkbook(upload.buffer, detectFormat(upload.buffer, upload.originalname, upload.mimetype) ?? 'csv', SCORECARD_SHEETS);
    assertReadable(read);
    const parsed = documentFromWorkbook(read);
    if (!parsed.document) throw invalid(parsed.problems);
    const document = parsed.document;
    const scorecardId = scorecardIdOf(document.unitId, document.year, document.theme);
    try {
      return await runScorecardChange(this.commands, call, scorecardId, { type: 'import-document', tenantId: call.user.tenant, document }, { file: upload.buffer.toString('base64') });
    } catch (e) {
      // Domain rules (weights, cycles, cascading...) come back per item: point each at its row and column.
      const body = (e as { getResponse?: () => unknown }).getResponse?.() as { code?: string; details?: Array<Record<string, unknown>> } | undefined;
      const status = (e as { getStatus?: () => number }).getStatus?.();
      if (status !== HttpStatus.UNPROCESSABLE_ENTITY || !body?.details?.some((d) => d['item'])) throw e;
      throw invalid(
        body.details.map((d) => {
          const kind = d['item'] as WorkbookItemKind;
          const where = d['itemCode'] ? parsed.rowOf(kind, String(d['itemCode'])) : undefined;
          return { sheet: where?.sheet ?? sheetOf(kind), row: where?.row ?? null, column: columnOf(kind, String(d['field'])), code: String(d['code']), message: (d['errors'] as string[])[0] ?? '' };
        }),
      );
    }
  }
}
