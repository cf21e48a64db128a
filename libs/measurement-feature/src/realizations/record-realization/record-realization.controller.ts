import { Body, Controller, ForbiddenException, Headers, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { canonicalHash } from '@capaian/eventstore';
import { CurrentUser, Roles, correlationIdOrNew, mapErrors, parseIdempotencyKey, type Principal } from '@capaian/platform';
import { RecordRealizationCommand } from './record-realization.command.js';
import { RealizationRecordedResponse, RecordRealizationDto } from './record-realization.dto.js';

@ApiTags('realizations')
@ApiBearerAuth()
@Controller('realizations')
export class RecordRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('unit_operator')
  @ApiOperation({ summary: 'Laporkan realisasi IKU / record a realization for a KPI your unit owns' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiResponse({ status: 201, type: RealizationRecordedResponse })
  @ApiResponse({ status: 403, description: 'The KPI belongs to another unit, or the token has no unit' })
  @ApiResponse({ status: 404, description: 'Measurement has not heard of this KPI (planning event not received)' })
  @ApiResponse({ status: 409, description: 'Already reported for this period' })
  @ApiResponse({ status: 422, description: 'Period or year outside the plan; Idempotency-Key reused' })
  async record(
    @Body() dto: RecordRealizationDto,
    @CurrentUser() user: Principal,
    @Headers('idempotency-key') idempotencyKeyHeader: string | undefined,
  ): Promise<RealizationRecordedResponse> {
    const idempotencyKey = parseIdempotencyKey(idempotencyKeyHeader);
    if (!user.unit) {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', code: 'NO_UNIT', message: 'Token tidak memuat unit / the token carries no unit' });
    }
    return mapErrors(() =>
      this.commands.execute(
        new RecordRealizationCommand(user.tenant, user.unit!, dto.kpiId, dto.year, dto.period, dto.value, dto.note ?? null, user.sub, correlationIdOrNew(), idempotencyKey, canonicalHash(dto)),
      ),
    );
  }
}
