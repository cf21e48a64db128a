import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { inputsAsOf, scorecardOf, valueForMoneyOf } from '@capaian/evaluation-domain';
import { CurrentUser, type Principal } from '@capaian/platform';
import { AchievementView } from '../../scores/achievement-view.js';
import { ScoreReader, parseAsOf } from '../../scores/score-reader.js';
import { ValueForMoneyResponse, VfmOwnBudgetResponse } from './vfm.response.js';

@ApiTags('value-for-money')
@ApiExtraModels(VfmOwnBudgetResponse)
@ApiBearerAuth()
@Controller('vfm/scorecards/:scorecardId')
export class VfmController {
  constructor(
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Value for money (3E) per initiative, program and unit: economy (absorption, savings), efficiency (output % / absorption %), effectiveness (outcome KPIs); inefficient programs flagged',
  })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiOkResponse({ type: ValueForMoneyResponse })
  async vfm(@CurrentUser() user: Principal, @Param('scorecardId') scorecardId: string, @Query('asOf') asOfRaw?: string) {
    const asOf = parseAsOf(asOfRaw);
    const inputs = asOf ? inputsAsOf(await this.reader.tenantInputs(user.tenant), { asOf }) : this.view.evaluation.inputs;
    const plan = scorecardOf(inputs, user.tenant, scorecardId);
    if (!plan) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'SCORECARD_UNKNOWN', message: `Kartu kinerja ${scorecardId} belum diterima evaluasi / unknown scorecard` });
    const scoringPolicy = await this.reader.policy(user.tenant, plan.year);
    return {
      asOf: asOf?.toISOString() ?? null,
      ...valueForMoneyOf(inputs, inputs.budget, user.tenant, scorecardId, { scoringPolicy, vfmPolicy: await this.reader.vfmPolicy(user.tenant, plan.year) })!,
    };
  }
}
