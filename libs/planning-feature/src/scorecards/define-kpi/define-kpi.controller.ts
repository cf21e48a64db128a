import { Body, Controller, Delete, Headers, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { ApiCodeParam, CodeParam } from '../code-param.js';
import { runScorecardChange, ScorecardWritten } from '../change-scorecard.js';
import { KpiDto, kpiSpecOf } from './define-kpi.dto.js';

@ApiTags('kpis')
@ApiBearerAuth()
@ApiCodeParam('IKU-01')
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the scorecard you last read; 412 when it moved' })
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('scorecards/:scorecardId/kpis/:code')
export class DefineKpiController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @Roles('planner')
  @ApiOperation({ summary: 'Tetapkan IKU dengan target, bobot dan ambang warna / define or change a KPI (code unique within the scorecard)' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  @ApiResponse({ status: 400, description: 'Malformed body; `details` names each field' })
  @ApiResponse({ status: 409, description: 'The plan is approved and locked' })
  @ApiResponse({ status: 412, description: 'If-Match is stale' })
  @ApiResponse({ status: 422, description: 'A rule failed (value type, targets, periods, cascading...); `details` lists every problem' })
  define(@Param('scorecardId') id: string, @CodeParam() code: string, @Body() dto: KpiDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'define-kpi', kpi: kpiSpecOf(code, dto) }, { code, dto }, h, res);
  }

  @Delete()
  @Roles('planner')
  @ApiOperation({ summary: 'Hapus IKU / remove a KPI from a draft or revision' })
  @ApiResponse({ status: 200, type: ScorecardWritten })
  remove(@Param('scorecardId') id: string, @CodeParam() code: string, @CurrentUser() u: Principal, @Headers() h: Record<string, string>, @Res({ passthrough: true }) res: Response) {
    return runScorecardChange(this.commands, u, id, { type: 'remove-kpi', code }, { code }, h, res);
  }
}
