import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { evaluateScorecard, inputsAsOf, scorecardOf } from '@capaian/evaluation-domain';
import { CurrentUser, type Principal } from '@capaian/platform';
import { AchievementView } from '../achievement-view.js';
import { POLICY_VERSION_QUERY, ScoreReader, parseAsOf, parsePeriod, parseVersion } from '../score-reader.js';
import { evaluationWithDisplay } from '../score-display.js';
import { SCORE_EXTRA_MODELS } from '../score.responses.js';
import { ScorecardScoreAnswerResponse } from './scorecard-score.response.js';

export const scorecardNotFound = (scorecardId: string) =>
  new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: 'SCORECARD_UNKNOWN',
    message: `Kartu kinerja ${scorecardId} belum diterima evaluasi (belum ditetapkan?) / evaluation has no approved plan ${scorecardId}`,
  });

@ApiTags('scores')
@ApiExtraModels(...SCORE_EXTRA_MODELS)
@ApiBearerAuth()
@Controller('scores/scorecards/:scorecardId')
export class ScoreScorecardController {
  constructor(
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Nilai kartu kinerja / the score of a scorecard (KPIs -> objectives -> perspectives -> scorecard, with band and traffic lights), now or as known at ?asOf, under the policy in force or ?policyVersion. Names the policy and the event positions it was computed from',
  })
  @ApiQuery({ name: 'period', required: false, description: 'Y (default) or a sub-period: S1, Q2, M03...' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO instant: what was known then' })
  @ApiQuery({ name: 'policyVersion', required: false, description: POLICY_VERSION_QUERY })
  @ApiOkResponse({ type: ScorecardScoreAnswerResponse })
  async score(
    @CurrentUser() user: Principal,
    @Param('scorecardId') scorecardId: string,
    @Query('period') periodRaw?: string,
    @Query('asOf') asOfRaw?: string,
    @Query('policyVersion') versionRaw?: string,
  ) {
    const period = parsePeriod(periodRaw);
    const asOf = parseAsOf(asOfRaw);
    const version = parseVersion(versionRaw);
    const inputs = asOf ? inputsAsOf(await this.reader.tenantInputs(user.tenant), { asOf }) : this.view.evaluation.inputs;
    const plan = scorecardOf(inputs, user.tenant, scorecardId);
    if (!plan) throw scorecardNotFound(scorecardId);
    const policy = await this.reader.policy(user.tenant, plan.year, version);
    return { asOf: asOf?.toISOString() ?? null, ...evaluationWithDisplay(evaluateScorecard(inputs, user.tenant, scorecardId, policy, period)!, policy) };
  }
}
