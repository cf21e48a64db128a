import { Body, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { WriteEndpoint, mapErrors, respondWritten, YEAR_PARAM, Write, type WriteCall, WriteController } from '@capaian/platform';
import { ChangeRealizationCommand, RealizationWrittenResponse, type RealizationChange } from '../change-realization.js';
import { RejectDto, VerifyDto } from './review-realization.dto.js';

/** Verification by evaluators: submitted -> verified, or -> rejected with a reason. */
@WriteController('realizations/:kpiId/:year/:period', { tag: 'verification', etagOf: 'the realization you reviewed' })
export class ReviewRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @WriteEndpoint(Post('verify'), {
    roles: ['evaluator'],
    summary: 'Verifikasi realisasi / verify a submitted realization (evaluators only)',
    type: RealizationWrittenResponse,
    failures: [[409, 'Not in submitted state, or a newer value revision exists']],
  })
  verify(@Param('kpiId') kpiId: string, @Param('year', YEAR_PARAM) year: number, @Param('period') period: string, @Body() dto: VerifyDto, @Write() call: WriteCall) {
    return this.run(call, { type: 'verify', kpiId, year, period, valueRevision: dto.valueRevision, note: dto.note ?? null }, dto);
  }

  @WriteEndpoint(Post('reject'), { roles: ['evaluator'], summary: 'Tolak realisasi dengan alasan / reject a submitted realization with a reason (evaluators only)', type: RealizationWrittenResponse })
  reject(@Param('kpiId') kpiId: string, @Param('year', YEAR_PARAM) year: number, @Param('period') period: string, @Body() dto: RejectDto, @Write() call: WriteCall) {
    return this.run(call, { type: 'reject', kpiId, year, period, valueRevision: dto.valueRevision, reason: dto.reason }, dto);
  }

  private async run(call: WriteCall, change: RealizationChange, dto: object) {
    return respondWritten(call.res, await mapErrors(() => this.commands.execute(new ChangeRealizationCommand(call.user, change, call.request({ change, dto })))));
  }
}
