import { Body, Delete, Headers, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { ObjectiveDto } from './define-objective.dto.js';

@ScorecardWriteController('scorecards/:scorecardId/objectives/:code', 'scorecards', [ApiCodeParam('SS-01')])
export class DefineObjectiveController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Put(), 'Tetapkan sasaran strategis / define or change a strategic objective (optionally contributing to a parent objective)')
  define(
    @Param('scorecardId') id: string,
    @CodeParam() code: string,
    @Body() dto: ObjectiveDto,
    @CurrentUser() u: Principal,
    @Headers() h: Record<string, string>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const objective = { code, perspectiveCode: dto.perspectiveCode, name: dto.name, weight: dto.weight ?? null, contributesTo: dto.contributesTo ?? null };
    return runScorecardChange(this.commands, u, id, { type: 'define-objective', objective }, { code, dto }, h, res);
  }

  @ScorecardWrite(Delete(), 'Hapus sasaran tanpa IKU dan inisiatif (tautannya ikut terhapus) / remove an unused objective and its links')
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'remove-objective', code }, { code }, h, res);
  }
}
