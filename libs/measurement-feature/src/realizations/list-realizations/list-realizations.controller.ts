import { BadRequestException, Controller, ForbiddenException, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { isPeriodCode, type PeriodCode } from '@capaian/contracts';
import { missingRealizations, reminders, realizationStreamId } from '@capaian/measurement-domain';
import { CurrentUser, parseYear, type Principal, YEAR_PARAM } from '@capaian/platform';
import { Inject } from '@nestjs/common';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';
import { RealizationIndex } from '../index/realization-index.js';
import { RealizationWriter } from '../realization-writer.js';
import { MissingRealizationsResponse, ReminderResponse } from './missing-realizations.response.js';
import { RealizationEntryResponse, RealizationHistoryResponse } from './realization.response.js';

function parsePeriod(raw: string | undefined): PeriodCode | 'all' {
  if (!raw || raw === 'all') return 'all';
  if (!isPeriodCode(raw)) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      code: 'INVALID_PERIOD',
      message: ['period must be Y, S1-S2, Q1-Q4, M01-M12 or all'],
      details: [{ field: 'period', errors: ['must be Y, S1-S2, Q1-Q4, M01-M12 or all'] }],
    });
  }
  return raw;
}
/** A unit operator sees their own unit only; evaluators, planners, admins and viewers see every unit. */
function checkUnitAccess(user: Principal, unitId: string | undefined): void {
  const operatorOnly = user.roles.every((r) => r === 'unit_operator');
  if (operatorOnly && unitId !== user.unit) {
    throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', code: 'OTHER_UNIT', message: 'Operator unit hanya dapat melihat data unitnya sendiri / operators see their own unit only' });
  }
}

@ApiTags('realizations')
@ApiBearerAuth()
@Controller()
export class ListRealizationsController {
  constructor(
    private readonly index: RealizationIndex,
    private readonly plan: PlanView,
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly writer: RealizationWriter,
  ) {}

  @Get('realizations')
  @ApiOperation({ summary: 'Daftar realisasi terkini / current realizations with status (submitted, verified, rejected), late and after-lock flags' })
  @ApiQuery({ name: 'unitId', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'kpiId', required: false })
  @ApiQuery({ name: 'status', required: false, enum: ['submitted', 'verified', 'rejected'] })
  @ApiOkResponse({ type: [RealizationEntryResponse] })
  async list(
    @CurrentUser() user: Principal,
    @Query('unitId') unitId?: string,
    @Query('year') year?: string,
    @Query('kpiId') kpiId?: string,
    @Query('status') status?: string,
  ): Promise<RealizationEntryResponse[]> {
    const unit = unitId ?? (user.roles.every((r) => r === 'unit_operator') ? user.unit : undefined);
    checkUnitAccess(user, unit);
    await this.index.caughtUp();
    return this.index.state.list({ tenantId: user.tenant, unitId: unit, year: year ? parseYear(year) : undefined, kpiId, status });
  }

  @Get('realizations/:kpiId/:year/:period')
  @ApiOperation({ summary: 'Riwayat realisasi satu IKU dan periode / every value, correction and verification, with who, when and why' })
  @ApiOkResponse({ type: RealizationHistoryResponse })
  async history(@CurrentUser() user: Principal, @Param('kpiId') kpiId: string, @Param('year', YEAR_PARAM) year: number, @Param('period') period: string) {
    const events = await this.infra.store.readStream(realizationStreamId(user.tenant, kpiId, year, period));
    if (events.length === 0)
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'REALIZATION_NOT_FOUND', message: `Belum ada realisasi ${kpiId} ${year} ${period} / nothing reported yet` });
    checkUnitAccess(user, (events[0]!.data as { unitId: string }).unitId);
    await this.index.caughtUp();
    return {
      current: this.index.state.get(user.tenant, kpiId, year, period) ?? null,
      history: events.map((e) => ({ revision: e.revision, position: e.position, type: e.type, recordedAt: e.metadata.recordedAt, actor: e.metadata.actor ?? null, data: e.data })),
    };
  }

  @Get('units/:unitId/missing-realizations')
  @ApiOperation({ summary: "IKU yang belum dilaporkan / the unit's KPIs with no realization yet for periods that have ended, with deadlines and overdue flags" })
  @ApiQuery({ name: 'year', required: true })
  @ApiQuery({ name: 'period', required: false, description: 'Y, S1-S2, Q1-Q4, M01-M12 or all (default)' })
  @ApiOkResponse({ type: MissingRealizationsResponse })
  async missing(@CurrentUser() user: Principal, @Param('unitId') unitId: string, @Query('year') yearRaw?: string, @Query('period') periodRaw?: string): Promise<MissingRealizationsResponse> {
    checkUnitAccess(user, unitId);
    const year = parseYear(yearRaw);
    const period = parsePeriod(periodRaw);
    await this.index.caughtUp();
    const recorded = this.index.state.list({ tenantId: user.tenant, unitId, year });
    const now = this.writer.now().toISOString();
    const policy = await this.writer.reportingPolicy(user.tenant, year);
    return {
      unitId,
      year,
      period,
      now,
      reportingPolicyId: policy.policyId,
      missing: missingRealizations(this.plan.state.kpisOf(user.tenant, unitId, year), recorded, unitId, year, period, now, policy),
    };
  }

  @Get('reminders')
  @ApiOperation({ summary: 'Umpan pengingat / reminder feed: what each unit still has to report (due and overdue); the same reminders are published as measurement.reminder-issued events' })
  @ApiQuery({ name: 'unitId', required: false })
  @ApiQuery({ name: 'year', required: true })
  @ApiOkResponse({ type: [ReminderResponse] })
  async reminders(@CurrentUser() user: Principal, @Query('year') yearRaw?: string, @Query('unitId') unitId?: string): Promise<ReminderResponse[]> {
    const year = parseYear(yearRaw);
    const unit = unitId ?? (user.roles.every((r) => r === 'unit_operator') ? user.unit : undefined);
    checkUnitAccess(user, unit);
    await this.index.caughtUp();
    const now = this.writer.now().toISOString();
    const policy = await this.writer.reportingPolicy(user.tenant, year);
    const units = unit
      ? [unit]
      : [
          ...new Set(
            this.plan.state
              .reportingUnits()
              .filter((u) => u.tenantId === user.tenant && u.year === year)
              .map((u) => u.unitId),
          ),
        ].sort();
    return units.flatMap((u) => reminders(this.plan.state.kpisOf(user.tenant, u, year), this.index.state.list({ tenantId: user.tenant, unitId: u, year }), u, year, 'all', now, policy));
  }
}
