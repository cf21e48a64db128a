import { Body, Controller, Headers, HttpCode, Inject, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PERIOD_LOCK_EVENT_SCHEMA_VERSION, periodLockDecider, periodLockStreamId, type PeriodLockCommand } from '@capaian/measurement-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, type Principal, type ServiceInfrastructure, YEAR_PARAM } from '@capaian/platform';
import { appendWithDecider } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';
import { LockPeriodDto, UnlockPeriodDto } from './lock-period.dto.js';
import { PeriodLockedResponse, PeriodUnlockedResponse } from './period-lock.response.js';

/** Evaluators lock a unit's period once its data is checked; after that, changes come only as flagged corrections. */
@ApiTags('verification')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@ApiHeader({ name: 'If-Match', required: false })
@Controller('periods/:unitId/:year/:period')
export class LockPeriodController {
  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly plan: PlanView,
  ) {}

  @Post('lock')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Kunci periode unit / lock a unit\'s period (a lock on Q1 covers M01-M03); later submissions are accepted only as flagged corrections' })
  @ApiOkResponse({ type: PeriodLockedResponse })
  @ApiResponse({ status: 409, description: 'Already locked' })
  lock(@Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Param('period') period: string, @Body() dto: LockPeriodDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, { type: 'lock-period', tenantId: u.tenant, unitId, year, period, note: dto.note ?? null }, dto, h, res);
  }

  @Post('unlock')
  @HttpCode(200)
  @Roles('evaluator')
  @ApiOperation({ summary: 'Buka kunci periode dengan alasan / unlock a period, with a reason' })
  @ApiOkResponse({ type: PeriodUnlockedResponse })
  @ApiResponse({ status: 409, description: 'Not locked' })
  unlock(@Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Param('period') period: string, @Body() dto: UnlockPeriodDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, { type: 'unlock-period', tenantId: u.tenant, unitId, year, period, reason: dto.reason }, dto, h, res);
  }

  private run(user: Principal, command: PeriodLockCommand, body: unknown, headers: Record<string, string | undefined>, res: Response) {
    // A lock only means something for a unit that reports: a typo in the unit id is a 404, not a dangling lock.
    if (!this.plan.state.reportingUnits().some((u) => u.tenantId === user.tenant && u.unitId === command.unitId)) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'UNIT_UNKNOWN', message: `Unit ${command.unitId} tidak memiliki IKU pada rencana yang disetujui / no approved plan gives this unit KPIs to report`, details: [{ field: 'unitId', errors: ['unknown reporting unit'] }] });
    }
    return appendWithDecider({
      store: this.infra.store,
      streamId: periodLockStreamId(user.tenant, command.unitId, command.year, command.period),
      decider: periodLockDecider,
      command,
      schemaVersions: PERIOD_LOCK_EVENT_SCHEMA_VERSION,
      user,
      headers,
      body,
      res,
    });
  }
}
