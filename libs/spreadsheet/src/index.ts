export type { SheetFormat, ColumnSpec, SheetSpec, SheetRow, SheetProblem, ReadResult, ProblemCode } from './types.js';
export { PROBLEM_CODES, DEFAULT_MAX_ROWS } from './types.js';
export { readWorkbook } from './read.js';
export { writeWorkbook, INSTRUCTIONS_SHEET, type WriteData, type WriteOptions } from './write.js';
export { detectFormat } from './detect.js';
export { parseDecimalCell } from './decimal.js';
export { normalizeName, numberToText } from './text.js';
