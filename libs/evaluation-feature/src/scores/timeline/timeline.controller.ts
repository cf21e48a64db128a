import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { scorecardOf, scorecardTimeline } from '@capaian/evaluation-domain';
import { CurrentUser, type Principal } from '@capaian/platform';
import { policyRef } from '@capaian/scoring';
import { AchievementView } from '../achievement-view.js';
import { POLICY_VERSION_QUERY, ScoreReader, parsePeriod, parseVersion } from '../score-reader.js';
import { scorecardNotFound } from '../score-scorecard/score-scorecard.controller.js';
import { timelinePointWithDisplay } from '../score-display.js';
import { ScoreTimelineResponse } from './timeline.response.js';

@ApiTags('scores')
@ApiBearerAuth()
@Controller('scores/scorecards/:scorecardId/timeline')
export class TimelineController {
  constructor(
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Riwayat nilai / how the score changed as realizations, corrections, verifications and plan revisions arrived (one point per event, with its position)' })
  @ApiQuery({ name: 'period', required: false })
  @ApiQuery({ name: 'policyVersion', required: false, description: POLICY_VERSION_QUERY })
  @ApiOkResponse({ type: ScoreTimelineResponse })
  async timeline(@CurrentUser() user: Principal, @Param('scorecardId') scorecardId: string, @Query('period') periodRaw?: string, @Query('policyVersion') versionRaw?: string) {
    const period = parsePeriod(periodRaw);
    const version = parseVersion(versionRaw);
    const plan = scorecardOf(this.view.evaluation.inputs, user.tenant, scorecardId);
    if (!plan) throw scorecardNotFound(scorecardId);
    const policy = await this.reader.policy(user.tenant, plan.year, version);
    const events = await this.reader.tenantInputs(user.tenant);
    const points = scorecardTimeline(events, user.tenant, scorecardId, policy, period);
    return {
      scorecardId,
      period,
      policy: policyRef(policy),
      positions: { from: points[0]?.position ?? null, to: points[points.length - 1]?.position ?? null },
      points: points.map((p) => timelinePointWithDisplay(p, policy)),
    };
  }
}
