import { AGGREGATIONS, FREQUENCIES, INITIATIVE_LEVELS, KPI_LEVELS, NUMERIC_VALUE_TYPES, PLAN_YEAR_MESSAGE, POLARITIES, VALUE_TYPES, isNumericValueType, isPlanYear } from './vocabulary.js';

describe('vocabulary', () => {
  it('names the enums of the plan', () => {
    expect(POLARITIES).toEqual(['higher_is_better', 'lower_is_better', 'range', 'milestone']);
    expect(VALUE_TYPES).toEqual(['number', 'percent', 'money', 'duration', 'categorical', 'milestone_date']);
    expect(AGGREGATIONS).toEqual(['sum', 'average', 'last', 'min', 'max']);
    expect(FREQUENCIES).toEqual(['monthly', 'quarterly', 'semester', 'yearly']);
    expect(KPI_LEVELS).toEqual(['result', 'process']);
    expect(INITIATIVE_LEVELS).toEqual(['program', 'kegiatan', 'sub_kegiatan']);
  });

  it('numeric value types are the decimal ones, and frozen', () => {
    expect(NUMERIC_VALUE_TYPES).toEqual(['number', 'percent', 'money', 'duration']);
    expect(Object.isFrozen(NUMERIC_VALUE_TYPES)).toBe(true);
    expect(isNumericValueType('money')).toBe(true);
    expect(isNumericValueType('categorical')).toBe(false);
    expect(isNumericValueType('milestone_date')).toBe(false);
  });

  it('plan years are integers 2000-2100', () => {
    expect(isPlanYear(2000)).toBe(true);
    expect(isPlanYear(2100)).toBe(true);
    expect(isPlanYear(1999)).toBe(false);
    expect(isPlanYear(2101)).toBe(false);
    expect(isPlanYear(2026.5)).toBe(false);
    expect(isPlanYear('2026')).toBe(false);
    expect(PLAN_YEAR_MESSAGE).toBe('Tahun harus bilangan bulat 2000-2100 / year must be an integer between 2000 and 2100');
  });
});
