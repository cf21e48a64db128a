import { DomainError } from './decider.js';
import { checkYear } from './input-checks.js';

describe('checkYear', () => {
  it('takes integer plan years 2000-2100', () => {
    expect(checkYear(2000)).toBe(2000);
    expect(checkYear(2100)).toBe(2100);
  });

  it.each([1999, 2101, 2026.5, '2026', null, undefined, Number.NaN])('refuses %p with INVALID_YEAR naming the field', (year) => {
    let caught: unknown;
    try {
      checkYear(year, 'tahun');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ code: 'INVALID_YEAR', field: 'tahun', kind: 'unprocessable', message: 'Tahun harus bilangan bulat 2000-2100 / year must be an integer between 2000 and 2100' });
  });

  it('names `year` by default', () => {
    expect(() => checkYear(1)).toThrow(expect.objectContaining({ field: 'year' }));
  });
});
