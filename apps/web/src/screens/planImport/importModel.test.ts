import { describe, expect, it } from 'vitest';
import { importInvalid } from '../../fixtures';
import { toProblem } from '../../api/errors';
import { planReport, writtenSummary } from './importModel';

describe('planReport', () => {
  it('orders the problems as the workbook does (sheet order, then row), counts them per sheet and keeps row-less ones', () => {
    const problem = importInvalid([
      { field: 'Polaritas', errors: ['Polaritas tidak dikenal / unknown polarity'], code: 'INVALID_ENUM', sheet: 'IKU', row: 4, column: 'Polaritas' },
      { field: 'Bobot', errors: ['Bobot bukan angka / not a number'], code: 'INVALID_DECIMAL', sheet: 'IKU', row: 2, column: 'Bobot' },
      { field: 'Perspektif', errors: ['Perspektif P9 tidak ada / unknown perspective'], code: 'UNKNOWN_PERSPECTIVE', sheet: 'Sasaran', row: 3, column: 'Perspektif' },
      { field: 'Peta Strategi', errors: ['Siklus / cycle'], code: 'CYCLE', sheet: 'Peta Strategi', row: null, column: null },
    ]);
    const report = planReport(problem);
    expect(report.rows.map((r) => [r.sheet, r.row, r.column, r.code])).toEqual([
      ['Sasaran', 3, 'Perspektif', 'UNKNOWN_PERSPECTIVE'],
      ['Peta Strategi', null, null, 'CYCLE'],
      ['IKU', 2, 'Bobot', 'INVALID_DECIMAL'],
      ['IKU', 4, 'Polaritas', 'INVALID_ENUM'],
    ]);
    expect(report.rows[0]!.message).toBe('Perspektif P9 tidak ada / unknown perspective');
    expect(report.general).toBe(1);
    expect(report.bySheet).toEqual([
      { sheet: 'Sasaran', count: 1 },
      { sheet: 'Peta Strategi', count: 1 },
      { sheet: 'IKU', count: 2 },
    ]);
  });

  it('is empty without a problem or without details', () => {
    expect(planReport(undefined)).toEqual({ rows: [], general: 0, bySheet: [] });
    expect(planReport(toProblem(413, { code: 'PAYLOAD_TOO_LARGE', message: 'too large' })).rows).toEqual([]);
  });
});

describe('writtenSummary', () => {
  it('counts what an import recorded by kind, in a fixed order', () => {
    const s = writtenSummary([
      'scorecard-created',
      'scorecard-kpi-defined',
      'perspective-defined',
      'perspective-defined',
      'objective-defined',
      'objectives-linked',
      'scorecard-kpi-defined',
      'scorecard-kpi-removed',
      'something-new',
    ]);
    expect(s).toEqual({
      created: true,
      counts: [
        { kind: 'perspectives', count: 2 },
        { kind: 'objectives', count: 1 },
        { kind: 'links', count: 1 },
        { kind: 'kpis', count: 2 },
        { kind: 'removed', count: 1 },
      ],
      other: 1,
    });
    expect(writtenSummary([])).toEqual({ created: false, counts: [], other: 0 });
  });
});
