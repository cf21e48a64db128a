/** RFC-4180 CSV reading and writing, with the tolerance real Excel exports need. */

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
}

/** Picks ';' or ',' (or a tab) by counting them outside quotes in the first non-empty line. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && c in counts) {
      counts[c]++;
      seenContent = true;
    } else if (c.trim() !== '') seenContent = true;
  }
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/** Parses CSV text (no BOM). An Excel "sep=;" first line sets the delimiter. */
export function parseCsv(input: string, delimiter?: string): CsvParseResult {
  let text = input;
  let lineOffset = 0;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  const delim = delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1 + lineOffset;
  let recordLine = line;
  let inQuotes = false;
  let quoteLine = 0;
  let fieldStarted = false; // anything read for the current record
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      // opening quote (spaces before it are dropped)
      field = '';
      inQuotes = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (c === delim) {
      endField();
      fieldStarted = true;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== '' || fields.length > 0) endRecord();
  return { delimiter: delim, records, unclosedQuoteLine: inQuotes ? quoteLine : null };
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
