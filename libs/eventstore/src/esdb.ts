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
 *   expectedRevision 'any' the repeat is recognised among the stream's last 100 events.
 * - Hash chain: the hash and previous hash are kept in the metadata (capaianHash,
 *   capaianPreviousHash); recordedAt is set by the writer (the hash covers it). To chain on the
 *   right head, every append is made exact on the head it read ('any' retries on a race).
 * - Checkpoints live in streams `capaian.checkpoint-<id>` (metadata maxCount 1), hidden from
 *   readAll / subscribe. Compare-and-set uses the stream revision.
 * - Reading $all needs a user allowed to read it (admin) on a secure cluster.
 * - Append conditions (other streams' revisions) cannot be checked in the append's transaction:
 *   they are checked before the append, and re-checked after it by commit position; a condition
 *   stream that moved before the commit is reported as AppendConditionRaceError (events stored).
 */
import type { AllStreamResolvedEvent, AppendExpectedRevision, EventStoreDBClient, Position, ReadPosition, ResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import {
  AppendConditionRaceError,
  WrongExpectedRevisionError,
  categoryOf,
  type AppendOptions,
  type AppendResult,
  type CheckpointStore,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type UpcasterMap,
} from './port.js';
import { ESDB_CHECKPOINT_CATEGORY, EsdbCheckpointStore } from './esdb-checkpoints.js';
import { HandlerSubscription } from './handler-subscription.js';
import { eventHash, GENESIS_HASH, normalizeJson } from './history-hash.js';
import { applyUpcasters, repeatOf, validateBatch, validateConditions, type CheckedCondition } from './store-support.js';

type EsdbModule = typeof import('@eventstore/db-client');

export interface EventStoreDbConfig {
  /** e.g. `esdb://localhost:2113?tls=false` */
  connectionString: string;
  upcasters?: UpcasterMap;
}

export { ESDB_CHECKPOINT_CATEGORY };
const PAGE_SIZE = 500;

export async function createEventStoreDbStore(config: EventStoreDbConfig): Promise<EventStoreDbStore> {
  // Loaded lazily: gRPC is only needed by services that run on EventStoreDB.
  const esdb: EsdbModule = await import('@eventstore/db-client');
  const client = esdb.EventStoreDBClient.connectionString(config.connectionString);
  return new EventStoreDbStore(esdb, client, config.upcasters ?? {});
}

const HASH_KEY = 'capaianHash';
const PREVIOUS_HASH_KEY = 'capaianPreviousHash';
/** Attempts of an 'any' append made exact on the stream's head (a concurrent writer moved it). */
const ANY_RETRIES = 10;
/** An 'any' append is recognised as a repeat when its events are among the stream's last this many. */
const ANY_DEDUPLICATION_WINDOW = 100;

/** The metadata a RecordedEvent shows for stored EventStoreDB metadata (also what the writer hashes). */
function readMetadata(stored: Record<string, unknown>, created: string): { metadata: EventMetadata; schemaVersion: number; hash: string; previousHash: string } {
  const { schemaVersion, $correlationId, $causationId, [HASH_KEY]: hash, [PREVIOUS_HASH_KEY]: previousHash, ...rest } = stored;
  const metadata: EventMetadata = {
    ...rest,
    correlationId: typeof rest['correlationId'] === 'string' ? rest['correlationId'] : typeof $correlationId === 'string' ? $correlationId : '',
    causationId: (rest['causationId'] as string | null | undefined) ?? (typeof $causationId === 'string' ? $causationId : null),
    actor: (rest['actor'] as string | null | undefined) ?? null,
    // Events written before hashing have no recordedAt of their own: the server's `created`.
    recordedAt: typeof rest['recordedAt'] === 'string' ? rest['recordedAt'] : created,
  };
  return {
    metadata,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    hash: typeof hash === 'string' ? hash : '',
    previousHash: typeof previousHash === 'string' ? previousHash : '',
  };
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
    const conditions = validateConditions(streamId, options.conditions);
    const { esdb } = this;
    const expected = options.expectedRevision;
    if (conditions.length > 0) {
      const failed = await this.firstFailedCondition(conditions);
      if (failed) {
        const repeat = repeatOf(streamId, ids, await this.findExisting(streamId, ids));
        if (repeat) return repeat;
        // Like the SQL adapters: the stream's own expected revision is reported first.
        if (expected !== 'any') {
          const own = await this.lastRevision(streamId);
          if (own !== (expected === 'no_stream' ? -1 : expected)) throw new WrongExpectedRevisionError(streamId, expected, own < 0 ? 'no_stream' : own);
        }
        throw new WrongExpectedRevisionError(failed.streamId, failed.expected < 0 ? 'no_stream' : failed.expected, failed.actual < 0 ? 'no_stream' : failed.actual);
      }
    }
    // The hash chain needs the stream's head: the append is made exact on it ('any' retries on a race).
    for (let attempt = 0; ; attempt++) {
      const tail = await this.readStream(streamId, { direction: 'backwards', maxCount: expected === 'any' ? ANY_DEDUPLICATION_WINDOW : 1 });
      const last = tail[0];
      const current = last ? last.revision : -1;
      if (expected === 'any') {
        // An exact append is not de-duplicated against older events: look for the batch in the stream's tail.
        const wanted = new Set(ids);
        const repeat = repeatOf(
          streamId,
          ids,
          tail.filter((e) => wanted.has(e.id.toLowerCase())),
        );
        if (repeat) return repeat;
      }
      if (expected !== 'any' && current !== (expected === 'no_stream' ? -1 : expected)) return this.refused(streamId, ids, expected, current);
      const stored = this.hashedEvents(streamId, events, ids, current, last?.hash || GENESIS_HASH);
      const expectedRevision: AppendExpectedRevision = current < 0 ? esdb.NO_STREAM : BigInt(current);
      try {
        const result = await this.client.appendToStream(streamId, stored, { expectedRevision });
        const nextExpectedRevision = Number(result.nextExpectedRevision);
        if (!result.position) {
          // The server reports no position for an idempotent write: confirm by reading the batch back.
          const repeat = await this.findExisting(streamId, ids);
          if (repeat.length === ids.length) return repeatOf(streamId, ids, repeat)!;
          return { written: true, nextExpectedRevision, position: -1 };
        }
        const position = Number(result.position.commit);
        if (conditions.length > 0) await this.recheckConditions(streamId, conditions, result.position);
        return { written: true, nextExpectedRevision, position };
      } catch (error) {
        if (!(error instanceof esdb.WrongExpectedVersionError)) throw error;
        const actual = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : -1;
        if (expected === 'any' && attempt < ANY_RETRIES) {
          const repeat = repeatOf(streamId, ids, await this.findExisting(streamId, ids));
          if (repeat) return repeat;
          continue;
        }
        return this.refused(streamId, ids, expected, actual);
      }
    }
  }

  /** The stream is not where the caller expects: an idempotent repeat, a partial repeat, or a conflict. */
  private async refused(streamId: string, ids: string[], expected: ExpectedRevision, actual: number): Promise<AppendResult> {
    const repeat = repeatOf(streamId, ids, await this.findExisting(streamId, ids));
    if (repeat) return repeat;
    throw new WrongExpectedRevisionError(streamId, expected, actual < 0 ? 'no_stream' : actual);
  }

  /** The batch as EventStoreDB stores it, each event hashed (history-hash.ts) over what toRecorded() will return. */
  private hashedEvents(streamId: string, events: NewEvent[], ids: string[], current: number, headHash: string) {
    const recordedAt = new Date().toISOString();
    let previous = headHash;
    return events.map((e, i) => {
      const data = normalizeJson(e.data === undefined ? null : e.data);
      const metadata = normalizeJson({
        ...e.metadata,
        causationId: e.metadata.causationId ?? null,
        actor: e.metadata.actor ?? null,
        // Set by the writer (not the server's `created`): the hash covers it.
        recordedAt,
        // EventStoreDB has no field for it; kept in the metadata and removed on read.
        schemaVersion: e.schemaVersion,
        // EventStoreDB's own conventions, used by its system projections.
        $correlationId: e.metadata.correlationId,
        ...(e.metadata.causationId ? { $causationId: e.metadata.causationId } : {}),
      }) as Record<string, unknown>;
      const revision = current + i + 1;
      const visible = readMetadata(metadata, recordedAt).metadata;
      const hash = eventHash({ streamId, revision, id: ids[i]!, type: e.type, schemaVersion: e.schemaVersion, data, metadata: visible }, previous);
      const event = this.esdb.jsonEvent({ id: ids[i]!, type: e.type, data: data as never, metadata: { ...metadata, [HASH_KEY]: hash, [PREVIOUS_HASH_KEY]: previous } as never });
      previous = hash;
      return event;
    });
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
        const event = this.toRecorded(resolved, options.upcast ?? true);
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
  toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent, upcast = true): RecordedEvent | undefined {
    const raw = resolved.event;
    if (!raw) return undefined;
    const stored = raw.metadata && !(raw.metadata instanceof Uint8Array) && typeof raw.metadata === 'object' ? (raw.metadata as Record<string, unknown>) : {};
    const { metadata, schemaVersion, hash, previousHash } = readMetadata(stored, raw.created.toISOString());
    const event: RecordedEvent = {
      id: raw.id,
      type: raw.type,
      schemaVersion,
      data: raw.data,
      metadata,
      streamId: raw.streamId,
      revision: Number(raw.revision),
      position: raw.position ? Number(raw.position.commit) : -1,
      hash,
      previousHash,
    };
    return upcast ? applyUpcasters(this.upcasters, event) : event;
  }

  private async lastRevision(streamId: string): Promise<number> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return last ? last.revision : -1;
  }

  private async firstFailedCondition(conditions: CheckedCondition[]): Promise<{ streamId: string; expected: number; actual: number } | undefined> {
    for (const c of conditions) {
      const actual = await this.lastRevision(c.streamId);
      if (actual !== c.expected) return { streamId: c.streamId, expected: c.expected, actual };
    }
    return undefined;
  }

  /** After the append: any event of a condition stream past its expected revision that committed before ours breaks the condition. */
  private async recheckConditions(streamId: string, conditions: CheckedCondition[], ours: Position): Promise<void> {
    for (const c of conditions) {
      const later = await this.client.readStream(c.streamId, { direction: this.esdb.FORWARDS, fromRevision: BigInt(c.expected + 1), maxCount: 1 });
      try {
        for await (const resolved of later) {
          const raw = resolved.event;
          if (!raw) continue;
          // Without a position (servers before 22.6) the order cannot be proven: report it.
          if (!raw.position || comparePositions(raw.position, ours) < 0) {
            throw new AppendConditionRaceError(streamId, c.streamId, c.expected < 0 ? 'no_stream' : c.expected, Number(ours.commit));
          }
        }
      } catch (error) {
        if (error instanceof this.esdb.StreamNotFoundError) continue;
        throw error;
      }
    }
  }

  private async findExisting(streamId: string, ids: string[]): Promise<RecordedEvent[]> {
    const wanted = new Set(ids);
    const found = (await this.readStream(streamId)).filter((e) => wanted.has(e.id.toLowerCase()));
    return found;
  }
}

class EsdbSubscription extends HandlerSubscription {
  private subscription: AllStreamSubscription | undefined;

  constructor(
    private readonly store: EventStoreDbStore,
    private readonly esdb: EsdbModule,
    options: SubscribeOptions,
  ) {
    super(options, 'EventStoreDB');
    this.start();
  }

  protected interrupt(): void {
    void this.subscription?.unsubscribe().catch(() => undefined);
  }

  protected async run(): Promise<void> {
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
          await this.handle(event);
        } finally {
          handling = false;
        }
        this.current = event.position;
        if ((serverCaughtUp || event.position >= head) && sub.readableLength === 0) caughtUp();
      }
    } catch (error) {
      this.fail(error);
    } finally {
      await this.subscription?.unsubscribe().catch(() => undefined);
    }
  }
}
