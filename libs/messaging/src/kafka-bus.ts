/**
 * Kafka adapter of the bus port (kafkajs).
 *
 * - Producer: idempotent (`idempotent: true`, `maxInFlightRequests: 1`, acks = all), so a retried
 *   send neither duplicates nor reorders; key = `message.key` (murmur2 partitioning, same as Java
 *   clients), value = JSON of the payload, metadata in headers (see `HEADERS`).
 * - Topics are created on demand through the admin client (`ensureTopics`, cached).
 * - Consumers: one kafkajs consumer per `consume()` call, `autoCommit: false`. A message is
 *   committed (offset + 1) only after the handler succeeded, or after it was written to
 *   `<topic>.dlt` once the handler failed `maxAttempts` times. If the dead-letter write fails too,
 *   nothing is committed and the message is redelivered (the error goes back to kafkajs, which
 *   re-fetches from the last handled offset).
 */
import kafkajs from 'kafkajs';
import type {
  Admin,
  Consumer as KafkaConsumer,
  IHeaders,
  KafkaMessage,
  LogEntry,
  Producer,
  RetryOptions,
  logCreator as LogCreator,
} from 'kafkajs';
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_BACKOFF_MS,
  STANDARD_HEADERS,
  deliverWithRetries,
  dltHeaders,
  validateConsumerOptions,
  validateOutgoing,
} from './delivery.js';
import { errorFields, silentLogger, type MessagingLogger } from './logger.js';
import {
  HEADERS,
  deadLetterTopic,
  type Consumer,
  type ConsumerOptions,
  type DeliveredMessage,
  type MessageBus,
  type OutgoingMessage,
} from './port.js';

const { Kafka, Partitioners, logLevel } = kafkajs;

export interface KafkaConsumerTuning {
  /** Default 30 000 (the broker's minimum is usually 6 000). */
  sessionTimeout?: number;
  /** Default 3 000. */
  heartbeatInterval?: number;
  rebalanceTimeout?: number;
  /** Long-poll wait of a fetch (default 5 000 in kafkajs; lower = faster stop). */
  maxWaitTimeInMs?: number;
  retry?: RetryOptions;
}

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  logger?: MessagingLogger;
  /** Partitions of topics created on demand (default 3). */
  numPartitions?: number;
  /** Replication factor of topics created on demand (default: the broker's). */
  replicationFactor?: number;
  connectionTimeout?: number;
  requestTimeout?: number;
  /** Retry policy of the kafkajs client (producer, admin). */
  retry?: RetryOptions;
  consumer?: KafkaConsumerTuning;
  /** Timeout of `ping()` (default 2 000 ms). */
  pingTimeoutMs?: number;
}

export interface KafkaBus extends MessageBus {
  readonly kind: 'kafka';
  /** Creates the topics that do not exist yet (cached: known topics cost nothing). */
  ensureTopics(topics: string[]): Promise<void>;
}

export function createKafkaBus(options: KafkaBusOptions): KafkaBus {
  return new KafkaBusImpl(options);
}

/** Routes kafkajs' own logs (WARN and above) through our logger. */
export function kafkaLogCreator(logger: MessagingLogger): LogCreator {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, timestamp: _timestamp, ...extra } = log;
      const obj = { component: 'kafkajs', namespace, ...extra };
      if (level === logLevel.ERROR) logger.error(obj, message);
      else if (level === logLevel.WARN) logger.warn(obj, message);
      else if (level !== logLevel.NOTHING) logger.info(obj, message);
    };
}

class KafkaBusImpl implements KafkaBus {
  readonly kind = 'kafka' as const;
  readonly logger: MessagingLogger;
  readonly kafka: InstanceType<typeof Kafka>;
  private readonly pingKafka: InstanceType<typeof Kafka>;
  private producer: Promise<Producer> | undefined;
  private admin: Promise<Admin> | undefined;
  private readonly knownTopics = new Set<string>();
  private readonly creating = new Map<string, Promise<void>>();
  private readonly consumers = new Set<KafkaBusConsumer>();
  private closed = false;

