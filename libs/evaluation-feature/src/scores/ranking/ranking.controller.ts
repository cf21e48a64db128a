import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { inputsAsOf, rankUnits } from '@capaian/evaluation-domain';
import { CurrentUser, parseYear, type Principal } from '@capaian/platform';
import { AchievementView } from '../achievement-view.js';
import { POLICY_VERSION_QUERY, ScoreReader, parseAsOf, parseVersion } from '../score-reader.js';
import { rankingWithDisplay } from '../score-display.js';
import { RankingResponse } from './ranking.response.js';

@ApiTags('scores')
@ApiBearerAuth()
@Controller('scores/rankings/:year')
export class RankingController {
  constructor(
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  @Get()
  @ApiOperation({ summary: "Peringkat OPD / the OPDs of your Pemda ranked by score (cascaded by policy), with every unit's score; now or ?asOf" })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery({ name: 'policyVersion', required: false, description: POLICY_VERSION_QUERY })
  @ApiOkResponse({ type: RankingResponse })
  async ranking(@CurrentUser() user: Principal, @Param('year') yearRaw: string, @Query('asOf') asOfRaw?: string, @Query('policyVersion') versionRaw?: string) {
    const year = parseYear(yearRaw);
    const asOf = parseAsOf(asOfRaw);
    const policy = await this.reader.policy(user.tenant, year, parseVersion(versionRaw));
    const inputs = asOf ? inputsAsOf(await this.reader.tenantInputs(user.tenant), { asOf }) : this.view.evaluation.inputs;
    return { year, asOf: asOf?.toISOString() ?? null, ...rankingWithDisplay(rankUnits(inputs, user.tenant, year, policy), policy) };
  }
}
