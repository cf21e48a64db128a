import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { issueToken } from '@capaian/platform';
import { JWT_SECRET, TENANT, freePort, http, startProcess, stopProcess, token, waitFor, waitReady, type RunningProcess, type ServiceUrls } from './support.js';
import { buildRequest, caseArb, describe as describeRequest, type FuzzCase, type FuzzTarget, type Tokens } from './fuzz/cases.js';
import { demoContext, demoSnapshot } from './fuzz/demo.js';
import { baselinePathValue, baselineValue, dtoPaths, freeObjectPaths, isWrite, operationsOf, pathParams, queryParams, slotsOf, type Operation } from './fuzz/openapi.js';
import { judge } from './fuzz/oracle.js';
import { sendRaw, type RawResponse } from './fuzz/raw-http.js';

/**
 * OpenAPI-driven fuzzing of the three services in embedded mode, with the demo Pemda loaded.
 * Every POST/PUT/PATCH/DELETE operation, and every GET that takes parameters, of each service's
 * /docs-json gets fast-check generated requests: the operation's baseline request (examples from
 * the document, ids of the demo Pemda, a token of the role the operation needs) with exactly one
 * invalidator (so nothing may be written) and up to three hostile extras (see fuzz/cases.ts).
 * The oracle (fuzz/oracle.ts) wants no 5xx ever and a 4xx that names the field or header.
 * Afterwards every service is ready and the demo Pemda is exactly as before.
 *
 * FUZZ_REQUESTS (default 2000) is the budget of generated requests, FUZZ_SEED (default below,
 * printed) the seed, FUZZ_ONLY a substring of the operations to run (`POST /realizations`).
 */
