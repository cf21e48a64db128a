import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { scorecardIdOf } from '@capaian/planning-domain';
import { Write, type WriteCall } from '@capaian/platform';
import { runScorecardChange } from '../change-scorecard.js';
import { ScorecardWrite, ScorecardWriteController } from '../scorecard-write.js';
import { ScorecardDocumentDto, documentOfDto } from './import-scorecard.dto.js';

@ScorecardWriteController('scorecards/import')
export class ImportScorecardController {
  constructor(private readonly commands: CommandBus) {}

  @ScorecardWrite(
    Post(),
    'Impor seluruh kartu kinerja (JSON) / import a whole scorecard as JSON: creates it, or replaces the content of a draft or open revision. All or nothing: any problem -> 422 listing every one, nothing stored',
    { failures: [[422, 'PLAN_INVALID with `details` naming item, code and field of each problem']] },
  )
  importJson(@Body() dto: ScorecardDocumentDto, @Write() call: WriteCall) {
    const document = documentOfDto(dto);
    const scorecardId = scorecardIdOf(document.unitId, document.year, document.theme);
    return runScorecardChange(this.commands, call, scorecardId, { type: 'import-document', tenantId: call.user.tenant, document }, dto);
  }
}
