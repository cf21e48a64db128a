import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';
import { PlanKpiResponse } from './plan-kpi.response.js';

/** What measurement knows of a KPI (from planning's events). Useful to see whether an event has arrived. */
@ApiTags('plan')
@ApiBearerAuth()
@Controller('plan/kpis')
export class GetPlanKpiController {
  constructor(private readonly plan: PlanView) {}

  @Get(':kpiId')
  @ApiOperation({ summary: 'IKU menurut pengukuran / a KPI as measurement knows it' })
  @ApiOkResponse({ type: PlanKpiResponse })
  @ApiNotFoundResponse({ description: 'KPI_UNKNOWN: no approved plan received yet has this KPI' })
  get(@Param('kpiId') kpiId: string, @CurrentUser() user: Principal): PlanKpiResponse {
    const kpi = this.plan.get(user.tenant, kpiId);
    if (!kpi) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'KPI_UNKNOWN', message: `IKU ${kpiId} belum diterima dari perencanaan / KPI not received from planning yet` });
    return kpi;
  }
}
