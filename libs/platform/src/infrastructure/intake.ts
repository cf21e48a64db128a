import { Logger } from '@nestjs/common';
import { parseIntegrationEvent, type AnyIntegrationEvent } from '@capaian/contracts';
import type { EventStore } from '@capaian/eventstore';
import type { Consumer, DeliveredMessage, MessageBus } from '@capaian/messaging';
import { withCorrelation } from '../logging.js';

export interface IntakeOptions {
  store: EventStore;
  bus: MessageBus;
  groupId: string;
  topics: string[];
  /** The stream of this service's store that keeps the event; undefined to ignore the event. */
  streamFor: (event: AnyIntegrationEvent) => string | undefined;
  /** Called for each event stored for the first time (e.g. metrics). */
  onStored?: (event: AnyIntegrationEvent, duplicate: boolean) => void;
}

/**
 * Consumes integration events from the bus and keeps each accepted one in this service's own
 * event store, under the same event id. The store refuses to store an id twice, so a redelivered
 * message (at-least-once) is absorbed here: this is the service's inbox. Invalid messages throw,
 * which sends them through the bus's retries to the dead-letter topic.
 */
export class IntegrationEventIntake {
  private readonly logger = new Logger('IntegrationEventIntake');
  private consumer?: Consumer;

  constructor(private readonly options: IntakeOptions) {}

  async start(): Promise<void> {
    this.consumer = await this.options.bus.consume({
      groupId: this.options.groupId,
      topics: this.options.topics,
      fromBeginning: true,
      // Each message is handled inside its correlation id, so the logs of every service line up.
      handler: (m) => withCorrelation(m.correlationId, () => this.handle(m), m.eventId),
    });
    // A Kafka consumer whose broker or topics are not there yet keeps retrying in the background
    // (readiness names the bus until it runs); the service starts meanwhile.
    if (this.consumer.running) this.logger.log(`Consuming ${this.options.topics.join(', ')} as ${this.options.groupId}`);
    else {
      this.logger.warn(`Waiting for the bus to consume ${this.options.topics.join(', ')} as ${this.options.groupId}`);
      void this.consumer.whenRunning().then(() => this.logger.log(`Consuming ${this.options.topics.join(', ')} as ${this.options.groupId}`));
    }
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const event = parseIntegrationEvent(message.payload);
    const streamId = this.options.streamFor(event);
    if (!streamId) return;
    const result = await this.options.store.append(
      streamId,
      [
        {
          id: event.eventId,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: event,
          metadata: { correlationId: event.correlationId, causationId: event.eventId, actor: event.actor, tenantId: event.tenantId, receivedFrom: message.topic },
        },
      ],
      { expectedRevision: 'any' },
    );
    this.logger.debug(`${result.written ? 'stored' : 'duplicate, ignored'}: ${event.type} ${event.eventId} from ${message.topic} into ${streamId}`);
    this.options.onStored?.(event, !result.written);
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
  }

  lag(): Promise<Record<string, number>> {
    return this.consumer?.lag() ?? Promise.resolve({});
  }
}
