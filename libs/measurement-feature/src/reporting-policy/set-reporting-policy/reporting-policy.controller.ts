import { Body, Controller, Get, Headers, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { fold } from '@capaian/ddd';
import { DEFAULT_REPORTING_POLICY, REPORTING_POLICY_EVENT_SCHEMA_VERSION, reportingPolicyDecider, reportingPolicyOf, reportingPolicyStreamId, type ReportingPolicySet } from '@capaian/measurement-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, appendWithDecider, type Principal, type ServiceInfrastructure, YEAR_PARAM } from '@capaian/platform';
import { ReportingPolicyViewResponse, ReportingPolicyWrittenResponse } from './reporting-policy.response.js';

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

/** The deadline rule of a tenant and year: versioned data; late flags name the policy version they were judged under. */
@ApiTags('realizations')
@ApiBearerAuth()
@Controller('reporting-policies/:year')
export class ReportingPolicyController {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  @Get()
  @ApiOperation({ summary: 'Kebijakan pelaporan / the reporting rule in force for a year (deadline, acceptBeforePeriodEnd), and every version' })
  @ApiOkResponse({ type: ReportingPolicyViewResponse, headers: { ETag: { description: 'Revision of the policy stream (for If-Match)', schema: { type: 'string' } } } })
  async get(@CurrentUser() u: Principal, @Param('year', YEAR_PARAM) year: number, @Res({ passthrough: true }) res: Response) {
    const events = await this.infra.store.readStream(reportingPolicyStreamId(u.tenant, year));
    const state = fold(reportingPolicyDecider, events.map((e) => ({ type: e.type, data: e.data }) as ReportingPolicySet));
    res.setHeader('ETag', `"${events.length - 1}"`);
    return { year, current: reportingPolicyOf(state), versions: state.versions, default: DEFAULT_REPORTING_POLICY };
  }

  @Put()
  @Roles('evaluator', 'planner')
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Tetapkan batas pelaporan / set the deadline rule and whether the running period may be reported before its end (a new version, with a reason); submissions after the change are judged by it' })
  @ApiOkResponse({ type: ReportingPolicyWrittenResponse })
  set(@CurrentUser() u: Principal, @Param('year', YEAR_PARAM) year: number, @Body() dto: SetReportingPolicyDto, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return appendWithDecider({
      store: this.infra.store,
      streamId: reportingPolicyStreamId(u.tenant, year),
      decider: reportingPolicyDecider,
      command: { type: 'set-reporting-policy', tenantId: u.tenant, year, deadlineDaysAfterPeriodEnd: dto.deadlineDaysAfterPeriodEnd, acceptBeforePeriodEnd: dto.acceptBeforePeriodEnd, reason: dto.reason },
      schemaVersions: REPORTING_POLICY_EVENT_SCHEMA_VERSION,
      user: u,
      headers: h,
      body: dto,
      res,
    });
  }
}
