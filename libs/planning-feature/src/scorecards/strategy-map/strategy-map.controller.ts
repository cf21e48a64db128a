import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { runScorecardChange, ScorecardWritten } from '../change-scorecard.js';
import { LinkDto } from './strategy-map.dto.js';

/** Cause-and-effect links between objectives: the strategy map (a directed acyclic graph). */
@ApiTags('scorecards')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the scorecard you last read; 412 when it moved' })
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('scorecards/:scorecardId/strategy-map')
export class StrategyMapController {
  constructor(private readonly commands: CommandBus) {}

  @Post('links')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({ summary: 'Tautkan sebab -> akibat / link a cause objective to an effect objective (422 when it would close a cycle)' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  @ApiResponse({ status: 422, description: 'STRATEGY_MAP_CYCLE (names the cycle), SELF_LINK or UNKNOWN_OBJECTIVE' })
  link(@Param('scorecardId') id: string, @Body() dto: LinkDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'link-objectives', link: { from: dto.from, to: dto.to } }, dto, h, res);
  }

  @Post('unlink')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({ summary: 'Hapus tautan / remove a cause -> effect link' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  unlink(@Param('scorecardId') id: string, @Body() dto: LinkDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'unlink-objectives', link: { from: dto.from, to: dto.to } }, dto, h, res);
  }
}
