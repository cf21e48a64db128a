import { ApiProperty } from '@nestjs/swagger';
import type { ReportingPolicy } from '@capaian/measurement-domain';
import { documentResponses } from '@capaian/platform';

export class ReportingPolicyResponse implements ReportingPolicy {
  @ApiProperty({ example: 'reporting-kab-contoh-2026.1', description: 'Id of this version, recorded in every realization it judged' }) policyId!: string;
  @ApiProperty({ example: 10, description: 'Whole days after the end of a period (WIB) before a submission counts as late' }) deadlineDaysAfterPeriodEnd!: number;
  @ApiProperty({ example: true, description: 'Whether a first value for the running period is accepted before the period ends' }) acceptBeforePeriodEnd!: boolean;
}

/** The answers of the reporting policy (the schema names are the ones clients compile against). */
export const REPORTING_POLICY_RESPONSES = documentResponses({
  document: ReportingPolicyResponse,
  key: 'policy',
  yearScoped: true,
  names: { view: 'ReportingPolicyViewResponse', written: 'ReportingPolicyWrittenResponse', setData: 'ReportingPolicySetDataResponse', version: 'ReportingPolicyVersionResponse' },
});
