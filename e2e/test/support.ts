import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { issueToken } from '@capaian/platform';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const JWT_SECRET = 'e2e-secret-of-at-least-thirty-two-characters!';
/** The Prometheus scraper's token (METRICS_TOKEN) given to every started service. */
export const METRICS_TOKEN = 'e2e-metrics-token-0123456789abcdef';
export const TENANT = 'kab-contoh';

export function token(role: 'planner' | 'unit_operator' | 'evaluator' | 'admin' | 'viewer', unit?: string): string {
  return issueToken(JWT_SECRET, { sub: `${role}@${unit ?? TENANT}`, tenant: TENANT, unit, roles: [role] }, '1h');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port, timeout: 1500 }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.on('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

/** Starts a built service (node dist/main.js) and collects its JSON log lines. */
export function startProcess(name: string, script: string, env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, [path.join(ROOT, script)], {
    cwd: ROOT,
    // CONSOLE_PORT=off: embedded mode serves the web console only where a test asks for it.
    env: { ...process.env, NODE_ENV: 'test', JWT_SECRET, METRICS_TOKEN, KAFKAJS_NO_PARTITIONER_WARNING: '1', CONSOLE_PORT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) output.push(line);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { name, child, output, exited };
}

export async function stopProcess(p: RunningProcess, timeoutMs = 20_000): Promise<number | null> {
  if (p.child.exitCode !== null) return p.child.exitCode;
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  const code = await p.exited;
  clearTimeout(timer);
  return code;
}

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export async function waitReady(baseUrl: string, proc: RunningProcess, timeoutMs = 90_000): Promise<void> {
  await waitFor(
    `${proc.name} readiness at ${baseUrl}/health/ready`,
    async () => {
      if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited with ${proc.child.exitCode}:\n${proc.output.slice(-30).join('\n')}`);
      const r = await fetch(`${baseUrl}/health/ready`).catch(() => undefined);
      return r?.ok ? true : undefined;
    },
    timeoutMs,
    250,
  ).catch((e) => {
    throw new Error(`${String(e)}\n--- last output of ${proc.name} ---\n${proc.output.slice(-40).join('\n')}`);
  });
}

export interface Json {
  status: number;
  body: any;
  headers: Headers;
}

export async function http(method: string, url: string, bearer: string | undefined, body?: unknown, headers: Record<string, string> = {}): Promise<Json> {
  const r = await fetch(url, {
    method,
    headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await r.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: r.status, body: parsed, headers: r.headers };
}

/** A 2026 plan for `POST /scorecards/import`: one perspective (PLG) with one objective (SS-01) that `kpis` measure. */
export function singleObjectivePlan<K extends { objectiveCode: string }>(unitId: string, theme: string, title: string, kpis: K[]) {
  return {
    unitId,
    year: 2026,
    theme,
    title,
    vision: 'Pelayanan prima',
    missions: [],
    goals: [],
    perspectives: [{ code: 'PLG', name: 'Masyarakat', order: 1, weight: '100' }],
    objectives: [{ code: 'SS-01', perspectiveCode: 'PLG', name: 'Pelayanan publik prima' }],
    links: [],
    kpis,
    initiatives: [],
  };
}

export interface ServiceUrls {
  planning: string;
  measurement: string;
  evaluation: string;
}

/**
 * The basic cross-service flow, over HTTP only: planning accepts a KPI with a yearly target; measurement
 * rejects realizations it cannot accept and takes a valid one; evaluation returns the achievement.
 * Returns timings for the log.
 */
export async function walkingSkeletonFlow(urls: ServiceUrls, suffix: string): Promise<{ kpiId: string; toMeasurementMs: number; toEvaluationMs: number; correlationId: string }> {
  const planner = token('planner');
  const operator = token('unit_operator', 'opd-dpmptsp');
  const otherUnit = token('unit_operator', 'opd-dinkes');
  const evaluator = token('evaluator');
  const theme = suffix
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 30);
  const scorecardId = `opd-dpmptsp-2026-${theme}`;
  const kpiId = `${scorecardId}.iku-01`;

  // The organization, then a one-KPI plan imported whole and approved as a Perjanjian Kinerja.
  for (const u of [
    { unitId: 'pemda', name: 'Pemerintah Kabupaten Contoh', kind: 'pemda', parentId: null },
    { unitId: 'opd-dpmptsp', name: 'DPMPTSP', kind: 'opd', parentId: 'pemda' },
    { unitId: 'opd-dinkes', name: 'Dinas Kesehatan', kind: 'opd', parentId: 'pemda' },
  ]) {
    const r = await http('POST', `${urls.planning}/org/units`, planner, u, { 'Idempotency-Key': `e2e-unit-${u.unitId}` });
    expect(r.status).toBe(201);
  }
  const kpi = {
    code: 'IKU-01',
    objectiveCode: 'SS-01',
    name: 'Indeks Kepuasan Masyarakat',
    unitOfMeasure: 'indeks',
    dataSource: 'Survei IKM',
    ownerUnitId: 'opd-dpmptsp',
    frequency: 'yearly',
    level: 'result',
    polarity: 'higher_is_better',
    valueType: 'number',
    aggregation: 'last',
    weight: '100',
    yearlyTarget: '80',
  };
  const plan = singleObjectivePlan('opd-dpmptsp', theme, `Kartu Kinerja DPMPTSP ${suffix}`, [kpi]);

  // 400 names the field; 401 without a token.
  const bad = await http('POST', `${urls.planning}/scorecards/import`, planner, { ...plan, kpis: [{ ...kpi, polarity: 'up' }] });
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toContain('polarity');
  expect((await http('POST', `${urls.planning}/scorecards/import`, undefined, {})).status).toBe(401);

  const created = await http('POST', `${urls.planning}/scorecards/import`, planner, plan, { 'Idempotency-Key': `plan-${suffix}` });
  expect(created.status).toBe(200);
  expect(created.body).toMatchObject({ scorecardId, replayed: false });
  const repeat = await http('POST', `${urls.planning}/scorecards/import`, planner, plan, { 'Idempotency-Key': `plan-${suffix}` });
  expect(repeat.body).toMatchObject({ scorecardId, replayed: true, position: created.body.position });
  const approved = await http('POST', `${urls.planning}/scorecards/${scorecardId}/approve`, planner, { signedBy: 'Kepala DPMPTSP' }, { 'If-Match': created.headers.get('etag')! });
  expect(approved.status).toBe(200);
  const correlationId = approved.headers.get('x-correlation-id')!;
  expect(correlationId).toBeTruthy();
  const t0 = Date.now();
  expect((await http('POST', `${urls.planning}/scorecards/${scorecardId}/approve`, planner, { signedBy: 'Kepala DPMPTSP' })).status).toBe(409);

  // Once planning's event has reached measurement, it knows the KPI.
  await waitFor('measurement to learn the KPI', async () => ((await http('GET', `${urls.measurement}/plan/kpis/${kpiId}`, operator)).status === 200 ? true : undefined), 30_000);
  const toMeasurementMs = Date.now() - t0;

  const unknown = await http('POST', `${urls.measurement}/realizations`, operator, { kpiId: `nope-${suffix}`, year: 2026, period: 'Y', value: '10' });
  expect(unknown.status).toBe(404);
  expect(unknown.body).toMatchObject({ code: 'KPI_UNKNOWN' });
  const notMine = await http('POST', `${urls.measurement}/realizations`, otherUnit, { kpiId, year: 2026, period: 'Y', value: '10' });
  expect(notMine.status).toBe(403);
  const wrongPeriod = await http('POST', `${urls.measurement}/realizations`, operator, { kpiId, year: 2026, period: 'Q1', value: '10' });
  expect(wrongPeriod.status).toBe(422);
  expect(wrongPeriod.body.details[0].field).toBe('period');
  const malformed = await http('POST', `${urls.measurement}/realizations`, operator, '{"kpiId": ', {});
  expect(malformed.status).toBe(400);

  const recorded = await http('POST', `${urls.measurement}/realizations`, operator, { kpiId, year: 2026, period: 'Y', value: '60' }, { 'Idempotency-Key': `real-${suffix}` });
  expect(recorded.status).toBe(201);
  const t1 = Date.now();
  const recordedAgain = await http('POST', `${urls.measurement}/realizations`, operator, { kpiId, year: 2026, period: 'Y', value: '60' }, { 'Idempotency-Key': `real-${suffix}` });
  expect(recordedAgain.body).toMatchObject({ realizationId: recorded.body.realizationId, replayed: true });
  const reused = await http('POST', `${urls.measurement}/realizations`, operator, { kpiId, year: 2026, period: 'Y', value: '61' }, { 'Idempotency-Key': `real-${suffix}` });
  expect(reused.status).toBe(422);

  // Freshness: the accepted realization shows in evaluation's scorecard score (polled every 10 ms).
  const score = await waitFor(
    'evaluation to score the realization',
    async () => {
      const r = await http('GET', `${urls.evaluation}/scores/scorecards/${scorecardId}`, evaluator);
      return r.status === 200 && r.body.kpis[0]?.year?.value === '60' ? r.body : undefined;
    },
    30_000,
    10,
  );
  const toEvaluationMs = Date.now() - t1;
  expect(score).toMatchObject({ scorecardId, policy: { policyId: 'permendagri-86-2017', version: 0 }, score: { measurable: true, score: '75' } });
  const achievement = (await http('GET', `${urls.evaluation}/achievements/${kpiId}`, evaluator)).body;
  expect(achievement).toMatchObject({
    kpiId,
    yearlyTarget: '80',
    periods: [{ period: 'Y', realization: '60', achievement: { measurable: true, percent: '75' }, achievementDisplay: '75.00' }],
  });
  expect(typeof achievement.policyId).toBe('string');
  return { kpiId, toMeasurementMs, toEvaluationMs, correlationId };
}

export interface EmbeddedInstance {
  proc: RunningProcess;
  urls: ServiceUrls;
  /** The web console's URL (CONSOLE_PORT), when started with `console: true`. */
  consoleUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Embedded mode (apps/embedded/dist/main.js) on free ports with its own data directory, the demo
 * Pemda loaded; resolves when every service is ready and the demo data is in.
 */
export async function startEmbedded(options: { console?: boolean; env?: Record<string, string> } = {}): Promise<EmbeddedInstance> {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-embedded-'));
  const ports = { planning: await freePort(), measurement: await freePort(), evaluation: await freePort(), console: await freePort() };
  const urls: ServiceUrls = {
    planning: `http://127.0.0.1:${ports.planning}`,
    measurement: `http://127.0.0.1:${ports.measurement}`,
    evaluation: `http://127.0.0.1:${ports.evaluation}`,
  };
  const proc = startProcess('embedded', 'apps/embedded/dist/main.js', {
    DATA_DIR: dataDir,
    PLANNING_PORT: String(ports.planning),
    MEASUREMENT_PORT: String(ports.measurement),
    EVALUATION_PORT: String(ports.evaluation),
    CONSOLE_PORT: options.console ? String(ports.console) : 'off',
    HOST: '127.0.0.1',
    ...options.env,
  });
  for (const url of Object.values(urls)) await waitReady(url, proc);
  const banner = options.console ? 'Open the web console' : 'Capaian is running in embedded mode';
  await waitFor(
    'the demo data',
    async () => {
      const failed = proc.output.find((l) => l.includes('web console not served'));
      if (failed) throw new Error(failed);
      return proc.output.some((l) => l.includes(banner)) ? true : undefined;
    },
    120_000,
    200,
  );
  return {
    proc,
    urls,
    consoleUrl: `http://127.0.0.1:${ports.console}`,
    dataDir,
    async stop() {
      await stopProcess(proc);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
