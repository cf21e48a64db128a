import { Body, Delete, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Write, type WriteCall } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { PerspectiveDto } from './define-perspective.dto.js';

@ScorecardWriteController('scorecards/:scorecardId/perspectives/:code', 'scorecards', [ApiCodeParam('PLG')])
export class DefinePerspectiveController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Put(), 'Tetapkan perspektif (nama, urutan, bobot) / define or change a perspective', { failures: [[409, 'The plan is approved (open a revision first)']] })
  define(@Param('scorecardId') id: string, @CodeParam() code: string, @Body() dto: PerspectiveDto, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'define-perspective', perspective: { code, name: dto.name, order: dto.order, weight: dto.weight } }, { code, dto });
  }

  @ScorecardWrite(Delete(), 'Hapus perspektif tanpa sasaran / remove a perspective that has no objectives')
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'remove-perspective', code }, { code });
  }
}
