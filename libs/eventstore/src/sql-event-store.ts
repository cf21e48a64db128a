/**
 * The event store over SQL: ONE implementation used for PostgreSQL and PGlite (same SQL).
 *
 * Ordering guarantee: every append takes `pg_advisory_xact_lock(<key of the schema>)` first, so
 * appends are serialised; the global position is `max(position) + 1` read AFTER the lock (a new
 * statement, hence a fresh snapshot), and the lock is released only after the commit is visible.
 * Consequently positions are gapless (1, 2, 3...) and become visible strictly in order: a reader
 * that has seen position n has already been able to see 1..n-1. This is what lets the catch-up
 * subscription page by `position > last` without ever missing an event under concurrency.
 *
 * Every row carries `hash` and `prev_hash`, the links of its stream's hash chain (history-hash.ts),
 * computed in the append from the values as they will be read back (sql-append.ts).
 */
import {
  IdempotencyConflictError,
  WrongExpectedRevisionError,
  categoryOf,
  type AppendOptions,
  type AppendResult,
  type CheckpointStore,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type UpcasterMap,
} from './port.js';
import { buildInsertSql, buildStateSql, ensureHashColumns, prepareRows, type AppendStateRow, type PreparedRow } from './sql-append.js';
import { SqlCheckpointStore } from './sql-checkpoints.js';
import { quoteIdent, supportsNotifications, type SqlClient } from './sql-client.js';
import { SqlSubscription } from './sql-subscription.js';
import { applyUpcasters, repeatOf, validateBatch, validateConditions } from './store-support.js';

export const DEFAULT_SCHEMA = 'capaian_es';

export interface SqlEventStoreOptions {
  kind: 'postgres' | 'pglite';
  /** PostgreSQL schema holding the tables. Default `capaian_es`. Lower-case identifier. */
  schema?: string;
  upcasters?: UpcasterMap;
  /** Idle polling interval of subscriptions. Default 100 ms. */
  pollIntervalMs?: number;
  /** Page size of readAll and of the subscription catch-up. Default 500. */
  pageSize?: number;
  /** Use LISTEN/NOTIFY to wake subscriptions when the client supports it (PostgreSQL). Default true. */
  notifications?: boolean;
  /** close() also closes the SqlClient (ends the pool / closes PGlite). Default false. */
  ownsClient?: boolean;
  /** Progress lines of the start (hashing a store created before the hash chain). Default console.log. */
  log?: (line: string) => void;
}

export { SqlCheckpointStore };

/** A stored row as read back: the row the append prepared, plus its stream (positions may come back as text). */
interface EventRow extends Omit<PreparedRow, 'position'> {
  position: string | number | bigint;
  stream_id: string;
}

