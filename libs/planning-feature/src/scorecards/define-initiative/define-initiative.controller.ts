import { Body, Delete, Headers, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { InitiativeDto, initiativeSpecOf } from './define-initiative.dto.js';

@ScorecardWriteController('scorecards/:scorecardId/initiatives/:code', 'scorecards', [ApiCodeParam('PRG-01')])
export class DefineInitiativeController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Put(), 'Tetapkan program / kegiatan / sub kegiatan dengan pagu, pelaksana dan jadwal / define an initiative')
  define(
    @Param('scorecardId') id: string,
    @CodeParam() code: string,
    @Body() dto: InitiativeDto,
    @CurrentUser() u: Principal,
    @Headers() h: Record<string, string>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return runScorecardChange(this.commands, u, id, { type: 'define-initiative', initiative: initiativeSpecOf(code, dto) }, { code, dto }, h, res);
  }

  @ScorecardWrite(Delete(), 'Hapus inisiatif tanpa turunan / remove an initiative without children')
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'remove-initiative', code }, { code }, h, res);
  }
}
