import { Body, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { periodLockStreamId, type PeriodLockCommand } from '@capaian/measurement-domain';
import { WriteEndpoint, YEAR_PARAM, mapErrors, respondWritten, Write, type WriteCall, WriteController } from '@capaian/platform';
import { ChangePeriodLockCommand } from './lock-period.handler.js';
import { LockPeriodDto, UnlockPeriodDto } from './lock-period.dto.js';
import { PeriodLockedResponse, PeriodUnlockedResponse } from './period-lock.response.js';

/** Evaluators lock a unit's period once its data is checked; after that, KPI values change only by flagged corrections (budget realizations are accepted, flagged). */
@WriteController('periods/:unitId/:year/:period', { tag: 'verification', etagOf: 'the period lock' })
export class LockPeriodController {
  constructor(private readonly commands: CommandBus) {}

  @WriteEndpoint(Post('lock'), {
    roles: ['evaluator'],
    summary:
      "Kunci periode unit / lock a unit's period (a lock on Q1 covers M01-M03); then a first KPI realization is 409 PERIOD_LOCKED, corrections and budget realizations are accepted and flagged afterLock",
    type: PeriodLockedResponse,
    failures: [[409, 'Already locked']],
  })
  lock(@Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Param('period') period: string, @Body() dto: LockPeriodDto, @Write() call: WriteCall) {
    return this.run(call, { type: 'lock-period', tenantId: call.user.tenant, unitId, year, period, note: dto.note ?? null }, dto);
  }

  @WriteEndpoint(Post('unlock'), { roles: ['evaluator'], summary: 'Buka kunci periode dengan alasan / unlock a period, with a reason', type: PeriodUnlockedResponse, failures: [[409, 'Not locked']] })
  unlock(@Param('unitId') unitId: string, @Param('year', YEAR_PARAM) year: number, @Param('period') period: string, @Body() dto: UnlockPeriodDto, @Write() call: WriteCall) {
    return this.run(call, { type: 'unlock-period', tenantId: call.user.tenant, unitId, year, period, reason: dto.reason }, dto);
  }

  private async run(call: WriteCall, command: PeriodLockCommand, body: unknown) {
    const request = call.request({ streamId: periodLockStreamId(call.user.tenant, command.unitId, command.year, command.period), body });
    return respondWritten(call.res, await mapErrors(() => this.commands.execute(new ChangePeriodLockCommand(command, request))));
  }
}
