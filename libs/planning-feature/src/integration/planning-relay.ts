import { Inject, Injectable } from '@nestjs/common';
import { integrationEvent, type KpiDefinedV1 } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import type { OutgoingMessage } from '@capaian/messaging';
import { KPI_EVENT_TYPES, type KpiDefinition } from '@capaian/planning-domain';
import { IntegrationRelayHost, SERVICE_INFRASTRUCTURE, integrationMessage, type ServiceInfrastructure } from '@capaian/platform';

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
  return [integrationMessage(event, topic, `${kpi.tenantId}.${kpi.kpiId}`)];
}
@Injectable()
export class PlanningRelay extends IntegrationRelayHost {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) infra: ServiceInfrastructure) {
    super(infra, 'planning.integration-events', infra.topics.planning);
  }

  protected toMessages(e: RecordedEvent): OutgoingMessage[] {
    return toPlanningIntegrationMessages(e, this.infra.topics.planning);
  }
}
