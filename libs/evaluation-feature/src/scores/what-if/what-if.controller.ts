import { BadRequestException, Body, Controller, HttpCode, Param, Post, UnprocessableEntityException } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PeriodCode } from '@capaian/contracts';
import { problemDetails, problemLine } from '@capaian/ddd';
import { evaluateScorecard, inputsAsOf, scorecardOf } from '@capaian/evaluation-domain';
import { CurrentUser, Roles, type Principal } from '@capaian/platform';
import { displayScore, validatePolicy, type ScoringPolicy } from '@capaian/scoring';
import { AchievementView } from '../achievement-view.js';
import { ScoreReader, parseAsOf, parsePeriod } from '../score-reader.js';
import { scorecardNotFound } from '../score-scorecard/score-scorecard.controller.js';
import { evaluationWithDisplay } from '../score-display.js';
import { WhatIfDto } from './what-if.dto.js';
import { WhatIfResponse } from './what-if.response.js';

@ApiTags('scores')
@ApiBearerAuth()
@Controller('scores/scorecards/:scorecardId/what-if')
export class WhatIfController {
  constructor(
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('evaluator', 'planner', 'viewer')
  @ApiOperation({ summary: 'Simulasi kebijakan / replay the same history under another policy version or an ad-hoc policy, side by side with the real one (nothing is stored)' })
  @ApiOkResponse({ type: WhatIfResponse })
  async whatIf(@CurrentUser() user: Principal, @Param('scorecardId') scorecardId: string, @Body() dto: WhatIfDto) {
    if ((dto.policyVersion === undefined) === (dto.policy === undefined)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'POLICY_CHOICE_REQUIRED',
        message: ['give exactly one of policyVersion or policy'],
        details: [{ field: 'policy', errors: ['give exactly one of policyVersion or policy'] }],
      });
    }
    const period = parsePeriod(dto.period) as PeriodCode;
    const asOf = parseAsOf(dto.asOf);
    const inputs = asOf ? inputsAsOf(await this.reader.tenantInputs(user.tenant), { asOf }) : this.view.evaluation.inputs;
    const plan = scorecardOf(inputs, user.tenant, scorecardId);
    if (!plan) throw scorecardNotFound(scorecardId);
    const actualPolicy = await this.reader.policy(user.tenant, plan.year);
    let other: ScoringPolicy;
    if (dto.policy) {
      const problems = validatePolicy(dto.policy);
      if (problems.length > 0) {
        throw new UnprocessableEntityException({
          statusCode: 422,
          error: 'Unprocessable Entity',
          code: 'INVALID_POLICY',
          message: problems.map(problemLine),
          details: problemDetails(problems, 'policy'),
        });
      }
      other = dto.policy as unknown as ScoringPolicy;
    } else other = await this.reader.policy(user.tenant, plan.year, dto.policyVersion);
    const actual = evaluateScorecard(inputs, user.tenant, scorecardId, actualPolicy, period)!;
    const whatIf = evaluateScorecard(inputs, user.tenant, scorecardId, other, period)!;
    const byKpi = new Map(whatIf.kpis.map((k) => [k.kpiId, k]));
    return {
      scorecardId,
      period,
      asOf: asOf?.toISOString() ?? null,
      positions: actual.positions,
      actual: { policy: actual.policy, score: actual.score.score, scoreDisplay: displayScore(actual.score.score, actualPolicy), band: actual.score.band?.code ?? null },
      whatIf: { policy: whatIf.policy, score: whatIf.score.score, scoreDisplay: displayScore(whatIf.score.score, other), band: whatIf.score.band?.code ?? null },
      kpis: actual.kpis.map((k) => {
        const w = byKpi.get(k.kpiId)!;
        const pct = (a: typeof k.year.achievement) => (a.measurable ? a.percent : null);
        return {
          kpiId: k.kpiId,
          code: k.code,
          actual: pct(k.year.achievement),
          actualDisplay: displayScore(pct(k.year.achievement), actualPolicy),
          whatIf: pct(w.year.achievement),
          whatIfDisplay: displayScore(pct(w.year.achievement), other),
          actualLight: k.year.trafficLight.color,
          whatIfLight: w.year.trafficLight.color,
        };
      }),
      details: { actual: evaluationWithDisplay(actual, actualPolicy), whatIf: evaluationWithDisplay(whatIf, other) },
    };
  }
}
