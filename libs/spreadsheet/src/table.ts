import { normalizeName } from './text.js';
import { DEFAULT_MAX_ROWS, type ColumnSpec, type ReadResult, type SheetProblem, type SheetRow, type SheetSpec } from './types.js';

/** A cell as read from the file: its normalized text, or a problem (an Excel error, a formula without value). */
export interface RawCell {
  text: string | null;
  problem?: { code: string; message: string };
}

export interface RawRow {
  /** Row number as the user sees it (Excel row or CSV line). */
  row: number;
  cells: RawCell[];
}

/** Names a spec is known by (title, aliases, key), normalized. */
export function sheetNames(spec: SheetSpec): string[] {
  return [spec.title, ...(spec.aliases ?? []), spec.key].map(normalizeName);
}

export function findSpec(specs: SheetSpec[], name: string): SheetSpec | undefined {
  const n = normalizeName(name);
  return specs.find((s) => sheetNames(s).includes(n));
}

function columnNames(col: ColumnSpec): string[] {
  return [col.header, ...(col.aliases ?? []), col.key].map(normalizeName);
}

/** Names of a column by priority: the header, then the aliases, then the key. */
function columnNameTiers(col: ColumnSpec): string[][] {
  return [[col.header], col.aliases ?? [], [col.key]].map((t) => t.map(normalizeName));
}

export function isEmptyRow(r: RawRow): boolean {
  return r.cells.every((c) => c.text === null && !c.problem);
}

/** How many of the spec's columns a header row names. */
export function headerMatches(spec: SheetSpec, header: RawRow): number {
  const names = new Set(header.cells.map((c) => (c.text === null ? '' : normalizeName(c.text))));
  return spec.columns.filter((col) => columnNames(col).some((n) => names.has(n))).length;
}

export type ColumnMapping = Map<string, number>;

/**
 * Maps the spec's columns to cell indexes of a header row. A missing required column or a
 * column named twice is a problem (on the header row); `ok` is false when a required column is missing.
 */
export function mapColumns(spec: SheetSpec, header: RawRow, skip: Set<number> = new Set()): { mapping: ColumnMapping; problems: SheetProblem[]; ok: boolean } {
  const mapping: ColumnMapping = new Map();
  const problems: SheetProblem[] = [];
  let ok = true;
  const names = header.cells.map((c, i) => (c.text === null || skip.has(i) ? '' : normalizeName(c.text)));
  for (const col of spec.columns) {
    // a header match wins over an alias match (in a CSV, one sheet's alias may be another sheet's header)
    let found: number[] = [];
    for (const wanted of columnNameTiers(col)) {
      found = names.flatMap((n, i) => (n !== '' && wanted.includes(n) ? [i] : []));
      if (found.length > 0) break;
    }
    if (found.length === 0) {
      if (col.required) {
        ok = false;
        problems.push({
          sheet: spec.title,
          row: header.row,
          column: col.header,
          code: 'MISSING_COLUMN',
          message: `Kolom wajib "${col.header}" tidak ada di baris judul kolom lembar "${spec.title}" / required column "${col.header}" is missing from the header row of sheet "${spec.title}"`,
        });
      }
      continue;
    }
    if (found.length > 1) {
      problems.push({
        sheet: spec.title,
        row: header.row,
        column: col.header,
        code: 'DUPLICATE_COLUMN',
        message: `Kolom "${col.header}" muncul ${found.length} kali; hanya yang pertama dibaca / column "${col.header}" appears ${found.length} times; only the first is read`,
      });
    }
    mapping.set(col.key, found[0]);
  }
  return { mapping, problems, ok };
}

/**
 * Turns the data rows of one sheet into SheetRows: skips empty rows, applies maxRows, reports
 * cell problems and empty required cells of mapped columns.
 */
export function collectRows(spec: SheetSpec, mapping: ColumnMapping, dataRows: RawRow[], result: ReadResult): void {
  const used = [...mapping.values()];
  const relevant = dataRows.filter((r) => used.some((i) => r.cells[i] && (r.cells[i].text !== null || r.cells[i].problem)));
  const maxRows = spec.maxRows ?? DEFAULT_MAX_ROWS;
  if (relevant.length > maxRows) {
    result.problems.push({
      sheet: spec.title,
      row: null,
      column: null,
      code: 'TOO_MANY_ROWS',
      message: `Lembar "${spec.title}" berisi ${relevant.length} baris data; maksimal ${maxRows} / sheet "${spec.title}" has ${relevant.length} data rows; at most ${maxRows} are allowed`,
    });
    return;
  }
  const out: SheetRow[] = result.rows[spec.key];
  for (const r of relevant) {
    const values: Record<string, string | null> = {};
    for (const col of spec.columns) {
      const i = mapping.get(col.key);
      const cell = i === undefined ? undefined : r.cells[i];
      values[col.key] = cell?.problem ? null : (cell?.text ?? null);
      if (cell?.problem) {
        result.problems.push({ sheet: spec.title, row: r.row, column: col.header, ...cell.problem });
      } else if (col.required && values[col.key] === null) {
        result.problems.push({
          sheet: spec.title,
          row: r.row,
          column: col.header,
          code: 'REQUIRED_EMPTY',
          message: `Kolom wajib "${col.header}" kosong / required column "${col.header}" is empty`,
        });
      }
    }
    out.push({ sheet: spec.key, row: r.row, values });
  }
}

/** Picks the header row among the first non-empty rows: the one naming most columns, else the first non-empty row. */
export function findHeader(spec: SheetSpec, rows: RawRow[]): number {
  let best = -1;
  let bestScore = 0;
  let firstNonEmpty = -1;
  let seen = 0;
  for (let i = 0; i < rows.length && seen < 20; i++) {
    if (isEmptyRow(rows[i])) continue;
    seen++;
    if (firstNonEmpty < 0) firstNonEmpty = i;
    const score = headerMatches(spec, rows[i]);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best >= 0 ? best : firstNonEmpty;
}
