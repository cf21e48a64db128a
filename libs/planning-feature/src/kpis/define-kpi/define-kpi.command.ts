import { Command } from '@nestjs/cqrs';
import type { KpiDefinition } from '@capaian/planning-domain';

export interface KpiWritten {
  kpiId: string;
  streamId: string;
  revision: number;
  position: number;
  replayed: boolean;
}

export class DefineKpiCommand extends Command<KpiWritten> {
  constructor(
    readonly kpi: KpiDefinition,
    readonly actor: string,
    readonly correlationId: string,
    readonly idempotencyKey: string | undefined,
    readonly requestHash: string,
  ) {
    super();
  }
}
