import { DomainError, type Decider } from '@capaian/ddd';
import { DEFAULT_REPORTING_POLICY, checkReportingPolicy, withPolicyDefaults, type ReportingPolicy } from './reporting-policy.js';

/**
 * A tenant's reporting policy for a year (the deadline rule) is versioned data on its own stream:
 * each change is a `reporting-policy-set` event with a reason. Realizations record the policy id
 * they were judged under, so earlier late flags stay explainable. Without any event: the default.
 */
export const REPORTING_POLICY_EVENT_TYPES = { set: 'reporting-policy-set' } as const;
/** v2 added `policy.acceptBeforePeriodEnd`; v1 events read as the default (`withPolicyDefaults`). */
export const REPORTING_POLICY_EVENT_SCHEMA_VERSION: Record<string, number> = { [REPORTING_POLICY_EVENT_TYPES.set]: 2 };

export interface SetReportingPolicy {
  type: 'set-reporting-policy';
  tenantId: string;
  year: number;
  deadlineDaysAfterPeriodEnd: number;
  /** Omitted: the value of the version in force (the default before any). */
  acceptBeforePeriodEnd?: boolean;
  reason: string;
}
export interface ReportingPolicySet {
  type: 'reporting-policy-set';
  data: { tenantId: string; year: number; version: number; policy: ReportingPolicy; reason: string };
}
export interface ReportingPolicyVersions {
  versions: ReportingPolicy[];
}

export const reportingPolicyDecider: Decider<SetReportingPolicy, ReportingPolicySet, ReportingPolicyVersions> = {
  initialState: () => ({ versions: [] }),
  evolve: (state, event) => ({ versions: [...state.versions, withPolicyDefaults(event.data.policy)] }),
  decide(command, state) {
    if (command.reason.trim().length < 5) throw new DomainError('REASON_REQUIRED', 'Alasan perubahan wajib diisi (minimal 5 karakter) / a policy change needs a reason', 'reason');
    const version = state.versions.length + 1;
    const current = state.versions[state.versions.length - 1];
    const acceptBeforePeriodEnd = command.acceptBeforePeriodEnd ?? (current ?? DEFAULT_REPORTING_POLICY).acceptBeforePeriodEnd;
    const policy = checkReportingPolicy({ policyId: `reporting-${command.tenantId}-${command.year}.${version}`, deadlineDaysAfterPeriodEnd: command.deadlineDaysAfterPeriodEnd, acceptBeforePeriodEnd });
    if (current && current.deadlineDaysAfterPeriodEnd === policy.deadlineDaysAfterPeriodEnd && current.acceptBeforePeriodEnd === policy.acceptBeforePeriodEnd) return [];
    return [{ type: 'reporting-policy-set', data: { tenantId: command.tenantId, year: command.year, version, policy, reason: command.reason } }];
  },
};

export function reportingPolicyStreamId(tenantId: string, year: number): string {
  return `reporting-policy-${tenantId}.${year}`;
}

export function reportingPolicyOf(state: ReportingPolicyVersions): ReportingPolicy {
  return state.versions[state.versions.length - 1] ?? DEFAULT_REPORTING_POLICY;
}
