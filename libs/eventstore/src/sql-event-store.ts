/**
 * The event store over SQL: ONE implementation used for PostgreSQL and PGlite (same SQL).
 *
 * Ordering guarantee: every append takes `pg_advisory_xact_lock(<key of the schema>)` first, so
 * appends are serialised; the global position is `max(position) + 1` read AFTER the lock (a new
 * statement, hence a fresh snapshot), and the lock is released only after the commit is visible.
 * Consequently positions are gapless (1, 2, 3...) and become visible strictly in order: a reader
 * that has seen position n has already been able to see 1..n-1. This is what lets the catch-up
 * subscription page by `position > last` without ever missing an event under concurrency.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
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
import { quoteIdent, supportsNotifications, type SqlClient } from './sql-client.js';
import { applyUpcasters, validateBatch } from './store-support.js';

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
}

interface EventRow {
  position: string | number | bigint;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
}

interface AppendRow {
  head: string;
  current: number | null;
  inserted: number;
  existing: string;
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

const EVENT_COLUMNS = 'position, event_id, stream_id, revision, type, schema_version, data, metadata';

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
  private readonly appendSql: string;
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
    this.appendSql = buildAppendSql(this.t.events, this.useNotifications ? this.channel : undefined);
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
        UNIQUE (stream_id, revision)
      )`);
      await tx.query(`CREATE INDEX IF NOT EXISTS events_category_position ON ${events} (category, position)`);
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
    const expected = options.expectedRevision;
    const payload = JSON.stringify(
      events.map((e, i) => ({
        i,
        event_id: ids[i],
        type: e.type,
        schema_version: e.schemaVersion,
        data: e.data === undefined ? null : e.data,
        metadata: { ...e.metadata, causationId: e.metadata.causationId ?? null, actor: e.metadata.actor ?? null },
      })),
    );
    const mode = expected === 'any' || expected === 'no_stream' ? expected : 'exact';
    const exact = typeof expected === 'number' ? expected : null;

    await tx.query(this.lockSql, undefined, { name: `${this.stmt}_lock` });
    const { rows } = await tx.query<AppendRow>(this.appendSql, [streamId, payload, mode, exact, categoryOf(streamId)], { name: `${this.stmt}_append` });
    const row = rows[0]!;
    const head = Number(row.head);
    const current = row.current === null ? null : Number(row.current);
    const inserted = Number(row.inserted);
    if (inserted > 0) {
      return { written: true, nextExpectedRevision: (current ?? -1) + inserted, position: head + inserted };
    }

    const existing = (JSON.parse(row.existing) as ExistingEvent[]).map((e) => ({ ...e, revision: Number(e.revision), position: Number(e.position) }));
    if (existing.length > 0) {
      const elsewhere = existing.filter((e) => e.streamId !== streamId);
      if (elsewhere.length > 0) throw new IdempotencyConflictError(streamId, elsewhere.map((e) => e.id));
      if (existing.length < ids.length) throw new IdempotencyConflictError(streamId, existing.map((e) => e.id));
      // An idempotent repeat: the answer of the original append.
      return {
        written: false,
        nextExpectedRevision: Math.max(...existing.map((e) => e.revision)),
        position: Math.max(...existing.map((e) => e.position)),
      };
    }
    throw new WrongExpectedRevisionError(streamId, expected, current ?? 'no_stream');
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
    const { rows } = await this.sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.t.events} WHERE ${where} ORDER BY revision ${backwards ? 'DESC' : 'ASC'}${limit}`,
      params,
    );
    return rows.map((r) => this.toRecorded(r));
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent, void, undefined> {
    let from = options.fromPosition ?? 0;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    while (remaining > 0) {
      const limit = Math.min(this.pageSize, remaining);
      const page = await this.readPage(from, options.category, limit);
      for (const event of page) yield event;
      if (page.length < limit) return;
      remaining -= page.length;
      from = page[page.length - 1]!.position;
    }
  }

  /** One page of the global log after `fromPosition` (exclusive), optionally for one category. */
  async readPage(fromPosition: number, category: string | undefined, limit: number): Promise<RecordedEvent[]> {
    const { rows } = category
      ? await this.sql.query<EventRow>(
          `SELECT ${EVENT_COLUMNS} FROM ${this.t.events} WHERE category = $1 AND position > $2 ORDER BY position LIMIT $3`,
          [category, fromPosition, limit],
          { name: `${this.stmt}_page_category` },
        )
      : await this.sql.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM ${this.t.events} WHERE position > $1 ORDER BY position LIMIT $2`, [fromPosition, limit], {
          name: `${this.stmt}_page`,
        });
    return rows.map((r) => this.toRecorded(r));
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

  private toRecorded(row: EventRow): RecordedEvent {
    return applyUpcasters(this.upcasters, {
      id: row.event_id,
      type: row.type,
      schemaVersion: Number(row.schema_version),
      data: row.data,
      metadata: row.metadata,
      streamId: row.stream_id,
      revision: Number(row.revision),
      position: Number(row.position),
    });
  }
}

function buildAppendSql(events: string, notifyChannel: string | undefined): string {
  const notify = notifyChannel
    ? `, (SELECT count(*) FROM (SELECT pg_notify('${notifyChannel}', s.head::text) AS n FROM ins LIMIT 1) x)::int AS notified`
    : '';
  // $1 stream id, $2 JSON array of the events, $3 'any' | 'no_stream' | 'exact', $4 exact revision, $5 category.
  // Nothing is inserted when an event id already exists or the expected revision does not match;
  // the caller then looks at `current` and `existing` to raise the right error.
  return `WITH input AS (
    SELECT x.i, x.event_id, x.type, x.schema_version, x.data, x.metadata
    FROM jsonb_to_recordset($2::text::jsonb) AS x(i integer, event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb)
  ), state AS (
    SELECT COALESCE((SELECT max(position) FROM ${events}), 0)::bigint AS head,
           (SELECT max(revision) FROM ${events} WHERE stream_id = $1::text) AS current,
           clock_timestamp() AS ts
  ), existing AS (
    SELECT e.event_id, e.stream_id, e.revision, e.position FROM ${events} e WHERE e.event_id = ANY (ARRAY(SELECT event_id FROM input))
  ), allowed AS (
    SELECT NOT EXISTS (SELECT 1 FROM existing) AND CASE $3::text
      WHEN 'any' THEN true
      WHEN 'no_stream' THEN s.current IS NULL
      ELSE s.current IS NOT DISTINCT FROM $4::integer END AS ok
    FROM state s
  ), ins AS (
    INSERT INTO ${events} (position, event_id, stream_id, category, revision, type, schema_version, data, metadata, recorded_at)
    SELECT s.head + i.i + 1, i.event_id, $1::text, $5::text, COALESCE(s.current, -1) + i.i + 1, i.type, i.schema_version,
           COALESCE(i.data, 'null'::jsonb),
           i.metadata || jsonb_build_object('recordedAt', to_char(s.ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
           s.ts
    FROM input i CROSS JOIN state s CROSS JOIN allowed a
    WHERE a.ok
    ORDER BY i.i
    RETURNING position
  )
  SELECT s.head::text AS head, s.current, (SELECT count(*) FROM ins)::int AS inserted,
    (SELECT COALESCE(json_agg(json_build_object('id', e.event_id, 'streamId', e.stream_id, 'revision', e.revision, 'position', e.position)), '[]'::json)
       FROM existing e)::text AS existing${notify}
  FROM state s`;
}

export class SqlCheckpointStore implements CheckpointStore {
  constructor(
    private readonly sql: SqlClient,
    private readonly table: string,
  ) {}

  async load(checkpointId: string): Promise<number | undefined> {
    const { rows } = await this.sql.query<{ position: string }>(`SELECT position::text AS position FROM ${this.table} WHERE id = $1`, [checkpointId]);
    return rows[0] ? Number(rows[0].position) : undefined;
  }

  /** With `expected`, a missing checkpoint counts as position 0. */
  async store(checkpointId: string, position: number, expected?: number): Promise<void> {
    let rows: unknown[];
    if (expected === undefined) {
      ({ rows } = await this.sql.query(
        `INSERT INTO ${this.table} (id, position) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, updated_at = now() RETURNING 1`,
        [checkpointId, position],
      ));
    } else if (expected === 0) {
      ({ rows } = await this.sql.query(
        `INSERT INTO ${this.table} AS c (id, position) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, updated_at = now()
         WHERE c.position = 0 RETURNING 1`,
        [checkpointId, position],
      ));
    } else {
      ({ rows } = await this.sql.query(`UPDATE ${this.table} SET position = $2, updated_at = now() WHERE id = $1 AND position = $3 RETURNING 1`, [
        checkpointId,
        position,
        expected,
      ]));
    }
    if (rows.length === 0) throw new CheckpointConflictError(checkpointId, expected ?? 0, await this.load(checkpointId));
  }
}

const handlerContext = new AsyncLocalStorage<SqlSubscription>();

class SqlSubscription implements Subscription {
  readonly done: Promise<void>;
  private current: number;
  private stopped = false;

  constructor(
    private readonly store: SqlEventStore,
    private readonly options: SubscribeOptions,
    private readonly pageSize: number,
    private readonly pollIntervalMs: number,
  ) {
    this.current = options.fromPosition ?? 0;
    this.done = this.run();
  }

  get position(): number {
    return this.current;
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.store.wake();
    // Called from inside our own handler: the handler is the in-flight call, do not wait for it.
    if (handlerContext.getStore() === this) return Promise.resolve();
    return this.done;
  }

  private async run(): Promise<void> {
    const { handler, category, onCaughtUp } = this.options;
    let caughtUp = false;
    try {
      while (!this.stopped) {
        const seen = this.store.sequence;
        const page = await this.store.readPage(this.current, category, this.pageSize);
        for (const event of page) {
          if (this.stopped) return;
          await handlerContext.run(this, () => handler(event));
          this.current = event.position;
        }
        if (page.length < this.pageSize) {
          if (!caughtUp) {
            caughtUp = true;
            onCaughtUp?.(this.current);
          }
          if (!this.stopped) await this.store.waitForWrite(this.pollIntervalMs, seen);
        }
      }
    } catch (error) {
      if (this.stopped) return;
      this.stopped = true;
      if (this.options.onError) this.options.onError(error);
      else console.error(`Event store subscription stopped at position ${this.current}:`, error);
    }
  }
}
