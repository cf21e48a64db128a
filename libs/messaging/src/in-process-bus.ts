/**
 * In-process message bus for embedded mode (one process, no broker), with the same semantics
 * as the Kafka adapter: every topic is an ordered in-memory log (a single partition, so order
 * per key holds trivially), consumer groups keep committed offsets (a new consumer of a known
 * group resumes where the previous one committed), handlers run one message at a time per
 * consumer, failures are retried with backoff and then go to `<topic>.dlt`, and a message is
 * only committed after it was handled (or dead-lettered). Nothing survives a restart: this is an
 * embedded/test adapter, not a durable log (the event store relay re-publishes from its checkpoint).
 */
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BACKOFF_MS, STANDARD_HEADERS, deliverWithRetries, dltHeaders, sleep, validateConsumerOptions, validateOutgoing } from './delivery.js';
import { silentLogger, type MessagingLogger } from './logger.js';
import { deadLetterTopic, type Consumer, type ConsumerOptions, type DeliveredMessage, type MessageBus, type OutgoingMessage } from './port.js';

export interface InProcessBusOptions {
  logger?: MessagingLogger;
}

export interface InProcessBus extends MessageBus {
  readonly kind: 'in-process';
  /** Messages stored in a topic (a copy), for tests and diagnostics. */
  messages(topic: string): Omit<DeliveredMessage, 'attempt'>[];
  /** Resolves once every running consumer has handled everything it can see (for tests / graceful shutdown). */
  whenIdle(timeoutMs?: number): Promise<void>;
}

type StoredMessage = Omit<DeliveredMessage, 'attempt'>;

interface Group {
  /** Next offset to handle, per topic. */
  committed: Map<string, number>;
  /** Consumers of the group in registration order: the first one subscribed to a topic owns it. */
  members: InProcessConsumer[];
}

class InProcessConsumer implements Consumer {
  private readonly abort = new AbortController();
  private stopping = false;
  private wakeUp: (() => void) | undefined;
  private pendingWake = false;
  private busy = false;
  private rr = 0;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly bus: InProcessBusImpl,
    private readonly group: Group,
    readonly options: ConsumerOptions,
    private readonly logger: MessagingLogger,
  ) {}

  start(): void {
    this.loop = this.run().catch((error: unknown) => {
      this.logger.error({ groupId: this.options.groupId, error: String(error) }, 'in-process consumer loop crashed');
    });
  }

  wake(): void {
    this.pendingWake = true;
    const w = this.wakeUp;
    this.wakeUp = undefined;
    w?.();
  }

  get running(): boolean {
    return !this.stopping;
  }

  whenRunning(): Promise<void> {
    return Promise.resolve();
  }

  /** True when the consumer has nothing to do right now. */
  isIdle(): boolean {
    return this.stopping || (!this.busy && this.next() === undefined);
  }

  async stop(): Promise<void> {
    if (!this.stopping) {
      this.stopping = true;
      this.abort.abort();
      this.wake();
    }
    await this.loop;
    this.bus.removeConsumer(this);
  }

  async lag(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const topic of this.options.topics) {
      out[topic] = this.bus.log(topic).length - (this.group.committed.get(topic) ?? 0);
    }
    return out;
  }

  private owns(topic: string): boolean {
    return this.group.members.find((m) => m.options.topics.includes(topic)) === this;
  }

  private next(): { topic: string; offset: number; message: StoredMessage } | undefined {
    const topics = this.options.topics;
    for (let i = 0; i < topics.length; i++) {
      const topic = topics[(this.rr + i) % topics.length]!;
      if (!this.owns(topic)) continue;
      const offset = this.group.committed.get(topic) ?? 0;
      const log = this.bus.log(topic);
      if (offset < log.length) {
        this.rr = (this.rr + i + 1) % topics.length;
        return { topic, offset, message: log[offset]! };
      }
    }
    return undefined;
  }

  private async run(): Promise<void> {
    // Delivery is asynchronous: never call the handler in the caller's tick.
    await new Promise<void>((r) => setImmediate(r));
    while (!this.stopping) {
      const item = this.next();
      if (!item) {
        if (this.pendingWake) {
          this.pendingWake = false;
          continue;
        }
        await new Promise<void>((resolve) => (this.wakeUp = resolve));
        this.pendingWake = false;
        continue;
      }
      this.busy = true;
      try {
        await this.handle(item.topic, item.offset, item.message);
      } finally {
        this.busy = false;
      }
    }
  }

  private async handle(topic: string, offset: number, message: StoredMessage): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const result = await deliverWithRetries({
      handler: this.options.handler,
      message: cloneMessage(message),
      firstAttempt: 1,
      maxAttempts,
      retryBackoffMs: this.options.retryBackoffMs ?? DEFAULT_RETRY_BACKOFF_MS,
      signal: this.abort.signal,
      logger: this.logger,
      groupId: this.options.groupId,
    });
    if (result.outcome === 'stopped') return; // uncommitted: the next consumer of the group gets it again
    if (result.outcome === 'failed') {
      this.bus.appendDeadLetter(message, result.error, result.attempts);
    }
    this.group.committed.set(topic, offset + 1);
  }
}

