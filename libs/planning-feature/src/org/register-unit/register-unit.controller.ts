import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { canonicalHash } from '@capaian/eventstore';
import { CurrentUser, Roles, correlationIdOrNew, mapErrors, parseIdempotencyKey, parseIfMatch, type Principal } from '@capaian/platform';
import { ChangeOrganizationCommand } from '../org-command.js';
import { RegisterUnitDto } from './register-unit.dto.js';
import { UnitRegisteredResponse } from './unit-registered.response.js';

@ApiTags('organization')
@ApiBearerAuth()
@Controller('org/units')
export class RegisterUnitController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('planner')
  @ApiOperation({ summary: 'Daftarkan unit organisasi / register an organization unit (Pemda, OPD, bidang, seksi, ASN position)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the organization tree you last read; 412 when it moved' })
  @ApiResponse({ status: 201, type: UnitRegisteredResponse })
  @ApiResponse({ status: 404, description: 'Parent unit not found' })
  @ApiResponse({ status: 409, description: 'Unit id taken, or the tenant already has its Pemda root' })
  @ApiResponse({ status: 412, description: 'The tree changed since your If-Match ETag' })
  @ApiResponse({ status: 422, description: 'Parent of a kind this unit cannot sit under' })
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
