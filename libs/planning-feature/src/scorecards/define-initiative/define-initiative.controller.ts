import { Body, Delete, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Write, type WriteCall } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { InitiativeDto, initiativeSpecOf } from './define-initiative.dto.js';

@ScorecardWriteController('scorecards/:scorecardId/initiatives/:code', 'scorecards', [ApiCodeParam('PRG-01')])
export class DefineInitiativeController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Put(), 'Tetapkan program / kegiatan / sub kegiatan dengan pagu, pelaksana dan jadwal / define an initiative')
  define(@Param('scorecardId') id: string, @CodeParam() code: string, @Body() dto: InitiativeDto, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'define-initiative', initiative: initiativeSpecOf(code, dto) }, { code, dto });
  }

  @ScorecardWrite(Delete(), 'Hapus inisiatif tanpa turunan / remove an initiative without children')
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'remove-initiative', code }, { code });
  }
}
