import { CsvError, parse, type Options } from 'csv-parse/sync';

/** RFC-4180 CSV reading (the `csv-parse` package) and writing, with the tolerance real Excel exports need. */

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  delimiter: string;
  records: CsvRecord[];
  /** Line of an opening quote that was never closed (the rest of the file was read as one field). */
  unclosedQuoteLine: number | null;
  /** Line of a quoted field followed by more text before the next delimiter (`"ab"c`); reading stopped there. */
  invalidQuoteLine: number | null;
}

const DELIMITERS = [',', ';', '\t'] as const;

/** Picks ';' or ',' (or a tab) by counting them outside quotes in the first non-empty line. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(c)) {
      counts.set(c, (counts.get(c) ?? 0) + 1);
      seenContent = true;
    } else if (c.trim() !== '') seenContent = true;
  }
  const [comma, semicolon, tab] = DELIMITERS.map((d) => counts.get(d) ?? 0);
  if (tab > comma && tab > semicolon) return '\t';
  return semicolon > comma ? ';' : ',';
}

/**
 * Options of `csv-parse`: any of CRLF, LF or CR ends a record (files mix them), quotes inside an
 * unquoted field are text, records may have any number of fields, spaces around a quoted field are
 * dropped, empty lines are kept (as one empty field) so that line numbers stay true.
 */
function csvOptions(delimiter: string, onRecord: (fields: string[], endByte: number) => void): Options {
  return {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    ltrim: true,
    rtrim: true,
    skip_empty_lines: false,
    on_record: (fields: string[], context) => {
      onRecord(fields, context.bytes);
      return null;
    },
  };
}

/** Counts line breaks (CRLF, LF or CR) of UTF-8 `bytes` from `from` up to `to`, CRLF once. */
function lineBreaks(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (bytes[i] === 0x0a) n++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) n++;
  }
  return n;
}

interface RawParse {
  records: CsvRecord[];
  error: CsvError | null;
  /** Where the error happened (UTF-8 byte offset). */
  errorByte: number;
}

function parseRecords(text: string, delimiter: string, firstLine: number): RawParse {
  const bytes = new TextEncoder().encode(text);
  const records: CsvRecord[] = [];
  let start = 0;
  let line = firstLine;
  try {
    parse(
      text,
      csvOptions(delimiter, (fields, end) => {
        records.push({ line, fields });
        line += lineBreaks(bytes, start, end);
        start = end;
      }),
    );
    return { records, error: null, errorByte: 0 };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    return { records, error: e, errorByte: typeof e.bytes === 'number' ? e.bytes : start };
  }
}

/** Line (from `firstLine`) of the character at `index` of `text`. */
function lineAt(text: string, index: number, firstLine: number): number {
  const before = text.slice(0, index);
  return firstLine + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
}

/** Parses CSV text (no BOM). An Excel "sep=;" first line sets the delimiter. */
export function parseCsv(input: string, delimiter?: string): CsvParseResult {
  let text = input;
  let firstLine = 1;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    firstLine = 2;
  }
  const delim = delimiter ?? detectDelimiter(text);
  const first = parseRecords(text, delim, firstLine);
  if (first.error === null) return { delimiter: delim, records: first.records, unclosedQuoteLine: null, invalidQuoteLine: null };
  if (first.error.code === 'CSV_QUOTE_NOT_CLOSED') {
    // Close the quote at the end of the text: the rest of the file is then read as one field.
    const closed = parseRecords(`${text}"`, delim, firstLine);
    const last = closed.records[closed.records.length - 1];
    if (closed.error === null && last) {
      const field = last.fields[last.fields.length - 1] ?? '';
      const quoteIndex = text.length - 1 - field.replace(/"/g, '""').length;
      return { delimiter: delim, records: closed.records, unclosedQuoteLine: lineAt(text, quoteIndex, firstLine), invalidQuoteLine: null };
    }
  }
  const bytes = new TextEncoder().encode(text);
  const line = firstLine + lineBreaks(bytes, 0, Math.min(first.errorByte, bytes.length));
  return { delimiter: delim, records: first.records, unclosedQuoteLine: null, invalidQuoteLine: line };
}

function quoteField(value: string, delimiter: string): string {
  if (value === '') return '';
  const needs = value.includes(delimiter) || /["\r\n]/.test(value) || value.trim() !== value;
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with CRLF line ends (no BOM). */
export function formatCsv(rows: string[][], delimiter = ','): string {
  return rows.map((r) => r.map((v) => quoteField(v, delimiter)).join(delimiter) + '\r\n').join('');
}
