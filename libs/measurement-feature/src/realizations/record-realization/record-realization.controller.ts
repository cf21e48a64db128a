import { Body, Headers, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentUser, WriteEndpoint, mapErrors, writeRequestOf, type Principal, WriteController } from '@capaian/platform';
import { ChangeRealizationCommand, RealizationWrittenResponse } from '../change-realization.js';
import { RecordRealizationDto, evidenceOf } from './record-realization.dto.js';

@WriteController('realizations', { tag: 'realizations', idempotencyKey: 'A retry with the same key returns the first answer and stores nothing' })
export class RecordRealizationController {
  constructor(private readonly commands: CommandBus) {}

  @WriteEndpoint(Post(), {
    roles: ['unit_operator'],
    summary: 'Laporkan realisasi IKU / record a realization for a KPI your unit owns for a period that has started (late values are accepted and flagged; a locked period is 409)',
    status: 201,
    type: RealizationWrittenResponse,
    failures: [
      [400, 'Malformed body; `details` names each field'],
      [403, 'The KPI belongs to another unit, or the token has no unit'],
      [404, 'Measurement has not heard of this KPI (no approved plan has it)'],
      [409, 'Already reported for this period: submit a correction (REALIZATION_EXISTS); the period is locked (PERIOD_LOCKED, also when the lock lands while the request is processed)'],
      [
        422,
        "Value not of the KPI's type, period or year outside the plan, bad evidence link; PERIOD_NOT_STARTED / PERIOD_NOT_ENDED (details[0].reportableFrom and reportableFromDate: the first instant and date, WIB, the period can be reported); Idempotency-Key reused",
      ],
    ],
  })
  record(@Body() dto: RecordRealizationDto, @CurrentUser() user: Principal, @Headers('idempotency-key') key: string | undefined) {
    // A first record has no ETag to match: only the Idempotency-Key is read.
    const request = writeRequestOf(user, { 'idempotency-key': key }, dto);
    const change = { type: 'record' as const, kpiId: dto.kpiId, year: dto.year, period: dto.period, value: dto.value, note: dto.note ?? null, evidence: evidenceOf(dto.evidence) ?? [] };
    return mapErrors(() => this.commands.execute(new ChangeRealizationCommand(user, change, request)));
  }
}
