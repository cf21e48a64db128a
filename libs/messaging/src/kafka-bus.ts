/**
 * Kafka adapter of the bus port (kafkajs).
 *
 * - Producer: idempotent (`idempotent: true`, `maxInFlightRequests: 1`, acks = all), so a retried
 *   send neither duplicates nor reorders; key = `message.key` (murmur2 partitioning, same as Java
 *   clients), value = JSON of the payload, metadata in headers (see `HEADERS`).
 * - Topics: every service creates the topics it consumes and produces through the admin client
 *   (`ensureTopics`: idempotent, `numPartitions` partitions, a topic another service created at
 *   the same moment counts as created), then waits until the broker reports a leader for each
 *   partition. Known topics are cached.
 * - Consumers (see kafka-consumer.ts): `consume()` never fails on a broker that is down or on
 *   topics that are not there yet; the consumer keeps retrying with backoff and logs each wait.
 *   `ping()` (readiness) fails while the broker is unreachable or a consumer is not running.
 */
import kafkajs from 'kafkajs';
import type { Admin, KafkaMessage, LogEntry, Producer, RetryOptions, logCreator as LogCreator } from 'kafkajs';
import { backoffDelay, dltHeaders, sleep, validateConsumerOptions, validateOutgoing } from './delivery.js';
import { encode } from './kafka-codec.js';
import { DEFAULT_START_RETRY_BACKOFF_MS, KafkaBusConsumer } from './kafka-consumer.js';
import { silentLogger, type MessagingLogger } from './logger.js';
import { deadLetterTopic, type Consumer, type ConsumerOptions, type MessageBus, type OutgoingMessage } from './port.js';

export { decodeKafkaMessage } from './kafka-codec.js';

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
  /** First delay between two start attempts of a consumer (default 250 ms, doubled, capped at 5 s). */
  startRetryBackoffMs?: number;
  /** How long `ensureTopics` waits for the broker to report a leader for every partition (default 10 000 ms). */
  topicLeaderTimeoutMs?: number;
}

export interface KafkaBus extends MessageBus {
  readonly kind: 'kafka';
  /**
   * Creates the topics that do not exist yet (idempotent; cached: known topics cost nothing) and
   * waits until the broker reports a leader for each of their partitions.
   */
  ensureTopics(topics: string[]): Promise<void>;
}

export function createKafkaBus(options: KafkaBusOptions): KafkaBus {
  return new KafkaBusImpl(options);
}

/** The client once connected; a failed connect calls `forget` (the next use connects anew) and rejects. */
function connected<C extends { connect(): Promise<void> }>(client: C, forget: () => void): Promise<C> {
  return client.connect().then(
    () => client,
    (error: unknown) => {
      forget();
      throw error;
    },
  );
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
  readonly tuning: KafkaConsumerTuning;
  readonly startRetryBackoffMs: number;

  constructor(readonly options: KafkaBusOptions) {
    if (!options.brokers?.length) throw new Error('createKafkaBus: brokers is required');
    if (!options.clientId) throw new Error('createKafkaBus: clientId is required');
    this.logger = options.logger ?? silentLogger;
    this.tuning = options.consumer ?? {};
    this.startRetryBackoffMs = options.startRetryBackoffMs ?? DEFAULT_START_RETRY_BACKOFF_MS;
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
      this.producer = connected(producer, () => (this.producer = undefined));
    }
    return this.producer;
  }

  private getAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = connected(admin, () => (this.admin = undefined));
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
        await this.waitForLeaders(admin, missing);
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

  /**
   * `createTopics` returns at once when the topics exist already (e.g. another service created
   * them a moment ago), before the broker may know their partitions' leaders: subscribing then
   * fails with UNKNOWN_TOPIC_OR_PARTITION. Polls the metadata until every partition has a leader.
   */
  private async waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
    const timeoutMs = this.options.topicLeaderTimeoutMs ?? 10_000;
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 1; ; attempt++) {
      let problem: string;
      try {
        const { topics: meta } = await admin.fetchTopicMetadata({ topics });
        const notReady = topics.filter((t) => {
          const partitions = meta.find((m) => m.name === t)?.partitions ?? [];
          return partitions.length === 0 || partitions.some((p) => p.leader < 0);
        });
        if (notReady.length === 0) return;
        problem = `no leader yet for ${notReady.join(', ')}`;
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (Date.now() >= deadline) throw new Error(`kafka topics not ready after ${timeoutMs} ms: ${problem}`);
      this.logger.info({ topics, attempt, problem }, 'waiting for kafka topic leaders');
      await sleep(backoffDelay(50, attempt));
    }
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('kafka bus is closed');
    if (messages.length === 0) return;
    const byTopic = new Map<string, { key: string; value: string; headers: ReturnType<typeof encode>['headers'] }[]>();
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
  async publishDeadLetter(original: { topic: string; partition: number; message: KafkaMessage }, error: unknown, attempts: number): Promise<void> {
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

  /**
   * Resolves once the consumer runs, or after its first failed start attempt (broker down, topics
   * not ready): it then keeps retrying in the background (`running`, `whenRunning()`).
   */
  async consume(options: ConsumerOptions): Promise<Consumer> {
    if (this.closed) throw new Error('kafka bus is closed');
    validateConsumerOptions(options);
    const topics = [...new Set(options.topics)];
    const consumer = new KafkaBusConsumer(this, { ...options, topics });
    this.consumers.add(consumer);
    await consumer.begin();
    return consumer;
  }

  consumerStopped(consumer: KafkaBusConsumer): void {
    this.consumers.delete(consumer);
  }

  adminClient(): Promise<Admin> {
    return this.getAdmin();
  }

  /** Readiness: the broker answers and every consumer of this bus is subscribed and fetching. */
  async ping(): Promise<void> {
    await this.pingBroker();
    const waiting = [...this.consumers].filter((c) => !c.running);
    if (waiting.length > 0) throw new Error(`kafka ${waiting.map((c) => c.describeWait()).join('; ')}`);
  }

  async pingBroker(): Promise<void> {
    if (this.closed) throw new Error('kafka bus is closed');
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
    await Promise.allSettled([producer?.then((p) => p.disconnect()), admin?.then((a) => a.disconnect())]);
  }
}
