import { DEFAULT_REPORTING_POLICY, periodDeadline, periodEnd, periodStart, reportingWindow, type ReportingPolicy } from './index.js';

describe('reporting policy and period calendar (Asia/Jakarta, UTC+7)', () => {
  it('Q1 2026 ends at 2026-04-01 00:00 WIB = 2026-03-31T17:00:00Z; the default deadline is 10 days later', () => {
    expect(periodEnd(2026, 'Q1')).toBe('2026-03-31T17:00:00.000Z');
    expect(periodDeadline(2026, 'Q1', DEFAULT_REPORTING_POLICY)).toBe('2026-04-10T17:00:00.000Z');
    expect(DEFAULT_REPORTING_POLICY).toEqual({ policyId: 'reporting-2026.1', deadlineDaysAfterPeriodEnd: 10 });
  });

  it('every period code has its end; the year-end period rolls into the next year', () => {
    expect(periodStart(2026, 'Q1')).toBe('2025-12-31T17:00:00.000Z');
    expect(periodEnd(2026, 'M02')).toBe('2026-02-28T17:00:00.000Z');
    expect(periodEnd(2028, 'M02')).toBe('2028-02-29T17:00:00.000Z');
    expect(periodEnd(2026, 'S1')).toBe('2026-06-30T17:00:00.000Z');
    expect(periodEnd(2026, 'Q4')).toBe('2026-12-31T17:00:00.000Z');
    expect(periodEnd(2026, 'M12')).toBe('2026-12-31T17:00:00.000Z');
    expect(periodEnd(2026, 'Y')).toBe('2026-12-31T17:00:00.000Z');
    expect(periodDeadline(2026, 'Y', DEFAULT_REPORTING_POLICY)).toBe('2027-01-10T17:00:00.000Z');
  });

  it('the deadline follows the policy (data, versioned)', () => {
    const strict: ReportingPolicy = { policyId: 'reporting-2027.1', deadlineDaysAfterPeriodEnd: 0 };
    expect(periodDeadline(2026, 'M01', strict)).toBe('2026-01-31T17:00:00.000Z');
    expect(reportingWindow(2026, 'Q2', { policyId: 'p', deadlineDaysAfterPeriodEnd: 15 })).toEqual({ deadline: '2026-07-15T17:00:00.000Z', reportingPolicyId: 'p' });
  });

  it('an invalid policy is refused', () => {
    expect(() => periodDeadline(2026, 'Q1', { policyId: 'x', deadlineDaysAfterPeriodEnd: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => periodDeadline(2026, 'Q1', { policyId: 'x', deadlineDaysAfterPeriodEnd: 1.5 })).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => periodDeadline(2026, 'Q1', { policyId: '', deadlineDaysAfterPeriodEnd: 1 })).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
  });

  it('a period or year that does not exist is refused, not turned into an invalid date', () => {
    expect(() => reportingWindow(2026, 'Q5', DEFAULT_REPORTING_POLICY)).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD', field: 'period' }));
    expect(() => periodDeadline(26, 'Q1', DEFAULT_REPORTING_POLICY)).toThrow(expect.objectContaining({ code: 'INVALID_YEAR', field: 'year' }));
  });
});
