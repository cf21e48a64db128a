import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { canonicalHash } from '@capaian/eventstore';
import type { OrgCommand } from '@capaian/planning-domain';
import { CurrentUser, Roles, correlationIdOrNew, mapErrors, parseIdempotencyKey, parseIfMatch, type Principal } from '@capaian/platform';
import { ChangeOrganizationCommand, OrgWritten } from '../org-command.js';
import { CloseUnitDto, MergeUnitDto, MoveUnitDto, RenameUnitDto } from './reorganize-unit.dto.js';

/** Rename, move, merge and close: each an event; the unit's history stays readable. */
@ApiTags('organization')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the organization tree you last read; 412 when it moved' })
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('org/units/:unitId')
export class ReorganizeUnitController {
  constructor(private readonly commands: CommandBus) {}

  @Post('rename')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({ summary: 'Ganti nama unit / rename a unit' })
  @ApiOkResponse({ type: OrgWritten })
  rename(@Param('unitId') unitId: string, @Body() dto: RenameUnitDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, { type: 'rename-unit', unitId, name: dto.name, reason: dto.reason ?? null }, dto, h, res);
  }

  @Post('move')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({ summary: 'Pindahkan unit / move a unit under another parent' })
  @ApiOkResponse({ type: OrgWritten })
  move(@Param('unitId') unitId: string, @Body() dto: MoveUnitDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, { type: 'move-unit', unitId, newParentId: dto.newParentId, reason: dto.reason ?? null }, dto, h, res);
  }

  @Post('merge')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({ summary: 'Gabungkan unit ke unit lain / merge this unit into another of the same kind' })
  @ApiOkResponse({ type: OrgWritten })
  merge(@Param('unitId') unitId: string, @Body() dto: MergeUnitDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, { type: 'merge-units', sourceUnitId: unitId, targetUnitId: dto.targetUnitId, reason: dto.reason }, dto, h, res);
  }

  @Post('close')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({ summary: 'Tutup unit / close a unit without active sub-units' })
  @ApiOkResponse({ type: OrgWritten })
  close(@Param('unitId') unitId: string, @Body() dto: CloseUnitDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, { type: 'close-unit', unitId, reason: dto.reason }, dto, h, res);
  }

  private async run(user: Principal, change: OrgCommand, dto: object, headers: Record<string, string | undefined>, res: Response): Promise<OrgWritten> {
    const command = new ChangeOrganizationCommand(
      user.tenant,
      change,
      user.sub,
      correlationIdOrNew(),
      parseIdempotencyKey(headers['idempotency-key']),
      canonicalHash({ change, dto }),
      parseIfMatch(headers['if-match']),
    );
    const result = await mapErrors(() => this.commands.execute(command));
    res.setHeader('ETag', `"${result.revision}"`);
    return result;
  }
}
