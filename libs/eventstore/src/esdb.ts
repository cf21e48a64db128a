/**
 * Event store on EventStoreDB (gRPC client @eventstore/db-client 6.x, server 22.x+).
 *
 * Honest differences from the SQL adapters (see README):
 * - Positions are the commit positions of the transaction log: strictly increasing for
 *   single-event appends, but NOT gapless; the events of one multi-event append may share a
 *   commit position (resuming from it can redeliver the rest of that batch: at-least-once).
 *   readStream() reports position -1 when the server does not return positions for stream
 *   reads (servers before 22.6).
 * - Idempotency is EventStoreDB's own (by event id, per stream). A repeat is detected when the
 *   server reports no position (idempotent write) and confirmed by reading the stream; after a
 *   WrongExpectedVersion the stream is scanned for the batch's ids. An id already used in ANOTHER
 *   stream is not detected (EventStoreDB has no global index by event id). With
 *   expectedRevision 'any' the server's de-duplication is best-effort.
 * - Checkpoints live in streams `capaian.checkpoint-<id>` (metadata maxCount 1), hidden from
 *   readAll / subscribe. Compare-and-set uses the stream revision.
 * - Reading $all needs a user allowed to read it (admin) on a secure cluster.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  AllStreamResolvedEvent,
  AppendExpectedRevision,
  EventStoreDBClient,
  Position,
  ReadPosition,
  ResolvedEvent,
  AllStreamSubscription,
} from '@eventstore/db-client';
import {
  CheckpointConflictError,
  IdempotencyConflictError,
  WrongExpectedRevisionError,
  categoryOf,
  type AppendOptions,
  type AppendResult,
  type CheckpointStore,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type UpcasterMap,
} from './port.js';
import { applyUpcasters, validateBatch } from './store-support.js';

type EsdbModule = typeof import('@eventstore/db-client');

export interface EventStoreDbConfig {
  /** e.g. `esdb://localhost:2113?tls=false` */
  connectionString: string;
  upcasters?: UpcasterMap;
}

export const ESDB_CHECKPOINT_CATEGORY = 'capaian.checkpoint';
const CHECKPOINT_EVENT_TYPE = 'capaian.checkpoint-stored';
const PAGE_SIZE = 500;

export async function createEventStoreDbStore(config: EventStoreDbConfig): Promise<EventStoreDbStore> {
  // Loaded lazily: gRPC is only needed by services that run on EventStoreDB.
  const esdb: EsdbModule = await import('@eventstore/db-client');
  const client = esdb.EventStoreDBClient.connectionString(config.connectionString);
  return new EventStoreDbStore(esdb, client, config.upcasters ?? {});
}

