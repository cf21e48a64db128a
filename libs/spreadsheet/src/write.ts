import ExcelJS from 'exceljs';
import type { DataValidation, Worksheet } from 'exceljs';
import { formatCsv } from './csv.js';
import { normalizeName, numberToText } from './text.js';
import { DEFAULT_MAX_ROWS, type ColumnSpec, type SheetFormat, type SheetSpec } from './types.js';

export type WriteData = Record<string, Array<Record<string, string | number | null>>>;
export interface WriteOptions {
  /** Lines shown at the top of the 'Petunjuk' sheet (XLSX only). */
  instructions?: string[];
  /** Workbook title (XLSX properties and the first line of 'Petunjuk'). */
  title?: string;
}

export const INSTRUCTIONS_SHEET = 'Petunjuk';
const LISTS_SHEET = 'Daftar Pilihan';

/**
 * Writes the data as an XLSX workbook (a 'Petunjuk' sheet, then one sheet per spec) or as one
 * CSV table (UTF-8 with BOM, ',' and CRLF; first column `lembar` = the sheet title).
 */
export async function writeWorkbook(specs: SheetSpec[], data: WriteData, format: SheetFormat, options: WriteOptions = {}): Promise<Uint8Array> {
  return format === 'xlsx' ? writeXlsx(specs, data, options) : writeCsv(specs, data);
}

function cellString(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberToText(v) ?? '';
  return v;
}

// ---------------------------------------------------------------- CSV

function writeCsv(specs: SheetSpec[], data: WriteData): Uint8Array {
  // one CSV column per distinct header (columns of different sheets with the same header share it)
  const headers: string[] = ['lembar'];
  const indexOf = new Map<string, number>([[normalizeName('lembar'), 0]]);
  const columnIndex = (col: ColumnSpec) => {
    const n = normalizeName(col.header);
    let i = indexOf.get(n);
    if (i === undefined) {
      i = headers.length;
      headers.push(col.header);
      indexOf.set(n, i);
    }
    return i;
  };
  const layout = specs.map((spec) => ({ spec, indexes: spec.columns.map(columnIndex) }));
  const lines: string[][] = [headers];
  for (const { spec, indexes } of layout) {
    for (const record of data[spec.key] ?? []) {
      const line = new Array<string>(headers.length).fill('');
      line[0] = spec.title;
      spec.columns.forEach((col, c) => (line[indexes[c]] = cellString(record[col.key])));
      lines.push(line);
    }
  }
  const body = new TextEncoder().encode(formatCsv(lines, ','));
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

// ---------------------------------------------------------------- XLSX

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

async function writeXlsx(specs: SheetSpec[], data: WriteData, options: WriteOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Capaian';
  if (options.title) wb.title = options.title;
  writeInstructions(wb.addWorksheet(INSTRUCTIONS_SHEET), specs, options);

  const lists: string[][] = [];
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width ?? Math.max(12, Math.min(40, c.header.length + 4)) }));
    const header = ws.getRow(1);
    spec.columns.forEach((col, i) => {
      const cell = header.getCell(i + 1);
      cell.value = col.header;
      cell.note = `${col.required ? 'Wajib / required. ' : ''}${col.description}${col.example ? `\nContoh / example: ${col.example}` : ''}`;
    });
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    for (const record of data[spec.key] ?? []) {
      ws.addRow(
        spec.columns.map((c) => {
          const v = record[c.key];
          return v === undefined || v === '' ? null : v;
        }),
      );
    }
    const lastRow = Math.max((spec.maxRows ?? DEFAULT_MAX_ROWS) + 1, ws.rowCount);
    spec.columns.forEach((col, i) => {
      if (!col.allowed || col.allowed.length === 0) return;
      const letter = columnLetter(i + 1);
      const inline = `"${col.allowed.join(',')}"`;
      let formula: string;
      if (inline.length <= 255 && col.allowed.every((a) => !/[,"]/.test(a))) formula = inline;
      else {
        lists.push(col.allowed);
        const l = columnLetter(lists.length);
        formula = `'${LISTS_SHEET}'!$${l}$1:$${l}$${col.allowed.length}`;
      }
      rangeValidations(ws).add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: col.header.slice(0, 32),
        error: `Pilih dari daftar / choose from the list: ${col.allowed.join(', ')}`.slice(0, 225),
      });
    });
  }
  if (lists.length > 0) addLists(wb.addWorksheet(LISTS_SHEET, { state: 'hidden' }), lists);
  const buf = await wb.xlsx.writeBuffer();
  const bytes = buf as unknown as Uint8Array;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** exceljs supports range validations (`worksheet.dataValidations.add('C2:C5001', ...)`) but its typings omit them. */
function rangeValidations(ws: Worksheet): { add(range: string, validation: DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations;
}

function addLists(ws: Worksheet, lists: string[][]): void {
  lists.forEach((list, c) => list.forEach((v, r) => (ws.getCell(r + 1, c + 1).value = v)));
}

function writeInstructions(ws: Worksheet, specs: SheetSpec[], options: WriteOptions): void {
  ws.columns = [{ width: 28 }, { width: 10 }, { width: 70 }, { width: 28 }, { width: 40 }];
  const title = ws.addRow([options.title ?? 'Petunjuk pengisian / instructions']);
  title.font = { bold: true, size: 14 };
  // long lines overflow into the empty cells to their right
  for (const line of options.instructions ?? []) ws.addRow([line]);
  for (const spec of specs) {
    ws.addRow([]);
    const head = ws.addRow([`Lembar "${spec.title}"`, null, spec.description]);
    head.font = { bold: true };
    ws.addRow([null, null, `Maksimal ${spec.maxRows ?? DEFAULT_MAX_ROWS} baris data / at most ${spec.maxRows ?? DEFAULT_MAX_ROWS} data rows`]);
    const cols = ws.addRow(['Kolom / column', 'Wajib / required', 'Keterangan / description', 'Contoh / example', 'Pilihan / choices']);
    cols.font = { bold: true };
    cols.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    for (const col of spec.columns) {
      const row = ws.addRow([col.header, col.required ? 'ya' : 'tidak', col.description, col.example ?? null, col.allowed?.join(', ') ?? null]);
      row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    }
  }
}
