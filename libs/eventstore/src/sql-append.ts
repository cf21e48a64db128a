/**
 * The SQL of an append on the SQL adapters, and the hashing of the appended rows.
 *
 * An append runs, after the append lock: (1) the state statement, which reads the head position,
 * the stream's last revision and hash, the events already stored under the batch's ids, the first
 * condition that does not hold and the database clock; (2) if all is well, the insert of the
 * batch with positions, revisions, recordedAt and hashes computed from that state. The lock makes
 * (1) and (2) one atomic step: no other append can commit in between.
 */
import { eventHash, GENESIS_HASH, normalizeJson } from './history-hash.js';
import type { EventMetadata, NewEvent } from './port.js';
import type { SqlClient } from './sql-client.js';

export interface AppendStateRow {
  head: string;
  current: number | null;
  head_hash: string | null;
  ts: string;
  /** JSON array of { id, streamId, revision, position } of the batch's ids already stored. */
  existing: string;
  /** JSON of the first condition that does not hold ({ streamId, expected, current }), or null. */
  failed: string | null;
}

/** $1 stream id, $2 JSON array of the batch's event ids, $3 JSON array of the conditions (expected -1 = 'no_stream'). */
export function buildStateSql(events: string): string {
  return `WITH cond AS (
    SELECT c.i, c.stream_id, c.expected, (SELECT max(e.revision) FROM ${events} e WHERE e.stream_id = c.stream_id) AS current
    FROM jsonb_to_recordset($3::text::jsonb) AS c(i integer, stream_id text, expected integer)
  ), failed AS (
    SELECT c.stream_id, c.expected, c.current FROM cond c WHERE COALESCE(c.current, -1) <> c.expected ORDER BY c.i LIMIT 1
  ), existing AS (
    SELECT e.event_id, e.stream_id, e.revision, e.position FROM ${events} e
    WHERE e.event_id = ANY (ARRAY(SELECT x::uuid FROM jsonb_array_elements_text($2::text::jsonb) AS x))
  ), last AS (
    SELECT e.revision, e.hash FROM ${events} e WHERE e.stream_id = $1::text ORDER BY e.revision DESC LIMIT 1
  )
  SELECT COALESCE((SELECT max(position) FROM ${events}), 0)::text AS head,
    (SELECT revision FROM last) AS current,
    (SELECT hash FROM last) AS head_hash,
    to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ts,
    (SELECT COALESCE(json_agg(json_build_object('id', e.event_id, 'streamId', e.stream_id, 'revision', e.revision, 'position', e.position)), '[]'::json)
       FROM existing e)::text AS existing,
    (SELECT json_build_object('streamId', f.stream_id, 'expected', f.expected, 'current', f.current) FROM failed f)::text AS failed`;
}

/** $1 stream id, $2 category, $3 recordedAt (ISO text), $4 JSON array of the prepared rows. */
export function buildInsertSql(events: string, notifyChannel: string | undefined): string {
  const notify = notifyChannel ? `, (SELECT count(*) FROM (SELECT pg_notify('${notifyChannel}', i.position::text) AS n FROM ins i ORDER BY i.position DESC LIMIT 1) x)::int AS notified` : '';
  return `WITH ins AS (
    INSERT INTO ${events} (position, event_id, stream_id, category, revision, type, schema_version, data, metadata, recorded_at, hash, prev_hash)
    SELECT x.position, x.event_id, $1::text, $2::text, x.revision, x.type, x.schema_version, COALESCE(x.data, 'null'::jsonb), x.metadata,
           $3::text::timestamptz, x.hash, x.prev_hash
    FROM jsonb_to_recordset($4::text::jsonb)
      AS x(position bigint, event_id uuid, revision integer, type text, schema_version integer, data jsonb, metadata jsonb, hash text, prev_hash text)
    ORDER BY x.position
    RETURNING position
  )
  SELECT (SELECT count(*) FROM ins)::int AS inserted${notify}`;
}

export interface PreparedRow {
  position: number;
  event_id: string;
  revision: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  hash: string;
  prev_hash: string;
}

/**
 * The rows of a batch, hashed: data and metadata are normalised to what the store will return,
 * and recordedAt (the database clock read under the lock) is part of the hashed metadata.
 */
