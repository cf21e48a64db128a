import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '@capaian/platform';
import { AchievementView, type KpiAchievementView } from '../../scores/achievement-view.js';
import { KpiAchievementViewResponse } from './achievement.response.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller('achievements')
export class GetAchievementController {
  constructor(private readonly view: AchievementView) {}

  @Get(':kpiId')
  @ApiOperation({ summary: 'Capaian IKU per periode / a KPI’s achievement per period, with the policy and event position used' })
  @ApiOkResponse({ type: KpiAchievementViewResponse })
  @ApiResponse({ status: 404, description: 'Evaluation has not received this KPI' })
  get(@Param('kpiId') kpiId: string, @CurrentUser() user: Principal): KpiAchievementView {
    const v = this.view.state.view(user.tenant, kpiId);
    if (!v) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'KPI_UNKNOWN', message: `IKU ${kpiId} belum diterima / KPI ${kpiId} not received yet` });
    return v;
  }
}
