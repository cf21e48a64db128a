import { Body, Delete, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Write, type WriteCall } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { ObjectiveDto } from './define-objective.dto.js';

@ScorecardWriteController('scorecards/:scorecardId/objectives/:code', 'scorecards', [ApiCodeParam('SS-01')])
export class DefineObjectiveController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Put(), 'Tetapkan sasaran strategis / define or change a strategic objective (optionally contributing to a parent objective)')
  define(@Param('scorecardId') id: string, @CodeParam() code: string, @Body() dto: ObjectiveDto, @Write() call: WriteCall) {
    const objective = { code, perspectiveCode: dto.perspectiveCode, name: dto.name, weight: dto.weight ?? null, contributesTo: dto.contributesTo ?? null };
    return runScorecardChange(this.commands, call, id, { type: 'define-objective', objective }, { code, dto });
  }

  @ScorecardWrite(Delete(), 'Hapus sasaran tanpa IKU dan inisiatif (tautannya ikut terhapus) / remove an unused objective and its links')
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'remove-objective', code }, { code });
  }
}
