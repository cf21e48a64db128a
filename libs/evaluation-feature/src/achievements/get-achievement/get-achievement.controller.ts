import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { evaluateKpi, planOfKpi } from '@capaian/evaluation-domain';
import { CurrentUser, type Principal } from '@capaian/platform';
import { AchievementView } from '../../scores/achievement-view.js';
import { POLICY_VERSION_QUERY, ScoreReader, parseVersion } from '../../scores/score-reader.js';
import { KpiAchievementViewResponse } from './achievement.response.js';
import { kpiAchievementView, type KpiAchievementView } from './kpi-achievement.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller('achievements')
export class GetAchievementController {
  constructor(
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  @Get(':kpiId')
  @ApiOperation({
    summary: 'Capaian IKU per periode / a KPI’s achievement per period, with the policy and event position used',
    description:
      'Computed as GET /scores/scorecards/{scorecardId} computes the KPI, under the policy in force for the scorecard’s year (or ?policyVersion): ' +
      'each period’s achievement equals the KPI’s achievement in /scores for that period (`Y`: the year’s aggregated figure), against that period’s target.',
  })
  @ApiQuery({ name: 'policyVersion', required: false, description: POLICY_VERSION_QUERY })
  @ApiOkResponse({ type: KpiAchievementViewResponse })
  @ApiResponse({ status: 404, description: 'Evaluation has not received this KPI’s plan (or no such policy version)' })
  async get(@Param('kpiId') kpiId: string, @CurrentUser() user: Principal, @Query('policyVersion') versionRaw?: string): Promise<KpiAchievementView> {
    const version = parseVersion(versionRaw);
    const inputs = this.view.evaluation.inputs;
    const found = planOfKpi(inputs, user.tenant, kpiId);
    if (!found) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'KPI_UNKNOWN', message: `IKU ${kpiId} belum diterima / KPI ${kpiId} not received yet` });
    const policy = await this.reader.policy(user.tenant, found.plan.year, version);
    // Read after the await: the figures and the position come from one state of the live view.
    const evaluation = evaluateKpi(this.view.evaluation.inputs, user.tenant, kpiId, policy)!;
    return kpiAchievementView(evaluation, policy);
  }
}
