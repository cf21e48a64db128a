import { Body, Delete, Headers, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { PerspectiveDto } from './define-perspective.dto.js';

@ScorecardWriteController('scorecards/:scorecardId/perspectives/:code', 'scorecards', [ApiCodeParam('PLG')])
export class DefinePerspectiveController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Put(), 'Tetapkan perspektif (nama, urutan, bobot) / define or change a perspective', { failures: [[409, 'The plan is approved (open a revision first)']] })
  define(
    @Param('scorecardId') id: string,
    @CodeParam() code: string,
    @Body() dto: PerspectiveDto,
    @CurrentUser() u: Principal,
    @Headers() h: Record<string, string>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return runScorecardChange(this.commands, u, id, { type: 'define-perspective', perspective: { code, name: dto.name, order: dto.order, weight: dto.weight } }, { code, dto }, h, res);
  }

  @ScorecardWrite(Delete(), 'Hapus perspektif tanpa sasaran / remove a perspective that has no objectives')
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'remove-perspective', code }, { code }, h, res);
  }
}
