import { Body, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { scorecardIdOf } from '@capaian/planning-domain';
import { CurrentUser, type Principal } from '@capaian/platform';
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
  importJson(@Body() dto: ScorecardDocumentDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    const document = documentOfDto(dto);
    const scorecardId = scorecardIdOf(document.unitId, document.year, document.theme);
    return runScorecardChange(this.commands, u, scorecardId, { type: 'import-document', tenantId: u.tenant, document }, dto, h, res);
  }
}
