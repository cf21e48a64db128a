/**
 * A deliberately tiny SQL client abstraction shared by the event store, the messaging inbox and
 * the projections. Two implementations: over a `pg.Pool` (PostgreSQL) and over a PGlite instance
 * (embedded PostgreSQL compiled to WASM). The SQL dialect is the same (it is PostgreSQL in both).
 *
 * Rules for callers:
 * - Inside `transaction(fn)` use ONLY the `tx` client passed to `fn`. On PGlite (one connection)
 *   calling the outer client from inside a transaction waits for that transaction: a deadlock.
 * - `tx.transaction(fn)` nests with a SAVEPOINT (partial rollback on error).
 * - Parameters are positional (`$1`, `$2`...). Pass JSON as a string and cast (`$1::text::jsonb`):
 *   the two drivers serialise JS objects differently, strings identically.
 * - Row values come back as each driver decodes them (pg: bigint as string; PGlite: as number).
 *   Convert with `Number(...)` / `String(...)` instead of relying on the driver.
 */
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type { Client as PgClient, ClientConfig, Pool, PoolClient } from 'pg';
import pg from 'pg';

export interface SqlQueryResult<R> {
  rows: R[];
}

export interface SqlQueryOptions {
  /**
   * A stable name for a statement run often with the same text: drivers that support it (pg)
   * prepare it once per connection and skip parsing/planning afterwards. Ignored by PGlite.
   */
  name?: string;
}

export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: SqlQueryOptions): Promise<SqlQueryResult<R>>;
  /** Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/** A client that owns resources (a pool, a PGlite instance). */
export interface ClosableSqlClient extends SqlClient {
  close(): Promise<void>;
}

/** Optional capability: LISTEN on a channel with a dedicated connection (PostgreSQL only). */
export interface SqlNotificationSource {
  /** Resolves once listening; the returned function stops listening. `onNotify` receives the payload. */
  listen(channel: string, onNotify: (payload: string) => void, onError?: (error: unknown) => void): Promise<() => Promise<void>>;
}

export function supportsNotifications(client: SqlClient): client is SqlClient & SqlNotificationSource {
  return typeof (client as Partial<SqlNotificationSource>).listen === 'function';
}

/** FIFO async mutex (no re-entrancy). */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

type RawQuery = (text: string, params?: unknown[], name?: string) => Promise<{ rows: unknown[] }>;

/** A client bound to one open transaction; nested transactions become savepoints. */
class TransactionSqlClient implements SqlClient {
  private savepoints = 0;

  constructor(private readonly raw: RawQuery) {}

  async query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: SqlQueryOptions): Promise<SqlQueryResult<R>> {
    const result = await this.raw(text, params ? [...params] : undefined, options?.name);
    return { rows: result.rows as R[] };
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const name = `capaian_sp_${++this.savepoints}`;
    await this.raw(`SAVEPOINT ${name}`);
    try {
      const result = await fn(this);
      await this.raw(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await this.raw(`ROLLBACK TO SAVEPOINT ${name}`);
      await this.raw(`RELEASE SAVEPOINT ${name}`);
      throw error;
    }
  }
}

export interface PgSqlClientOptions {
  /** When true (default when the client created the pool), `close()` ends the pool. */
  ownsPool?: boolean;
}

/** SqlClient over a `pg.Pool`. Transactions use a dedicated pooled connection. */
export class PgSqlClient implements ClosableSqlClient, SqlNotificationSource {
  private readonly ownsPool: boolean;
  private readonly listeners = new Set<PgClient>();

  constructor(
    readonly pool: Pool,
    options: PgSqlClientOptions = {},
  ) {
    this.ownsPool = options.ownsPool ?? false;
  }

  static fromConnectionString(connectionString: string, poolSize = 10): PgSqlClient {
    const pool = new pg.Pool({ connectionString, max: poolSize });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    return new PgSqlClient(pool, { ownsPool: true });
  }

  async query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: SqlQueryOptions): Promise<SqlQueryResult<R>> {
    const values = params ? [...params] : undefined;
    const result = await (options?.name ? this.pool.query({ name: options.name, text, values }) : this.pool.query(text, values));
    return { rows: result.rows as R[] };
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const client: PoolClient = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const tx = new TransactionSqlClient((text, params, name) => (name ? client.query({ name, text, values: params }) : client.query(text, params)));
      try {
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      }
    } finally {
      // A connection whose ROLLBACK failed is in an unknown state: destroy it instead of reusing it.
      client.release(broken);
    }
  }

  async listen(channel: string, onNotify: (payload: string) => void, onError?: (error: unknown) => void): Promise<() => Promise<void>> {
    const client = new pg.Client(this.pool.options as ClientConfig);
    client.on('error', (error) => {
      this.listeners.delete(client);
      onError?.(error);
    });
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    await client.connect();
    await client.query(`LISTEN ${quoteIdent(channel)}`);
    this.listeners.add(client);
    return async () => {
      if (!this.listeners.delete(client)) return;
      await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    const listeners = [...this.listeners];
    this.listeners.clear();
    await Promise.all(listeners.map((c) => c.end().catch(() => undefined)));
    if (this.ownsPool) await this.pool.end();
  }
}

export interface PgliteSqlClientOptions {
  /** When true, `close()` closes the PGlite instance. Default false. */
  ownsDb?: boolean;
}

/**
 * SqlClient over PGlite. PGlite is a single connection: transactions are serialised with an
 * in-process mutex so concurrent callers never interleave their statements (PGlite also makes
 * plain queries wait while a transaction is open).
 */
export class PgliteSqlClient implements ClosableSqlClient {
  private readonly mutex = new Mutex();
  private readonly ownsDb: boolean;

  constructor(
    readonly db: PGlite,
    options: PgliteSqlClientOptions = {},
  ) {
    this.ownsDb = options.ownsDb ?? false;
  }

  async query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], _options?: SqlQueryOptions): Promise<SqlQueryResult<R>> {
    const result = await this.db.query<R>(text, params ? [...params] : undefined);
    return { rows: result.rows };
  }

  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.mutex.runExclusive(() => this.db.transaction((raw: PgliteTransaction) => fn(new TransactionSqlClient((text, params) => raw.query(text, params)))));
  }

  async close(): Promise<void> {
    if (this.ownsDb && !this.db.closed) await this.mutex.runExclusive(() => this.db.close());
  }
}

/** Quotes a PostgreSQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
