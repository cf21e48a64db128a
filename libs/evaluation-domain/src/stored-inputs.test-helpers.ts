import { integrationEvent, type AnyIntegrationEvent, type IntegrationEventType } from '@capaian/contracts';
import type { StoredInputLike } from './index.js';

let position = 0;

/** An integration event as the store hands it over: the next position of this test file, a deterministic event id. */
export function storedInput(type: IntegrationEventType, data: unknown, occurredAt: string, tenantId = 'kab'): StoredInputLike {
  position++;
  const event = integrationEvent(type as 'planning.scorecard-approved', {
    eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    occurredAt,
    tenantId,
    aggregateId: 'x',
    correlationId: 'c',
    causationId: null,
    actor: null,
    sourcePosition: position,
    data: data as never,
  }) as AnyIntegrationEvent;
  return { position, data: event };
}
