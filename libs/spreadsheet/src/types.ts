export type SheetFormat = 'xlsx' | 'csv';

/** One column of a sheet. Cells are matched to it by `header`, any of `aliases` or `key` (case-, space- and underscore-insensitive). */
export interface ColumnSpec {
  key: string;
  /** Header as written in the template (Indonesian). */
  header: string;
  aliases?: string[];
  /** An empty cell in a data row is a problem (REQUIRED_EMPTY); a missing column is a problem (MISSING_COLUMN). */
  required?: boolean;
  /** Shown on the 'Petunjuk' sheet and as the header cell's note. */
  description: string;
  example?: string;
  /** Shown as a dropdown in XLSX (a warning, not a hard block, so aliases can still be typed). */
  allowed?: string[];
  width?: number;
}

export interface SheetSpec {
  key: string;
  /** Indonesian sheet name, e.g. 'IKU' (at most 31 characters, Excel's limit). */
  title: string;
  aliases?: string[];
  description: string;
  columns: ColumnSpec[];
  /** Default 5000. */
  maxRows?: number;
}

export interface SheetRow {
  /** Spec key. */
  sheet: string;
  /** 1-based row number as the user sees it in Excel, or the CSV line number where the record starts. */
  row: number;
  /** Every column key of the spec; null = empty or missing. */
  values: Record<string, string | null>;
}

export interface SheetProblem {
  /** Sheet title of the spec (as in the template), or null for file-level problems. */
  sheet: string | null;
  row: number | null;
  /** Column header of the spec (as in the template), or null. */
  column: string | null;
  code: string;
  /** Indonesian / English. */
  message: string;
}

export interface ReadResult {
  /** By spec key; every spec has an entry (possibly empty). */
  rows: Record<string, SheetRow[]>;
  problems: SheetProblem[];
}

/** Problem codes produced by readWorkbook. */
export const PROBLEM_CODES = [
  'FILE_EMPTY',
  'FILE_UNREADABLE',
  'NO_KNOWN_SHEET',
  'DUPLICATE_SHEET',
  'MISSING_COLUMN',
  'DUPLICATE_COLUMN',
  'REQUIRED_EMPTY',
  'CELL_ERROR',
  'FORMULA_WITHOUT_VALUE',
  'TOO_MANY_ROWS',
  'UNKNOWN_SHEET',
  'CSV_UNCLOSED_QUOTE',
  'CSV_INVALID_QUOTE',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const DEFAULT_MAX_ROWS = 5000;
