import { BadRequestException, Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { performanceTree } from '@capaian/planning-domain';
import { CurrentUser, parseAsOf, type Principal } from '@capaian/platform';
import { ScorecardRepository } from '../scorecard-repository.js';
import { PerformanceTreeResponse } from './performance-tree.response.js';

@ApiTags('scorecards')
@ApiBearerAuth()
@Controller('org/units/:unitId/performance-tree')
export class PerformanceTreeController {
  constructor(private readonly repository: ScorecardRepository) {}

  @Get()
  @ApiOperation({
    summary:
      'Pohon kinerja unit / the performance tree of a unit and its sub-units for a year, with alignment gaps (orphan objectives, objectives without a result KPI, KPIs without target, owner or data source)',
  })
  @ApiQuery({ name: 'year', required: true, example: 2026 })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiOkResponse({ type: PerformanceTreeResponse })
  @ApiResponse({ status: 400, description: 'INVALID_YEAR' })
  @ApiResponse({ status: 404, description: 'UNIT_NOT_FOUND' })
  async tree(
    @CurrentUser() user: Principal,
    @Param('unitId') unitId: string,
    @Query('year') yearRaw: string | undefined,
    @Query('asOf') asOfRaw: string | undefined,
  ): Promise<PerformanceTreeResponse> {
    const year = Number(yearRaw);
    if (!yearRaw || !/^\d{4}$/.test(yearRaw) || year < 2000 || year > 2100) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'INVALID_YEAR',
        message: ['year must be a year such as 2026'],
        details: [{ field: 'year', errors: ['must be a year between 2000 and 2100'] }],
      });
    }
    const asOf = parseAsOf(asOfRaw);
    const [org, scorecards] = await Promise.all([this.repository.org(user.tenant, asOf), this.repository.all(user.tenant, asOf)]);
    const tree = performanceTree(org.state.units, scorecards, unitId, year);
    if (!tree) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'UNIT_NOT_FOUND', message: `Unit ${unitId} tidak ditemukan / unit not found` });
    return { unitId, asOf: asOf?.toISOString() ?? null, ...tree };
  }
}
