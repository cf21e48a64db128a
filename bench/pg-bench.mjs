// The harness the PostgreSQL read benches share (bench/history, bench/replay): settings from the
// environment, a generated schema reused between runs, best-of-N timing, the raw-read ceiling and
// the result table.
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export const log = (...a) => console.log(...a);

/** Progress is reported every this many events. */
export const TICK = 200_000;

/** A workspace library: the linked package, or its build output when the package is not linked. */
export async function load(name, lib) {
  try {
    return await import(name);
  } catch {
    return import(new URL(`../libs/${lib}/dist/index.js`, import.meta.url).href);
  }
}

/**
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), BENCH_EVENTS (default 1000000),
 * BENCH_SCHEMA (default bench_<name>_<events>), BENCH_ROUNDS (default 2).
 */
export function benchSettings(name) {
  const target = Number(process.env.BENCH_EVENTS ?? 1_000_000);
  return {
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    target,
    schema: process.env.BENCH_SCHEMA ?? `bench_${name}_${target}`,
    rounds: Number(process.env.BENCH_ROUNDS ?? 2),
  };
}

async function countEvents(client, schema) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${schema}".events`).catch(() => ({ rows: [{ n: -1 }] }));
  return rows[0].n;
}

/**
 * Connects and opens the bench store (the PostgreSQL adapter of `es`). The stored events are reused
 * while `isComplete(count)` holds; otherwise the table is emptied and `generate(store)` fills it
 * (returns the count). BENCH_REGENERATE=1 drops the schema first.
 */
export async function openBenchStore(es, { databaseUrl, schema }, { isComplete, generate }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  if (process.env.BENCH_REGENERATE === '1') await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  const store = await es.createPostgresEventStore({ connectionString: databaseUrl, schema });
  let total = await countEvents(client, schema);
  if (!isComplete(total)) {
    if (total > 0) await client.query(`TRUNCATE "${schema}".events`);
    total = await generate(store);
  } else log(`reusing ${total.toLocaleString()} events in schema ${schema}`);
  return { client, store, total };
}

/** Runs `fn(tick)` `rounds` times and keeps the fastest; `tick(done)` logs progress at each TICK. */
export async function timed(label, total, rounds, fn) {
  let best = Infinity;
  let result;
  for (let r = 1; r <= rounds; r++) {
    const t0 = performance.now();
    result = await fn((done) => {
      if (done % TICK === 0) log(`  ${label} round ${r}: ${done.toLocaleString()} / ${total.toLocaleString()} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    });
    const ms = performance.now() - t0;
    log(`  ${label} round ${r}: ${(ms / 1000).toFixed(2)} s`);
    best = Math.min(best, ms);
  }
  return { ms: best, result };
}

/** The ceiling: a paged `SELECT columns ... ORDER BY position` of every row, `page` rows a query. */
export async function rawRead(client, schema, columns, page, tick) {
  let from = 0;
  let n = 0;
  for (;;) {
    const { rows } = await client.query(`SELECT ${columns} FROM "${schema}".events WHERE position > $1 ORDER BY position LIMIT $2`, [from, page]);
    for (const _ of rows) if (++n % TICK === 0) tick(n);
    if (rows.length < page) return n;
    from = Number(rows[rows.length - 1].position);
  }
}

/** Cores, CPU model, memory and Node version of this machine. */
export const machine = () => `${cpus().length} cores ${cpus()[0]?.model ?? ''}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

/** Logs `title` and a Markdown table of [scenario, ms, ratio] rows over `total` events; returns the events/s of a time. */
export function printTable(title, ratioHeader, total, rows) {
  const rate = (ms) => Math.round(total / (ms / 1000));
  log('');
  log(title);
  log(`| scenario | seconds | events/s | ${ratioHeader} |`);
  log('|---|---:|---:|---:|');
  for (const [name, ms, ratio] of rows) log(`| ${name} | ${(ms / 1000).toFixed(2)} | ${rate(ms).toLocaleString()} | ${ratio.toFixed(2)} |`);
  return rate;
}

/** Writes `entry` under `key` of bench/results.json (the other keys kept) and says so. */
export async function saveResults(key, entry) {
  const file = new URL('./results.json', import.meta.url);
  const results = JSON.parse(await readFile(file, 'utf8').catch(() => '{}'));
  results[key] = { date: new Date().toISOString(), ...entry };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`written to bench/results.json (key "${key}")`);
}
