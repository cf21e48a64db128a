import { Body, Headers, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentUser, WriteEndpoint, correlationIdOrNew, mapErrors, parseIdempotencyKey, type Principal, WriteController } from '@capaian/platform';
import { evidenceOf } from '../record-realization/record-realization.dto.js';
import { BatchResultDto, RecordBatchDto } from './record-batch.dto.js';
import { RecordBatchCommand } from './record-batch.handler.js';

@WriteController('realizations/batch', { tag: 'realizations', idempotencyKey: 'Strongly advised: makes a retry safe' })
export class RecordBatchController {
  constructor(private readonly commands: CommandBus) {}

  @WriteEndpoint(Post(), {
    roles: ['unit_operator'],
    summary:
      'Laporkan hingga 1000 realisasi sekaligus / record up to 1000 realizations. Validated whole: any bad item -> 422 listing each (by index) and nothing is stored. A retry with the same Idempotency-Key completes a batch interrupted half-way without counting anything twice',
    type: BatchResultDto,
    failures: [
      [
        409,
        'A period locked after the batch was validated (PERIOD_LOCKED): details[0] names the item (index) and how many items before it were stored (storedBefore); retry with the same Idempotency-Key after the unlock',
      ],
      [422, 'BATCH_INVALID (details per item: index, field, code, e.g. PERIOD_NOT_STARTED with reportableFromDate), BATCH_TOO_LARGE, BATCH_EMPTY'],
    ],
  })
  record(@Body() dto: RecordBatchDto, @CurrentUser() user: Principal, @Headers('idempotency-key') key: string | undefined) {
    const items = dto.items.map((i) => ({
      kpiId: i.kpiId,
      year: i.year,
      period: i.period,
      value: i.value,
      note: i.note ?? null,
      evidence: evidenceOf(i.evidence) ?? [],
      correctionReason: i.correctionReason ?? null,
    }));
    return mapErrors(() => this.commands.execute(new RecordBatchCommand(user, items, correlationIdOrNew(), parseIdempotencyKey(key))));
  }
}
