import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { versionedDocumentModel } from '@capaian/ddd';
import { reportingPolicyDecider, reportingPolicyDocument, reportingPolicyStreamId } from '@capaian/measurement-domain';
import { documentController, type DocumentScope } from '@capaian/platform';
import { REPORTING_POLICY_RESPONSES } from './reporting-policy.response.js';

export class SetReportingPolicyDto {
  @ApiProperty({ example: 15, description: 'Whole days after the end of a period (WIB) before a submission counts as late' })
  @IsInt()
  @Min(0)
  @Max(366)
  deadlineDaysAfterPeriodEnd!: number;

  @ApiProperty({
    required: false,
    example: false,
    description:
      'Whether a first value for the running period (started, not ended) is accepted before the period ends; false: from the day after it ends. A period that has not started is always refused (422 PERIOD_NOT_STARTED). Omitted: the version in force keeps its value (default true).',
  })
  @IsOptional()
  @IsBoolean()
  acceptBeforePeriodEnd?: boolean;

  @ApiProperty({ example: 'Perbup 7/2026: batas pelaporan 15 hari setelah periode berakhir' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

const yearOf = (scope: DocumentScope): number => scope.year as number;

/** The deadline rule of a tenant and year: a versioned document; late flags name the policy version they were judged under. */
export const ReportingPolicyController = documentController({
  name: 'ReportingPolicyController',
  route: 'reporting-policies/:year',
  yearScoped: true,
  tag: 'realizations',
  model: versionedDocumentModel(reportingPolicyDocument, reportingPolicyDecider),
  streamId: (scope) => reportingPolicyStreamId(scope.tenantId, yearOf(scope)),
  command: (dto: SetReportingPolicyDto, scope) => ({
    type: 'set-reporting-policy' as const,
    tenantId: scope.tenantId,
    year: yearOf(scope),
    deadlineDaysAfterPeriodEnd: dto.deadlineDaysAfterPeriodEnd,
    acceptBeforePeriodEnd: dto.acceptBeforePeriodEnd,
    reason: dto.reason,
  }),
  body: SetReportingPolicyDto,
  roles: ['evaluator', 'planner'],
  responses: REPORTING_POLICY_RESPONSES,
  label: 'kebijakan pelaporan / of the reporting rule',
  summaries: {
    get: 'Kebijakan pelaporan / the reporting rule in force for a year (deadline, acceptBeforePeriodEnd), and every version, the default (version 0) first',
    put: 'Tetapkan batas pelaporan / set the deadline rule and whether the running period may be reported before its end (a new version, with a reason); submissions after the change are judged by it',
    putDescription: 'The service names the version `reporting-<tenant>-<year>.<n>` (n = 1, 2, ...). A rule equal to the latest version writes nothing (`changed: false`).',
  },
});
