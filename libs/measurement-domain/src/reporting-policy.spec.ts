import { DeciderSpecification } from '@capaian/ddd';
import { DEFAULT_REPORTING_POLICY, periodDeadline, periodEnd, periodStart, reportingPolicyDecider, reportingPolicyOf, reportingWindow, type ReportingPolicy } from './index.js';

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

describe('reporting policy versions (per tenant and year)', () => {
  const spec = DeciderSpecification.for(reportingPolicyDecider);
  const set = (days: number, reason = 'Perbup pelaporan 2026') => ({ type: 'set-reporting-policy' as const, tenantId: 'kab', year: 2026, deadlineDaysAfterPeriodEnd: days, reason });
  it('numbers versions and names the policy; the default applies before any; an unchanged rule records nothing', () => {
    const [v1] = spec.given([]).when(set(15)).events();
    expect(v1).toEqual({ type: 'reporting-policy-set', data: { tenantId: 'kab', year: 2026, version: 1, policy: { policyId: 'reporting-kab-2026.1', deadlineDaysAfterPeriodEnd: 15 }, reason: 'Perbup pelaporan 2026' } });
    expect(reportingPolicyOf(reportingPolicyDecider.evolve(reportingPolicyDecider.initialState(), v1!))).toEqual({ policyId: 'reporting-kab-2026.1', deadlineDaysAfterPeriodEnd: 15 });
    expect(reportingPolicyOf(reportingPolicyDecider.initialState())).toBe(DEFAULT_REPORTING_POLICY);
    expect(spec.given([v1!]).when(set(15, 'sama lagi')).events()).toEqual([]);
  });
  it('refuses a bad number of days and a missing reason', () => {
    expect(spec.given([]).when(set(-1)).error()).toMatchObject({ code: 'INVALID_POLICY', field: 'policy.deadlineDaysAfterPeriodEnd' });
    expect(spec.given([]).when(set(10, '')).error()).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
  });
});
