import { Body, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Write, type WriteCall } from '@capaian/platform';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { LinkDto } from './strategy-map.dto.js';

/** Cause-and-effect links between objectives: the strategy map (a directed acyclic graph). */
@ScorecardWriteController('scorecards/:scorecardId/strategy-map')
export class StrategyMapController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Post('links'), 'Tautkan sebab -> akibat / link a cause objective to an effect objective (422 when it would close a cycle)', {
    failures: [[422, 'STRATEGY_MAP_CYCLE (names the cycle), SELF_LINK or UNKNOWN_OBJECTIVE']],
  })
  link(@Param('scorecardId') id: string, @Body() dto: LinkDto, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'link-objectives', link: { from: dto.from, to: dto.to } }, dto);
  }

  @ScorecardWrite(Post('unlink'), 'Hapus tautan / remove a cause -> effect link')
  unlink(@Param('scorecardId') id: string, @Body() dto: LinkDto, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'unlink-objectives', link: { from: dto.from, to: dto.to } }, dto);
  }
}
