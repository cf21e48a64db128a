import { Body, Controller, Delete, Headers, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange, ScorecardWritten } from '../change-scorecard.js';
import { ObjectiveDto } from './define-objective.dto.js';

@ApiTags('scorecards')
@ApiBearerAuth()
@ApiCodeParam('SS-01')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the scorecard you last read; 412 when it moved' })
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('scorecards/:scorecardId/objectives/:code')
export class DefineObjectiveController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @Roles('planner')
  @ApiOperation({ summary: 'Tetapkan sasaran strategis / define or change a strategic objective (optionally contributing to a parent objective)' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  define(@Param('scorecardId') id: string, @CodeParam() code: string, @Body() dto: ObjectiveDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    const objective = { code, perspectiveCode: dto.perspectiveCode, name: dto.name, weight: dto.weight ?? null, contributesTo: dto.contributesTo ?? null };
    return runScorecardChange(this.commands, u, id, { type: 'define-objective', objective }, { code, dto }, h, res);
  }

  @Delete()
  @Roles('planner')
  @ApiOperation({ summary: 'Hapus sasaran tanpa IKU dan inisiatif (tautannya ikut terhapus) / remove an unused objective and its links' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'remove-objective', code }, { code }, h, res);
  }
}
