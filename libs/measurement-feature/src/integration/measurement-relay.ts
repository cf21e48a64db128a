import { Inject, Injectable } from '@nestjs/common';
import { integrationEvent } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { REALIZATION_EVENT_TYPES, type RealizationRecordedData } from '@capaian/measurement-domain';
import type { OutgoingMessage } from '@capaian/messaging';
import { IntegrationRelayHost, SERVICE_INFRASTRUCTURE, integrationMessage, type ServiceInfrastructure } from '@capaian/platform';

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
  return [integrationMessage(event, topic, `${r.tenantId}.${r.kpiId}`)];
}
@Injectable()
export class MeasurementRelay extends IntegrationRelayHost {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) infra: ServiceInfrastructure) {
    super(infra, 'measurement.integration-events', infra.topics.measurement, 'realization');
  }

  protected toMessages(e: RecordedEvent): OutgoingMessage[] {
    return toMeasurementIntegrationMessages(e, this.infra.topics.measurement);
  }
}
