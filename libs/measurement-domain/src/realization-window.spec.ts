import { type DomainError } from '@capaian/ddd';
import { DEFAULT_REPORTING_POLICY, reportingWindow } from './reporting-policy.js';
import { record } from './fixtures.test-helpers.js';
import { correct, errorOf, eventsOf, recorded } from './realization-fixtures.test-helpers.js';

describe('realization: periods that have not started or not ended', () => {
  const strict = { policyId: 'reporting-kab-contoh-2026.2', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: false };
  const at = (now: string, period: string, policy = DEFAULT_REPORTING_POLICY) => ({ ...record, period, now, ...reportingWindow(2026, period, policy) });

  it('given nothing, when a unit records for a period that has not started, then 422 PERIOD_NOT_STARTED on period with the first date (WIB)', () => {
    const err = errorOf([], at('2026-06-15T03:00:00Z', 'Q3'));
    expect(err).toMatchObject({ code: 'PERIOD_NOT_STARTED', field: 'period', kind: 'unprocessable' });
    expect(err.message).toContain('2026-07-01');
    expect((err as DomainError).details).toEqual([{ field: 'period', errors: [err.message], reportableFrom: '2026-06-30T17:00:00.000Z', reportableFromDate: '2026-07-01' }]);
    // The year of the plan is checked first: a value for a later plan year is YEAR_NOT_PLANNED.
    expect(errorOf([], { ...at('2026-12-02T03:00:00Z', 'Q3'), year: 2027 })).toMatchObject({ code: 'YEAR_NOT_PLANNED' });
  });

  it('the first instant of the period (00:00 WIB) is accepted; one millisecond earlier is refused', () => {
    expect(eventsOf([], at('2026-06-30T17:00:00.000Z', 'Q3'))[0]!.data).toMatchObject({ period: 'Q3', late: false });
    expect(errorOf([], at('2026-06-30T16:59:59.999Z', 'Q3'))).toMatchObject({ code: 'PERIOD_NOT_STARTED' });
    expect(eventsOf([], at('2026-07-01T06:59:59+07:00', 'Q3'))).toHaveLength(1);
  });

  it('the running period: accepted under the default policy; refused (422 PERIOD_NOT_ENDED, first date = the day after it ends) when the policy says so', () => {
    expect(DEFAULT_REPORTING_POLICY.acceptBeforePeriodEnd).toBe(true);
    expect(eventsOf([], at('2026-08-15T03:00:00Z', 'Q3'))[0]!.data).toMatchObject({ period: 'Q3', late: false, reportingPolicyId: 'reporting-2026.1' });
    const err = errorOf([], at('2026-08-15T03:00:00Z', 'Q3', strict));
    expect(err).toMatchObject({
      code: 'PERIOD_NOT_ENDED',
      field: 'period',
      kind: 'unprocessable',
      details: [expect.objectContaining({ field: 'period', reportableFrom: '2026-09-30T17:00:00.000Z', reportableFromDate: '2026-10-01' })],
    });
    expect(err.message).toContain('2026-10-01');
    expect(eventsOf([], at('2026-09-30T17:00:00.000Z', 'Q3', strict))).toHaveLength(1);
    // Not started under a strict policy: still PERIOD_NOT_STARTED, the first date being after its end.
    expect(errorOf([], at('2026-05-01T00:00:00Z', 'Q3', strict))).toMatchObject({ code: 'PERIOD_NOT_STARTED', details: [expect.objectContaining({ reportableFromDate: '2026-10-01' })] });
  });

  it('reportableFrom must be an ISO instant for a record', () => {
    expect(errorOf([], { ...record, reportableFrom: 'tomorrow' })).toMatchObject({ code: 'INVALID_INSTANT', field: 'reportableFrom' });
  });

  it('given a value, a correction is not limited by the period (unaffected by reportableFrom)', () => {
    expect(eventsOf([recorded], { ...correct, reportableFrom: '2027-01-01T00:00:00Z' })[0]!.data).toMatchObject({ valueRevision: 2 });
  });
});