  constructor(readonly options: KafkaBusOptions) {
    if (!options.brokers?.length) throw new Error('createKafkaBus: brokers is required');
    if (!options.clientId) throw new Error('createKafkaBus: clientId is required');
    this.logger = options.logger ?? silentLogger;
    const common = {
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(this.logger),
    };
    this.kafka = new Kafka({
      ...common,
      clientId: options.clientId,
      connectionTimeout: options.connectionTimeout,
      requestTimeout: options.requestTimeout,
      retry: options.retry,
    });
    const pingTimeout = options.pingTimeoutMs ?? 2_000;
    this.pingKafka = new Kafka({
      ...common,
      clientId: `${options.clientId}-ping`,
      connectionTimeout: pingTimeout,
      requestTimeout: pingTimeout,
      retry: { retries: 0 },
    });
  }

  private getProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      this.producer = producer.connect().then(
        () => producer,
        (error: unknown) => {
          this.producer = undefined;
          throw error;
        },
      );
    }
    return this.producer;
  }

  private getAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin.connect().then(
        () => admin,
        (error: unknown) => {
          this.admin = undefined;
          throw error;
        },
      );
    }
    return this.admin;
  }

  async ensureTopics(topics: string[]): Promise<void> {
    const waits: Promise<void>[] = [];
    const missing: string[] = [];
    for (const topic of new Set(topics)) {
      if (this.knownTopics.has(topic)) continue;
      const pending = this.creating.get(topic);
      if (pending) waits.push(pending);
      else missing.push(topic);
    }
    if (missing.length) {
      const creation = (async () => {
        const admin = await this.getAdmin();
        const created = await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: this.options.numPartitions ?? 3,
            ...(this.options.replicationFactor ? { replicationFactor: this.options.replicationFactor } : {}),
          })),
        });
        if (created) this.logger.info({ topics: missing }, 'kafka topics created');
        for (const t of missing) this.knownTopics.add(t);
      })();
      const tracked = creation.finally(() => {
        for (const t of missing) this.creating.delete(t);
      });
      for (const t of missing) this.creating.set(t, tracked);
      waits.push(tracked);
    }
    await Promise.all(waits);
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('kafka bus is closed');
    if (messages.length === 0) return;
    const byTopic = new Map<string, { key: string; value: string; headers: IHeaders }[]>();
    for (const m of messages) {
      validateOutgoing(m);
      let list = byTopic.get(m.topic);
      if (!list) byTopic.set(m.topic, (list = []));
      list.push(encode(m));
    }
    await this.ensureTopics([...byTopic.keys()]);
    const producer = await this.getProducer();
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, msgs]) => ({ topic, messages: msgs })),
    });
  }

  /** Writes a failed message, unchanged, to `<topic>.dlt` with the dead-letter headers. */
  async publishDeadLetter(
    original: { topic: string; partition: number; message: KafkaMessage },
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const topic = deadLetterTopic(original.topic);
    await this.ensureTopics([topic]);
    const producer = await this.getProducer();
    await producer.send({
      topic,
      acks: -1,
      messages: [
        {
          key: original.message.key,
          value: original.message.value,
          headers: {
            ...original.message.headers,
            ...dltHeaders({ topic: original.topic, partition: original.partition, offset: original.message.offset }, error, attempts),
          },
        },
      ],
    });
  }

  async consume(options: ConsumerOptions): Promise<Consumer> {
    if (this.closed) throw new Error('kafka bus is closed');
    validateConsumerOptions(options);
    const topics = [...new Set(options.topics)];
    await this.ensureTopics(topics);
    const consumer = new KafkaBusConsumer(this, { ...options, topics });
    this.consumers.add(consumer);
    try {
      await consumer.start();
    } catch (error) {
      this.consumers.delete(consumer);
      await consumer.stop().catch(() => undefined);
      throw error;
    }
    return consumer;
  }

  consumerStopped(consumer: KafkaBusConsumer): void {
    this.consumers.delete(consumer);
  }

  adminClient(): Promise<Admin> {
    return this.getAdmin();
  }

  async ping(): Promise<void> {
    const timeoutMs = this.options.pingTimeoutMs ?? 2_000;
    const admin = this.pingKafka.admin();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        (async () => {
          await admin.connect();
          await admin.describeCluster();
        })(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`kafka ping timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      await admin.disconnect().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.consumers].map((c) => c.stop()));
    const producer = this.producer;
    const admin = this.admin;
    this.producer = undefined;
    this.admin = undefined;
    await Promise.allSettled([
      producer?.then((p) => p.disconnect()),
      admin?.then((a) => a.disconnect()),
    ]);
  }
}

class KafkaBusConsumer implements Consumer {
  private consumer: KafkaConsumer | undefined;
  private readonly abort = new AbortController();
  private stopping = false;
  private stopped: Promise<void> | undefined;
  private inFlight: Promise<void> | undefined;
  /** Messages whose handler gave up but whose dead-letter write failed: redelivered straight to the DLT. */
  private readonly exhausted = new Map<string, { attempts: number; error: unknown }>();
  private readonly maxAttempts: number;

  constructor(
    private readonly bus: KafkaBusImpl,
    private readonly options: ConsumerOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  async start(): Promise<void> {
    const tuning = this.bus.options.consumer ?? {};
    const consumer = this.bus.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: tuning.sessionTimeout,
      heartbeatInterval: tuning.heartbeatInterval,
      rebalanceTimeout: tuning.rebalanceTimeout,
      maxWaitTimeInMs: tuning.maxWaitTimeInMs,
      retry: tuning.retry,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, (event) => {
      this.bus.logger.error(
        { groupId: this.options.groupId, restart: event.payload.restart, ...errorFields(event.payload.error) },
        'kafka consumer crashed',
      );
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 1,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        // Stopping: leave the rest of the fetched batch uncommitted (the next member gets it).
        if (this.stopping) return;
        const work = this.process(topic, partition, message, heartbeat);
        this.inFlight = work;
        try {
          await work;
        } finally {
          this.inFlight = undefined;
        }
      },
    });
    this.bus.logger.info({ groupId: this.options.groupId, topics: this.options.topics }, 'kafka consumer started');
  }

  private async process(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const consumer = this.consumer!;
    const id = `${topic}/${partition}/${message.offset}`;
    const commit = () => consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);

    let failure = this.exhausted.get(id);
    if (!failure) {
      let decoded: Omit<DeliveredMessage, 'attempt'> | undefined;
      try {
        decoded = decodeKafkaMessage(topic, partition, message);
      } catch (error) {
        this.bus.logger.error({ groupId: this.options.groupId, topic, partition, offset: message.offset, ...errorFields(error) }, 'undecodable message');
        failure = { attempts: 0, error };
      }
      if (decoded) {
        const result = await deliverWithRetries({
          handler: this.options.handler,
          message: decoded,
          firstAttempt: 1,
          maxAttempts: this.maxAttempts,
          retryBackoffMs: this.options.retryBackoffMs ?? DEFAULT_RETRY_BACKOFF_MS,
          signal: this.abort.signal,
          logger: this.bus.logger,
          groupId: this.options.groupId,
          between: heartbeat,
        });
        if (result.outcome === 'stopped') return; // uncommitted
        if (result.outcome === 'handled') {
          await commit();
          return;
        }
        failure = { attempts: result.attempts, error: result.error };
      }
    }

    try {
      await this.bus.publishDeadLetter({ topic, partition, message }, failure!.error, failure!.attempts);
    } catch (dltError) {
      // Never lose the message: leave it uncommitted and make kafkajs redeliver it.
      this.exhausted.set(id, failure!);
      this.bus.logger.error(
        { groupId: this.options.groupId, topic, partition, offset: message.offset, ...errorFields(dltError) },
        'dead-letter publish failed; message left uncommitted for redelivery',
      );
      throw dltError;
    }
    this.exhausted.delete(id);
    this.bus.logger.warn(
      { groupId: this.options.groupId, topic, partition, offset: message.offset, dlt: deadLetterTopic(topic) },
      'message moved to the dead-letter topic',
    );
    await commit();
  }

  stop(): Promise<void> {
    if (!this.stopped) {
      this.stopping = true;
      this.abort.abort();
      this.stopped = (async () => {
        try {
          await this.inFlight?.catch(() => undefined);
          await this.consumer?.disconnect();
        } finally {
          this.bus.consumerStopped(this);
          this.bus.logger.info({ groupId: this.options.groupId }, 'kafka consumer stopped');
        }
      })();
    }
    return this.stopped;
  }

  async lag(): Promise<Record<string, number>> {
    const admin = await this.bus.adminClient();
    const fromBeginning = this.options.fromBeginning ?? true;
    const committed = await admin.fetchOffsets({ groupId: this.options.groupId, topics: this.options.topics });
    const out: Record<string, number> = {};
    await Promise.all(
      this.options.topics.map(async (topic) => {
        const ends = await admin.fetchTopicOffsets(topic);
        const parts = committed.find((c) => c.topic === topic)?.partitions ?? [];
        let lag = 0;
        for (const p of ends) {
          const high = Number(p.high);
          const c = Number(parts.find((x) => x.partition === p.partition)?.offset ?? -1);
          const from = c >= 0 ? c : fromBeginning ? Number(p.low) : high;
          lag += Math.max(0, high - from);
        }
        out[topic] = lag;
      }),
    );
    return out;
  }
}

function encode(m: OutgoingMessage): { key: string; value: string; headers: IHeaders } {
  const headers: IHeaders = {
    ...m.headers,
    [HEADERS.eventId]: m.eventId,
    [HEADERS.type]: m.type,
    [HEADERS.schemaVersion]: String(m.schemaVersion),
    [HEADERS.correlationId]: m.correlationId,
  };
  if (m.causationId != null) headers[HEADERS.causationId] = m.causationId;
  return { key: m.key, value: JSON.stringify(m.payload ?? null), headers };
}

function headerText(v: IHeaders[string]): string | undefined {
  if (v === undefined) return undefined;
  const last = Array.isArray(v) ? v[v.length - 1] : v;
  return last === undefined ? undefined : last.toString();
}

export function decodeKafkaMessage(topic: string, partition: number, message: KafkaMessage): Omit<DeliveredMessage, 'attempt'> {
  const raw = message.headers ?? {};
  const get = (name: string) => headerText(raw[name]);
  const eventId = get(HEADERS.eventId);
  const type = get(HEADERS.type);
  const schemaVersion = Number(get(HEADERS.schemaVersion));
  const correlationId = get(HEADERS.correlationId);
  const problems: string[] = [];
  if (!eventId) problems.push(`missing header ${HEADERS.eventId}`);
  if (!type) problems.push(`missing header ${HEADERS.type}`);
  if (!Number.isInteger(schemaVersion)) problems.push(`bad header ${HEADERS.schemaVersion}`);
  if (correlationId === undefined) problems.push(`missing header ${HEADERS.correlationId}`);
  let payload: unknown = null;
  if (message.value) {
    try {
      payload = JSON.parse(message.value.toString('utf8')) as unknown;
    } catch (e) {
      problems.push(`payload is not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  if (problems.length) throw new Error(`Undecodable message ${topic}/${partition}@${message.offset}: ${problems.join('; ')}`);
  const headers: Record<string, string> = {};
  for (const name of Object.keys(raw)) {
    if (STANDARD_HEADERS.has(name)) continue;
    const v = get(name);
    if (v !== undefined) headers[name] = v;
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? '',
    eventId: eventId!,
    type: type!,
    schemaVersion,
    correlationId: correlationId!,
    causationId: get(HEADERS.causationId) ?? null,
    payload,
    headers,
  };
}
