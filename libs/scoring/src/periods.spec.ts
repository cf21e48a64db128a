import fc from 'fast-check';
import { aggregatePeriods, Decimal, periodsOfFrequency, periodTarget, scoreKpi, yearTarget, type KpiPlan } from './index.js';

const Q = periodsOfFrequency('quarterly');
const vals = (o: Record<string, string | null>) => Object.entries(o).map(([period, value]) => ({ period, value }));

describe('sub-period aggregation into the year', () => {
  const values = vals({ Q4: '40', Q1: '10.5', Q2: '30', Q3: null });
  it.each([
    ['sum', '80.5'],
    ['average', '26.83333333333333333333333333333333'],
    ['last', '40'],
    ['min', '10.5'],
    ['max', '40'],
  ] as const)('%s over the periods that have values', (aggregation, value) => {
    expect(aggregatePeriods(aggregation, Q, values)).toEqual({
      aggregation,
      applied: aggregation,
      value,
      reason: null,
      usedPeriods: ['Q1', 'Q2', 'Q4'],
      missingPeriods: ['Q3'],
      invalidPeriods: [],
      unexpectedPeriods: [],
      complete: false,
    });
  });

  it('last is by period order, not by input order; a later entry for the same period wins', () => {
    expect(aggregatePeriods('last', Q, vals({ Q3: '3', Q1: '1' })).value).toBe('3');
    expect(
      aggregatePeriods('sum', Q, [
        { period: 'Q1', value: '1' },
        { period: 'Q1', value: '5' },
      ]).value,
    ).toBe('5');
    expect(
      aggregatePeriods('sum', Q, [
        { period: 'Q1', value: '1' },
        { period: 'Q1', value: null },
      ]).usedPeriods,
    ).toEqual([]);
  });

  it('sums exactly (no float error) and keeps every digit', () => {
    expect(aggregatePeriods('sum', Q, vals({ Q1: '0.1', Q2: '0.2' })).value).toBe('0.3');
    expect(aggregatePeriods('sum', Q, vals({ Q1: '999999999999999.9999999999', Q2: '0.0000000001' })).value).toBe('1000000000000000');
  });

  it('reports nothing reported, values that are not numbers, and periods the KPI is not reported for', () => {
    expect(aggregatePeriods('sum', Q, [])).toMatchObject({ value: null, reason: 'missing_realization', missingPeriods: Q, complete: false });
    expect(aggregatePeriods('sum', Q, vals({ Q1: '1', Q2: 'WTP' }))).toMatchObject({ value: null, reason: 'non_numeric_value', invalidPeriods: ['Q2'] });
    expect(aggregatePeriods('sum', Q, vals({ Q1: '1', M05: '2', Y: '9' }))).toMatchObject({ value: '1', unexpectedPeriods: ['M05', 'Y'] });
    expect(aggregatePeriods('average', Q, vals({ Q1: '1', Q2: '2', Q3: '3', Q4: '4' }))).toMatchObject({ value: '2.5', complete: true });
  });

  it('grades and dates take the last value whatever the planned aggregation', () => {
    expect(aggregatePeriods('sum', ['S1', 'S2'], vals({ S2: 'WDP', S1: 'WTP' }), 'categorical')).toMatchObject({ applied: 'last', value: 'WDP' });
    expect(aggregatePeriods('max', ['Y'], vals({ Y: '2026-05-01' }), 'milestone_date')).toMatchObject({ applied: 'last', value: '2026-05-01' });
  });

  it('property: the order of the values does not matter, and min <= average <= max, last is one of them', () => {
    const value = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n).div(100).toString());
    const entries = fc.uniqueArray(fc.record({ period: fc.constantFrom(...periodsOfFrequency('monthly')), value }), { selector: (e) => e.period, minLength: 1 });
    const withShuffled = entries.chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length })));
    fc.assert(
      fc.property(withShuffled, ([es, shuffled]) => {
        const M = periodsOfFrequency('monthly');
        const r = (a: 'sum' | 'average' | 'last' | 'min' | 'max', list = es) => aggregatePeriods(a, M, list);
        for (const a of ['sum', 'average', 'last', 'min', 'max'] as const) if (r(a).value !== r(a, shuffled).value) return false;
        const [mn, av, mx] = [r('min').value!, r('average').value!, r('max').value!];
        const sumPlain = es.reduce((acc, e) => acc + Math.round(Number(e.value) * 100), 0);
        return new Decimal(mn).lte(av) && new Decimal(av).lte(mx) && new Decimal(r('sum').value!).times(100).toNumber() === sumPlain && es.some((e) => e.value === r('last').value);
      }),
      { numRuns: 200 },
    );
  });
});

