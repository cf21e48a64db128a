import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand } from '@capaian/eventstore';
import { KPI_EVENT_SCHEMA_VERSION, kpiDecider, kpiStreamId } from '@capaian/planning-domain';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { DefineKpiCommand, type KpiWritten } from './define-kpi.command.js';

@CommandHandler(DefineKpiCommand)
export class DefineKpiHandler implements ICommandHandler<DefineKpiCommand, KpiWritten> {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  async execute(command: DefineKpiCommand): Promise<KpiWritten> {
    const streamId = kpiStreamId(command.kpi.tenantId, command.kpi.kpiId);
    const result = await handleCommand({
      store: this.infra.store,
      streamId,
      decider: kpiDecider,
      command: { type: 'define-kpi', kpi: command.kpi },
      metadata: { correlationId: command.correlationId, actor: command.actor, tenantId: command.kpi.tenantId },
      schemaVersionOf: (type) => KPI_EVENT_SCHEMA_VERSION[type as keyof typeof KPI_EVENT_SCHEMA_VERSION],
      idempotencyKey: command.idempotencyKey,
      requestHash: command.requestHash,
    });
    return { kpiId: command.kpi.kpiId, streamId, revision: result.nextExpectedRevision, position: result.position, replayed: result.replayed };
  }
}