export function prepareRows(
  streamId: string,
  events: readonly NewEvent[],
  ids: readonly string[],
  state: { head: number; current: number | null; headHash: string | null; recordedAt: string },
): PreparedRow[] {
  let previous = state.headHash ?? GENESIS_HASH;
  return events.map((e, i) => {
    const revision = (state.current ?? -1) + i + 1;
    const data = normalizeJson(e.data === undefined ? null : e.data);
    const metadata = normalizeJson({ ...e.metadata, causationId: e.metadata.causationId ?? null, actor: e.metadata.actor ?? null, recordedAt: state.recordedAt });
    const id = ids[i]!;
    const hash = eventHash({ streamId, revision, id, type: e.type, schemaVersion: e.schemaVersion, data, metadata }, previous);
    const row: PreparedRow = { position: state.head + i + 1, event_id: id, revision, type: e.type, schema_version: e.schemaVersion, data, metadata, hash, prev_hash: previous };
    previous = hash;
    return row;
  });
}

interface LegacyRow {
  position: string;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
}

const BACKFILL_PAGE = 5_000;
const BACKFILL_LOG_EVERY = 50_000;

/**
 * Adds the hash columns to a table created before hashing (idempotent) and hashes its rows in
 * position order (so each stream in revision order) from what is read back. Runs inside init's
 * transaction, under the append lock: the whole store is chained, or (on a crash) nothing changed.
 */
export async function ensureHashColumns(tx: SqlClient, schema: string, events: string, log: (line: string) => void): Promise<void> {
  await tx.query(`ALTER TABLE ${events} ADD COLUMN IF NOT EXISTS hash text`);
  await tx.query(`ALTER TABLE ${events} ADD COLUMN IF NOT EXISTS prev_hash text`);
  const { rows: nullable } = await tx.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'events' AND column_name IN ('hash', 'prev_hash') AND is_nullable = 'YES'`,
    [schema],
  );
  if (nullable.length === 0) return;
  const { rows: counted } = await tx.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${events} WHERE hash IS NULL`);
  const total = Number(counted[0]!.n);
  if (total > 0) {
    log(`event store ${schema}: hashing ${total} events stored before the hash chain (in position order)`);
    const heads = new Map<string, string>();
    let after = 0;
    let done = 0;
    let nextLog = BACKFILL_LOG_EVERY;
    const started = Date.now();
    for (;;) {
      const { rows } = await tx.query<LegacyRow>(
        `SELECT e.position::text AS position, e.event_id, e.stream_id, e.revision, e.type, e.schema_version, e.data, e.metadata FROM ${events} e
         WHERE e.hash IS NULL AND e.position > $1 ORDER BY e.position LIMIT ${BACKFILL_PAGE}`,
        [after],
      );
      if (rows.length === 0) break;
      const updates: Array<{ position: number; hash: string; prev_hash: string }> = [];
      for (const r of rows) {
        let previous = heads.get(r.stream_id);
        if (previous === undefined && r.revision > 0) {
          const { rows: before } = await tx.query<{ hash: string | null }>(`SELECT hash FROM ${events} WHERE stream_id = $1 AND revision = $2`, [r.stream_id, r.revision - 1]);
          previous = before[0]?.hash ?? GENESIS_HASH;
        }
        previous ??= GENESIS_HASH;
        const hash = eventHash(
          { streamId: r.stream_id, revision: Number(r.revision), id: r.event_id, type: r.type, schemaVersion: Number(r.schema_version), data: r.data, metadata: r.metadata },
          previous,
        );
        heads.set(r.stream_id, hash);
        updates.push({ position: Number(r.position), hash, prev_hash: previous });
      }
      await tx.query(
        `UPDATE ${events} e SET hash = x.hash, prev_hash = x.prev_hash
         FROM jsonb_to_recordset($1::text::jsonb) AS x(position bigint, hash text, prev_hash text) WHERE e.position = x.position`,
        [JSON.stringify(updates)],
      );
      done += rows.length;
      after = updates[updates.length - 1]!.position;
      if (done >= nextLog && done < total) {
        log(`event store ${schema}: ${done} of ${total} events hashed (position ${after})`);
        nextLog += BACKFILL_LOG_EVERY;
      }
    }
    log(`event store ${schema}: ${done} events hashed in ${Date.now() - started} ms`);
  }
  await tx.query(`ALTER TABLE ${events} ALTER COLUMN hash SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL`);
}