describe('targets of sub-periods', () => {
  const base = { valueType: 'number' as const, yearlyTarget: { value: '100' }, periodTargets: [{ period: 'Q2', target: { value: '30' } }] };
  it("a period's own target comes first", () => {
    expect(periodTarget({ ...base, aggregation: 'sum' }, 'Q2', 4)).toEqual({ target: { value: '30' }, source: 'period' });
  });
  it('sum: otherwise the pro-rata share of the yearly target (value, min and max)', () => {
    expect(periodTarget({ ...base, aggregation: 'sum' }, 'Q1', 4)).toEqual({ target: { value: '25' }, source: 'yearly_share' });
    expect(periodTarget({ ...base, aggregation: 'sum' }, 'M01', 12)).toEqual({ target: { value: '8.333333333333333333333333333333333' }, source: 'yearly_share' });
    expect(periodTarget({ aggregation: 'sum', yearlyTarget: { min: '40', max: '60' } }, 'S1', 2)).toEqual({ target: { min: '20', max: '30' }, source: 'yearly_share' });
  });
  it('average, last, min, max, grades and dates: the yearly target itself', () => {
    for (const aggregation of ['average', 'last', 'min', 'max'] as const) expect(periodTarget({ ...base, aggregation }, 'Q1', 4)).toEqual({ target: { value: '100' }, source: 'yearly' });
    expect(periodTarget({ aggregation: 'sum', valueType: 'categorical', yearlyTarget: { value: 'WTP' } }, 'S1', 2)).toEqual({ target: { value: 'WTP' }, source: 'yearly' });
  });
  it('no yearly target and no period target: none; the year falls back to a period Y target', () => {
    expect(periodTarget({ aggregation: 'sum', yearlyTarget: null }, 'Q1', 4)).toEqual({ target: null, source: 'none' });
    expect(yearTarget({ aggregation: 'last', yearlyTarget: null, periodTargets: [{ period: 'Y', target: { value: '7' } }] })).toEqual({ target: { value: '7' }, source: 'period' });
    expect(periodTarget({ aggregation: 'sum', yearlyTarget: { value: '12' } }, 'Y', 1)).toEqual({ target: { value: '12' }, source: 'yearly' });
  });
});

describe('scoreKpi: a KPI for a year', () => {
  const permits: KpiPlan = {
    kpiId: 'sc1.izin',
    polarity: 'higher_is_better',
    valueType: 'number',
    aggregation: 'sum',
    frequency: 'quarterly',
    yearlyTarget: { value: '400' },
    periodTargets: [{ period: 'Q4', target: { value: '150' } }],
    thresholds: { green: '95', yellow: '80' },
    grades: null,
  };
  it('scores each period against its target and the aggregated year against the yearly target', () => {
    const s = scoreKpi(permits, vals({ Q1: '100', Q2: '90', Q4: '160' }));
    expect(s.policy).toEqual({ policyId: 'permendagri-86-2017', version: 1 });
    expect(s.year).toMatchObject({
      value: '350',
      target: { value: '400' },
      targetSource: 'yearly',
      achievement: { measurable: true, percent: '87.5' },
      trafficLight: { color: 'yellow', source: 'kpi' },
      aggregation: { usedPeriods: ['Q1', 'Q2', 'Q4'], missingPeriods: ['Q3'] },
    });
    expect(s.periods.map((p) => [p.period, p.targetSource, p.achievement.measurable ? p.achievement.percent : p.achievement.reason, p.trafficLight.color])).toEqual([
      ['Q1', 'yearly_share', '100', 'green'],
      ['Q2', 'yearly_share', '90', 'yellow'],
      ['Q3', 'yearly_share', 'missing_realization', 'none'],
      ['Q4', 'period', '106.6666666666666666666666666666667', 'green'],
    ]);
  });
  it('a yearly categorical and a milestone KPI', () => {
    const bpk: KpiPlan = {
      kpiId: 'sc1.bpk',
      polarity: 'higher_is_better',
      valueType: 'categorical',
      grades: ['WTP', 'WDP', 'TW', 'TMP'],
      aggregation: 'last',
      frequency: 'yearly',
      yearlyTarget: { value: 'WTP' },
      thresholds: null,
    };
    expect(scoreKpi(bpk, vals({ Y: 'WDP' })).year).toMatchObject({ value: 'WDP', achievement: { percent: '75' }, trafficLight: { color: 'yellow', source: 'policy' } });
    const launch: KpiPlan = { kpiId: 'sc1.app', polarity: 'milestone', valueType: 'milestone_date', aggregation: 'last', frequency: 'yearly', yearlyTarget: { value: '2026-09-30' } };
    expect(scoreKpi(launch, vals({ Y: '2026-10-05' })).year.achievement).toMatchObject({ percent: '95', daysLate: 5 });
    expect(scoreKpi(launch, []).year.achievement).toEqual({ measurable: false, reason: 'missing_realization' });
    expect(scoreKpi({ ...launch, yearlyTarget: null }, []).year.achievement).toEqual({ measurable: false, reason: 'missing_target' });
  });
  it('a non-numeric value makes the year not measurable (and only that period)', () => {
    const s = scoreKpi(permits, vals({ Q1: '100', Q2: 'banyak' }));
    expect(s.year.achievement).toEqual({ measurable: false, reason: 'non_numeric_value' });
    expect(s.periods[0].achievement.measurable).toBe(true);
    expect(s.periods[1].achievement).toEqual({ measurable: false, reason: 'non_numeric_value' });
  });
});
