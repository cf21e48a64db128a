import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { integrationEvent, type KpiDefinedV1 } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { EventStoreRelay, type OutgoingMessage } from '@capaian/messaging';
import { KPI_EVENT_TYPES, type KpiDefinition } from '@capaian/planning-domain';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

/**
 * Domain events stay in planning's store; this maps the ones other services need to versioned
 * integration events (libs/contracts) and publishes them, keyed by the aggregate id.
 */
export function toPlanningIntegrationMessages(e: RecordedEvent, topic: string): OutgoingMessage[] {
  if (e.type !== KPI_EVENT_TYPES.defined) return [];
  const kpi = e.data as KpiDefinition;
  const data: KpiDefinedV1 = {
    kpiId: kpi.kpiId,
    ownerUnitId: kpi.ownerUnitId,
    code: kpi.code,
    name: kpi.name,
    unitOfMeasure: kpi.unitOfMeasure,
    polarity: kpi.polarity,
    frequency: kpi.frequency,
    year: kpi.year,
    yearlyTarget: kpi.yearlyTarget,
  };
  const event = integrationEvent('planning.kpi-defined', {
    eventId: e.id,
    occurredAt: e.metadata.recordedAt,
    tenantId: kpi.tenantId,
    aggregateId: kpi.kpiId,
    correlationId: e.metadata.correlationId,
    causationId: e.metadata.causationId ?? null,
    actor: e.metadata.actor ?? null,
    sourcePosition: e.position,
    data,
  });
  return [
    {
      topic,
      key: `${kpi.tenantId}.${kpi.kpiId}`,
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      correlationId: event.correlationId,
      causationId: event.causationId,
      payload: event,
    },
  ];
}

@Injectable()
export class PlanningRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PlanningRelay.name);
  private relay?: EventStoreRelay;

  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  async onApplicationBootstrap(): Promise<void> {
    this.relay = new EventStoreRelay({
      store: this.infra.store,
      bus: this.infra.bus,
      relayId: 'planning.integration-events',
      toMessages: (e) => toPlanningIntegrationMessages(e, this.infra.topics.planning),
    });
    await this.relay.start();
    this.logger.log(`Relaying planning events to ${this.infra.topics.planning}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}
