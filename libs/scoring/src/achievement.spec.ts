import fc from 'fast-check';
import { achievement, formatPercent, DEFAULT_ACHIEVEMENT_POLICY as P } from './index.js';

describe('achievement', () => {
  it('higher is better: R / T x 100 without float error', () => {
    expect(achievement({ polarity: 'higher_is_better', target: '80', realization: '60' })).toEqual({ measurable: true, percent: '75', capped: false });
    // 0.1 + 0.2 style traps: 0.3 / 0.1 is exactly 300 in decimal, then capped.
    expect(achievement({ polarity: 'higher_is_better', target: '0.1', realization: '0.3' })).toEqual({ measurable: true, percent: '120', capped: true });
    expect(achievement({ polarity: 'higher_is_better', target: '3', realization: '1' }, { ...P, cap: null })).toMatchObject({ percent: '33.' + '3'.repeat(32) });
  });

  it('lower is better: ratio and difference formulas are chosen by policy', () => {
    expect(achievement({ polarity: 'lower_is_better', target: '5', realization: '4' })).toEqual({ measurable: true, percent: '120', capped: true });
    expect(achievement({ polarity: 'lower_is_better', target: '5', realization: '10' })).toMatchObject({ percent: '50' });
    expect(achievement({ polarity: 'lower_is_better', target: '5', realization: '6' }, { ...P, lowerIsBetter: 'difference' })).toMatchObject({ percent: '80' });
    expect(achievement({ polarity: 'lower_is_better', target: '5', realization: '11' }, { ...P, lowerIsBetter: 'difference' })).toEqual({ measurable: true, percent: '0', capped: true });
  });

  it('says "not measurable" instead of dividing by zero or returning a silent 0', () => {
    expect(achievement({ polarity: 'higher_is_better', target: '0', realization: '5' })).toEqual({ measurable: false, reason: 'zero_target' });
    expect(achievement({ polarity: 'higher_is_better', target: null, realization: '5' })).toEqual({ measurable: false, reason: 'missing_target' });
    expect(achievement({ polarity: 'higher_is_better', target: '5', realization: undefined })).toEqual({ measurable: false, reason: 'missing_realization' });
    expect(achievement({ polarity: 'lower_is_better', target: '5', realization: '0' })).toEqual({ measurable: false, reason: 'zero_realization' });
  });

  it('rounds only for display', () => {
    expect(formatPercent('66.666666666')).toBe('66.67');
    expect(formatPercent('100')).toBe('100.00');
  });

  const decimal = fc.integer({ min: 1, max: 10_000_000 }).map((n) => (n / 100).toFixed(2));
  it('property: higher is better never decreases as the realization grows, and respects cap and floor', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (t, a, b) => {
        const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const x = achievement({ polarity: 'higher_is_better', target: t, realization: lo });
        const y = achievement({ polarity: 'higher_is_better', target: t, realization: hi });
        if (!x.measurable || !y.measurable) return false;
        return Number(x.percent) <= Number(y.percent) && Number(y.percent) <= 120 && Number(x.percent) >= 0;
      }),
    );
  });
  it('property: lower is better never increases as the realization grows', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, fc.constantFrom<'ratio' | 'difference'>('ratio', 'difference'), (t, a, b, f) => {
        const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const x = achievement({ polarity: 'lower_is_better', target: t, realization: lo }, { ...P, lowerIsBetter: f });
        const y = achievement({ polarity: 'lower_is_better', target: t, realization: hi }, { ...P, lowerIsBetter: f });
        if (!x.measurable || !y.measurable) return false;
        return Number(x.percent) >= Number(y.percent);
      }),
    );
  });
});
