import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { integrationEvent } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { REALIZATION_EVENT_TYPES, type RealizationRecordedData } from '@capaian/measurement-domain';
import { EventStoreRelay, type OutgoingMessage } from '@capaian/messaging';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

/** Maps measurement's domain events to `measurement.*` integration events (plan copies are not re-published). */
export function toMeasurementIntegrationMessages(e: RecordedEvent, topic: string): OutgoingMessage[] {
  if (e.type !== REALIZATION_EVENT_TYPES.recorded) return [];
  const r = e.data as RealizationRecordedData;
  const event = integrationEvent('measurement.realization-recorded', {
    eventId: e.id,
    occurredAt: e.metadata.recordedAt,
    tenantId: r.tenantId,
    aggregateId: `${r.kpiId}.${r.year}.${r.period}`,
    correlationId: e.metadata.correlationId,
    causationId: e.metadata.causationId ?? null,
    actor: e.metadata.actor ?? null,
    sourcePosition: e.position,
    data: { realizationId: r.realizationId, kpiId: r.kpiId, unitId: r.unitId, year: r.year, period: r.period, value: r.value, note: r.note },
  });
  return [
    {
      topic,
      key: `${r.tenantId}.${r.kpiId}`,
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
export class MeasurementRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private relay?: EventStoreRelay;
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  async onApplicationBootstrap(): Promise<void> {
    this.relay = new EventStoreRelay({
      store: this.infra.store,
      bus: this.infra.bus,
      relayId: 'measurement.integration-events',
      category: 'realization',
      toMessages: (e) => toMeasurementIntegrationMessages(e, this.infra.topics.measurement),
    });
    await this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}
