/**
 * Event store -> bus relay (a transactional-outbox reader). It follows a catch-up subscription
 * of the event store, maps each recorded event to bus messages and publishes them in store
 * order; the durable checkpoint (`store.checkpoints`, same database as the events) is written
 * only AFTER the publish succeeded. A crash between publish and checkpoint re-publishes a few
 * messages on restart: consumers deduplicate by event id (see Inbox). A publish failure is
 * retried with backoff, forever: an event is never skipped.
 *
 * Batching: events are buffered and published together (up to `batchSize` events, or whatever
 * arrived when the subscription pauses), then one checkpoint is stored for the batch.
 *
 * The checkpoint is only worth what the bus keeps: with the in-process bus (memory only) a
 * restarted relay publishes everything again from position 0 (`resumeFrom`), because messages
 * published but not yet consumed when the process died are gone while the checkpoint is past them.
 *
 * One relay per `relayId` should run. The checkpoint is written with compare-and-set, so when
 * another writer moved it (a second instance during a rolling deploy, an operator resetting it)
 * this relay re-synchronises from the stored value instead of overwriting it.
 */
import { CheckpointConflictError, Mutex, type EventStore, type RecordedEvent, type Subscription } from '@capaian/eventstore';
import { backoffDelay, sleep } from './delivery.js';
import { errorFields, silentLogger, type MessagingLogger } from './logger.js';
import type { MessageBus, OutgoingMessage } from './port.js';

export interface EventStoreRelayOptions {
  store: EventStore;
  bus: MessageBus;
  /** Checkpoint id (one per relay, e.g. `planning-to-bus`). */
  relayId: string;
  /** Only events of this stream category. */
  category?: string;
  /** Messages for one event; an empty array skips the event (the checkpoint still moves past it). */
  toMessages: (event: RecordedEvent) => OutgoingMessage[];
  logger?: MessagingLogger;
  /** Maximum events per publish + checkpoint (default 50). */
  batchSize?: number;
  /** How long a partial batch may wait for more events before it is flushed (default 0 ms). */
  flushDelayMs?: number;
  /** First retry delay after a publish / checkpoint / subscription failure (default 200 ms, doubled, capped at 5 s). */
  retryBackoffMs?: number;
  /**
   * Where `start()` resumes. `checkpoint`: after the stored checkpoint (a durable bus such as
   * Kafka keeps what was published). `beginning`: position 0, every event again; the default for
   * the in-process bus, whose log lives in the process's memory: whatever it held that its
   * consumers had not handled yet died with the process, although the checkpoint had already
   * moved past it. Consumers deduplicate by event id, so the replay adds nothing twice.
   */
  resumeFrom?: 'checkpoint' | 'beginning';
}

interface Batch {
  messages: OutgoingMessage[];
  events: number;
  lastPosition: number;
}

const emptyBatch = (): Batch => ({ messages: [], events: 0, lastPosition: 0 });

class StaleSubscriptionError extends Error {
  constructor() {
    super('relay subscription superseded');
    this.name = 'StaleSubscriptionError';
  }
}

export class EventStoreRelay {
  private readonly logger: MessagingLogger;
  private readonly batchSize: number;
  private readonly flushDelayMs: number;
  private readonly retryBackoffMs: number;
  private readonly lock = new Mutex();

  private state: 'idle' | 'running' | 'stopping' = 'idle';
  private abort = new AbortController();
  private subscription: Subscription | undefined;
  private generation = 0;
  private pending: Batch = emptyBatch();
  private flushTimer: NodeJS.Timeout | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private restarting: Promise<void> | undefined;
  private failures = 0;

  private checkpoint: number | undefined;
  private publishedPosition = 0;
  private published = 0;

  constructor(private readonly options: EventStoreRelayOptions) {
    if (!options.relayId) throw new Error('EventStoreRelay: relayId is required');
    this.logger = options.logger ?? silentLogger;
    this.batchSize = Math.max(1, options.batchSize ?? 50);
    this.flushDelayMs = Math.max(0, options.flushDelayMs ?? 0);
    this.retryBackoffMs = options.retryBackoffMs ?? 200;
  }

  /** Position of the last stored checkpoint (everything up to it is published). */
  get position(): number {
    return this.checkpoint ?? 0;
  }

  /** Position of the last published event (>= position; equal once the checkpoint is written). */
  get publishedUpTo(): number {
    return this.publishedPosition;
  }

  /** Messages published since start (re-publications included). */
  get publishedMessages(): number {
    return this.published;
  }

  get running(): boolean {
    return this.state === 'running';
  }

  /**
   * Events not yet relayed. Without a category: store head position minus checkpoint. With a
   * category: the events of that category after the checkpoint (counted, capped at 10 000).
   */
  async lag(): Promise<number> {
    const { store, category } = this.options;
    if (!category) return Math.max(0, (await store.headPosition()) - this.position);
    let n = 0;
    for await (const _ of store.readAll({ fromPosition: this.position, category, maxCount: 10_000 })) {
      if (++n >= 10_000) break;
    }
    return n;
  }

