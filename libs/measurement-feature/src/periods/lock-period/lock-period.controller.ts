import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { periodLockStreamId, type PeriodLockCommand } from '@capaian/measurement-domain';
import { ApiIdempotencyKey, CurrentUser, WriteEndpoint, YEAR_PARAM, mapErrors, respondWritten, writeRequestOf, type Principal } from '@capaian/platform';
import { ChangePeriodLockCommand } from './lock-period.handler.js';
import { LockPeriodDto, UnlockPeriodDto } from './lock-period.dto.js';
import { PeriodLockedResponse, PeriodUnlockedResponse } from './period-lock.response.js';

/** Evaluators lock a unit's period once its data is checked; after that, KPI values change only by flagged corrections (budget realizations are accepted, flagged). */
@ApiTags('verification')
@ApiBearerAuth()
@ApiIdempotencyKey()
@ApiHeader({ name: 'If-Match', required: false })
@Controller('periods/:unitId/:year/:period')
export class LockPeriodController {
  constructor(private readonly commands: CommandBus) {}

  @WriteEndpoint(Post('lock'), {
    roles: ['evaluator'],
    summary:
      "Kunci periode unit / lock a unit's period (a lock on Q1 covers M01-M03); then a first KPI realization is 409 PERIOD_LOCKED, corrections and budget realizations are accepted and flagged afterLock",
    type: PeriodLockedResponse,
    failures: [[409, 'Already locked']],
  })
  lock(
    @Param('unitId') unitId: string,
    @Param('year', YEAR_PARAM) year: number,
    @Param('period') period: string,
    @Body() dto: LockPeriodDto,
    @CurrentUser() u: Principal,
    @Headers() h: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(u, { type: 'lock-period', tenantId: u.tenant, unitId, year, period, note: dto.note ?? null }, dto, h, res);
  }

  @WriteEndpoint(Post('unlock'), { roles: ['evaluator'], summary: 'Buka kunci periode dengan alasan / unlock a period, with a reason', type: PeriodUnlockedResponse, failures: [[409, 'Not locked']] })
  unlock(
    @Param('unitId') unitId: string,
    @Param('year', YEAR_PARAM) year: number,
    @Param('period') period: string,
    @Body() dto: UnlockPeriodDto,
    @CurrentUser() u: Principal,
    @Headers() h: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(u, { type: 'unlock-period', tenantId: u.tenant, unitId, year, period, reason: dto.reason }, dto, h, res);
  }

  private async run(user: Principal, command: PeriodLockCommand, body: unknown, headers: Record<string, string | undefined>, res: Response) {
    const request = writeRequestOf(user, headers, { streamId: periodLockStreamId(user.tenant, command.unitId, command.year, command.period), body });
    return respondWritten(res, await mapErrors(() => this.commands.execute(new ChangePeriodLockCommand(command, request))));
  }
}
