/**
 * One consumer of the Kafka bus (one kafkajs consumer per `consume()` call).
 *
 * Start-up never gives up: each attempt checks that the broker answers, creates the topics (or
 * finds them created by another service) and waits until the broker reports a leader for every
 * partition, then connects, subscribes and runs. A failed attempt (broker down, topic metadata
 * not propagated yet, UNKNOWN_TOPIC_OR_PARTITION while another service creates the topic...) is
 * logged and retried with a growing delay, until `stop()`. A crash kafkajs does not restart
 * itself goes through the same loop. `running` says whether the consumer is subscribed and
 * fetching (the bus's readiness ping fails while one is not).
 *
 * Delivery: `autoCommit: false`. A message is committed (offset + 1) only after the handler
 * succeeded, or after it was written to `<topic>.dlt` once the handler failed `maxAttempts`
 * times. If the dead-letter write fails too, nothing is committed and the message is redelivered
 * (the error goes back to kafkajs, which re-fetches from the last handled offset).
 */
import type kafkajs from 'kafkajs';
import type { Admin, Consumer as KafkaConsumer, KafkaMessage } from 'kafkajs';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BACKOFF_MS, backoffDelay, deliverWithRetries, describeError, sleep } from './delivery.js';
import { decodeKafkaMessage } from './kafka-codec.js';
import { errorFields, type MessagingLogger } from './logger.js';
import { deadLetterTopic, type Consumer, type ConsumerOptions, type DeliveredMessage } from './port.js';

/** First delay between two start attempts (doubled each time, capped at 5 s). */
export const DEFAULT_START_RETRY_BACKOFF_MS = 250;

/** What a consumer needs from its bus. */
export interface KafkaConsumerHost {
  readonly kafka: InstanceType<typeof kafkajs.Kafka>;
  readonly logger: MessagingLogger;
  readonly tuning: {
    sessionTimeout?: number;
    heartbeatInterval?: number;
    rebalanceTimeout?: number;
    maxWaitTimeInMs?: number;
    retry?: kafkajs.RetryOptions;
  };
  readonly startRetryBackoffMs: number;
  /** Fails fast when the broker does not answer. */
  pingBroker(): Promise<void>;
  /** Creates the topics that do not exist and waits until every partition has a leader. */
  ensureTopics(topics: string[]): Promise<void>;
  publishDeadLetter(original: { topic: string; partition: number; message: KafkaMessage }, error: unknown, attempts: number): Promise<void>;
  adminClient(): Promise<Admin>;
  consumerStopped(consumer: KafkaBusConsumer): void;
}

export class KafkaBusConsumer implements Consumer {
  private consumer: KafkaConsumer | undefined;
  private readonly abort = new AbortController();
  private stopping = false;
  private stopped: Promise<void> | undefined;
  private inFlight: Promise<void> | undefined;
  private loop: Promise<void> | undefined;
  private isRunningNow = false;
  private failedAttempts = 0;
  private lastError: unknown;
  private readonly runningWaiters: Array<() => void> = [];
  /** Messages whose handler gave up but whose dead-letter write failed: redelivered straight to the DLT. */
  private readonly exhausted = new Map<string, { attempts: number; error: unknown }>();
  private readonly maxAttempts: number;

  constructor(
    private readonly bus: KafkaConsumerHost,
    readonly options: ConsumerOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  get running(): boolean {
    return this.isRunningNow && !this.stopping;
  }

  whenRunning(): Promise<void> {
    if (this.running) return Promise.resolve();
    return new Promise((resolve) => this.runningWaiters.push(resolve));
  }

  /** Why the consumer is not running (for readiness). */
  describeWait(): string {
    const why = this.lastError === undefined ? 'starting' : describeError(this.lastError);
    return `consumer ${this.options.groupId} (${this.options.topics.join(', ')}) not running yet after ${this.failedAttempts} failed attempt(s): ${why}`;
  }

  /** Starts the start-up loop; resolves after the first attempt, whether it succeeded or not. */
  begin(): Promise<void> {
    return new Promise((firstAttemptDone) => {
      this.loop = this.startLoop(firstAttemptDone);
    });
  }

  private async startLoop(firstAttemptDone: () => void): Promise<void> {
    while (!this.stopping) {
      try {
        await this.attempt();
        if (this.failedAttempts > 0) {
          this.bus.logger.info({ groupId: this.options.groupId, topics: this.options.topics, failedAttempts: this.failedAttempts }, 'kafka consumer connected after waiting for the broker');
        }
        this.failedAttempts = 0;
        this.lastError = undefined;
        this.markRunning();
        firstAttemptDone();
        return;
      } catch (error) {
        this.failedAttempts += 1;
        this.lastError = error;
        await this.discardClient();
        firstAttemptDone();
        if (this.stopping) return;
        const retryInMs = backoffDelay(this.bus.startRetryBackoffMs, this.failedAttempts);
        this.bus.logger.warn(
          { groupId: this.options.groupId, topics: this.options.topics, attempt: this.failedAttempts, retryInMs, error: describeError(error) },
          'kafka consumer waiting for the broker and its topics',
        );
        await sleep(retryInMs, this.abort.signal);
      }
    }
  }

  private async attempt(): Promise<void> {
    await this.bus.pingBroker();
    await this.bus.ensureTopics(this.options.topics);
    if (this.stopping) return;
    const tuning = this.bus.tuning;
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
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (this.consumer === consumer) this.markRunning();
    });
    consumer.on(consumer.events.CRASH, (event) => {
      const { restart, error } = event.payload;
      this.bus.logger.error({ groupId: this.options.groupId, restart, ...errorFields(error) }, 'kafka consumer crashed');
      if (this.consumer !== consumer || this.stopping) return;
      this.isRunningNow = false;
      this.lastError = error;
      // kafkajs restarts after a retriable error itself; anything else restarts through the start-up loop.
      if (!restart) this.loop = this.discardClient().then(() => this.startLoop(() => undefined));
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

  private markRunning(): void {
    if (this.stopping) return;
    this.isRunningNow = true;
    this.runningWaiters.splice(0).forEach((w) => w());
  }

  private async discardClient(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    this.isRunningNow = false;
    await consumer?.disconnect().catch(() => undefined);
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
    this.bus.logger.warn({ groupId: this.options.groupId, topic, partition, offset: message.offset, dlt: deadLetterTopic(topic) }, 'message moved to the dead-letter topic');
    await commit();
  }

  stop(): Promise<void> {
    if (!this.stopped) {
      this.stopping = true;
      this.abort.abort();
      this.stopped = (async () => {
        try {
          await this.loop;
          await this.inFlight?.catch(() => undefined);
          await this.consumer?.disconnect();
        } finally {
          this.isRunningNow = false;
          this.bus.consumerStopped(this);
          this.bus.logger.info({ groupId: this.options.groupId }, 'kafka consumer stopped');
        }
      })();
    }
    return this.stopped;
  }

  async lag(): Promise<Record<string, number>> {
    // While waiting for the broker, fail fast instead of through the admin client's long retries.
    if (!this.running) await this.bus.pingBroker();
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
