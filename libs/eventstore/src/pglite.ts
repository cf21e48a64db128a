import { mkdir } from 'node:fs/promises';
import type { UpcasterMap } from './port.js';
import { PgliteSqlClient } from './sql-client.js';
import { SqlEventStore, assertSchemaName } from './sql-event-store.js';

export interface PgliteEventStoreConfig {
  /** A folder on disk (created if missing; data survives close + reopen) or `memory://` for tests. */
  dataDir: string;
  /** Schema holding the event store tables. Default `capaian_es`. */
  schema?: string;
  upcasters?: UpcasterMap;
  /** Idle polling interval of subscriptions (local appends wake them at once). Default 100 ms. */
  pollIntervalMs?: number;
}

/**
 * Event store on PGlite (PostgreSQL compiled to WASM, in-process, one connection). Only one
 * process may open a given dataDir at a time. close() closes the PGlite instance.
 */
export async function createPgliteEventStore(config: PgliteEventStoreConfig): Promise<SqlEventStore> {
  if (config.schema !== undefined) assertSchemaName(config.schema);
  const memory = config.dataDir === 'memory://' || config.dataDir === '';
  if (!memory) await mkdir(config.dataDir, { recursive: true });
  // Loaded lazily: the WASM module is only needed by services that run on PGlite.
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(memory ? undefined : config.dataDir);
  const sql = new PgliteSqlClient(db, { ownsDb: true });
  return SqlEventStore.create(sql, {
    kind: 'pglite',
    schema: config.schema,
    upcasters: config.upcasters,
    pollIntervalMs: config.pollIntervalMs,
    ownsClient: true,
  });
}
