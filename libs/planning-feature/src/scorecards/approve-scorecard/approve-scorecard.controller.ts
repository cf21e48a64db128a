import { Body, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Write, type WriteCall } from '@capaian/platform';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { ApproveDto, OpenRevisionDto } from './approve-scorecard.dto.js';

/** Draft -> approved (Perjanjian Kinerja, locks the plan) -> revision (with a reason) -> approved again (next version). */
@ScorecardWriteController('scorecards/:scorecardId')
export class ApproveScorecardController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Post('approve'), 'Tetapkan sebagai Perjanjian Kinerja / approve the plan (locks it; publishes planning.scorecard-approved)', {
    description: 'Refused with 422 while the perspective weights do not sum to 100, or while a KPI has no owner unit (measurement accepts realizations only from the owner unit).',
    failures: [
      [409, 'Already approved'],
      [422, 'PERSPECTIVE_WEIGHTS_NOT_100 (says what they sum to), NO_PERSPECTIVES, or KPI_OWNER_REQUIRED (field `kpis.<code>.ownerUnitId`, one detail per KPI without an owner unit)'],
    ],
  })
  approve(@Param('scorecardId') id: string, @Body() dto: ApproveDto, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'approve', signedBy: dto.signedBy }, dto);
  }

  @ScorecardWrite(Post('revisions'), 'Buka revisi Perjanjian Kinerja dengan alasan / open a revision of the approved plan (with a reason)', {
    failures: [[409, 'The plan is not approved, or a revision is already open']],
  })
  revise(@Param('scorecardId') id: string, @Body() dto: OpenRevisionDto, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'open-revision', reason: dto.reason }, dto);
  }
}
