import { BadRequestException, UnprocessableEntityException } from '@nestjs/common';
import type { Response } from 'express';
import type { ReadResult, SheetFormat, SheetProblem } from '@capaian/spreadsheet';
import { badRequest } from './bad-request.js';

/**
 * What every spreadsheet endpoint shares: the format parameter, the upload limit, the download
 * headers, and the two kinds of error answer (400 for a file that cannot be read at all, 422
 * with one entry per problem, by sheet, row and column, for a file with bad content).
 */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const SHEET_MIME: Record<SheetFormat, string> = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' };
const FILE_LEVEL = new Set(['FILE_EMPTY', 'FILE_UNREADABLE', 'NO_KNOWN_SHEET']);

/** What multer hands a controller for an uploaded file. */
export interface UploadedSheetFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

export function parseSheetFormat(raw: string | undefined): SheetFormat {
  if (raw === undefined || raw === '' || raw === 'xlsx') return 'xlsx';
  if (raw === 'csv') return 'csv';
  throw badRequest('INVALID_FORMAT', 'format', 'must be xlsx or csv');
}

export function requireUpload(file: UploadedSheetFile | undefined): UploadedSheetFile {
  if (!file) throw badRequest('FILE_REQUIRED', 'file', 'required', { message: 'Unggah berkas pada field "file" (multipart/form-data) / upload the file in the "file" field' });
  return file;
}

export function sendSheet(res: Response, bytes: Uint8Array, format: SheetFormat, name: string): void {
  res.setHeader('Content-Type', SHEET_MIME[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
  res.end(Buffer.from(bytes));
}

export function sheetProblemDetail(p: SheetProblem) {
  return { field: p.column ?? p.sheet ?? 'file', errors: [p.message], code: p.code, sheet: p.sheet, row: p.row, column: p.column };
}

/** 400 when the file itself is empty, unreadable or has none of the expected sheets. */
export function assertReadable(read: ReadResult): void {
  const fileProblems = read.problems.filter((p) => FILE_LEVEL.has(p.code));
  if (fileProblems.length > 0) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      code: fileProblems[0]!.code,
      message: fileProblems.map((p) => p.message),
      details: fileProblems.map((p) => ({ ...sheetProblemDetail(p), field: 'file' })),
    });
  }
}

/** 422 IMPORT_INVALID listing every problem; nothing was stored. */
export function importInvalid(problems: SheetProblem[]): UnprocessableEntityException {
  return new UnprocessableEntityException({
    statusCode: 422,
    error: 'Unprocessable Entity',
    code: 'IMPORT_INVALID',
    message: `${problems.length} masalah pada berkas; tidak ada yang disimpan / ${problems.length} problems in the file; nothing was stored`,
    details: problems.map(sheetProblemDetail),
  });
}
