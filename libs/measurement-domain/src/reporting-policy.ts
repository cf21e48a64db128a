import { DomainError } from '@capaian/ddd';
import { checkYear } from './values.js';
import type { PeriodCode } from '@capaian/contracts';
import { JAKARTA_UTC_OFFSET_HOURS, checkPeriod, periodEndMillis, periodStartMillis } from './period-calendar.js';

/**
 * When a period's realizations are due. Versioned policy data (per tenant and year, chosen by the
 * caller), never a constant inside a decider: the decider only sees the deadline it produced.
 */
export interface ReportingPolicy {
  /** Stable id of this version of the policy, recorded in every realization event it judged. */
  policyId: string;
  /** Whole days after the end of the period (Asia/Jakarta) before a submission counts as late. */
  deadlineDaysAfterPeriodEnd: number;
  /**
   * Whether a first value for the running period (started, not ended) is accepted before the period
   * ends. A period that has not started is always refused. Policy versions stored without this
   * field are upcast to the default (true, see `upcastReportingPolicySet`).
   */
  acceptBeforePeriodEnd: boolean;
}

export const DEFAULT_ACCEPT_BEFORE_PERIOD_END = true;

export const DEFAULT_REPORTING_POLICY: ReportingPolicy = Object.freeze({ policyId: 'reporting-2026.1', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: DEFAULT_ACCEPT_BEFORE_PERIOD_END });

/** A policy as stored by any version (older versions lack `acceptBeforePeriodEnd`) read as the current shape. */
export function withPolicyDefaults(policy: Omit<ReportingPolicy, 'acceptBeforePeriodEnd'> & { acceptBeforePeriodEnd?: boolean }): ReportingPolicy {
  return { ...policy, acceptBeforePeriodEnd: policy.acceptBeforePeriodEnd ?? DEFAULT_ACCEPT_BEFORE_PERIOD_END };
}

const DAY_MS = 86_400_000;

/** Problems with a reporting policy (empty = valid), each naming its field inside the policy. */
export function reportingPolicyProblems(policy: ReportingPolicy): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (typeof policy?.policyId !== 'string' || policy.policyId.trim() === '') {
    problems.push({ field: 'policyId', message: 'Kebijakan pelaporan harus memiliki id / the reporting policy needs an id' });
  }
  const days = policy?.deadlineDaysAfterPeriodEnd;
  if (!Number.isInteger(days) || days < 0 || days > 366) {
    problems.push({ field: 'deadlineDaysAfterPeriodEnd', message: 'Batas hari pelaporan harus bilangan bulat 0-366 / deadlineDaysAfterPeriodEnd must be an integer 0-366' });
  }
  if (typeof policy?.acceptBeforePeriodEnd !== 'boolean') {
    problems.push({ field: 'acceptBeforePeriodEnd', message: 'acceptBeforePeriodEnd harus true atau false / acceptBeforePeriodEnd must be true or false' });
  }
  return problems;
}

/** The policy when valid; else DomainError INVALID_POLICY naming the first bad field (`policy.<field>`). */
export function checkReportingPolicy(policy: ReportingPolicy): ReportingPolicy {
  const [problem] = reportingPolicyProblems(policy);
  if (problem) throw new DomainError('INVALID_POLICY', problem.message, `policy.${problem.field}`);
  return policy;
}

export function periodDeadlineMillis(year: number, period: PeriodCode, policy: ReportingPolicy): number {
  return periodEndMillis(checkYear(year), checkPeriod(period)) + checkReportingPolicy(policy).deadlineDaysAfterPeriodEnd * DAY_MS;
}

/**
 * Deadline of a period: its end in Asia/Jakarta plus the policy's days, as an ISO instant (UTC).
 * periodDeadline(2026, 'Q1', DEFAULT_REPORTING_POLICY) = '2026-04-10T17:00:00.000Z' (= 11 April 00:00 WIB).
 */
export function periodDeadline(year: number, period: PeriodCode, policy: ReportingPolicy): string {
  return new Date(periodDeadlineMillis(year, period, policy)).toISOString();
}

/**
 * The first instant a first value for the period is accepted: its start when the policy accepts the
 * running period, else its end (both Asia/Jakarta midnight, as ISO instants in UTC).
 * reportableFrom(2027, 'Q3', DEFAULT_REPORTING_POLICY) = '2027-06-30T17:00:00.000Z' (= 1 July 2027 00:00 WIB).
 */
export function reportableFrom(year: number, period: PeriodCode, policy: ReportingPolicy): string {
  const y = checkYear(year);
  const p = checkPeriod(period);
  return new Date(checkReportingPolicy(policy).acceptBeforePeriodEnd ? periodStartMillis(y, p) : periodEndMillis(y, p)).toISOString();
}

/** The calendar date in Asia/Jakarta (YYYY-MM-DD) of an epoch-milliseconds instant. */
export function jakartaDate(millis: number): string {
  return new Date(millis + JAKARTA_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

/**
 * What a record/correct command needs from the policy: spread it into the command.
 * Takes the period as received; a string that is no period code -> DomainError INVALID_PERIOD (422, field period).
 */
export function reportingWindow(year: number, period: string, policy: ReportingPolicy): { deadline: string; reportingPolicyId: string; reportableFrom: string } {
  const p = checkPeriod(period);
  return { deadline: periodDeadline(year, p, policy), reportingPolicyId: policy.policyId, reportableFrom: reportableFrom(year, p, policy) };
}
