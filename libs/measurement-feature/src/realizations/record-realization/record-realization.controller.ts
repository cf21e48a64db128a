import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, mapErrors, writeRequestOf, type Principal } from '@capaian/platform';
import { ChangeRealizationCommand, RealizationWrittenResponse } from '../change-realization.js';
import { RecordRealizationDto, evidenceOf } from './record-realization.dto.js';

@ApiTags('realizations')
@ApiBearerAuth()
@Controller('realizations')
export class RecordRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('unit_operator')
  @ApiOperation({ summary: 'Laporkan realisasi IKU / record a realization for a KPI your unit owns for a period that has started (late values are accepted and flagged; a locked period is 409)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing' })
  @ApiResponse({ status: 201, type: RealizationWrittenResponse })
  @ApiResponse({ status: 400, description: 'Malformed body; `details` names each field' })
  @ApiResponse({ status: 403, description: 'The KPI belongs to another unit, or the token has no unit' })
  @ApiResponse({ status: 404, description: 'Measurement has not heard of this KPI (no approved plan has it)' })
  @ApiResponse({
    status: 409,
    description: 'Already reported for this period: submit a correction (REALIZATION_EXISTS); the period is locked (PERIOD_LOCKED, also when the lock lands while the request is processed)',
  })
  @ApiResponse({
    status: 422,
    description:
      "Value not of the KPI's type, period or year outside the plan, bad evidence link; PERIOD_NOT_STARTED / PERIOD_NOT_ENDED (details[0].reportableFrom and reportableFromDate: the first instant and date, WIB, the period can be reported); Idempotency-Key reused",
  })
  record(@Body() dto: RecordRealizationDto, @CurrentUser() user: Principal, @Headers('idempotency-key') key: string | undefined) {
    // A first record has no ETag to match: only the Idempotency-Key is read.
    const request = writeRequestOf(user, { 'idempotency-key': key }, dto);
    const change = { type: 'record' as const, kpiId: dto.kpiId, year: dto.year, period: dto.period, value: dto.value, note: dto.note ?? null, evidence: evidenceOf(dto.evidence) ?? [] };
    return mapErrors(() => this.commands.execute(new ChangeRealizationCommand(user, change, request)));
  }
}
