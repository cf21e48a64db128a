import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { parseItemId, slug, snapshotOf, type ScorecardEvent, type ScorecardState } from '@capaian/planning-domain';
import { CurrentUser, parseAsOf, type Principal, INT_PARAM } from '@capaian/platform';
import { ScorecardRepository } from '../scorecard-repository.js';
import { LinkDto } from '../strategy-map/strategy-map.dto.js';
import { ApprovedVersionResponse, SCORECARD_HISTORY_SCHEMA } from './scorecard-history.response.js';
import {
  InitiativeResponse,
  KpiReadResponse,
  KpiResponse,
  ObjectiveResponse,
  PerspectiveResponse,
  ScorecardHeaderResponse,
  ScorecardResponse,
  ScorecardSummaryResponse,
} from './scorecard.response.js';

const notFound = (scorecardId: string, asOf?: Date) =>
  new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: 'SCORECARD_NOT_FOUND',
    message: `Kartu kinerja ${scorecardId} tidak ditemukan${asOf ? ` pada ${asOf.toISOString()}` : ''} / scorecard not found`,
  });

function view(state: ScorecardState, revision: number, asOf: Date | undefined): ScorecardResponse {
  return {
    ...snapshotOf(state, state.version),
    scorecardId: state.header!.scorecardId,
    status: state.status,
    revisionReason: state.revisionReason,
    revision,
    asOf: asOf?.toISOString() ?? null,
    approvals: state.approvals,
  };
}

@ApiTags('scorecards')
@ApiBearerAuth()
@ApiExtraModels(ScorecardHeaderResponse, PerspectiveResponse, ObjectiveResponse, KpiResponse, InitiativeResponse, LinkDto)
@Controller()
export class GetScorecardController {
  constructor(private readonly repository: ScorecardRepository) {}

  @Get('scorecards')
  @ApiOperation({ summary: "Daftar kartu kinerja / list the tenant's scorecards (filter by year and unit)" })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'unitId', required: false })
  @ApiOkResponse({ type: [ScorecardSummaryResponse], description: 'By scorecard id' })
  async list(@CurrentUser() user: Principal, @Query('year') year?: string, @Query('unitId') unitId?: string): Promise<ScorecardSummaryResponse[]> {
    const all = await this.repository.all(user.tenant);
    return all
      .filter((s) => (!year || String(s.header!.year) === year) && (!unitId || s.header!.unitId === unitId))
      .map((s) => ({
        scorecardId: s.header!.scorecardId,
        unitId: s.header!.unitId,
        year: s.header!.year,
        theme: s.header!.theme,
        title: s.header!.title,
        status: s.status,
        version: s.version,
        perspectives: s.perspectives.size,
        objectives: s.objectives.size,
        kpis: s.kpis.size,
      }))
      .sort((a, b) => a.scorecardId.localeCompare(b.scorecardId));
  }

  @Get('scorecards/:scorecardId')
  @ApiOperation({ summary: 'Baca kartu kinerja, kini atau pada ?asOf / read a scorecard as it stands, or as it stood at an instant (ETag = revision)' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO-8601 instant: the plan as it was known then' })
  @ApiOkResponse({ type: ScorecardResponse })
  @ApiResponse({ status: 404, description: 'No such scorecard (at that instant)' })
  async get(
    @CurrentUser() user: Principal,
    @Param('scorecardId') scorecardId: string,
    @Query('asOf') asOfRaw: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ScorecardResponse> {
    const asOf = parseAsOf(asOfRaw);
    const { state, revision } = await this.repository.load(user.tenant, scorecardId, asOf);
    if (!state.header) throw notFound(scorecardId, asOf);
    res.setHeader('ETag', `"${revision}"`);
    return view(state, revision, asOf);
  }

  @Get('scorecards/:scorecardId/versions/:version')
  @ApiOperation({ summary: 'Perjanjian Kinerja versi ke-n / the plan exactly as approved in version n' })
  @ApiOkResponse({ type: ApprovedVersionResponse })
  @ApiResponse({ status: 404, description: 'VERSION_NOT_FOUND' })
  async version(@CurrentUser() user: Principal, @Param('scorecardId') scorecardId: string, @Param('version', INT_PARAM) version: number): Promise<ApprovedVersionResponse> {
    const { events } = await this.repository.load(user.tenant, scorecardId);
    const approval = events.find((e) => e.type === 'scorecard-approved' && (e.data as { version: number }).version === version);
    if (!approval) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'VERSION_NOT_FOUND', message: `Versi ${version} dari ${scorecardId} tidak ada / no such approved version` });
    }
    const data = (approval as unknown as { data: Extract<ScorecardEvent, { type: 'scorecard-approved' }>['data'] }).data;
    return { ...data, approvedAt: approval.metadata.recordedAt, approvedBy: approval.metadata.actor ?? null, position: approval.position };
  }

  @Get('scorecards/:scorecardId/history')
  @ApiOperation({ summary: 'Riwayat perubahan / every change to the scorecard: what, who, when (and why, for revisions)' })
  @ApiQuery({ name: 'item', required: false, description: 'Only the changes naming this code or id (e.g. IKU-01)' })
  @ApiOkResponse({ schema: SCORECARD_HISTORY_SCHEMA })
  @ApiResponse({ status: 404, description: 'No such scorecard' })
  async history(@CurrentUser() user: Principal, @Param('scorecardId') scorecardId: string, @Query('item') item?: string) {
    const { events } = await this.repository.load(user.tenant, scorecardId);
    if (events.length === 0) throw notFound(scorecardId);
    const concerns = (e: { type: string; data: unknown }) => {
      if (!item) return true;
      const json = JSON.stringify(e.data);
      return e.type !== 'scorecard-approved' && json.toLowerCase().includes(`"${item.toLowerCase()}"`);
    };
    return events
      .filter((e) => concerns(e))
      .map((e) => ({
        revision: e.revision,
        position: e.position,
        type: e.type,
        recordedAt: e.metadata.recordedAt,
        actor: e.metadata.actor ?? null,
        data: e.type === 'scorecard-approved' ? { version: (e.data as { version: number }).version, reason: (e.data as { reason: string | null }).reason } : e.data,
      }));
  }

  @Get('kpis/:kpiId')
  @ApiOperation({ summary: 'Baca IKU dengan id globalnya / read a KPI by its global id <scorecardId>.<code> (ETag = scorecard revision)' })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiOkResponse({ type: KpiReadResponse })
  @ApiResponse({ status: 404, description: 'KPI_NOT_FOUND' })
  async kpi(@CurrentUser() user: Principal, @Param('kpiId') kpiId: string, @Query('asOf') asOfRaw: string | undefined, @Res({ passthrough: true }) res: Response): Promise<KpiReadResponse> {
    const asOf = parseAsOf(asOfRaw);
    const parsed = parseItemId(kpiId);
    const { state, revision } = parsed ? await this.repository.load(user.tenant, parsed.scorecardId, asOf) : { state: undefined, revision: -1 };
    const kpi = parsed ? state?.kpis.get(parsed.codeSlug) : undefined;
    if (!kpi || !parsed || slug(kpi.code) !== parsed.codeSlug) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'KPI_NOT_FOUND', message: `IKU ${kpiId} tidak ditemukan / KPI not found` });
    }
    res.setHeader('ETag', `"${revision}"`);
    return { kpi, scorecardId: parsed.scorecardId, status: state!.status, version: state!.version, revision };
  }
}
