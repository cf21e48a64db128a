import { http, token, type ServiceUrls } from '../support.js';
import type { DemoContext, Operation } from './openapi.js';

/**
 * Ids and codes of the demo Pemda the fuzz baselines point at, read from the running services,
 * and the snapshot of what the fuzz run must leave unchanged.
 */
export async function demoContext(urls: ServiceUrls, ops: Operation[]): Promise<DemoContext> {
  const planner = token('planner');
  const evaluator = token('evaluator');
  const scorecardId = 'dpmptsp-2026';
  const sc = await http('GET', `${urls.planning}/scorecards/${scorecardId}`, planner);
  if (sc.status !== 200) throw new Error(`demo scorecard ${scorecardId} not readable: ${sc.status}`);
  const first = (list: Array<{ code: string }> | undefined, fallback: string) => list?.[0]?.code ?? fallback;
  const worksheet = await http('GET', `${urls.evaluation}/sakip/worksheet`, evaluator);
  const criterion = worksheet.body?.current?.components?.[0]?.subComponents?.[0]?.criteria?.[0]?.code ?? '1.a.1';
  const recs = await http('GET', `${urls.evaluation}/recommendations/2026`, evaluator);
  const recommendationId = Array.isArray(recs.body) && recs.body[0]?.recommendationId ? String(recs.body[0].recommendationId) : 'x';

  const twins = new Map<string, unknown>();
  for (const op of ops) {
    if (op.method !== 'PUT') continue;
    const url = `${op.service === 'planning' ? urls.planning : op.service === 'measurement' ? urls.measurement : urls.evaluation}${op.path.replace('{year}', '2026')}`;
    if (url.includes('{')) continue;
    const got = await http('GET', url, evaluator);
    if (got.status === 200 && got.body && typeof got.body === 'object' && 'current' in got.body) twins.set(op.key, got.body.current);
  }
  return {
    pathValues: new Map([
      ['scorecardId', scorecardId],
      ['kpiId', `${scorecardId}.iku-01`],
      ['unitId', 'dpmptsp'],
      ['year', '2026'],
      ['period', 'Q1'],
      ['version', '1'],
      ['criterionCode', criterion],
      ['recommendationId', recommendationId],
    ]),
    codeByCollection: new Map([
      ['perspectives', first(sc.body.perspectives, 'MAS')],
      ['objectives', first(sc.body.objectives, 'SS-01')],
      ['kpis', first(sc.body.kpis, 'IKU-01')],
      ['initiatives', first(sc.body.initiatives, 'P-01')],
    ]),
    queryValues: new Map([
      ['year', '2026'],
      ['format', 'csv'],
      ['asOf', '2026-07-15T00:00:00Z'],
      ['period', 'Y'],
      ['policyVersion', '0'],
      ['unitId', 'dpmptsp'],
      ['kpiId', `${scorecardId}.iku-01`],
      ['status', 'submitted'],
      ['includeInactive', 'true'],
      ['item', 'IKU-01'],
    ]),
    twins,
  };
}

/**
 * The demo Pemda as the three services report it: scorecards (revision and content), the
 * organization tree, every realization with its store position, every scorecard's score with
 * the positions it was computed from, the 2026 ranking, the versioned policies and rules, the
 * SAKIP worksheet and the SAKIP evaluation of the unit the baselines name.
 */
export async function demoSnapshot(urls: ServiceUrls): Promise<Record<string, unknown>> {
  const planner = token('planner');
  const evaluator = token('evaluator');
  const out: Record<string, unknown> = {};
  const get = async (name: string, url: string, bearer: string) => {
    const r = await http('GET', url, bearer);
    // An error body's correlationId (and so its ETag) differs per request; the rest must not.
    const body = r.body && typeof r.body === 'object' && 'correlationId' in r.body ? { ...r.body, correlationId: undefined } : r.body;
    out[name] = { status: r.status, etag: r.status < 300 ? r.headers.get('etag') : null, body };
    return r;
  };
  const list = await get('scorecards', `${urls.planning}/scorecards?year=2026`, planner);
  await get('org tree', `${urls.planning}/org/tree?includeInactive=true`, planner);
  await get('realizations', `${urls.measurement}/realizations?year=2026`, evaluator);
  await get('ranking 2026', `${urls.evaluation}/scores/rankings/2026`, evaluator);
  for (const p of ['policy', 'policy rewards', 'policy vfm']) {
    const suffix = p === 'policy' ? '' : `/${p.split(' ')[1]}`;
    await get(p, `${urls.evaluation}/policies/2026${suffix}`, evaluator);
  }
  await get('reporting policy', `${urls.measurement}/reporting-policies/2026`, evaluator);
  await get('recommendations', `${urls.evaluation}/recommendations/2026`, evaluator);
  await get('sakip dpmptsp 2026', `${urls.evaluation}/sakip/evaluations/dpmptsp/2026`, evaluator);
  await get('sakip worksheet', `${urls.evaluation}/sakip/worksheet`, evaluator);
  for (const sc of (Array.isArray(list.body) ? list.body : []) as Array<{ scorecardId: string }>) {
    await get(`plan ${sc.scorecardId}`, `${urls.planning}/scorecards/${sc.scorecardId}`, planner);
    await get(`score ${sc.scorecardId}`, `${urls.evaluation}/scores/scorecards/${sc.scorecardId}`, evaluator);
  }
  return out;
}
