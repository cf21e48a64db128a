import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { WriteEndpoint, mapErrors, respondWritten, Write, type WriteCall, WriteController } from '@capaian/platform';
import { ChangeOrganizationCommand } from '../org-command.js';
import { RegisterUnitDto } from './register-unit.dto.js';
import { UnitRegisteredResponse } from './unit-registered.response.js';

@WriteController('org/units', { tag: 'organization', etagOf: 'the organization tree' })
export class RegisterUnitController {
  constructor(private readonly commands: CommandBus) {}

  @WriteEndpoint(Post(), {
    roles: ['planner'],
    summary: 'Daftarkan unit organisasi / register an organization unit (Pemda, OPD, bidang, seksi, ASN position)',
    status: 201,
    type: UnitRegisteredResponse,
    failures: [
      [404, 'Parent unit not found'],
      [409, 'Unit id taken, or the tenant already has its Pemda root'],
      [412, 'The tree changed since your If-Match ETag'],
      [422, 'Parent of a kind this unit cannot sit under'],
    ],
  })
  async register(@Body() dto: RegisterUnitDto, @Write() call: WriteCall): Promise<UnitRegisteredResponse> {
    const change = { type: 'register-unit', unitId: dto.unitId, name: dto.name, kind: dto.kind, parentId: dto.parentId ?? null } as const;
    const written = respondWritten(call.res, await mapErrors(() => this.commands.execute(new ChangeOrganizationCommand(change, call.request(dto)))));
    return { unitId: dto.unitId, ...written };
  }
}
