import { describe, expect, it } from 'vitest';
import { asOfOf, publishedRows, reportFileName, reportQuery } from './reportsModel';

describe('reports model', () => {
  it('turns the datetime input (local time) into an ISO instant; empty is now; nonsense goes to the API as typed', () => {
    expect(asOfOf('')).toBeUndefined();
    expect(asOfOf('  ')).toBeUndefined();
    expect(asOfOf('2026-07-15T10:30')).toBe(new Date('2026-07-15T10:30').toISOString());
    expect(asOfOf('kemarin')).toBe('kemarin');
  });

  it('names the file by scorecard, instant and format, and asks for asOf only when given', () => {
    expect(reportFileName('dpmptsp-2026', 'pdf', undefined)).toBe('lkjip-dpmptsp-2026.pdf');
    expect(reportFileName('dpmptsp-2026', 'xlsx', '2026-07-15T03:30:00.000Z')).toBe('lkjip-dpmptsp-2026-asof-2026-07-15T033000Z.xlsx');
    expect(reportQuery('html', undefined)).toEqual({ format: 'html' });
    expect(reportQuery('pdf', '2026-07-15T03:30:00.000Z')).toEqual({ format: 'pdf', asOf: '2026-07-15T03:30:00.000Z' });
  });

  it('orders published units by rank, then score (best first, none last), keeping exact scores', () => {
    const units = [
      { unitId: 'a', scorecardId: 'a-2026', score: '90.5', band: null, rank: null },
      { unitId: 'b', scorecardId: 'b-2026', score: null, band: null, rank: null },
      { unitId: 'c', scorecardId: 'c-2026', score: '99.123456789', band: null, rank: null },
      { unitId: 'd', scorecardId: 'd-2026', score: '10', band: null, rank: 1 },
    ];
    expect(publishedRows(units).map((u) => [u.unitId, u.score])).toEqual([
      ['d', '10'],
      ['c', '99.123456789'],
      ['a', '90.5'],
      ['b', null],
    ]);
  });
});
