import { http, token, waitFor, type ServiceUrls } from '../support.js';
import { withPg } from './infra.js';
import { operator, slotKey, type Plan, type Slot } from './workload.js';

const evaluator = () => token('evaluator');

/** What evaluation shows for a plan: KPI -> period -> realization value. */
async function evaluationValues(urls: ServiceUrls, plan: Plan): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  for (const kpiId of plan.kpiIds) {
    const r = await http('GET', `${urls.evaluation}/achievements/${kpiId}`, evaluator());
    if (r.status === 404) continue;
    if (r.status !== 200) throw new Error(`GET /achievements/${kpiId}: ${r.status} ${JSON.stringify(r.body)}`);
    for (const p of r.body.periods as Array<{ period: string; realization: string }>) {
      const key = slotKey({ kpiId, period: p.period });
      if (values.has(key)) throw new Error(`evaluation lists ${key} twice`);
      values.set(key, p.realization);
    }
  }
  return values;
}

/** Waits until evaluation shows exactly the expected realizations (nothing missing, nothing extra). */
export async function waitForEvaluation(urls: ServiceUrls, plan: Plan, expected: Slot[], timeoutMs = 90_000): Promise<void> {
  const want = new Map(expected.map((s) => [slotKey(s), s.value]));
  let last = new Map<string, string>();
  await waitFor(
    `evaluation to show the ${want.size} accepted realizations of ${plan.scorecardId}`,
    async () => {
      last = await evaluationValues(urls, plan);
      return last.size >= want.size ? true : undefined;
    },
    timeoutMs,
    250,
  ).catch((e) => {
    const missing = [...want.keys()].filter((k) => !last.has(k));
    throw new Error(`${String(e)}; evaluation has ${last.size}, missing ${missing.length}: ${missing.slice(0, 10).join(', ')}`);
  });
  expect(Object.fromEntries(last)).toEqual(Object.fromEntries(want));
}

/** Measurement stored each accepted slot exactly once (one event in the slot's history, the posted value). */
export async function expectMeasurementStoredOnce(urls: ServiceUrls, expected: Slot[]): Promise<void> {
  const problems: string[] = [];
  for (const s of expected) {
    const r = await http('GET', `${urls.measurement}/realizations/${s.kpiId}/2026/${s.period}`, operator());
    if (r.status !== 200) problems.push(`${slotKey(s)}: GET history ${r.status}`);
    else if (r.body.history.length !== 1) problems.push(`${slotKey(s)}: ${r.body.history.length} events in measurement (${r.body.history.map((h: { type: string }) => h.type).join(', ')})`);
    else if (r.body.history[0].data.value !== s.value) problems.push(`${slotKey(s)}: stored ${r.body.history[0].data.value}, posted ${s.value}`);
  }
  expect(problems).toEqual([]);
}

/** Evaluation's own store (PostgreSQL) keeps each accepted realization exactly once, and no other. */
export async function expectEvaluationStoredOnce(schema: string, plan: Plan, expected: Slot[]): Promise<void> {
  const rows = await withPg(
    async (c) =>
      (
        await c.query<{ kpi: string; period: string; n: string; ids: string }>(
          `SELECT data->'data'->>'kpiId' AS kpi, data->'data'->>'period' AS period, count(*) AS n, count(DISTINCT event_id) AS ids
           FROM "${schema}".events
          WHERE type = 'measurement.realization-recorded' AND data->'data'->>'kpiId' = ANY($1)
          GROUP BY 1, 2`,
          [plan.kpiIds],
        )
      ).rows,
  );
  const stored = new Map(rows.map((r) => [slotKey({ kpiId: r.kpi, period: r.period }), Number(r.n)]));
  const doubled = [...stored].filter(([, n]) => n !== 1).map(([k, n]) => `${k} x${n}`);
  expect(doubled).toEqual([]);
  expect([...stored.keys()].sort()).toEqual(expected.map(slotKey).sort());
}

/** Scores, achievements and the timeline read after POST /admin/rebuild equal those read before it. */
export async function expectRebuildGivesSameScores(urls: ServiceUrls, plan: Plan): Promise<void> {
  const read = async () => {
    const out = new Map<string, unknown>();
    for (const q of ['', '?period=Q1', '?period=Q2', '?period=Q3']) {
      const r = await http('GET', `${urls.evaluation}/scores/scorecards/${plan.scorecardId}${q}`, evaluator());
      expect(r.status).toBe(200);
      out.set(`scores${q}`, r.body);
    }
    for (const kpiId of plan.kpiIds) out.set(kpiId, (await http('GET', `${urls.evaluation}/achievements/${kpiId}`, evaluator())).body);
    out.set('timeline', (await http('GET', `${urls.evaluation}/scores/scorecards/${plan.scorecardId}/timeline`, evaluator())).body);
    return Object.fromEntries(out);
  };
  const before = await read();
  const rebuilt = await http('POST', `${urls.evaluation}/admin/rebuild`, token('admin'));
  expect(rebuilt.status).toBe(200);
  const after = await read();
  expect(after).toEqual(before);
  // The scorecard is scored from every accepted realization.
  expect((before['scores'] as { score: { measurable: boolean } }).score.measurable).toBe(true);
}

/**
 * Evaluation's timeline (folded from its store, one point per kept event) has one
 * realization-recorded point per accepted realization: the store-level "exactly once" check
 * that also works in embedded mode, where the store is PGlite inside the process.
 */
export async function expectTimelineCountsOnce(urls: ServiceUrls, plan: Plan, expected: Slot[]): Promise<void> {
  const r = await http('GET', `${urls.evaluation}/scores/scorecards/${plan.scorecardId}/timeline`, evaluator());
  expect(r.status).toBe(200);
  const subjects = (r.body.points as Array<{ eventType: string; subject: string }>).filter((p) => p.eventType === 'measurement.realization-recorded').map((p) => p.subject);
  expect(subjects.sort()).toEqual(expected.map((s) => `${s.kpiId} ${s.period}`).sort());
}
