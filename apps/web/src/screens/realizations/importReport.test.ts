import { describe, expect, it } from 'vitest';
import { importInvalid } from '../../fixtures';
import { toProblem } from '../../api/errors';
import { importProblems } from './importReport';

describe('importProblems', () => {
  it('lists the rows of an IMPORT_INVALID answer by row, with sheet, column and message', () => {
    const problem = importInvalid([
      { field: 'Nilai', errors: ['Nilai bukan angka / not a number'], code: 'INVALID_VALUE', sheet: 'Realisasi', row: 9, column: 'Nilai' },
      { field: 'Periode', errors: ['Periode tidak dikenal / unknown period'], code: 'INVALID_PERIOD', sheet: 'Realisasi', row: 3, column: 'Periode' },
    ]);
    expect(importProblems(problem)).toEqual([
      { sheet: 'Realisasi', row: 3, column: 'Periode', field: 'Periode', code: 'INVALID_PERIOD', message: 'Periode tidak dikenal / unknown period' },
      { sheet: 'Realisasi', row: 9, column: 'Nilai', field: 'Nilai', code: 'INVALID_VALUE', message: 'Nilai bukan angka / not a number' },
    ]);
  });

  it('has nothing to list without details', () => {
    expect(importProblems(toProblem(413, { code: 'PAYLOAD_TOO_LARGE', message: 'too large' }))).toEqual([]);
    expect(importProblems(undefined)).toEqual([]);
  });
});
