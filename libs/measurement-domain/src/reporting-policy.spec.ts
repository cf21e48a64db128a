import { deciderSpec } from './fixtures.test-helpers.js';
import {
  DEFAULT_REPORTING_POLICY,
  REPORTING_POLICY_EVENT_SCHEMA_VERSION,
  upcastReportingPolicySet,
  periodDeadline,
  periodEnd,
  periodStart,
  reportableFrom,
  reportingPolicyDecider,
  reportingPolicyOf,
  reportingWindow,
  type ReportingPolicy,
  type ReportingPolicySet,
} from './index.js';

describe('reporting policy and period calendar (Asia/Jakarta, UTC+7)', () => {
  it('Q1 2026 ends at 2026-04-01 00:00 WIB = 2026-03-31T17:00:00Z; the default deadline is 10 days later', () => {
    expect(periodEnd(2026, 'Q1')).toBe('2026-03-31T17:00:00.000Z');
    expect(periodDeadline(2026, 'Q1', DEFAULT_REPORTING_POLICY)).toBe('2026-04-10T17:00:00.000Z');
    expect(DEFAULT_REPORTING_POLICY).toEqual({ policyId: 'reporting-2026.1', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: true });
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
    const strict: ReportingPolicy = { policyId: 'reporting-2027.1', deadlineDaysAfterPeriodEnd: 0, acceptBeforePeriodEnd: false };
    expect(periodDeadline(2026, 'M01', strict)).toBe('2026-01-31T17:00:00.000Z');
    expect(reportingWindow(2026, 'Q2', { policyId: 'p', deadlineDaysAfterPeriodEnd: 15, acceptBeforePeriodEnd: true })).toEqual({
      deadline: '2026-07-15T17:00:00.000Z',
      reportingPolicyId: 'p',
      reportableFrom: '2026-03-31T17:00:00.000Z',
    });
    expect(reportingWindow(2026, 'Q2', { policyId: 'p', deadlineDaysAfterPeriodEnd: 15, acceptBeforePeriodEnd: false })).toMatchObject({ reportableFrom: '2026-06-30T17:00:00.000Z' });
  });

  it('a period is reportable from its start (00:00 WIB), or from its end when the policy refuses the running period', () => {
    expect(reportableFrom(2027, 'Q3', DEFAULT_REPORTING_POLICY)).toBe('2027-06-30T17:00:00.000Z');
    expect(reportableFrom(2027, 'Q3', { ...DEFAULT_REPORTING_POLICY, acceptBeforePeriodEnd: false })).toBe('2027-09-30T17:00:00.000Z');
    expect(reportableFrom(2026, 'Y', { ...DEFAULT_REPORTING_POLICY, acceptBeforePeriodEnd: false })).toBe('2026-12-31T17:00:00.000Z');
  });

  it('an invalid policy is refused', () => {
    const ok = { acceptBeforePeriodEnd: true };
    expect(() => periodDeadline(2026, 'Q1', { policyId: 'x', deadlineDaysAfterPeriodEnd: -1, ...ok })).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => periodDeadline(2026, 'Q1', { policyId: 'x', deadlineDaysAfterPeriodEnd: 1.5, ...ok })).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => periodDeadline(2026, 'Q1', { policyId: '', deadlineDaysAfterPeriodEnd: 1, ...ok })).toThrow(expect.objectContaining({ code: 'INVALID_POLICY' }));
    expect(() => reportableFrom(2026, 'Q1', { policyId: 'x', deadlineDaysAfterPeriodEnd: 1, acceptBeforePeriodEnd: 'yes' as unknown as boolean })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY', field: 'policy.acceptBeforePeriodEnd' }),
    );
  });

  it('a period or year that does not exist is refused, not turned into an invalid date', () => {
    expect(() => reportingWindow(2026, 'Q5', DEFAULT_REPORTING_POLICY)).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD', field: 'period' }));
    expect(() => periodDeadline(26, 'Q1', DEFAULT_REPORTING_POLICY)).toThrow(expect.objectContaining({ code: 'INVALID_YEAR', field: 'year' }));
  });
});

