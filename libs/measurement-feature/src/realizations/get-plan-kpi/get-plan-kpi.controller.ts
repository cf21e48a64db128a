import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';

/** What measurement knows of a KPI (from planning's events). Useful to see whether an event has arrived. */
@ApiTags('plan')
@ApiBearerAuth()
@Controller('plan/kpis')
export class GetPlanKpiController {
  constructor(private readonly plan: PlanView) {}

  @Get(':kpiId')
  @ApiOperation({ summary: 'IKU menurut pengukuran / a KPI as measurement knows it' })
  get(@Param('kpiId') kpiId: string, @CurrentUser() user: Principal) {
    const kpi = this.plan.get(user.tenant, kpiId);
    if (!kpi) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'KPI_UNKNOWN', message: `IKU ${kpiId} belum diterima dari perencanaan / KPI not received from planning yet` });
    return kpi;
  }
}
