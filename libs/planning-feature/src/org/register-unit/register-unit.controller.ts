import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { canonicalHash } from '@capaian/eventstore';
import { ApiIdempotencyKey, ApiIfMatch, CurrentUser, WriteEndpoint, correlationIdOrNew, mapErrors, parseIdempotencyKey, parseIfMatch, type Principal } from '@capaian/platform';
import { ChangeOrganizationCommand } from '../org-command.js';
import { RegisterUnitDto } from './register-unit.dto.js';
import { UnitRegisteredResponse } from './unit-registered.response.js';

@ApiTags('organization')
@ApiBearerAuth()
@Controller('org/units')
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
    extra: [ApiIdempotencyKey(), ApiIfMatch('the organization tree')],
  })
  async register(
    @Body() dto: RegisterUnitDto,
    @CurrentUser() user: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UnitRegisteredResponse> {
    const command = new ChangeOrganizationCommand(
      user.tenant,
      { type: 'register-unit', unitId: dto.unitId, name: dto.name, kind: dto.kind, parentId: dto.parentId ?? null },
      user.sub,
      correlationIdOrNew(),
      parseIdempotencyKey(key),
      canonicalHash(dto),
      parseIfMatch(ifMatch),
    );
    const result = await mapErrors(() => this.commands.execute(command));
    res.setHeader('ETag', `"${result.revision}"`);
    return { unitId: dto.unitId, ...result };
  }
}