class InProcessBusImpl implements InProcessBus {
  readonly kind = 'in-process' as const;
  private readonly topics = new Map<string, StoredMessage[]>();
  private readonly groups = new Map<string, Group>();
  private readonly consumers = new Set<InProcessConsumer>();
  private closed = false;

  constructor(private readonly logger: MessagingLogger) {}

  log(topic: string): StoredMessage[] {
    let log = this.topics.get(topic);
    if (!log) {
      log = [];
      this.topics.set(topic, log);
    }
    return log;
  }

  messages(topic: string): StoredMessage[] {
    return (this.topics.get(topic) ?? []).map(cloneMessage);
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('in-process bus is closed');
    // Validate and serialise everything first: a batch is appended entirely or not at all.
    const prepared = messages.map((m) => {
      validateOutgoing(m);
      return { topic: m.topic, message: toStored(m) };
    });
    for (const { topic, message } of prepared) {
      const log = this.log(topic);
      log.push({ ...message, offset: String(log.length) });
    }
    if (prepared.length) this.wakeAll();
  }

  appendDeadLetter(message: StoredMessage, error: unknown, attempts: number): void {
    const topic = deadLetterTopic(message.topic);
    const log = this.log(topic);
    log.push({
      ...cloneMessage(message),
      topic,
      partition: 0,
      offset: String(log.length),
      headers: { ...message.headers, ...dltHeaders(message, error, attempts) },
    });
    this.wakeAll();
  }

  async consume(options: ConsumerOptions): Promise<Consumer> {
    if (this.closed) throw new Error('in-process bus is closed');
    validateConsumerOptions(options);
    let group = this.groups.get(options.groupId);
    if (!group) {
      group = { committed: new Map(), members: [] };
      this.groups.set(options.groupId, group);
    }
    for (const topic of options.topics) {
      if (!group.committed.has(topic)) {
        group.committed.set(topic, options.fromBeginning === false ? this.log(topic).length : 0);
      }
    }
    const consumer = new InProcessConsumer(this, group, { ...options, topics: [...new Set(options.topics)] }, this.logger);
    group.members.push(consumer);
    this.consumers.add(consumer);
    consumer.start();
    return consumer;
  }

  removeConsumer(consumer: InProcessConsumer): void {
    if (!this.consumers.delete(consumer)) return;
    const group = this.groups.get(consumer.options.groupId);
    if (group) group.members = group.members.filter((m) => m !== consumer);
    this.wakeAll(); // another member of the group may now own the topic
  }

  async whenIdle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Two consecutive idle observations a macrotask apart, so a just-woken loop is seen busy.
      if ([...this.consumers].every((c) => c.isIdle())) {
        await sleep(1);
        if ([...this.consumers].every((c) => c.isIdle())) return;
      }
      if (Date.now() > deadline) throw new Error(`in-process bus not idle after ${timeoutMs} ms`);
      await sleep(2);
    }
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('in-process bus is closed');
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.consumers].map((c) => c.stop()));
  }

  private wakeAll(): void {
    for (const c of this.consumers) c.wake();
  }
}

function toStored(m: OutgoingMessage): StoredMessage {
  // JSON round trip: the consumer sees what a broker would give it (and a payload that cannot
  // be serialised fails at publish time, as with Kafka).
  const json = JSON.stringify(m.payload ?? null);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.headers ?? {})) if (!STANDARD_HEADERS.has(k)) headers[k] = v;
  return {
    topic: m.topic,
    key: m.key,
    eventId: m.eventId,
    type: m.type,
    schemaVersion: m.schemaVersion,
    correlationId: m.correlationId,
    causationId: m.causationId ?? null,
    payload: JSON.parse(json) as unknown,
    headers,
    partition: 0,
    offset: '0',
  };
}

function cloneMessage(m: StoredMessage): StoredMessage {
  return { ...m, payload: structuredClone(m.payload), headers: { ...m.headers } };
}

export function createInProcessBus(options: InProcessBusOptions = {}): InProcessBus {
  return new InProcessBusImpl(options.logger ?? silentLogger);
}
