import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import type { ReportingPolicy } from '@capaian/measurement-domain';
import { nullableRef } from '@capaian/platform';
import { StreamWrittenResponse } from '../../stream-written.response.js';

export class ReportingPolicyResponse implements ReportingPolicy {
  @ApiProperty({ example: 'reporting-kab-contoh-2026.1', description: 'Id of this version, recorded in every realization it judged' }) policyId!: string;
  @ApiProperty({ example: 10, description: 'Whole days after the end of a period (WIB) before a submission counts as late' }) deadlineDaysAfterPeriodEnd!: number;
  @ApiProperty({ example: true, description: 'Whether a first value for the running period is accepted before the period ends' }) acceptBeforePeriodEnd!: boolean;
}

export class ReportingPolicyViewResponse {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: ReportingPolicyResponse, description: 'The version in force (the default before any is set)' }) current!: ReportingPolicyResponse;
  @ApiProperty({ type: [ReportingPolicyResponse], description: 'Every version set for the year, oldest first' }) versions!: ReportingPolicyResponse[];
  @ApiProperty({ type: ReportingPolicyResponse, description: 'What applies when no version is set' }) default!: ReportingPolicyResponse;
}

export class ReportingPolicySetDataResponse {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ type: ReportingPolicyResponse }) policy!: ReportingPolicyResponse;
  @ApiProperty() reason!: string;
}

@ApiExtraModels(ReportingPolicySetDataResponse)
export class ReportingPolicyWrittenResponse extends StreamWrittenResponse {
  @ApiProperty(nullableRef(ReportingPolicySetDataResponse, { description: 'The new version; null when the rule is unchanged (nothing written)' }))
  data!: ReportingPolicySetDataResponse | null;
}