function isHidden(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$') || categoryOf(streamId) === ESDB_CHECKPOINT_CATEGORY;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

function toEsdbPosition(position: number): Position {
  return { commit: BigInt(position), prepare: BigInt(position) };
}

export class EventStoreDbStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  readonly checkpoints: CheckpointStore;
  private readonly subscriptions = new Set<EsdbSubscription>();

  constructor(
    private readonly esdb: EsdbModule,
    /** The underlying client (for diagnostics); the store owns it: close() disposes it. */
    readonly client: EventStoreDBClient,
    private readonly upcasters: UpcasterMap,
  ) {
    this.checkpoints = new EsdbCheckpointStore(esdb, client);
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const ids = validateBatch(streamId, events);
    const { esdb } = this;
    const expected = options.expectedRevision;
    const expectedRevision: AppendExpectedRevision = expected === 'any' ? esdb.ANY : expected === 'no_stream' ? esdb.NO_STREAM : BigInt(expected);
    const data = events.map((e, i) =>
      esdb.jsonEvent({
        id: ids[i]!,
        type: e.type,
        // EventStoreDB stores JSON documents; scalars are stored as their JSON text as well.
        data: (e.data === undefined ? null : e.data) as never,
        metadata: {
          ...e.metadata,
          causationId: e.metadata.causationId ?? null,
          actor: e.metadata.actor ?? null,
          // EventStoreDB has no field for it; kept in the metadata and removed on read.
          schemaVersion: e.schemaVersion,
          // EventStoreDB's own conventions, used by its system projections.
          $correlationId: e.metadata.correlationId,
          ...(e.metadata.causationId ? { $causationId: e.metadata.causationId } : {}),
        },
      }),
    );
    try {
      const result = await this.client.appendToStream(streamId, data, { expectedRevision });
      const nextExpectedRevision = Number(result.nextExpectedRevision);
      if (!result.position) {
        // The server reports no position for an idempotent write: confirm by reading the batch back.
        const repeat = await this.findExisting(streamId, ids);
        if (repeat.length === ids.length) return this.repeatResult(repeat);
        return { written: true, nextExpectedRevision, position: -1 };
      }
      return { written: true, nextExpectedRevision, position: Number(result.position.commit) };
    } catch (error) {
      if (!(error instanceof esdb.WrongExpectedVersionError)) throw error;
      const existing = await this.findExisting(streamId, ids);
      if (existing.length === ids.length) return this.repeatResult(existing);
      if (existing.length > 0) throw new IdempotencyConflictError(streamId, existing.map((e) => e.id));
      const actual = error.actualVersion;
      throw new WrongExpectedRevisionError(streamId, expected, typeof actual === 'bigint' ? Number(actual) : 'no_stream');
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { esdb } = this;
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const backwards = options.direction === 'backwards';
    const out: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? esdb.BACKWARDS : esdb.FORWARDS,
        fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? esdb.END : esdb.START,
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      });
      for await (const resolved of read) {
        const event = this.toRecorded(resolved);
        if (event) out.push(event);
      }
    } catch (error) {
      if (error instanceof esdb.StreamNotFoundError) return [];
      throw error;
    }
    return out;
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent, void, undefined> {
    const { esdb } = this;
    const from = options.fromPosition ?? 0;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0) return;
    // Reads from a position are inclusive on the server: skip everything up to `after`.
    let after: Position | undefined = from > 0 ? toEsdbPosition(from) : undefined;
    let cursor: ReadPosition = after ?? esdb.START;
    for (;;) {
      let count = 0;
      let last: Position | undefined;
      for await (const resolved of this.client.readAll({ fromPosition: cursor, maxCount: PAGE_SIZE, direction: esdb.FORWARDS, resolveLinkTos: false })) {
        count++;
        const raw = resolved.event;
        if (!raw) continue;
        last = raw.position;
        if (after && comparePositions(raw.position, after) <= 0) continue;
        if (isHidden(raw.streamId, raw.type)) continue;
        if (options.category && categoryOf(raw.streamId) !== options.category) continue;
        const event = this.toRecorded(resolved);
        if (!event) continue;
        yield event;
        if (--remaining <= 0) return;
      }
      if (count < PAGE_SIZE || !last) return;
      cursor = last;
      after = last;
    }
  }

  subscribe(options: SubscribeOptions): Subscription {
    const subscription = new EsdbSubscription(this, this.esdb, options);
    this.subscriptions.add(subscription);
    subscription.done.finally(() => this.subscriptions.delete(subscription)).catch(() => undefined);
    return subscription;
  }

  async headPosition(): Promise<number> {
    const { esdb } = this;
    let cursor: ReadPosition = esdb.END;
    for (;;) {
      let count = 0;
      let last: Position | undefined;
      for await (const resolved of this.client.readAll({ fromPosition: cursor, maxCount: PAGE_SIZE, direction: esdb.BACKWARDS })) {
        count++;
        const raw = resolved.event;
        if (!raw) continue;
        if (last && comparePositions(raw.position, last) >= 0) continue;
        last = raw.position;
        if (!isHidden(raw.streamId, raw.type)) return Number(raw.position.commit);
      }
      if (count < PAGE_SIZE || !last) return 0;
      cursor = last;
    }
  }

  async ping(): Promise<void> {
    for await (const _ of this.client.readAll({ maxCount: 1, direction: this.esdb.BACKWARDS, fromPosition: this.esdb.END })) break;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  /** @internal */
  toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
    const raw = resolved.event;
    if (!raw) return undefined;
    const stored = raw.metadata && !(raw.metadata instanceof Uint8Array) && typeof raw.metadata === 'object' ? (raw.metadata as Record<string, unknown>) : {};
    const { schemaVersion, $correlationId, $causationId, ...rest } = stored;
    const metadata: EventMetadata = {
      ...rest,
      correlationId: typeof rest['correlationId'] === 'string' ? rest['correlationId'] : typeof $correlationId === 'string' ? $correlationId : '',
      causationId: (rest['causationId'] as string | null | undefined) ?? (typeof $causationId === 'string' ? $causationId : null),
      actor: (rest['actor'] as string | null | undefined) ?? null,
      recordedAt: raw.created.toISOString(),
    };
    return applyUpcasters(this.upcasters, {
      id: raw.id,
      type: raw.type,
      schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
      data: raw.data,
      metadata,
      streamId: raw.streamId,
      revision: Number(raw.revision),
      position: raw.position ? Number(raw.position.commit) : -1,
    });
  }

  private async findExisting(streamId: string, ids: string[]): Promise<RecordedEvent[]> {
    const wanted = new Set(ids);
    const found = (await this.readStream(streamId)).filter((e) => wanted.has(e.id.toLowerCase()));
    return found;
  }

  private repeatResult(existing: RecordedEvent[]): AppendResult {
    return {
      written: false,
      nextExpectedRevision: Math.max(...existing.map((e) => e.revision)),
      position: Math.max(...existing.map((e) => e.position)),
    };
  }
}

const handlerContext = new AsyncLocalStorage<EsdbSubscription>();

class EsdbSubscription implements Subscription {
  readonly done: Promise<void>;
  private current: number;
  private stopped = false;
  private subscription: AllStreamSubscription | undefined;

