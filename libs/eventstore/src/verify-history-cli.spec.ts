import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { newEvent } from './conformance.js';
import { createPgliteEventStore } from './pglite.js';
import { useTempDir } from './temp-dir.test-helpers.js';
import { runVerifyHistoryCli, storeConfigFromEnv } from './verify-history-cli.js';

describe('verify-history CLI', () => {
  const dir = useTempDir('capaian-verify-');

  const run = async (args: string[], env: Record<string, string>) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runVerifyHistoryCli(args, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  };

  it('reads the service environment like the service does', () => {
    expect(storeConfigFromEnv({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://x/db' }, 'my-svc')).toMatchObject({ kind: 'postgres', schema: 'my_svc' });
    expect(storeConfigFromEnv({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://x/db', DATABASE_SCHEMA: 'planning' }, undefined)).toMatchObject({ schema: 'planning' });
    expect(storeConfigFromEnv({}, 'planning')).toEqual({ kind: 'pglite', dataDir: './.data/planning' });
    expect(storeConfigFromEnv({ EVENT_STORE: 'postgres' }, 'planning')).toMatch(/DATABASE_URL is required/);
    expect(storeConfigFromEnv({}, undefined)).toMatch(/PGLITE_DIR/);
    expect(storeConfigFromEnv({ EVENT_STORE: 'mysql' }, 'planning')).toMatch(/EVENT_STORE must be one of/);
  });

  it('exit 0 on an intact store, 1 with the first broken link, 2 on bad usage', async () => {
    const dataDir = join(dir(), 'db');
    const store = await createPgliteEventStore({ dataDir });
    await store.append('kpi-1', [newEvent({ n: 1 }), newEvent({ n: 2 })], { expectedRevision: 'no_stream' });
    await store.close();

    const ok = await run(['--json'], { EVENT_STORE: 'pglite', PGLITE_DIR: dataDir });
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('history intact: every hash and link verifies');
    expect(JSON.parse(ok.out[ok.out.length - 1]!)).toMatchObject({ ok: true, events: 2, streams: 1 });

    const tamper = await createPgliteEventStore({ dataDir });
    await tamper.sql.query(`UPDATE capaian_es.events SET data = '{"n": 3}' WHERE revision = 1`);
    await tamper.close();
    const broken = await run([], { PGLITE_DIR: dataDir });
    expect(broken.code).toBe(1);
    expect(broken.out[broken.out.length - 1]).toMatch(/^HISTORY BROKEN: 1 broken link\(s\); first: stream kpi-1 revision 1 \(position 2\)/);

    expect((await run(['--nope'], { PGLITE_DIR: dataDir })).code).toBe(2);
    expect((await run([], { EVENT_STORE: 'postgres' })).err[0]).toMatch(/DATABASE_URL is required/);
  }, 60_000);
});
