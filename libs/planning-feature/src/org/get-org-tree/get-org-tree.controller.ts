import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { loadStream } from '@capaian/eventstore';
import { orgDecider, orgStreamId, orgTree } from '@capaian/planning-domain';
import { CurrentUser, SERVICE_INFRASTRUCTURE, parseAsOf, type Principal, type ServiceInfrastructure } from '@capaian/platform';
import { OrgTreeResponse, UNIT_HISTORY_SCHEMA } from './org-tree.response.js';

@ApiTags('organization')
@ApiBearerAuth()
@Controller('org')
export class GetOrgTreeController {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  @Get('tree')
  @ApiOperation({ summary: 'Pohon organisasi / the organization tree, now or as it stood at ?asOf' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO-8601 instant: the tree as it was known then' })
  @ApiQuery({ name: 'includeInactive', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ type: OrgTreeResponse })
  async tree(
    @CurrentUser() user: Principal,
    @Query('asOf') asOfRaw: string | undefined,
    @Query('includeInactive') inactive: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrgTreeResponse> {
    const asOf = parseAsOf(asOfRaw);
    const { state, revision } = await loadStream(this.infra.store, orgStreamId(user.tenant), orgDecider, { asOf });
    res.setHeader('ETag', `"${revision}"`);
    return { tenantId: user.tenant, asOf: asOf?.toISOString() ?? null, revision, roots: orgTree(state, inactive === 'true') };
  }

  @Get('units/:unitId/history')
  @ApiOperation({ summary: 'Riwayat unit / every change to a unit, with who, when and why' })
  @ApiOkResponse({ schema: UNIT_HISTORY_SCHEMA })
  @ApiResponse({ status: 404, description: 'UNIT_NOT_FOUND' })
  async unitHistory(@CurrentUser() user: Principal, @Param('unitId') unitId: string) {
    const events = await this.infra.store.readStream(orgStreamId(user.tenant));
    const concerns = (d: Record<string, unknown>) =>
      d['unitId'] === unitId || d['sourceUnitId'] === unitId || d['targetUnitId'] === unitId || (Array.isArray(d['movedChildIds']) && d['movedChildIds'].includes(unitId));
    const mine = events.filter((e) => concerns(e.data as Record<string, unknown>));
    if (mine.length === 0) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'UNIT_NOT_FOUND', message: `Unit ${unitId} tidak ditemukan / unit not found` });
    return mine.map((e) => ({ type: e.type, data: e.data, revision: e.revision, recordedAt: e.metadata.recordedAt, actor: e.metadata.actor ?? null }));
  }
}
