import { Body, Controller, Delete, Headers, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange, ScorecardWritten } from '../change-scorecard.js';
import { InitiativeDto, initiativeSpecOf } from './define-initiative.dto.js';

@ApiTags('scorecards')
@ApiBearerAuth()
@ApiCodeParam('PRG-01')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the scorecard you last read; 412 when it moved' })
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('scorecards/:scorecardId/initiatives/:code')
export class DefineInitiativeController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @Roles('planner')
  @ApiOperation({ summary: 'Tetapkan program / kegiatan / sub kegiatan dengan pagu, pelaksana dan jadwal / define an initiative' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  define(@Param('scorecardId') id: string, @CodeParam() code: string, @Body() dto: InitiativeDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'define-initiative', initiative: initiativeSpecOf(code, dto) }, { code, dto }, h, res);
  }

  @Delete()
  @Roles('planner')
  @ApiOperation({ summary: 'Hapus inisiatif tanpa turunan / remove an initiative without children' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'remove-initiative', code }, { code }, h, res);
  }
}