const BUDGET = Number(process.env.FUZZ_REQUESTS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const ONLY = process.env.FUZZ_ONLY;
/** FUZZ_COLLECT=1: record every violation and go on (no shrinking), to list every class of finding in one run. */
const COLLECT = process.env.FUZZ_COLLECT === '1';
const WORKERS = 3;
/**
 * Bad credentials are sent from other loopback addresses (127.0.1.1-250, in turn): the services
 * throttle failed authentication per client address, and the fuzz wants the token checks
 * themselves exercised, and the valid-token requests from 127.0.0.1 never throttled.
 */
let badCredentialRequests = 0;
const badCredentialsAddress = () => `127.0.1.${(badCredentialRequests++ % 250) + 1}`;

describe('fuzz: every operation of the three services, from their OpenAPI documents', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-fuzz-'));
  const urls: ServiceUrls = { planning: '', measurement: '', evaluation: '' };
  const ports = { planning: 0, measurement: 0, evaluation: 0 };
  let proc: RunningProcess | undefined;

  beforeAll(async () => {
    for (const s of ['planning', 'measurement', 'evaluation'] as const) {
      ports[s] = await freePort();
      urls[s] = `http://127.0.0.1:${ports[s]}`;
    }
    proc = startProcess('embedded', 'apps/embedded/dist/main.js', {
      DATA_DIR: dataDir,
      PLANNING_PORT: String(ports.planning),
      MEASUREMENT_PORT: String(ports.measurement),
      EVALUATION_PORT: String(ports.evaluation),
      HOST: '127.0.0.1',
    });
    for (const url of Object.values(urls)) await waitReady(url, proc);
    await waitFor('the demo data', async () => (proc!.output.some((l) => l.includes('Capaian is running in embedded mode')) ? true : undefined), 120_000, 200);
  }, 180_000);

  afterAll(async () => {
    if (proc) await stopProcess(proc);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`answers ${BUDGET} generated requests without a 5xx, names the field of every 4xx, and writes nothing`, async () => {
    const started = Date.now();
    const before = await stableSnapshot(urls);

    const ops: Operation[] = [];
    for (const s of ['planning', 'measurement', 'evaluation'] as const) {
      const doc = await http('GET', `${urls[s]}/docs-json`, undefined);
      expect(doc.status).toBe(200);
      ops.push(...operationsOf(s, ports[s], doc.body));
    }
    const ctx = await demoContext(urls, ops);
    const tokens = makeTokens();
    const targets: FuzzTarget[] = [];
    for (const op of ops) {
      if (op.path.startsWith('/health')) continue;
      if (!isWrite(op) && op.params.filter((p) => p.in !== 'header').length === 0) continue;
      if (ONLY && !op.key.includes(ONLY)) continue;
      op.roles = await probeRoles(op);
      targets.push(targetOf(op, ctx));
    }
    const writes = targets.filter((t) => isWrite(t.op)).length;
    const perRead = Math.max(3, Math.floor(BUDGET / (2 * writes + (targets.length - writes))));
    const stats = { sent: 0, protocol: 0, byStatus: new Map<number, number>() };
    const failures: string[] = [];
    /** One example per class of violation (status, code, message shape), across all operations. */
    const classes = new Map<string, { count: number; example: string }>();
    process.stdout.write(`fuzz: seed ${SEED} (FUZZ_SEED), budget ${BUDGET} (FUZZ_REQUESTS), ${targets.length} operations (${writes} writes), ${perRead}/${2 * perRead} runs per read/write\n`);

    const send = async (t: FuzzTarget, c: FuzzCase): Promise<{ res: RawResponse; request: string }> => {
      const built = buildRequest(t, c, tokens);
      const request = describeRequest(built.raw);
      stats.sent++;
      try {
        const res = await sendRaw(built.raw, { host: '127.0.0.1', port: t.op.port, localAddress: built.badCredentials ? badCredentialsAddress() : '127.0.0.1', timeoutMs: 30_000 });
        stats.byStatus.set(res.status, (stats.byStatus.get(res.status) ?? 0) + 1);
        return { res, request };
      } catch (e) {
        throw new Error(`no answer (${String(e)})\n  request: ${request}`);
      }
    };

    const runTarget = async (t: FuzzTarget, index: number) => {
      const seed = (SEED + index * 7919) | 0;
      const property = fc.asyncProperty(caseArb(t, tokens), async (c) => {
        const { res, request } = await send(t, c);
        const verdict = judge(t.op, c, res);
        if (verdict.ok) {
          if (verdict.protocol) stats.protocol++;
          return;
        }
        const correlationId = res.headers['x-correlation-id'] ?? (res.json as { correlationId?: string } | undefined)?.correlationId;
        const log = correlationId
          ? proc!.output
              .filter((l) => l.includes(correlationId))
              .slice(-3)
              .map((l) => l.slice(0, 3000))
          : [];
        const report = `${verdict.violation}\n  case: ${JSON.stringify(c).slice(0, 600)}\n  request: ${request}\n  answer: ${res.status} ${res.text.slice(0, 600)}\n  log: ${log.join('\n       ') || '(none)'}`;
        const body = res.json as { code?: unknown; message?: unknown } | undefined;
        // A 5xx is classed by the error the process logged; a 4xx by its code, else its message.
        const logged = log.map((l) => /"msg":"(Unhandled error:[^"]*)"/.exec(l)?.[1]).find(Boolean);
        const stem =
          res.status >= 500
            ? (logged ?? res.text).slice(0, 120)
            : body?.code
              ? ''
              : String(body?.message ?? res.text)
                  .replace(/'[^']*'|"[^"]*"|\d+/g, '…')
                  .slice(0, 60);
        const key = `${verdict.violation} | ${String(body?.code ?? '')} | ${stem}`;
        const seen = classes.get(key);
        if (seen) seen.count++;
        else classes.set(key, { count: 1, example: `${t.op.key}: ${report}` });
        if (!COLLECT) throw new Error(report);
      });
      const details = await fc.check(property, { seed, numRuns: isWrite(t.op) ? 2 * perRead : perRead });
      if (details.failed) {
        failures.push(
          `${t.op.key} (seed ${seed}, path "${details.counterexamplePath}", shrunk ${details.numShrinks}x):\n  ${String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance)}`,
        );
      }
    };

    // A few operations at a time (the three services share one process and two cores).
    const queue = targets.map((t, i) => [t, i] as const);
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await runTarget(next[0], next[1]);
      }),
    );

    const statusLine = [...stats.byStatus]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}:${n}`)
      .join(' ');
    process.stdout.write(
      `fuzz: ${stats.sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${statusLine}; ${stats.protocol} refused by the HTTP parser; ${failures.length} operations failed\n`,
    );
    if (failures.length > 0) process.stdout.write(`fuzz findings (shrunk, first per operation):\n${failures.join('\n\n')}\n`);
    if (classes.size > 0) process.stdout.write(`fuzz classes of violation:\n${[...classes].map(([k, v]) => `* ${k} (${v.count}x)\n  e.g. ${v.example}`).join('\n')}\n`);

    for (const url of Object.values(urls)) expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    const after = await stableSnapshot(urls);
    expect(after).toEqual(before);
    expect(failures).toEqual([]);
    expect([...classes.keys()]).toEqual([]);
  }, 900_000);

  function makeTokens(): Tokens {
    const claims = (role: string) => ({ sub: `fuzz-${role}@${TENANT}`, tenant: TENANT, unit: role === 'unit_operator' ? 'dpmptsp' : undefined, roles: [role] as never });
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return {
      forRole: (role) => issueToken(JWT_SECRET, claims(role), '2h'),
      expired: issueToken(JWT_SECRET, claims('admin'), -60),
      forged: [
        issueToken('another-secret-of-at-least-thirty-two-chars', claims('admin'), '1h'),
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', tenant: TENANT, roles: ['admin'] })}.`,
        issueToken(JWT_SECRET, { ...claims('admin'), roles: ['root'] as never }, '1h'),
        issueToken(JWT_SECRET, { ...claims('admin'), roles: '__proto__' as never }, '1h'),
        `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'x', tenant: TENANT, roles: ['admin'], exp: 1e309 })}.x`,
      ],
    };
  }

  /** The roles an operation demands, as its 403 says to a viewer (nothing is executed: the guard refuses first). */
  async function probeRoles(op: Operation): Promise<string[]> {
    if (!isWrite(op)) return [];
    const target = op.path.replace(/\{[^}]+\}/g, 'fuzz-probe-nonexistent');
    const r = await http(op.method, `${urlOf(op)}${target}`, token('viewer'), { fuzzProbeUnknownProperty: true });
    return r.status === 403 && r.body?.code === 'INSUFFICIENT_ROLE' && Array.isArray(r.body.details?.required) ? (r.body.details.required as string[]) : [];
  }

  function urlOf(op: Operation): string {
    return op.service === 'planning' ? urls.planning : op.service === 'measurement' ? urls.measurement : urls.evaluation;
  }

  function targetOf(op: Operation, ctx: Awaited<ReturnType<typeof demoContext>>): FuzzTarget {
    const readRole = op.service === 'planning' ? 'planner' : op.service === 'measurement' ? 'unit_operator' : 'evaluator';
    const role = op.roles.find((r) => r !== 'admin') ?? (op.roles.length > 0 ? op.roles[0]! : readRole);
    const basePath = new Map(pathParams(op).map((p) => [p.name, baselinePathValue(op, p.name, ctx)]));
    const baseQuery = new Map(
      queryParams(op)
        .filter((p) => ctx.queryValues.has(p.name))
        .map((p) => [p.name, ctx.queryValues.get(p.name)!]),
    );
    if (op.body?.kind !== 'json') return { op, role, basePath, baseQuery, slots: [], dtos: [], freeObjects: [] };
    const baseBody = baselineValue(op.body.schema, '', ctx.twins.get(op.key));
    return { op, role, basePath, baseQuery, baseBody, slots: slotsOf(op.body.schema, baseBody), dtos: dtoPaths(op.body.schema, baseBody), freeObjects: freeObjectPaths(op.body.schema, baseBody) };
  }
});

/** The snapshot once two reads in a row agree (the projections have caught up with the demo data). */
async function stableSnapshot(urls: ServiceUrls): Promise<Record<string, unknown>> {
  let last = await demoSnapshot(urls);
  let changing: string[] = [];
  return waitFor(
    'a stable snapshot of the demo Pemda',
    async () => {
      await new Promise((r) => setTimeout(r, 300));
      const now = await demoSnapshot(urls);
      changing = Object.keys(now).filter((k) => JSON.stringify(now[k]) !== JSON.stringify(last[k]));
      last = now;
      return changing.length === 0 ? now : undefined;
    },
    60_000,
    0,
  ).catch((e) => {
    throw new Error(`${String(e)}; still changing: ${changing.join(', ')}`);
  });
}
