import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { AnyIntegrationEvent, IntegrationEvent } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { EventStoreRelay, type OutgoingMessage } from '@capaian/messaging';
import type { ReadinessRegistry } from '../health.js';
import type { Metrics } from '../metrics.js';
import { IntegrationEventIntake } from './intake.js';
import { LiveProjection } from './live-projection.js';
import { observeReadModel } from './observability.js';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from './service-infrastructure.js';

/** The envelope fields of the integration event a stored domain event becomes: its id, time, causation, actor and position. */
export function integrationEnvelope(e: RecordedEvent): Pick<IntegrationEvent, 'eventId' | 'occurredAt' | 'correlationId' | 'causationId' | 'actor' | 'sourcePosition'> {
  return {
    eventId: e.id,
    occurredAt: e.metadata.recordedAt,
    correlationId: e.metadata.correlationId,
    causationId: e.metadata.causationId ?? null,
    actor: e.metadata.actor ?? null,
    sourcePosition: e.position,
  };
}

/** The bus message carrying an integration event (headers from the envelope). */
export function integrationMessage(event: IntegrationEvent, topic: string, key: string): OutgoingMessage {
  return {
    topic,
    key,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    correlationId: event.correlationId,
    causationId: event.causationId,
    payload: event,
  };
}

/**
 * Runs a relay from this service's store to the bus for the app's lifetime: started when the
 * app is up, drained before it shuts down. Subclasses say which domain events become which
 * integration events.
 */
export abstract class IntegrationRelayHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private relay?: EventStoreRelay;
  private readonly logger: Logger;

  protected constructor(
    protected readonly infra: ServiceInfrastructure,
    private readonly relayId: string,
    private readonly topic: string,
    private readonly category?: string,
  ) {
    this.logger = new Logger(`Relay:${relayId}`);
  }

  protected abstract toMessages(event: RecordedEvent): OutgoingMessage[];

  async onApplicationBootstrap(): Promise<void> {
    // The relay reports through the service's logger: a stuck relay (e.g. an event its mapping refuses) must be visible.
    const line = (objOrMsg: object | string, msg?: string) => (typeof objOrMsg === 'string' ? objOrMsg : `${msg ?? ''} ${JSON.stringify(objOrMsg)}`.trim());
    const logger = {
      info: (o: object | string, m?: string) => this.logger.debug(line(o, m)),
      warn: (o: object | string, m?: string) => this.logger.warn(line(o, m)),
      error: (o: object | string, m?: string) => this.logger.error(line(o, m)),
    };
    this.relay = new EventStoreRelay({ store: this.infra.store, bus: this.infra.bus, relayId: this.relayId, category: this.category, toMessages: (e) => this.toMessages(e), logger });
    await this.relay.start();
    this.logger.log(`relaying ${this.category ?? 'all'} events to topic ${this.topic} from position ${this.relay.position}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}

/**
 * The relay of a service: its id (where its position is kept), the topic of the service's events and
 * how a stored domain event becomes integration messages on that topic. It reads the whole store.
 */
export function IntegrationRelay(
  relayId: string,
  topicOf: (topics: ServiceInfrastructure['topics']) => string,
  toMessages: (event: RecordedEvent, topic: string) => OutgoingMessage[],
): new (infra: ServiceInfrastructure) => OnApplicationBootstrap & BeforeApplicationShutdown {
  @Injectable()
  class ServiceRelay extends IntegrationRelayHost {
    constructor(@Inject(SERVICE_INFRASTRUCTURE) infra: ServiceInfrastructure) {
      super(infra, relayId, topicOf(infra.topics));
    }

    protected toMessages(e: RecordedEvent): OutgoingMessage[] {
      return toMessages(e, topicOf(this.infra.topics));
    }
  }
  return ServiceRelay;
}

export interface ReadModelSpec {
  /** Projection name (metrics, logs). */
  name: string;
  /** Stream category of this service's store that keeps the accepted integration events. */
  category: string;
  /** Consumer group (without the deployment prefix). */
  group: string;
  topics: string[];
  streamFor: (event: AnyIntegrationEvent) => string | undefined;
  apply: (event: RecordedEvent) => void;
}

/**
 * A read model fed by other services' integration events: an intake keeps each accepted event in
 * this service's store (deduplicated by event id), and a live projection folds the stored events.
 * Readiness stays red until the projection has replayed what was stored; lag is a metric.
 */
export abstract class ReadModelHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected readonly projection: LiveProjection;
  protected readonly intake: IntegrationEventIntake;

  protected constructor(infra: ServiceInfrastructure, readiness: ReadinessRegistry, metrics: Metrics, spec: ReadModelSpec) {
    const groupId = `${infra.groupPrefix}${spec.group}`;
    this.projection = new LiveProjection(spec.name, infra.store, spec.apply, spec.category);
    this.intake = new IntegrationEventIntake({ store: infra.store, bus: infra.bus, groupId, topics: spec.topics, streamFor: spec.streamFor });
    observeReadModel(metrics, this.projection, this.intake, groupId);
    readiness.register(spec.name, async () => {
      if (!this.projection.isCaughtUp) throw new Error(`${spec.name} is still replaying`);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.projection.start();
    await this.intake.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.intake.stop();
    await this.projection.stop();
  }
}
