import { Logger } from '@nestjs/common';
import { Topics } from '@capaian/contracts';
import { createEventStore, type EventStore, type UpcasterMap } from '@capaian/eventstore';
import { createInProcessBus, createKafkaBus, type MessageBus, type MessagingLogger } from '@capaian/messaging';

/**
 * What a service needs from the outside world: its own event store and the shared bus.
 * Created before Nest starts (so a bad DATABASE_URL fails fast with a clear message) and
 * handed to the service's feature module. In embedded mode the three services share one
 * in-process bus, each keeping its own store.
 */
export interface ServiceInfrastructure {
  serviceName: string;
  store: EventStore;
  bus: MessageBus;
  /** Topic names, with the deployment's prefix (KAFKA_TOPIC_PREFIX) applied. */
  topics: { planning: string; measurement: string; evaluation: string };
  /** Prefix for consumer group ids (same as the topic prefix). */
  groupPrefix: string;
  /** Whether closing this service closes the bus (false when the bus is shared). */
  ownsBus: boolean;
}

export const SERVICE_INFRASTRUCTURE = Symbol.for('capaian.service-infrastructure');

export interface InfrastructureSettings {
  serviceName: string;
  eventStore: 'postgres' | 'pglite' | 'eventstoredb';
  databaseUrl?: string;
  databaseSchema?: string;
  pgliteDir?: string;
  eventStoreUrl?: string;
  bus: 'kafka' | 'in-process';
  kafkaBrokers?: string[];
  kafkaClientId?: string;
  topicPrefix?: string;
  /** Every upcaster of the service's stored events, registered once here (docs/adr/0013-event-versioning.md). */
  upcasters?: UpcasterMap;
}

export async function createServiceInfrastructure(settings: InfrastructureSettings, shared?: { bus?: MessageBus }): Promise<ServiceInfrastructure> {
  const store = await openStore(settings);
  const bus = shared?.bus ?? openBus(settings);
  const prefix = settings.topicPrefix ?? '';
  return {
    serviceName: settings.serviceName,
    store,
    bus,
    topics: { planning: prefix + Topics.planning, measurement: prefix + Topics.measurement, evaluation: prefix + Topics.evaluation },
    groupPrefix: prefix,
    ownsBus: !shared?.bus,
  };
}

function openStore(s: InfrastructureSettings): Promise<EventStore> {
  switch (s.eventStore) {
    case 'postgres':
      return createEventStore({ kind: 'postgres', connectionString: required(s.databaseUrl, 'DATABASE_URL'), schema: s.databaseSchema ?? s.serviceName, upcasters: s.upcasters });
    case 'pglite':
      return createEventStore({ kind: 'pglite', dataDir: required(s.pgliteDir, 'PGLITE_DIR'), upcasters: s.upcasters });
    case 'eventstoredb':
      return createEventStore({ kind: 'eventstoredb', connectionString: required(s.eventStoreUrl, 'EVENTSTORE_URL'), upcasters: s.upcasters });
  }
}

function openBus(s: InfrastructureSettings): MessageBus {
  if (s.bus === 'kafka') {
    // Consumers wait for the broker and their topics in the background and log each wait here.
    return createKafkaBus({ brokers: s.kafkaBrokers ?? [], clientId: s.kafkaClientId ?? `capaian-${s.serviceName}`, logger: nestMessagingLogger('KafkaBus') });
  }
  return createInProcessBus();
}

/** The bus's log lines through Nest's logger (and so the service's JSON logs). */
export function nestMessagingLogger(context: string): MessagingLogger {
  const logger = new Logger(context);
  const line = (objOrMsg: object | string, msg?: string) => (typeof objOrMsg === 'string' ? objOrMsg : `${msg ?? ''} ${JSON.stringify(objOrMsg)}`.trim());
  return {
    info: (o, m) => logger.log(line(o, m)),
    warn: (o, m) => logger.warn(line(o, m)),
    error: (o, m) => logger.error(line(o, m)),
  };
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} is required`);
  return value;
}

export async function closeServiceInfrastructure(infra: ServiceInfrastructure): Promise<void> {
  if (infra.ownsBus) await infra.bus.close();
  await infra.store.close();
}
