import { PERIOD_CODES, isPeriodCode, periodsOf } from './periods.js';
import { FREQUENCIES } from './vocabulary.js';

describe('periods', () => {
  it('each frequency has its sub-periods, in order, all period codes', () => {
    expect(periodsOf('yearly')).toEqual(['Y']);
    expect(periodsOf('semester')).toEqual(['S1', 'S2']);
    expect(periodsOf('quarterly')).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(periodsOf('monthly')).toEqual(['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12']);
    const all = FREQUENCIES.flatMap((f) => periodsOf(f));
    expect([...all].sort()).toEqual([...PERIOD_CODES].sort());
  });

  it('periodsOf answers a fresh array', () => {
    const a = periodsOf('quarterly');
    a.pop();
    expect(periodsOf('quarterly')).toHaveLength(4);
  });

  it('isPeriodCode', () => {
    expect(isPeriodCode('M12')).toBe(true);
    expect(isPeriodCode('M13')).toBe(false);
    expect(isPeriodCode('q1')).toBe(false);
    expect(isPeriodCode('constructor')).toBe(false);
  });
});
