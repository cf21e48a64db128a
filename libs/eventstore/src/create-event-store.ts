import { createEventStoreDbStore } from './esdb.js';
import { createPgliteEventStore } from './pglite.js';
import type { EventStore, UpcasterMap } from './port.js';
import { createPostgresEventStore } from './postgres.js';

export type EventStoreConfig =
  | { kind: 'postgres'; connectionString: string; schema?: string; poolSize?: number; upcasters?: UpcasterMap }
  | { kind: 'pglite'; dataDir: string; schema?: string; upcasters?: UpcasterMap }
  | { kind: 'eventstoredb'; connectionString: string; upcasters?: UpcasterMap };

/** Opens the configured event store (schema created on first start for the SQL adapters). */
export function createEventStore(config: EventStoreConfig): Promise<EventStore> {
  switch (config.kind) {
    case 'postgres':
      return createPostgresEventStore(config);
    case 'pglite':
      return createPgliteEventStore(config);
    case 'eventstoredb':
      return createEventStoreDbStore(config);
    default: {
      const unknown: never = config;
      return Promise.reject(new Error(`Unknown event store kind ${String((unknown as { kind?: unknown }).kind)}`));
    }
  }
}
