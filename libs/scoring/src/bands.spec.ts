import fc from 'fast-check';
import { DEFAULT_SCORING_POLICY as D, Decimal, ratingBand, trafficLight } from './index.js';

describe('rating bands (Permendagri 86/2017 default)', () => {
  it.each([
    ['120', 'sangat_tinggi'],
    ['90.0001', 'sangat_tinggi'],
    ['90', 'tinggi'],
    ['76', 'tinggi'],
    ['75.5', 'tinggi'],
    ['75.0000000001', 'tinggi'],
    ['75', 'sedang'],
    ['66', 'sedang'],
    ['65.2', 'sedang'],
    ['65', 'rendah'],
    ['51', 'rendah'],
    ['50.01', 'rendah'],
    ['50', 'sangat_rendah'],
    ['0', 'sangat_rendah'],
    ['-3', 'sangat_rendah'],
  ])('%s -> %s', (score, code) => {
    expect(ratingBand(score)?.code).toBe(code);
  });

  it('labels in Indonesian and English; nothing for a missing score', () => {
    expect(ratingBand('95')).toMatchObject({ code: 'sangat_tinggi', label: { id: 'Sangat Tinggi', en: 'Very high' } });
    expect(ratingBand(null)).toBeNull();
    expect(ratingBand('sembilan')).toBeNull();
  });

  it('property: every score between floor and cap falls in exactly one band, and bands never go down as the score rises', () => {
    const score = fc.integer({ min: 0, max: 1_200_000 }).map((n) => new Decimal(n).div(10_000).toString());
    const index = (s: string) => D.bands.findIndex((b) => b.code === ratingBand(s)?.code);
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const matching = D.bands.filter((band) => {
          const s = new Decimal(lo);
          return (band.min === null || (band.minInclusive ? s.gte(band.min) : s.gt(band.min))) && (band.max === null || (band.maxInclusive ? s.lte(band.max) : s.lt(band.max)));
        });
        return matching.length === 1 && index(lo) >= 0 && index(lo) <= index(hi);
      }),
      { numRuns: 200 },
    );
  });
});

describe('traffic light', () => {
  const m = (percent: string) => ({ measurable: true as const, percent });
  it("uses the KPI's own thresholds (>= green, >= yellow, else red)", () => {
    const t = { green: '90', yellow: '70' };
    expect(trafficLight(m('90'), t)).toEqual({ color: 'green', green: '90', yellow: '70', source: 'kpi' });
    expect(trafficLight(m('89.999'), t).color).toBe('yellow');
    expect(trafficLight(m('70'), t).color).toBe('yellow');
    expect(trafficLight(m('69.9'), t).color).toBe('red');
  });
  it("falls back to the policy's defaults; none when not measurable", () => {
    expect(trafficLight(m('100'), null)).toEqual({ color: 'green', green: '100', yellow: '75', source: 'policy' });
    expect(trafficLight(m('99.99'), undefined).color).toBe('yellow');
    expect(trafficLight(m('74'), { green: 'x', yellow: '1' })).toMatchObject({ color: 'red', source: 'policy' });
    expect(trafficLight({ measurable: false, reason: 'missing_realization' }, null).color).toBe('none');
    expect(trafficLight(m('80'), null, { ...D, trafficLight: { defaultGreen: '80', defaultYellow: '60' } }).color).toBe('green');
  });
});
