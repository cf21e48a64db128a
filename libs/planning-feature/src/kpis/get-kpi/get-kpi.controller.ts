import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '@capaian/platform';
import { GetKpiQuery, type KpiView } from './get-kpi.query.js';

@ApiTags('kpis')
@ApiBearerAuth()
@Controller('kpis')
export class GetKpiController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':kpiId')
  @ApiOperation({ summary: 'Baca IKU / read a KPI (ETag = stream revision)' })
  @ApiResponse({ status: 404, description: 'No such KPI in your tenant' })
  async get(@Param('kpiId') kpiId: string, @CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response): Promise<KpiView> {
    const view = await this.queries.execute(new GetKpiQuery(user.tenant, kpiId));
    if (!view) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'KPI_NOT_FOUND', message: `IKU ${kpiId} tidak ditemukan / KPI ${kpiId} not found` });
    res.setHeader('ETag', `"${view.revision}"`);
    return view;
  }
}
