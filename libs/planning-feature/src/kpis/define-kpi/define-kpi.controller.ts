import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { canonicalHash } from '@capaian/eventstore';
import { CurrentUser, Roles, correlationIdOrNew, mapErrors, parseIdempotencyKey, type Principal } from '@capaian/platform';
import { DefineKpiCommand } from './define-kpi.command.js';
import { DefineKpiDto, KpiWrittenResponse } from './define-kpi.dto.js';

@ApiTags('kpis')
@ApiBearerAuth()
@Controller('kpis')
export class DefineKpiController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('planner')
  @ApiOperation({ summary: 'Tetapkan IKU dengan target tahunan / define a KPI with its yearly target' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and writes nothing' })
  @ApiResponse({ status: 201, type: KpiWrittenResponse })
  @ApiResponse({ status: 400, description: 'Invalid body; `details` names each field' })
  @ApiResponse({ status: 409, description: 'A KPI with this id already exists' })
  @ApiResponse({ status: 422, description: 'A business rule failed, or Idempotency-Key reused with another body' })
  async define(
    @Body() dto: DefineKpiDto,
    @CurrentUser() user: Principal,
    @Headers('idempotency-key') idempotencyKeyHeader: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<KpiWrittenResponse> {
    const idempotencyKey = parseIdempotencyKey(idempotencyKeyHeader);
    const kpiId = dto.kpiId ?? `${dto.code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${dto.year}`;
    const result = await mapErrors(() =>
      this.commands.execute(
        new DefineKpiCommand(
          {
            tenantId: user.tenant,
            kpiId,
            ownerUnitId: dto.ownerUnitId,
            code: dto.code,
            name: dto.name,
            unitOfMeasure: dto.unitOfMeasure,
            polarity: dto.polarity,
            frequency: dto.frequency,
            year: dto.year,
            yearlyTarget: dto.yearlyTarget,
          },
          user.sub,
          correlationIdOrNew(),
          idempotencyKey,
          canonicalHash(dto),
        ),
      ),
    );
    res.setHeader('ETag', `"${result.revision}"`);
    res.setHeader('Location', `/kpis/${result.kpiId}`);
    return result;
  }
}
