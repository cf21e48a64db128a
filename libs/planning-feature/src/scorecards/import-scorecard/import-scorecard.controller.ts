import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { scorecardIdOf } from '@capaian/planning-domain';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { runScorecardChange, ScorecardWritten } from '../change-scorecard.js';
import { ScorecardDocumentDto, documentOfDto } from './import-scorecard.dto.js';

@ApiTags('scorecards')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the scorecard you last read; 412 when it moved' })
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('scorecards/import')
export class ImportScorecardController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({
    summary:
      'Impor seluruh kartu kinerja (JSON) / import a whole scorecard as JSON: creates it, or replaces the content of a draft or open revision. All or nothing: any problem -> 422 listing every one, nothing stored',
  })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  @ApiResponse({ status: 422, description: 'PLAN_INVALID with `details` naming item, code and field of each problem' })
  importJson(@Body() dto: ScorecardDocumentDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    const document = documentOfDto(dto);
    const scorecardId = scorecardIdOf(document.unitId, document.year, document.theme);
    return runScorecardChange(this.commands, u, scorecardId, { type: 'import-document', tenantId: u.tenant, document }, dto, h, res);
  }
}