describe('reporting policy versions (per tenant and year)', () => {
  const { errorOf, eventsOf } = deciderSpec(reportingPolicyDecider);
  const set = (days: number, reason = 'Perbup pelaporan 2026') => ({ type: 'set-reporting-policy' as const, tenantId: 'kab', year: 2026, deadlineDaysAfterPeriodEnd: days, reason });
  it('numbers versions and names the policy; the default applies before any; an unchanged rule records nothing', () => {
    const [v1] = eventsOf([], set(15));
    expect(v1).toEqual({
      type: 'reporting-policy-set',
      data: { tenantId: 'kab', year: 2026, version: 1, policy: { policyId: 'reporting-kab-2026.1', deadlineDaysAfterPeriodEnd: 15, acceptBeforePeriodEnd: true }, reason: 'Perbup pelaporan 2026' },
    });
    expect(reportingPolicyOf(reportingPolicyDecider.evolve(reportingPolicyDecider.initialState(), v1!))).toEqual({
      policyId: 'reporting-kab-2026.1',
      deadlineDaysAfterPeriodEnd: 15,
      acceptBeforePeriodEnd: true,
    });
    expect(reportingPolicyOf(reportingPolicyDecider.initialState())).toBe(DEFAULT_REPORTING_POLICY);
    expect(eventsOf([v1!], set(15, 'sama lagi'))).toEqual([]);
  });
  it('acceptBeforePeriodEnd: given a version, when a change sets it, then a new version; omitted, the version in force keeps it', () => {
    expect(REPORTING_POLICY_EVENT_SCHEMA_VERSION['reporting-policy-set']).toBe(2);
    const [v1] = eventsOf([], { ...set(15), acceptBeforePeriodEnd: false });
    expect(v1!.data.policy).toEqual({ policyId: 'reporting-kab-2026.1', deadlineDaysAfterPeriodEnd: 15, acceptBeforePeriodEnd: false });
    expect(eventsOf([v1!], set(15, 'tanpa perubahan'))).toEqual([]);
    const [v2] = eventsOf([v1!], { ...set(15, 'Perbup perubahan'), acceptBeforePeriodEnd: true });
    expect(v2!.data).toMatchObject({ version: 2, policy: { policyId: 'reporting-kab-2026.2', acceptBeforePeriodEnd: true } });
    expect(errorOf([], { ...set(15), acceptBeforePeriodEnd: 'no' as unknown as boolean })).toMatchObject({ code: 'INVALID_POLICY', field: 'policy.acceptBeforePeriodEnd' });
  });

  it('a v1 version stored without acceptBeforePeriodEnd, upcast, reads as the default (true)', () => {
    const v1 = {
      tenantId: 'kab',
      year: 2026,
      version: 1,
      policy: { policyId: 'reporting-kab-2026.1', deadlineDaysAfterPeriodEnd: 15 },
      reason: 'Perbup lama',
    } as unknown as ReportingPolicySet['data'];
    const stored: ReportingPolicySet = { type: 'reporting-policy-set', data: upcastReportingPolicySet(v1) };
    const state = reportingPolicyDecider.evolve(reportingPolicyDecider.initialState(), stored);
    expect(reportingPolicyOf(state)).toEqual({ policyId: 'reporting-kab-2026.1', deadlineDaysAfterPeriodEnd: 15, acceptBeforePeriodEnd: true });
    expect(eventsOf([stored], set(15, 'sama lagi'))).toEqual([]);
    expect(eventsOf([stored], { ...set(15, 'Perbup baru'), acceptBeforePeriodEnd: false })[0]!.data.version).toBe(2);
  });

  it('refuses a bad number of days and a missing reason', () => {
    expect(errorOf([], set(-1))).toMatchObject({ code: 'INVALID_POLICY', field: 'policy.deadlineDaysAfterPeriodEnd' });
    expect(errorOf([], set(10, ''))).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
  });
});
