import { Body, Delete, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Write, type WriteCall } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { KpiDto, kpiSpecOf } from './define-kpi.dto.js';

@ScorecardWriteController('scorecards/:scorecardId/kpis/:code', 'kpis', [ApiCodeParam('IKU-01')])
export class DefineKpiController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(Put(), 'Tetapkan IKU dengan target, bobot dan ambang warna / define or change a KPI (code unique within the scorecard)', {
    failures: [
      [400, 'Malformed body; `details` names each field'],
      [409, 'The plan is approved and locked'],
      [412, 'If-Match is stale'],
      [422, 'A rule failed (value type, targets, periods, cascading...); `details` lists every problem'],
    ],
  })
  define(@Param('scorecardId') id: string, @CodeParam() code: string, @Body() dto: KpiDto, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'define-kpi', kpi: kpiSpecOf(code, dto) }, { code, dto });
  }

  @ScorecardWrite(Delete(), 'Hapus IKU / remove a KPI from a draft or revision')
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @Write() call: WriteCall) {
    return runScorecardChange(this.commands, call, id, { type: 'remove-kpi', code }, { code });
  }
}
