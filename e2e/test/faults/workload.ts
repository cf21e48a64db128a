import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { http as json, singleObjectivePlan, token, waitFor, type ServiceUrls } from '../support.js';

/** Months whose reporting period has ended in 2026 (measurement refuses future periods). */
export const ENDED_MONTHS = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09'] as const;
export const UNIT = 'opd-dpmptsp';
export const operator = () => token('unit_operator', UNIT);

export interface Plan {
  scorecardId: string;
  kpiIds: string[];
}

/** One (KPI, period) a realization can be reported for, with the value this suite reports. */
export interface Slot {
  kpiId: string;
  period: string;
  value: string;
}

export const slotKey = (s: { kpiId: string; period: string }) => `${s.kpiId}/${s.period}`;

export async function ensureOrganization(urls: ServiceUrls): Promise<void> {
  for (const u of [
    { unitId: 'pemda', name: 'Pemerintah Kabupaten Contoh', kind: 'pemda', parentId: null },
    { unitId: UNIT, name: 'DPMPTSP', kind: 'opd', parentId: 'pemda' },
  ]) {
    const r = await json('POST', `${urls.planning}/org/units`, token('planner'), u, { 'Idempotency-Key': `faults-unit-${u.unitId}` });
    if (r.status !== 201 && r.status !== 200) throw new Error(`org unit ${u.unitId}: ${r.status} ${JSON.stringify(r.body)}`);
  }
}

/**
 * Imports and approves a plan of `kpiCount` monthly KPIs (one perspective, one objective, equal
 * weights) as `opd-dpmptsp-2026-<theme>`, and waits until measurement knows every KPI.
 */
export async function approvedPlan(urls: ServiceUrls, theme: string, kpiCount: number, timeoutMs = 60_000): Promise<Plan> {
  const planner = token('planner');
  const scorecardId = `${UNIT}-2026-${theme}`;
  const weights = equalWeights(kpiCount);
  const kpis = weights.map((weight, i) => ({
    code: `IKU-${String(i + 1).padStart(2, '0')}`,
    objectiveCode: 'SS-01',
    name: `Indikator ${i + 1}`,
    unitOfMeasure: 'indeks',
    dataSource: 'Laporan bulanan',
    ownerUnitId: UNIT,
    frequency: 'monthly',
    level: 'result',
    polarity: 'higher_is_better',
    valueType: 'number',
    aggregation: 'average',
    weight,
    yearlyTarget: '80',
  }));
  const plan = singleObjectivePlan(UNIT, theme, `Uji gangguan ${theme}`, kpis);
  const created = await json('POST', `${urls.planning}/scorecards/import`, planner, plan, { 'Idempotency-Key': `faults-plan-${theme}` });
  if (created.status !== 200) throw new Error(`plan ${theme}: ${created.status} ${JSON.stringify(created.body)}`);
  const approved = await json('POST', `${urls.planning}/scorecards/${scorecardId}/approve`, planner, { signedBy: 'Kepala DPMPTSP' }, { 'If-Match': created.headers.get('etag')! });
  if (approved.status !== 200) throw new Error(`approve ${scorecardId}: ${approved.status} ${JSON.stringify(approved.body)}`);
  const kpiIds = kpis.map((k) => `${scorecardId}.${k.code.toLowerCase()}`);
  for (const kpiId of kpiIds) {
    await waitFor(`measurement to learn ${kpiId}`, async () => ((await json('GET', `${urls.measurement}/plan/kpis/${kpiId}`, operator())).status === 200 ? true : undefined), timeoutMs, 100);
  }
  return { scorecardId, kpiIds };
}

function equalWeights(n: number): string[] {
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => String(i === n - 1 ? 100 - base * (n - 1) : base));
}

/** Every ended month of every KPI of the plan, each with its own value. */
export function slotsOf(plan: Plan, months: readonly string[] = ENDED_MONTHS): Slot[] {
  return plan.kpiIds.flatMap((kpiId, k) => months.map((period, m) => ({ kpiId, period, value: String(55 + ((k * 7 + m * 3) % 45)) })));
}

export interface Outcome {
  status?: number;
  body?: any;
  /** Network error code (ECONNREFUSED, ECONNRESET, ...) when no HTTP answer came. */
  error?: string;
  /** performance.now() when the request was completely written to an open connection (undefined if it never was). */
  sentAt?: number;
  answeredAt?: number;
}

/**
 * One HTTP request on its own connection (no keep-alive pool), recording when it was fully sent:
 * a request "sent before the signal" is one whose bytes were on an accepted connection by then.
 */
export function request(method: string, url: string, bearer: string, body?: unknown, headers: Record<string, string> = {}, timeoutMs = 20_000): Promise<Outcome> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const outcome: Outcome = {};
    const req = http.request(url, {
      method,
      agent: false,
      timeout: timeoutMs,
      headers: { authorization: `Bearer ${bearer}`, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}), ...headers },
    });
    req.on('finish', () => (outcome.sentAt = performance.now()));
    req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ ...outcome, error: e.code ?? e.message }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ ...outcome, error: e.code ?? e.message }));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          /* not JSON */
        }
        resolve({ ...outcome, status: res.statusCode, body: parsed, answeredAt: performance.now() });
      });
    });
    req.end(payload);
  });
}

export const realizationKey = (run: string, s: Slot) => `faults-${run}-${s.kpiId}-${s.period}`;

export function postRealization(urls: ServiceUrls, run: string, s: Slot): Promise<Outcome> {
  return request('POST', `${urls.measurement}/realizations`, operator(), { kpiId: s.kpiId, year: 2026, period: s.period, value: s.value }, { 'Idempotency-Key': realizationKey(run, s) });
}

export const accepted = (o: Outcome | undefined) => o?.status === 201 || o?.status === 200;

/**
 * A bounded stream of POST /realizations: `concurrency` workers take the slots in order, each
 * waiting `intervalMs` between its requests. Resolves with each slot's outcome.
 */
export async function postStream(urls: ServiceUrls, run: string, slots: Slot[], opts: { concurrency: number; intervalMs: number; onOutcome?: (done: number) => void }): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  let next = 0;
  const worker = async () => {
    while (next < slots.length) {
      const s = slots[next++]!;
      outcomes.set(slotKey(s), await postRealization(urls, run, s));
      opts.onOutcome?.(outcomes.size);
      if (opts.intervalMs > 0) await sleep(opts.intervalMs);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return outcomes;
}

/**
 * After a fault: re-sends (same Idempotency-Key) every slot that got no HTTP answer, as a client
 * would after a timeout. A slot stored before the crash is answered as a replay, not stored twice.
 */
export async function retryUnanswered(urls: ServiceUrls, run: string, slots: Slot[], outcomes: Map<string, Outcome>): Promise<Slot[]> {
  const retried: Slot[] = [];
  for (const s of slots) {
    const o = outcomes.get(slotKey(s));
    if (o && o.status !== undefined) continue;
    retried.push(s);
    outcomes.set(slotKey(s), await postRealization(urls, run, s));
  }
  return retried;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function summary(outcomes: Map<string, Outcome>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const o of outcomes.values()) {
    const k = o.status !== undefined ? String(o.status) : (o.error ?? 'unknown');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return Object.fromEntries(counts);
}
