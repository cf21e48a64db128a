import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { runScorecardChange, ScorecardWritten } from '../change-scorecard.js';
import { ApproveDto, OpenRevisionDto } from './approve-scorecard.dto.js';

/** Draft -> approved (Perjanjian Kinerja, locks the plan) -> revision (with a reason) -> approved again (next version). */
@ApiTags('scorecards')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the scorecard you last read; 412 when it moved' })
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('scorecards/:scorecardId')
export class ApproveScorecardController {
  constructor(private readonly commands: CommandBus) {}

  @Post('approve')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({
    summary: 'Tetapkan sebagai Perjanjian Kinerja / approve the plan (locks it; publishes planning.scorecard-approved)',
    description: 'Refused with 422 while the perspective weights do not sum to 100, or while a KPI has no owner unit (measurement accepts realizations only from the owner unit).',
  })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  @ApiResponse({ status: 409, description: 'Already approved' })
  @ApiResponse({ status: 422, description: 'PERSPECTIVE_WEIGHTS_NOT_100 (says what they sum to), NO_PERSPECTIVES, or KPI_OWNER_REQUIRED (field `kpis.<code>.ownerUnitId`, one detail per KPI without an owner unit)' })
  approve(@Param('scorecardId') id: string, @Body() dto: ApproveDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'approve', signedBy: dto.signedBy }, dto, h, res);
  }

  @Post('revisions')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({ summary: 'Buka revisi Perjanjian Kinerja dengan alasan / open a revision of the approved plan (with a reason)' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  @ApiResponse({ status: 409, description: 'The plan is not approved, or a revision is already open' })
  revise(@Param('scorecardId') id: string, @Body() dto: OpenRevisionDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'open-revision', reason: dto.reason }, dto, h, res);
  }
}
