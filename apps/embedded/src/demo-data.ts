import type { Role } from '@capaian/platform';

/**
 * Demo data for the embedded start, loaded through the public HTTP APIs like any client would,
 * with Idempotency-Keys: loading twice (every restart) writes nothing new.
 * The full kabupaten scorecard arrives with the planning issue; this is the walking-skeleton set.
 */
export interface DemoKpi {
  kpiId: string;
  code: string;
  name: string;
  ownerUnitId: string;
  unitOfMeasure: string;
  polarity: 'higher_is_better' | 'lower_is_better';
  frequency: 'yearly';
  yearlyTarget: string;
  realization: string;
}

export const DEMO_TENANT = 'kab-contoh';
export const DEMO_YEAR = 2026;

export const DEMO_KPIS: DemoKpi[] = [
  { kpiId: 'ikm-2026', code: 'IKU-01', name: 'Indeks Kepuasan Masyarakat (IKM)', ownerUnitId: 'opd-dpmptsp', unitOfMeasure: 'indeks', polarity: 'higher_is_better', frequency: 'yearly', yearlyTarget: '82', realization: '84.1' },
  { kpiId: 'waktu-layanan-2026', code: 'IKU-02', name: 'Rata-rata waktu penyelesaian layanan perizinan', ownerUnitId: 'opd-dpmptsp', unitOfMeasure: 'hari', polarity: 'lower_is_better', frequency: 'yearly', yearlyTarget: '5', realization: '6' },
  { kpiId: 'indeks-spbe-2026', code: 'IKU-03', name: 'Indeks SPBE', ownerUnitId: 'opd-diskominfo', unitOfMeasure: 'indeks (1-5)', polarity: 'higher_is_better', frequency: 'yearly', yearlyTarget: '3.5', realization: '3.12' },
  { kpiId: 'serapan-apbd-2026', code: 'IKU-04', name: 'Persentase serapan anggaran (APBD)', ownerUnitId: 'opd-bpkad', unitOfMeasure: '%', polarity: 'higher_is_better', frequency: 'yearly', yearlyTarget: '95', realization: '91.37' },
  { kpiId: 'pengaduan-2026', code: 'IKU-05', name: 'Jumlah pengaduan masyarakat', ownerUnitId: 'opd-diskominfo', unitOfMeasure: 'pengaduan', polarity: 'lower_is_better', frequency: 'yearly', yearlyTarget: '120', realization: '97' },
];

export interface DemoUrls {
  planning: string;
  measurement: string;
}

export async function loadDemoData(urls: DemoUrls, tokenFor: (role: Role, unit?: string) => string, log: (msg: string) => void): Promise<void> {
  const planner = tokenFor('planner');
  for (const k of DEMO_KPIS) {
    const { realization: _r, ...kpi } = k;
    await post(`${urls.planning}/kpis`, planner, { ...kpi, year: DEMO_YEAR }, `demo-kpi-${k.kpiId}`);
  }
  log(`demo: ${DEMO_KPIS.length} KPIs defined in planning`);
  for (const k of DEMO_KPIS) {
    const operator = tokenFor('unit_operator', k.ownerUnitId);
    await waitUntil(async () => (await fetch(`${urls.measurement}/plan/kpis/${k.kpiId}`, { headers: { authorization: `Bearer ${operator}` } })).ok);
    await post(`${urls.measurement}/realizations`, operator, { kpiId: k.kpiId, year: DEMO_YEAR, period: 'Y', value: k.realization }, `demo-real-${k.kpiId}`);
  }
  log(`demo: ${DEMO_KPIS.length} realizations recorded in measurement`);
}

async function post(url: string, bearer: string, body: unknown, idempotencyKey: string): Promise<void> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
    body: JSON.stringify(body),
  });
  if (r.status !== 201) throw new Error(`demo data: POST ${url} answered ${r.status}: ${await r.text()}`);
}

async function waitUntil(fn: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('demo data: measurement did not receive the plan in time');
}
