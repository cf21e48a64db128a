import { Body, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { canonicalHash } from '@capaian/eventstore';
import type { OrgCommand } from '@capaian/planning-domain';
import { CurrentUser, WriteController, WriteEndpoint, correlationIdOrNew, mapErrors, parseIdempotencyKey, parseIfMatch, type Principal } from '@capaian/platform';
import { ChangeOrganizationCommand, OrgWritten } from '../org-command.js';
import { CloseUnitDto, MergeUnitDto, MoveUnitDto, RenameUnitDto } from './reorganize-unit.dto.js';

/** A planner's change of the organization tree, answered with OrgWritten. */
const UnitChange = (route: MethodDecorator, summary: string) => WriteEndpoint(route, { roles: ['planner'], summary, type: OrgWritten });

/** Rename, move, merge and close: each an event; the unit's history stays readable. */
@WriteController('org/units/:unitId', { tag: 'organization', etagOf: 'the organization tree' })
export class ReorganizeUnitController {
  constructor(private readonly commands: CommandBus) {}

  @UnitChange(Post('rename'), 'Ganti nama unit / rename a unit')
  rename(@Param('unitId') unitId: string, @Body() dto: RenameUnitDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, { type: 'rename-unit', unitId, name: dto.name, reason: dto.reason ?? null }, dto, h, res);
  }

  @UnitChange(Post('move'), 'Pindahkan unit / move a unit under another parent')
  move(@Param('unitId') unitId: string, @Body() dto: MoveUnitDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, { type: 'move-unit', unitId, newParentId: dto.newParentId, reason: dto.reason ?? null }, dto, h, res);
  }

  @UnitChange(Post('merge'), 'Gabungkan unit ke unit lain / merge this unit into another of the same kind')
  merge(@Param('unitId') unitId: string, @Body() dto: MergeUnitDto, @CurrentUser() u: Principal, @Headers() h: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    return this.run(u, { type: 'merge-units', sourceUnitId: unitId, targetUnitId: dto.targetUnitId, reason: dto.reason }, dto, h, res);
  }

  @UnitChange(Post('close'), 'Tutup unit / close a unit without active sub-units')
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
