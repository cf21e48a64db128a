import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { parseCsv } from './csv.js';
import { collectRows, findHeader, findSpec, isEmptyRow, mapColumns, type RawCell, type RawRow } from './table.js';
import { cleanText, normalizeName, numberToText } from './text.js';
import type { ReadResult, SheetFormat, SheetProblem, SheetSpec } from './types.js';

const fileProblem = (code: string, message: string): SheetProblem => ({ sheet: null, row: null, column: null, code, message });

/**
 * Reads the sheets described by `specs` from an XLSX workbook or a CSV file. Never throws for
 * bad input: everything wrong with the file is a problem in the result.
 */
export async function readWorkbook(data: Uint8Array, format: SheetFormat, specs: SheetSpec[]): Promise<ReadResult> {
  const result: ReadResult = { rows: Object.fromEntries(specs.map((s) => [s.key, []])), problems: [] };
  try {
    if (isBlank(data)) {
      result.problems.push(fileProblem('FILE_EMPTY', 'Berkas kosong / the file is empty'));
      return result;
    }
    if (format === 'xlsx') await readXlsx(data, specs, result);
    else readCsvInto(data, specs, result);
  } catch (e) {
    for (const key of Object.keys(result.rows)) result.rows[key] = [];
    result.problems.push(unreadable(format, e));
  }
  return result;
}

function unreadable(format: SheetFormat, e?: unknown): SheetProblem {
  const detail = e instanceof Error ? ` (${e.message.slice(0, 200)})` : '';
  return fileProblem(
    'FILE_UNREADABLE',
    format === 'xlsx'
      ? `Berkas tidak dapat dibaca sebagai XLSX; simpan ulang sebagai "Excel Workbook (.xlsx)" / the file cannot be read as XLSX; save it again as "Excel Workbook (.xlsx)"${detail}`
      : `Berkas tidak dapat dibaca sebagai CSV teks / the file cannot be read as CSV text${detail}`,
  );
}

/** 0 bytes, or only whitespace and a byte order mark. */
function isBlank(data: Uint8Array): boolean {
  let i = 0;
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) i = 3;
  else if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    return data.subarray(2).every((b) => b === 0 || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
  }
  for (; i < data.length; i++) {
    const b = data[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

// ---------------------------------------------------------------- XLSX

async function readXlsx(data: Uint8Array, specs: SheetSpec[], result: ReadResult): Promise<void> {
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    result.problems.push(
      fileProblem(
        'FILE_UNREADABLE',
        'Format Excel lama (.xls) tidak didukung; simpan ulang sebagai "Excel Workbook (.xlsx)" / the old Excel format (.xls) is not supported; save it again as "Excel Workbook (.xlsx)"',
      ),
    );
    return;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as any);
  const found = new Map<string, Worksheet>();
  for (const ws of workbook.worksheets) {
    const spec = findSpec(specs, ws.name);
    if (!spec) continue;
    if (found.has(spec.key)) {
      result.problems.push({
        sheet: spec.title,
        row: null,
        column: null,
        code: 'DUPLICATE_SHEET',
        message: `Ada lebih dari satu lembar "${spec.title}" ("${found.get(spec.key)!.name}", "${ws.name}"); hanya yang pertama dibaca / more than one sheet "${spec.title}"; only the first is read`,
      });
      continue;
    }
    found.set(spec.key, ws);
  }
  if (found.size === 0) {
    result.problems.push(
      fileProblem(
        'NO_KNOWN_SHEET',
        `Tidak ada lembar yang dikenali; diharapkan: ${specs.map((s) => `"${s.title}"`).join(', ')} / no known sheet; expected: ${specs.map((s) => `"${s.title}"`).join(', ')}`,
      ),
    );
    return;
  }
  for (const spec of specs) {
    const ws = found.get(spec.key);
    if (ws) readTable(spec, worksheetRows(ws), result);
  }
}

function readTable(spec: SheetSpec, rows: RawRow[], result: ReadResult): void {
  const h = findHeader(spec, rows);
  if (h < 0) return; // an empty sheet: no rows
  const { mapping, problems, ok } = mapColumns(spec, rows[h]);
  result.problems.push(...problems);
  if (ok) collectRows(spec, mapping, rows.slice(h + 1), result);
}

function worksheetRows(ws: Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // cell.value of a cell inside a merged range is the master cell's value
      cells[col - 1] = cellText(cell.value, cell.numFmt, cell.address);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { text: null };
    const r = { row: rowNumber, cells };
    if (!isEmptyRow(r)) rows.push(r);
  });
  return rows;
}

