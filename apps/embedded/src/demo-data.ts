import { DEMO_YEAR, demoOrganization, demoRealizations, demoScorecards } from '@capaian/demo-data';
import { scorecardIdOf } from '@capaian/planning-domain';
import type { Role } from '@capaian/platform';

/**
 * Loads the demo Pemda (libs/demo-data) through the public HTTP APIs, like any client would:
 * the organization tree, the Bupati's scorecard, the OPD scorecards cascaded from it and the SPBE
 * scorecard (each imported whole, then approved as a Perjanjian Kinerja), then the units'
 * realizations. Every request carries a deterministic Idempotency-Key, so loading again (every
 * restart) writes nothing new.
 */
export interface DemoUrls {
  planning: string;
  measurement: string;
}

export async function loadDemoData(urls: DemoUrls, tokenFor: (role: Role, unit?: string) => string, log: (msg: string) => void): Promise<void> {
  const planner = tokenFor('planner');
  for (const u of demoOrganization) {
    await send('POST', `${urls.planning}/org/units`, planner, { unitId: u.unitId, name: u.name, kind: u.kind, parentId: u.parentId }, `demo-unit-${u.unitId}`);
  }
  log(`demo: ${demoOrganization.length} organization units`);
  for (const doc of demoScorecards) {
    const id = scorecardIdOf(doc.unitId, doc.year, doc.theme);
    await send('POST', `${urls.planning}/scorecards/import`, planner, doc, `demo-import-${id}`);
    await send('POST', `${urls.planning}/scorecards/${id}/approve`, planner, { signedBy: `Kepala ${doc.unitId}` }, `demo-approve-${id}`);
    log(`demo: scorecard ${id} imported and approved (${doc.perspectives.length} perspectives, ${doc.objectives.length} objectives, ${doc.kpis.length} KPIs)`);
  }
  let done = 0;
  for (const r of demoRealizations) {
    const operator = tokenFor('unit_operator', r.unitId);
    await waitUntil(async () => (await call(`${urls.measurement}/plan/kpis/${r.kpiId}`, { headers: { authorization: `Bearer ${operator}` } })).ok);
    await send(
      'POST',
      `${urls.measurement}/realizations`,
      operator,
      { kpiId: r.kpiId, year: DEMO_YEAR, period: r.period, value: r.value, note: r.note ?? undefined },
      `demo-real-${r.kpiId}-${r.period}`,
    );
    done++;
  }
  log(`demo: ${done} realizations recorded in measurement`);
}

/** fetch, with an error that names the address it could not reach. */
async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`cannot reach ${url} (${cause?.code ?? cause?.message ?? String(e)}); is the service running?`);
  }
}

async function send(method: string, url: string, bearer: string, body: unknown, idempotencyKey: string): Promise<void> {
  const r = await call(url, {
    method,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
    body: JSON.stringify(body),
  });
  if (r.status !== 200 && r.status !== 201) throw new Error(`demo data: ${method} ${url} answered ${r.status}: ${await r.text()}`);
}

async function waitUntil(fn: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('demo data: measurement did not receive the plan in time');
}