  /** Loads the checkpoint and starts relaying from it. Rejects if the checkpoint cannot be read. */
  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error(`relay ${this.options.relayId} is already ${this.state}`);
    this.state = 'running';
    this.abort = new AbortController();
    try {
      this.checkpoint = await this.options.store.checkpoints.load(this.options.relayId);
    } catch (error) {
      this.state = 'idle';
      throw error;
    }
    if (this.state !== 'running') return; // stopped while loading
    const resumeFrom = this.options.resumeFrom ?? (this.options.bus.kind === 'in-process' ? 'beginning' : 'checkpoint');
    this.publishedPosition = resumeFrom === 'beginning' ? 0 : (this.checkpoint ?? 0);
    this.logger.info({ relayId: this.options.relayId, checkpoint: this.checkpoint ?? null, resumeFrom }, 'relay starting');
    this.subscribe();
  }

  /** Stops the subscription, flushes what was buffered (one attempt) and stores its checkpoint. */
  async stop(): Promise<void> {
    if (this.state !== 'running') return;
    this.state = 'stopping';
    this.abort.abort();
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    await this.restarting;
    await this.subscription?.stop().catch(() => undefined);
    this.subscription = undefined;
    const generation = this.generation;
    await this.flush(generation).catch((error: unknown) => {
      this.logger.warn({ relayId: this.options.relayId, ...errorFields(error) }, 'relay: final flush failed; the events will be relayed on the next start');
    });
    this.pending = emptyBatch();
    this.state = 'idle';
    this.logger.info({ relayId: this.options.relayId, checkpoint: this.checkpoint ?? null }, 'relay stopped');
  }

  private subscribe(): void {
    const generation = ++this.generation;
    const from = this.publishedPosition;
    this.subscription = this.options.store.subscribe({
      fromPosition: from,
      category: this.options.category,
      handler: (event) => this.onEvent(generation, event),
      onError: (error) => this.fail(generation, error),
      onCaughtUp: (position) => this.logger.info({ relayId: this.options.relayId, position }, 'relay caught up'),
    });
  }

  private async onEvent(generation: number, event: RecordedEvent): Promise<void> {
    if (generation !== this.generation || this.state !== 'running') throw new StaleSubscriptionError();
    const messages = this.options.toMessages(event);
    this.pending.messages.push(...messages);
    this.pending.events += 1;
    this.pending.lastPosition = event.position;
    if (this.pending.events >= this.batchSize) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
      await this.flush(generation);
    } else if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = undefined;
        this.flush(generation).catch((error: unknown) => this.fail(generation, error));
      }, this.flushDelayMs);
    }
  }

  private flush(generation: number): Promise<void> {
    return this.lock.runExclusive(async () => {
      if (generation !== this.generation) return; // superseded: its buffer was discarded
      const batch = this.pending;
      if (batch.events === 0) return;
      this.pending = emptyBatch();
      if (batch.messages.length) {
        try {
          await this.retrying('publish', () => this.options.bus.publish(batch.messages));
        } catch (error) {
          // Put the batch back in front (stop() tries once more; a restart discards and re-reads).
          if (generation === this.generation)
            this.pending = {
              messages: [...batch.messages, ...this.pending.messages],
              events: batch.events + this.pending.events,
              lastPosition: this.pending.events ? this.pending.lastPosition : batch.lastPosition,
            };
          throw error;
        }
      }
      this.published += batch.messages.length;
      this.publishedPosition = batch.lastPosition;
      await this.retrying('checkpoint', () => this.storeCheckpoint(batch.lastPosition));
      this.failures = 0;
    });
  }

  private async storeCheckpoint(position: number): Promise<void> {
    const { checkpoints } = this.options.store;
    try {
      await checkpoints.store(this.options.relayId, position, this.checkpoint);
      this.checkpoint = position;
    } catch (error) {
      if (!(error instanceof CheckpointConflictError)) throw error;
      const current = await checkpoints.load(this.options.relayId);
      if (current === position) {
        this.checkpoint = position; // our own earlier write whose reply was lost
        return;
      }
      this.logger.warn({ relayId: this.options.relayId, ours: position, stored: current ?? null }, 'relay checkpoint moved by someone else; re-synchronising from the stored value');
      this.checkpoint = current;
      this.publishedPosition = current ?? 0;
      throw error;
    }
  }

  /** Retries `fn` with backoff until it succeeds; gives up only when stopping or on a checkpoint conflict. */
  private async retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (error instanceof CheckpointConflictError || this.state !== 'running') throw error;
        this.logger.warn({ relayId: this.options.relayId, attempt, ...errorFields(error) }, `relay ${what} failed, retrying`);
        await sleep(backoffDelay(this.retryBackoffMs, attempt), this.abort.signal);
        if (this.state !== 'running') throw error;
      }
    }
  }

  /** The subscription or a flush failed: drop the buffer and resubscribe from the last published position. */
  private fail(generation: number, error: unknown): void {
    if (generation !== this.generation || this.state !== 'running') return;
    if (error instanceof StaleSubscriptionError) return;
    this.generation++; // invalidates the current subscription's callbacks and pending flushes
    this.pending = emptyBatch(); // re-read from the last published position after the restart
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const old = this.subscription;
    this.subscription = undefined;
    this.failures += 1;
    const delay = error instanceof CheckpointConflictError ? 0 : backoffDelay(this.retryBackoffMs, this.failures);
    this.logger.error({ relayId: this.options.relayId, retryInMs: delay, ...errorFields(error) }, 'relay failed; resubscribing');
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.restarting = (async () => {
        await old?.stop().catch(() => undefined);
        await this.lock.runExclusive(async () => {
          this.pending = emptyBatch();
        });
        if (this.state === 'running') this.subscribe();
      })().finally(() => (this.restarting = undefined));
    }, delay);
  }
}
