import { Command } from '@nestjs/cqrs';

export interface RealizationRecordedResult {
  realizationId: string;
  streamId: string;
  revision: number;
  position: number;
  replayed: boolean;
}

export class RecordRealizationCommand extends Command<RealizationRecordedResult> {
  constructor(
    readonly tenantId: string,
    readonly unitId: string,
    readonly kpiId: string,
    readonly year: number,
    readonly period: string,
    readonly value: string,
    readonly note: string | null,
    readonly actor: string,
    readonly correlationId: string,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {
    super();
  }
}
