import { ISO_DATE_PATTERN, ISO_INSTANT_PATTERN, instantMillisOf, isIsoDate, isIsoInstant } from './dates.js';

describe('dates', () => {
  it('isIsoDate takes real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
    expect(ISO_DATE_PATTERN.test('2026-02-30')).toBe(true);
  });

  it('instants need an explicit offset', () => {
    expect(instantMillisOf('2026-03-31T17:00:00Z')).toBe(Date.UTC(2026, 2, 31, 17));
    expect(instantMillisOf('2026-04-01T00:00:00.000+07:00')).toBe(Date.UTC(2026, 2, 31, 17));
    expect(instantMillisOf('2026-04-01T00:00:00')).toBeNull();
    expect(instantMillisOf('2026-04-01')).toBeNull();
    expect(instantMillisOf('2026-13-01T00:00:00Z')).toBeNull();
    expect(instantMillisOf(0)).toBeNull();
    expect(isIsoInstant('2026-04-01T00:00:00+07:00')).toBe(true);
    expect(isIsoInstant('2026-04-01 00:00:00Z')).toBe(false);
    expect(ISO_INSTANT_PATTERN.test('2026-04-01T00:00Z')).toBe(false);
  });
});
