/**
 * Idempotent consumption: the bus delivers at least once, so a consumer records the id of every
 * event it handled and skips repeats. With `SqlInbox` the record and the handler's own writes
 * commit in ONE transaction: either both happen or neither (a failed handler leaves no inbox row,
 * so the redelivery is handled again).
 */
import type { SqlClient } from '@capaian/eventstore';
import type { DeliveredMessage, MessageHandler } from './port.js';
import type { MessagingLogger } from './logger.js';

export type InboxResult = 'handled' | 'duplicate';

export interface Inbox<Tx = unknown> {
  /**
   * Runs `fn` unless `eventId` was already handled by `consumer`. `fn` receives the transaction
   * to write through (SqlInbox) so its effects commit atomically with the inbox record.
   */
  handleOnce(consumer: string, eventId: string, fn: (tx: Tx) => Promise<void>): Promise<InboxResult>;
}

export interface SqlInboxOptions {
  /** Schema of the `inbox` table (default `public`); created by `init()` if missing. */
  schema?: string;
  /** Table name (default `inbox`). */
  table?: string;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function ident(name: string, what: string): string {
  if (!IDENT.test(name)) throw new Error(`Invalid ${what} name: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** PostgreSQL / PGlite inbox: `<schema>.inbox(consumer, event_id, handled_at)`, PK (consumer, event_id). */
export class SqlInbox implements Inbox<SqlClient> {
  readonly tableName: string;
  private readonly schemaName: string;

  constructor(
    private readonly sql: SqlClient,
    options: SqlInboxOptions = {},
  ) {
    this.schemaName = ident(options.schema ?? 'public', 'schema');
    this.tableName = `${this.schemaName}.${ident(options.table ?? 'inbox', 'table')}`;
  }

  /** Creates the schema and table if needed (idempotent; safe to call from several processes). */
  async init(): Promise<void> {
    const ddl = [
      `CREATE SCHEMA IF NOT EXISTS ${this.schemaName}`,
      `CREATE TABLE IF NOT EXISTS ${this.tableName} (
         consumer text NOT NULL,
         event_id text NOT NULL,
         handled_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (consumer, event_id)
       )`,
    ];
    for (const statement of ddl) {
      try {
        await this.sql.query(statement);
      } catch (error) {
        // Two processes racing on IF NOT EXISTS can still collide on the catalog: that is success.
        const code = (error as { code?: string }).code;
        if (code !== '23505' && code !== '42P06' && code !== '42P07') throw error;
      }
    }
  }

  async handleOnce(consumer: string, eventId: string, fn: (tx: SqlClient) => Promise<void>): Promise<InboxResult> {
    if (!consumer || !eventId) throw new Error('handleOnce: consumer and eventId are required');
    return this.sql.transaction(async (tx) => {
      // Insert first: a concurrent delivery of the same id blocks on this row until we commit
      // (then sees a conflict) or roll back (then handles it itself).
      const { rows } = await tx.query<{ event_id: string }>(
        `INSERT INTO ${this.tableName} (consumer, event_id, handled_at) VALUES ($1, $2, now())
         ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
        [consumer, eventId],
      );
      if (rows.length === 0) return 'duplicate';
      await fn(tx);
      return 'handled';
    });
  }

  /** Whether `consumer` has handled `eventId` (diagnostics, tests). */
  async has(consumer: string, eventId: string): Promise<boolean> {
    const { rows } = await this.sql.query(`SELECT 1 FROM ${this.tableName} WHERE consumer = $1 AND event_id = $2`, [consumer, eventId]);
    return rows.length > 0;
  }

  /** Deletes records older than `olderThan` (keep longer than any possible redelivery). Returns the count. */
  async prune(olderThan: Date): Promise<number> {
    const { rows } = await this.sql.query<{ n: number | string }>(`WITH d AS (DELETE FROM ${this.tableName} WHERE handled_at < $1 RETURNING 1) SELECT count(*) AS n FROM d`, [olderThan.toISOString()]);
    return Number(rows[0]?.n ?? 0);
  }
}

/**
 * In-memory inbox for tests and embedded use where the handler's effects are not in SQL (the
 * record is lost on restart: the handler must then be idempotent by other means). `fn` gets
 * `undefined` as its transaction. Concurrent deliveries of one id run `fn` once.
 */
export class MemoryInbox implements Inbox<undefined> {
  private readonly handled = new Set<string>();
  private readonly running = new Map<string, Promise<unknown>>();

  async handleOnce(consumer: string, eventId: string, fn: (tx: undefined) => Promise<void>): Promise<InboxResult> {
    if (!consumer || !eventId) throw new Error('handleOnce: consumer and eventId are required');
    const key = `${consumer}\u0000${eventId}`;
    for (;;) {
      if (this.handled.has(key)) return 'duplicate';
      const running = this.running.get(key);
      if (!running) break;
      await running.catch(() => undefined);
    }
    const run = fn(undefined);
    this.running.set(key, run);
    try {
      await run;
      this.handled.add(key);
      return 'handled';
    } finally {
      this.running.delete(key);
    }
  }

  has(consumer: string, eventId: string): boolean {
    return this.handled.has(`${consumer}\u0000${eventId}`);
  }

  get size(): number {
    return this.handled.size;
  }
}

/**
 * Wraps a handler so each event id is handled once per `consumer` name. The handler receives the
 * inbox transaction as second argument (a SqlClient with SqlInbox: write your effects through it).
 */
export function idempotentHandler<Tx>(inbox: Inbox<Tx>, consumer: string, handler: (message: DeliveredMessage, tx: Tx) => Promise<void>, logger?: MessagingLogger): MessageHandler {
  return async (message) => {
    const result = await inbox.handleOnce(consumer, message.eventId, (tx) => handler(message, tx));
    if (result === 'duplicate') {
      logger?.info({ consumer, eventId: message.eventId, topic: message.topic, offset: message.offset }, 'duplicate message skipped');
    }
  };
}
