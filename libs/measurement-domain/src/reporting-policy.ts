import { DomainError } from '@capaian/ddd';
import { checkYear } from './values.js';
import type { PeriodCode } from '@capaian/contracts';
import { checkPeriod, periodEndMillis } from './period-calendar.js';

/**
 * When a period's realizations are due. Versioned policy data (per tenant and year, chosen by the
 * caller), never a constant inside a decider: the decider only sees the deadline it produced.
 */
export interface ReportingPolicy {
  /** Stable id of this version of the policy, recorded in every realization event it judged. */
  policyId: string;
  /** Whole days after the end of the period (Asia/Jakarta) before a submission counts as late. */
  deadlineDaysAfterPeriodEnd: number;
}

export const DEFAULT_REPORTING_POLICY: ReportingPolicy = Object.freeze({ policyId: 'reporting-2026.1', deadlineDaysAfterPeriodEnd: 10 });

const DAY_MS = 86_400_000;

export function checkReportingPolicy(policy: ReportingPolicy): ReportingPolicy {
  if (typeof policy?.policyId !== 'string' || policy.policyId.trim() === '') {
    throw new DomainError('INVALID_POLICY', 'Kebijakan pelaporan harus memiliki id / the reporting policy needs an id', 'policy.policyId');
  }
  const days = policy.deadlineDaysAfterPeriodEnd;
  if (!Number.isInteger(days) || days < 0 || days > 366) {
    throw new DomainError('INVALID_POLICY', 'Batas hari pelaporan harus bilangan bulat 0-366 / deadlineDaysAfterPeriodEnd must be an integer 0-366', 'policy.deadlineDaysAfterPeriodEnd');
  }
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
 * What a record/correct command needs from the policy: spread it into the command.
 * Takes the period as received; a string that is no period code -> DomainError INVALID_PERIOD (422, field period).
 */
export function reportingWindow(year: number, period: string, policy: ReportingPolicy): { deadline: string; reportingPolicyId: string } {
  return { deadline: periodDeadline(year, checkPeriod(period), policy), reportingPolicyId: policy.policyId };
}
