/**
 * `npm run verify-history -- [--service planning] [--json]`: verifies the hash chains of one
 * service's event store, opened from the service's environment:
 *   EVENT_STORE=postgres|pglite|eventstoredb (default pglite), DATABASE_URL, DATABASE_SCHEMA
 *   (default: the service name, dashes as underscores), PGLITE_DIR (default ./.data/<service>),
 *   EVENTSTORE_URL.
 * Prints progress lines, then the result. Exit code 0: intact; 1: a broken link; 2: bad usage or
 * the store cannot be opened. The store is opened like the service opens it, so a store created
 * before the hash chain is hashed first (progress in the output); run it while the service is
 * stopped when the store is on PGlite (one process per folder).
 */
import { createEventStore, type EventStoreConfig } from './create-event-store.js';
import type { EventStore } from './port.js';
import { verifyHistory, type HistoryReport } from './verify-history.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export type Env = Record<string, string | undefined>;

const USAGE = 'usage: npm run verify-history -- [--service <name>] [--json]   (environment: EVENT_STORE, DATABASE_URL, DATABASE_SCHEMA, PGLITE_DIR, EVENTSTORE_URL)';

/** The store configuration a service would use for this environment, or a message naming what is missing. */
export function storeConfigFromEnv(env: Env, service: string | undefined): EventStoreConfig | string {
  const kind = env['EVENT_STORE'] ?? 'pglite';
  switch (kind) {
    case 'postgres': {
      const connectionString = env['DATABASE_URL'];
      const schema = env['DATABASE_SCHEMA'] ?? service?.replace(/-/g, '_');
      if (!connectionString) return 'DATABASE_URL is required when EVENT_STORE=postgres';
      if (!schema) return 'DATABASE_SCHEMA (or --service) is required when EVENT_STORE=postgres';
      return { kind: 'postgres', connectionString, schema, poolSize: 2 };
    }
    case 'pglite': {
      const dataDir = env['PGLITE_DIR'] ?? (service ? `./.data/${service}` : undefined);
      if (!dataDir) return 'PGLITE_DIR (or --service) is required when EVENT_STORE=pglite';
      return { kind: 'pglite', dataDir };
    }
    case 'eventstoredb': {
      const connectionString = env['EVENTSTORE_URL'];
      if (!connectionString) return 'EVENTSTORE_URL is required when EVENT_STORE=eventstoredb';
      return { kind: 'eventstoredb', connectionString };
    }
    default:
      return `EVENT_STORE must be one of postgres, pglite, eventstoredb (got "${kind}")`;
  }
}

export function describeReport(r: HistoryReport): string[] {
  const lines = [`${r.events} events in ${r.streams} streams checked in ${r.durationMs} ms (last position ${r.lastPosition}, ${r.kind})`];
  if (r.legacy > 0) lines.push(`${r.legacy} events were stored before the hash chain and are not covered by it`);
  if (r.ok) lines.push('history intact: every hash and link verifies');
  else lines.push(`HISTORY BROKEN: ${r.broken} broken link(s); first: ${r.firstBreak!.message}`);
  return lines;
}

export async function runVerifyHistoryCli(args: readonly string[], env: Env, io: CliIo, open: (config: EventStoreConfig) => Promise<EventStore> = createEventStore): Promise<number> {
  let service: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--service' && args[i + 1] && !args[i + 1]!.startsWith('--')) service = args[++i];
    else if (a === '--help' || a === '-h') {
      io.out(USAGE);
      return 0;
    } else {
      io.err(`unknown argument "${a}"\n${USAGE}`);
      return 2;
    }
  }
  const config = storeConfigFromEnv(env, service);
  if (typeof config === 'string') {
    io.err(`${config}\n${USAGE}`);
    return 2;
  }
  const where = config.kind === 'postgres' ? `postgres schema ${config.schema}` : config.kind === 'pglite' ? `pglite ${config.dataDir}` : 'eventstoredb';
  let store: EventStore;
  try {
    io.out(`opening the event store (${where})`);
    store = await open(config);
  } catch (error) {
    io.err(`cannot open the event store (${where}): ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  try {
    const report = await verifyHistory(store, {
      onProgress: (p) => io.out(`  verified ${p.events} events (position ${p.position} of ${p.headPosition})`),
    });
    for (const line of describeReport(report)) io.out(line);
    if (json) io.out(JSON.stringify(report));
    return report.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}
