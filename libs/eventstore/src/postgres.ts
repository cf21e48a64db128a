import type { UpcasterMap } from './port.js';
import { PgSqlClient } from './sql-client.js';
import { SqlEventStore, assertSchemaName } from './sql-event-store.js';

export interface PostgresEventStoreConfig {
  connectionString: string;
  /** Schema holding the event store tables. Default `capaian_es`. */
  schema?: string;
  upcasters?: UpcasterMap;
  /** Maximum connections of the pool. Default 10. */
  poolSize?: number;
  /** Idle polling interval of subscriptions (NOTIFY wakes them earlier). Default 100 ms. */
  pollIntervalMs?: number;
}

/**
 * Event store on PostgreSQL. The store owns its pool: close() ends it. `store.sql` is the pool's
 * SqlClient, for the inbox / read model tables of the same service.
 */
export async function createPostgresEventStore(config: PostgresEventStoreConfig): Promise<SqlEventStore> {
  if (config.schema !== undefined) assertSchemaName(config.schema);
  const sql = PgSqlClient.fromConnectionString(config.connectionString, config.poolSize ?? 10);
  return SqlEventStore.create(sql, {
    kind: 'postgres',
    schema: config.schema,
    upcasters: config.upcasters,
    pollIntervalMs: config.pollIntervalMs,
    ownsClient: true,
  });
}