function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && numFmt.replace(/"[^"]*"|\\./g, '').includes('%');
}

function isoDate(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  const y = d.getUTCFullYear();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

/** Normalizes an exceljs cell value to text (see README). */
export function cellText(value: CellValue | undefined, numFmt: string | undefined, address: string): RawCell {
  const cellError = (code: string) => ({
    text: null,
    problem: { code: 'CELL_ERROR', message: `Sel ${address} berisi galat ${code} / cell ${address} holds the error ${code}` },
  });
  if (value === null || value === undefined) return { text: null };
  if (typeof value === 'string') return { text: cleanText(value) };
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false' };
  if (typeof value === 'number') {
    const pct = isPercentFormat(numFmt);
    const t = numberToText(pct ? value * 100 : value);
    if (t === undefined) return cellError(String(value));
    return { text: pct ? `${t}%` : t };
  }
  if (value instanceof Date) {
    const t = isoDate(value);
    return t === undefined ? cellError('tanggal tidak valid / invalid date') : { text: t };
  }
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if ('error' in v) return cellError(String(v.error));
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result === undefined || v.result === null) {
        return {
          text: null,
          problem: {
            code: 'FORMULA_WITHOUT_VALUE',
            message: `Sel ${address} berisi rumus tanpa nilai tersimpan; buka dan simpan ulang berkas di Excel, atau salin sebagai nilai / cell ${address} holds a formula without a cached value; open and save the file in Excel, or paste it as values`,
          },
        };
      }
      return cellText(v.result as CellValue, numFmt, address);
    }
    if ('richText' in v && Array.isArray(v.richText)) {
      return { text: cleanText(v.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join('')) };
    }
    if ('hyperlink' in v || 'text' in v) {
      const t = v.text;
      if (t === undefined || t === null) return { text: cleanText(String(v.hyperlink ?? '')) };
      return cellText(t as CellValue, undefined, address);
    }
  }
  return { text: cleanText(String(value)) };
}

// ---------------------------------------------------------------- CSV

const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!', '#GETTING_DATA']);
const SHEET_COLUMN_NAMES = ['lembar', 'sheet', 'lembarkerja', 'worksheet'];

/** Decodes CSV bytes: UTF-8 (BOM optional), UTF-16 with BOM, else Windows-1252. undefined = not text. */
export function decodeText(data: Uint8Array): string | undefined {
  let text: string;
  if (data[0] === 0xff && data[1] === 0xfe) text = new TextDecoder('utf-16le').decode(data.subarray(2));
  else if (data[0] === 0xfe && data[1] === 0xff) text = new TextDecoder('utf-16be').decode(data.subarray(2));
  else {
    const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      try {
        text = new TextDecoder('windows-1252').decode(body);
      } catch {
        return undefined;
      }
    }
  }
  text = text.replace(/\x1a+$/, ''); // DOS end-of-file marker
  if (/[\x00-\x08\x0e-\x1f]/.test(text)) return undefined;
  return text;
}

