import { Body, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrgCommand } from '@capaian/planning-domain';
import { WriteController, WriteEndpoint, mapErrors, respondWritten, Write, type WriteCall } from '@capaian/platform';
import { ChangeOrganizationCommand, OrgWritten } from '../org-command.js';
import { CloseUnitDto, MergeUnitDto, MoveUnitDto, RenameUnitDto } from './reorganize-unit.dto.js';

/** A planner's change of the organization tree, answered with OrgWritten. */
const UnitChange = (route: MethodDecorator, summary: string) => WriteEndpoint(route, { roles: ['planner'], summary, type: OrgWritten });

/** Rename, move, merge and close: each an event; the unit's history stays readable. */
@WriteController('org/units/:unitId', { tag: 'organization', etagOf: 'the organization tree' })
export class ReorganizeUnitController {
  constructor(private readonly commands: CommandBus) {}

  @UnitChange(Post('rename'), 'Ganti nama unit / rename a unit')
  rename(@Param('unitId') unitId: string, @Body() dto: RenameUnitDto, @Write() call: WriteCall) {
    return this.run(call, { type: 'rename-unit', unitId, name: dto.name, reason: dto.reason ?? null }, dto);
  }

  @UnitChange(Post('move'), 'Pindahkan unit / move a unit under another parent')
  move(@Param('unitId') unitId: string, @Body() dto: MoveUnitDto, @Write() call: WriteCall) {
    return this.run(call, { type: 'move-unit', unitId, newParentId: dto.newParentId, reason: dto.reason ?? null }, dto);
  }

  @UnitChange(Post('merge'), 'Gabungkan unit ke unit lain / merge this unit into another of the same kind')
  merge(@Param('unitId') unitId: string, @Body() dto: MergeUnitDto, @Write() call: WriteCall) {
    return this.run(call, { type: 'merge-units', sourceUnitId: unitId, targetUnitId: dto.targetUnitId, reason: dto.reason }, dto);
  }

  @UnitChange(Post('close'), 'Tutup unit / close a unit without active sub-units')
  close(@Param('unitId') unitId: string, @Body() dto: CloseUnitDto, @Write() call: WriteCall) {
    return this.run(call, { type: 'close-unit', unitId, reason: dto.reason }, dto);
  }

  private async run(call: WriteCall, change: OrgCommand, dto: object): Promise<OrgWritten> {
    const command = new ChangeOrganizationCommand(change, call.request({ change, dto }));
    return respondWritten(call.res, await mapErrors(() => this.commands.execute(command)));
  }
}