interface ExistingEvent {
  id: string;
  streamId: string;
  revision: number;
  position: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;
/** First half of the advisory lock key ('CAPA'); the second half is a hash of the schema name. */
const LOCK_CLASS = 0x43415041;

function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const EVENT_COLUMNS = 'position, event_id, stream_id, revision, type, schema_version, data, metadata, hash, prev_hash';

/** Validates a schema name (lower-case identifier, at most 48 characters) and returns it. */
export function assertSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Invalid event store schema name "${schema}" (expected ${String(SCHEMA_NAME)})`);
  return schema;
}

export class SqlEventStore implements EventStore {
  readonly kind: 'postgres' | 'pglite';
  readonly schema: string;
  readonly checkpoints: SqlCheckpointStore;
  /** Name of the NOTIFY channel signalled after each append (PostgreSQL). */
  readonly channel: string;

  private readonly t: { events: string; checkpoints: string };
  private readonly upcasters: UpcasterMap;
  private readonly pollIntervalMs: number;
  private readonly pageSize: number;
  private readonly ownsClient: boolean;
  private readonly lockSql: string;
  private readonly stateSql: string;
  private readonly insertSql: string;
  private readonly log: (line: string) => void;
  /** Prefix of the names of prepared statements (pg prepares them once per connection). */
  private readonly stmt: string;
  private readonly useNotifications: boolean;
  private readonly subscriptions = new Set<SqlSubscription>();
  private readonly wakers = new Set<() => void>();
  private listener: Promise<(() => Promise<void>) | undefined> | undefined;
  private writeSeq = 0;
  private closed = false;

  constructor(
    /** The client of the store's database; other libs may put their tables in the same database and transaction. */
    readonly sql: SqlClient,
    options: SqlEventStoreOptions,
  ) {
    const schema = assertSchemaName(options.schema ?? DEFAULT_SCHEMA);
    this.kind = options.kind;
    this.schema = schema;
    this.upcasters = options.upcasters ?? {};
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.pageSize = options.pageSize ?? 500;
    this.ownsClient = options.ownsClient ?? false;
    this.channel = `${schema}_events`;
    this.useNotifications = (options.notifications ?? true) && supportsNotifications(sql);
    const s = quoteIdent(schema);
    this.t = { events: `${s}.events`, checkpoints: `${s}.checkpoints` };
    this.lockSql = `SELECT pg_advisory_xact_lock(${LOCK_CLASS}, ${fnv1a32(schema)})`;
    this.stmt = `capaian_es_${(fnv1a32(schema) >>> 0).toString(16)}`;
    this.stateSql = buildStateSql(this.t.events);
    this.insertSql = buildInsertSql(this.t.events, this.useNotifications ? this.channel : undefined);
    this.log = options.log ?? ((line) => console.log(line));
    this.checkpoints = new SqlCheckpointStore(sql, this.t.checkpoints);
  }

  /** Creates the store and its schema (idempotent). */
  static async create(sql: SqlClient, options: SqlEventStoreOptions): Promise<SqlEventStore> {
    let store: SqlEventStore;
    try {
      store = new SqlEventStore(sql, options);
    } catch (error) {
      if (options.ownsClient) await (sql as SqlClient & { close?: () => Promise<void> }).close?.().catch(() => undefined);
      throw error;
    }
    try {
      await store.init();
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
    return store;
  }

  /** Creates the schema and tables if missing. Serialised by the append lock, so concurrent starts are safe. */
  async init(): Promise<void> {
    const { events, checkpoints } = this.t;
    await this.sql.transaction(async (tx) => {
      await tx.query(this.lockSql);
      await tx.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`);
      await tx.query(`CREATE TABLE IF NOT EXISTS ${events} (
        position bigint PRIMARY KEY CHECK (position > 0),
        event_id uuid NOT NULL UNIQUE,
        stream_id text NOT NULL,
        category text NOT NULL,
        revision integer NOT NULL CHECK (revision >= 0),
        type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL,
        hash text NOT NULL,
        prev_hash text NOT NULL,
        UNIQUE (stream_id, revision)
      )`);
      await tx.query(`CREATE INDEX IF NOT EXISTS events_category_position ON ${events} (category, position)`);
      await ensureHashColumns(tx, this.schema, events, this.log);
      await tx.query(`CREATE TABLE IF NOT EXISTS ${checkpoints} (
        id text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    });
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const result = await this.sql.transaction((tx) => this.appendIn(tx, streamId, events, options));
    if (result.written) this.wake();
    return result;
  }

  /**
   * Appends inside the caller's transaction (e.g. together with an inbox row or a read model).
   * The global append lock is then held until that transaction ends: keep it short. Local
   * subscriptions notice the events at their next poll (or via NOTIFY on PostgreSQL).
   */
  async appendIn(tx: SqlClient, streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const ids = validateBatch(streamId, events);
    const conditions = validateConditions(streamId, options.conditions);
    const expected = options.expectedRevision;
    const conditionsJson = JSON.stringify(conditions.map((c, i) => ({ i, stream_id: c.streamId, expected: c.expected })));

    await tx.query(this.lockSql, undefined, { name: `${this.stmt}_lock` });
    const { rows } = await tx.query<AppendStateRow>(this.stateSql, [streamId, JSON.stringify(ids), conditionsJson], { name: `${this.stmt}_state` });
    const row = rows[0]!;
    const head = Number(row.head);
    const current = row.current === null ? null : Number(row.current);

    const existing = (JSON.parse(row.existing) as ExistingEvent[]).map((e) => ({ ...e, revision: Number(e.revision), position: Number(e.position) }));
    if (existing.length > 0) {
      const elsewhere = existing.filter((e) => e.streamId !== streamId);
      if (elsewhere.length > 0)
        throw new IdempotencyConflictError(
          streamId,
          elsewhere.map((e) => e.id),
        );
      return repeatOf(streamId, ids, existing)!;
    }
    const ownOk = expected === 'any' || (expected === 'no_stream' ? current === null : current === expected);
    if (!ownOk) throw new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream');
    if (row.failed) {
      const f = JSON.parse(row.failed) as { streamId: string; expected: number; current: number | null };
      throw new WrongExpectedRevisionError(f.streamId, f.expected < 0 ? 'no_stream' : Number(f.expected), f.current === null ? 'no_stream' : Number(f.current));
    }

    const prepared = prepareRows(streamId, events, ids, { head, current, headHash: row.head_hash, recordedAt: row.ts });
    await tx.query(this.insertSql, [streamId, categoryOf(streamId), row.ts, JSON.stringify(prepared)], { name: `${this.stmt}_insert` });
    return { written: true, nextExpectedRevision: (current ?? -1) + events.length, position: head + events.length };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const params: unknown[] = [streamId];
    let where = 'stream_id = $1';
    if (options.fromRevision !== undefined) {
      params.push(options.fromRevision);
      where += backwards ? ` AND revision <= $2` : ` AND revision >= $2`;
    }
    let limit = '';
    if (options.maxCount !== undefined) {
      params.push(options.maxCount);
      limit = ` LIMIT $${params.length}`;
    }
    const { rows } = await this.sql.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${this.t.events} WHERE ${where} ORDER BY revision ${backwards ? 'DESC' : 'ASC'}${limit}`, params);
    return rows.map((r) => this.toRecorded(r));
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent, void, undefined> {
    let from = options.fromPosition ?? 0;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    while (remaining > 0) {
      const limit = Math.min(this.pageSize, remaining);
      const page = await this.readPage(from, options.category, limit, options.upcast ?? true);
      for (const event of page) yield event;
      if (page.length < limit) return;
      remaining -= page.length;
      from = page[page.length - 1]!.position;
    }
  }

  /** One page of the global log after `fromPosition` (exclusive), optionally for one category. */
  async readPage(fromPosition: number, category: string | undefined, limit: number, upcast = true): Promise<RecordedEvent[]> {
    const { rows } = category
      ? await this.sql.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${this.t.events} WHERE category = $1 AND position > $2 ORDER BY position LIMIT $3`, [category, fromPosition, limit], {
          name: `${this.stmt}_page_category`,
        })
      : await this.sql.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${this.t.events} WHERE position > $1 ORDER BY position LIMIT $2`, [fromPosition, limit], {
          name: `${this.stmt}_page`,
        });
    return rows.map((r) => this.toRecorded(r, upcast));
  }

  subscribe(options: SubscribeOptions): Subscription {
    if (this.closed) throw new Error('Event store is closed');
    const subscription = new SqlSubscription(this, options, this.pageSize, this.pollIntervalMs);
    this.subscriptions.add(subscription);
    void this.ensureListener();
    subscription.done.finally(() => this.subscriptions.delete(subscription)).catch(() => undefined);
    return subscription;
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.sql.query<{ head: string | number }>(`SELECT COALESCE(max(position), 0)::text AS head FROM ${this.t.events}`);
    return Number(rows[0]!.head);
  }

  /** A checkpoint store bound to a transaction (store a read model and its checkpoint atomically). */
  checkpointsIn(tx: SqlClient): CheckpointStore {
    return new SqlCheckpointStore(tx, this.t.checkpoints);
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    const stopListening = await this.listener?.catch(() => undefined);
    this.listener = undefined;
    await stopListening?.().catch(() => undefined);
    if (this.ownsClient) {
      const closable = this.sql as SqlClient & { close?: () => Promise<void> };
      await closable.close?.();
    }
  }

  /** Wakes idle subscriptions (called after local appends and on NOTIFY). */
  wake(): void {
    this.writeSeq++;
    for (const w of [...this.wakers]) w();
  }

  /** @internal used by subscriptions */
  get sequence(): number {
    return this.writeSeq;
  }

  /** @internal used by subscriptions */
  waitForWrite(ms: number, seenSequence: number): Promise<void> {
    if (this.writeSeq !== seenSequence || this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  private ensureListener(): Promise<unknown> {
    if (!this.useNotifications || this.listener || this.closed || !supportsNotifications(this.sql)) return Promise.resolve();
    this.listener = this.sql
      .listen(
        this.channel,
        () => this.wake(),
        // Connection lost: fall back to polling; the next subscribe() tries to listen again.
        () => (this.listener = undefined),
      )
      .catch(() => {
        this.listener = undefined;
        return undefined;
      });
    return this.listener;
  }

  private toRecorded(row: EventRow, upcast = true): RecordedEvent {
    const event: RecordedEvent = {
      id: row.event_id,
      type: row.type,
      schemaVersion: Number(row.schema_version),
      data: row.data,
      metadata: row.metadata,
      streamId: row.stream_id,
      revision: Number(row.revision),
      position: Number(row.position),
      hash: row.hash,
      previousHash: row.prev_hash,
    };
    return upcast ? applyUpcasters(this.upcasters, event) : event;
  }
}
