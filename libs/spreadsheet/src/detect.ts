import { decodeText } from './read.js';
import type { SheetFormat } from './types.js';

const XLSX_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const CSV_TYPES = ['text/csv', 'application/csv', 'text/comma-separated-values', 'text/plain'];

/**
 * The format of uploaded bytes: zip magic 'PK' -> xlsx; else the filename extension, then the
 * content type; else readable text -> csv. undefined when none applies (e.g. a legacy .xls).
 * Note: browsers on Windows often send 'application/vnd.ms-excel' for .csv files, so that type is
 * not used.
 */
export function detectFormat(data: Uint8Array, filename?: string, contentType?: string): SheetFormat | undefined {
  if (data.length >= 2 && data[0] === 0x50 && data[1] === 0x4b) return 'xlsx';
  const ext = filename
    ?.trim()
    .toLowerCase()
    .match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  const type = contentType?.split(';')[0].trim().toLowerCase();
  if (type && XLSX_TYPES.includes(type)) return 'xlsx';
  if (type && CSV_TYPES.includes(type)) return 'csv';
  if (data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return undefined;
  return decodeText(data) === undefined ? undefined : 'csv';
}
