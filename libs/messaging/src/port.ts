/**
 * The message bus port: at-least-once delivery, order per key, retries then a dead-letter topic
 * (`<topic>.dlt`). Consumers must be idempotent (see Inbox). Two adapters: Kafka (kafkajs) and
 * in-process (embedded mode), with the same semantics and the same test suite.
 */

export interface OutgoingMessage {
  topic: string;
  /** Partition key: the aggregate id, so one aggregate keeps its order. */
  key: string;
  eventId: string;
  type: string;
  schemaVersion: number;
  correlationId: string;
  causationId?: string | null;
  /** JSON-serialisable payload (the integration event envelope). */
  payload: unknown;
  /** Extra headers (string values). */
  headers?: Record<string, string>;
}

export interface DeliveredMessage extends OutgoingMessage {
  partition: number;
  offset: string;
  /** 1 on the first delivery to this consumer, higher on retries. */
  attempt: number;
}

export type MessageHandler = (message: DeliveredMessage) => Promise<void>;

export interface ConsumerOptions {
  /** Consumer group: each group gets every message once (at least once). */
  groupId: string;
  topics: string[];
  handler: MessageHandler;
  /** Attempts before the message goes to `<topic>.dlt` (default 5). */
  maxAttempts?: number;
  /** Backoff between attempts in ms (default 200, doubled each time, capped at 5 s). */
  retryBackoffMs?: number;
  /** Start from the earliest offset when the group has none (default true). */
  fromBeginning?: boolean;
}

export interface Consumer {
  /**
   * Subscribed and fetching. False while a Kafka consumer waits for its broker or topics (it
   * keeps retrying in the background), and after `stop()`.
   */
  readonly running: boolean;
  /** Resolves once the consumer is running (at once for the in-process bus). */
  whenRunning(): Promise<void>;
  /** Stops fetching, waits for the message in flight, commits, disconnects. */
  stop(): Promise<void>;
  /** Messages received but not yet handled, per topic (a gauge for metrics). */
  lag(): Promise<Record<string, number>>;
}

export interface MessageBus {
  readonly kind: 'kafka' | 'in-process';
  publish(messages: OutgoingMessage[]): Promise<void>;
  consume(options: ConsumerOptions): Promise<Consumer>;
  /** Readiness: can we reach the broker, and is every consumer of this bus running? */
  ping(): Promise<void>;
  /** Drains consumers, then disconnects the producer. */
  close(): Promise<void>;
}

export const HEADERS = {
  eventId: 'event-id',
  type: 'event-type',
  schemaVersion: 'schema-version',
  correlationId: 'correlation-id',
  causationId: 'causation-id',
  error: 'dlt-error',
  originalTopic: 'dlt-original-topic',
  attempts: 'dlt-attempts',
} as const;

export function deadLetterTopic(topic: string): string {
  return `${topic}.dlt`;
}
