import { Body, Controller, Delete, Headers, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange, ScorecardWritten } from '../change-scorecard.js';
import { PerspectiveDto } from './define-perspective.dto.js';

@ApiTags('scorecards')
@ApiBearerAuth()
@ApiCodeParam('PLG')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the scorecard you last read; 412 when it moved' })
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('scorecards/:scorecardId/perspectives/:code')
export class DefinePerspectiveController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @Roles('planner')
  @ApiOperation({ summary: 'Tetapkan perspektif (nama, urutan, bobot) / define or change a perspective' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  @ApiResponse({ status: 409, description: 'The plan is approved (open a revision first)' })
  define(@Param('scorecardId') id: string, @CodeParam() code: string, @Body() dto: PerspectiveDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'define-perspective', perspective: { code, name: dto.name, order: dto.order, weight: dto.weight } }, { code, dto }, h, res);
  }

  @Delete()
  @Roles('planner')
  @ApiOperation({ summary: 'Hapus perspektif tanpa sasaran / remove a perspective that has no objectives' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'remove-perspective', code }, { code }, h, res);
  }
}