  constructor(
    private readonly store: EventStoreDbStore,
    private readonly esdb: EsdbModule,
    private readonly options: SubscribeOptions,
  ) {
    this.current = options.fromPosition ?? 0;
    this.done = this.run();
  }

  get position(): number {
    return this.current;
  }

  stop(): Promise<void> {
    this.stopped = true;
    void this.subscription?.unsubscribe().catch(() => undefined);
    if (handlerContext.getStore() === this) return Promise.resolve();
    return this.done;
  }

  private async run(): Promise<void> {
    const { esdb, options } = this;
    const from = this.current;
    let caughtUpCalled = false;
    let serverCaughtUp = false;
    let handling = false;
    const caughtUp = (): void => {
      if (caughtUpCalled || this.stopped) return;
      caughtUpCalled = true;
      options.onCaughtUp?.(this.current);
    };
    try {
      const head = await this.store.headPosition();
      if (this.stopped) return;
      const regex = options.category ? `^${escapeRegex(options.category)}(-|$)` : `^(?!\\$)(?!${escapeRegex(ESDB_CHECKPOINT_CATEGORY)}(-|$))`;
      const sub = this.store.client.subscribeToAll({
        fromPosition: from > 0 ? toEsdbPosition(from) : esdb.START,
        resolveLinkTos: false,
        filter: esdb.streamNameFilter({
          regex,
          checkpointInterval: 1,
          // Server checkpoints past the head seen at start also mean "caught up" (filtered streams).
          checkpointReached: (_s, position) => {
            if (Number(position.commit) >= head && !handling && sub.readableLength === 0) caughtUp();
          },
        }),
      });
      this.subscription = sub;
      // The caughtUp message can arrive while earlier events are still buffered: wait for them.
      sub.on('caughtUp', () => {
        serverCaughtUp = true;
        if (!handling && sub.readableLength === 0) caughtUp();
      });
      if (head <= from) caughtUp();
      if (this.stopped) {
        await sub.unsubscribe();
        return;
      }
      const after = toEsdbPosition(from);
      for await (const resolved of sub) {
        if (this.stopped) break;
        const raw = resolved.event;
        if (!raw || isHidden(raw.streamId, raw.type)) continue;
        if (from > 0 && comparePositions(raw.position, after) <= 0) continue;
        if (options.category && categoryOf(raw.streamId) !== options.category) continue;
        const event = this.store.toRecorded(resolved);
        if (!event) continue;
        handling = true;
        try {
          await handlerContext.run(this, () => options.handler(event));
        } finally {
          handling = false;
        }
        this.current = event.position;
        if ((serverCaughtUp || event.position >= head) && sub.readableLength === 0) caughtUp();
      }
    } catch (error) {
      if (this.stopped) return;
      this.stopped = true;
      if (options.onError) options.onError(error);
      else console.error(`EventStoreDB subscription stopped at position ${this.current}:`, error);
    } finally {
      await this.subscription?.unsubscribe().catch(() => undefined);
    }
  }
}

class EsdbCheckpointStore implements CheckpointStore {
  constructor(
    private readonly esdb: EsdbModule,
    private readonly client: EventStoreDBClient,
  ) {}

  private streamOf(checkpointId: string): string {
    return `${ESDB_CHECKPOINT_CATEGORY}-${checkpointId}`;
  }

  private async last(checkpointId: string): Promise<{ revision: bigint; position: number } | undefined> {
    const { esdb } = this;
    try {
      for await (const resolved of this.client.readStream(this.streamOf(checkpointId), { direction: esdb.BACKWARDS, fromRevision: esdb.END, maxCount: 1 })) {
        const raw = resolved.event;
        if (!raw) continue;
        const data = raw.data as { position?: unknown };
        return { revision: raw.revision, position: Number(data.position) };
      }
    } catch (error) {
      if (error instanceof esdb.StreamNotFoundError) return undefined;
      throw error;
    }
    return undefined;
  }

  async load(checkpointId: string): Promise<number | undefined> {
    return (await this.last(checkpointId))?.position;
  }

  /** With `expected`, a missing checkpoint counts as position 0. */
  async store(checkpointId: string, position: number, expected?: number): Promise<void> {
    const { esdb } = this;
    const stream = this.streamOf(checkpointId);
    let expectedRevision: AppendExpectedRevision = esdb.ANY;
    if (expected !== undefined) {
      const last = await this.last(checkpointId);
      if ((last?.position ?? 0) !== expected) throw new CheckpointConflictError(checkpointId, expected, last?.position);
      expectedRevision = last ? last.revision : esdb.NO_STREAM;
    }
    try {
      const result = await this.client.appendToStream(stream, esdb.jsonEvent({ type: CHECKPOINT_EVENT_TYPE, data: { position } }), { expectedRevision });
      if (result.nextExpectedRevision === BigInt(0)) await this.client.setStreamMetadata(stream, { maxCount: 1 });
    } catch (error) {
      if (error instanceof esdb.WrongExpectedVersionError) throw new CheckpointConflictError(checkpointId, expected ?? 0, await this.load(checkpointId));
      throw error;
    }
  }
}