function readCsvInto(data: Uint8Array, specs: SheetSpec[], result: ReadResult): void {
  const text = decodeText(data);
  if (text === undefined) {
    result.problems.push(unreadable('csv'));
    return;
  }
  const parsed = parseCsv(text);
  if (parsed.unclosedQuoteLine !== null) {
    result.problems.push({
      sheet: null,
      row: parsed.unclosedQuoteLine,
      column: null,
      code: 'CSV_UNCLOSED_QUOTE',
      message: `Tanda kutip (") dibuka di baris ${parsed.unclosedQuoteLine} tetapi tidak ditutup / a quote (") opened on line ${parsed.unclosedQuoteLine} is never closed`,
    });
  }
  if (parsed.invalidQuoteLine !== null) {
    result.problems.push({
      sheet: null,
      row: parsed.invalidQuoteLine,
      column: null,
      code: 'CSV_INVALID_QUOTE',
      message: `Sel bertanda kutip di baris ${parsed.invalidQuoteLine} diikuti teks lain setelah tanda kutip penutup; apit seluruh isi sel dengan tanda kutip dan gandakan tanda kutip di dalamnya / a quoted cell on line ${parsed.invalidQuoteLine} has more text after its closing quote: quote the whole cell and double the quotes inside it`,
    });
  }
  const rows: RawRow[] = parsed.records
    .map((rec) => ({
      row: rec.line,
      cells: rec.fields.map((f): RawCell => {
        const t = cleanText(f);
        if (t !== null && EXCEL_ERRORS.has(t.toUpperCase())) {
          return { text: null, problem: { code: 'CELL_ERROR', message: `Sel berisi galat ${t} / the cell holds the error ${t}` } };
        }
        return { text: t };
      }),
    }))
    .filter((r) => !isEmptyRow(r));
  if (rows.length === 0) {
    result.problems.push(fileProblem('FILE_EMPTY', 'Berkas kosong / the file is empty'));
    return;
  }
  const header = rows[0];
  const sheetCol = header.cells.findIndex((c) => c.text !== null && SHEET_COLUMN_NAMES.includes(normalizeName(c.text)));
  if (sheetCol < 0) {
    if (specs.length === 1) {
      const { mapping, problems, ok } = mapColumns(specs[0], header);
      result.problems.push(...problems);
      if (ok) collectRows(specs[0], mapping, rows.slice(1), result);
      return;
    }
    result.problems.push({
      sheet: null,
      row: header.row,
      column: 'lembar',
      code: 'MISSING_COLUMN',
      message: `Kolom pertama harus "lembar" (nama lembar: ${specs.map((s) => `"${s.title}"`).join(', ')}) / the first column must be "lembar" (the sheet name: ${specs.map((s) => `"${s.title}"`).join(', ')})`,
    });
    return;
  }
  const bySheet = new Map<string, RawRow[]>();
  for (const r of rows.slice(1)) {
    const name = r.cells[sheetCol]?.text ?? null;
    const spec = name === null ? undefined : findSpec(specs, name);
    if (!spec) {
      result.problems.push({
        sheet: name,
        row: r.row,
        column: header.cells[sheetCol].text,
        code: 'UNKNOWN_SHEET',
        message:
          name === null
            ? `Kolom "lembar" kosong; isi dengan salah satu dari ${specs.map((s) => `"${s.title}"`).join(', ')} / the "lembar" column is empty; use one of ${specs.map((s) => `"${s.title}"`).join(', ')}`
            : `Lembar "${name}" tidak dikenal; gunakan salah satu dari ${specs.map((s) => `"${s.title}"`).join(', ')} / unknown sheet "${name}"; use one of ${specs.map((s) => `"${s.title}"`).join(', ')}`,
      });
      continue;
    }
    const list = bySheet.get(spec.key) ?? [];
    list.push(r);
    bySheet.set(spec.key, list);
  }
  for (const spec of specs) {
    const list = bySheet.get(spec.key);
    if (!list) continue;
    const { mapping, problems, ok } = mapColumns(spec, header, new Set([sheetCol]));
    result.problems.push(...problems);
    if (ok) collectRows(spec, mapping, list, result);
  }
}
