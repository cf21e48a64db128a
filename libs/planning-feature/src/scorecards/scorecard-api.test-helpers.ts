import request from 'supertest';
import { createTestService, type TestService } from '@capaian/platform';
import { planningService } from '../service.js';

/** A planning service (real PGlite store, in-process bus) with the Pemda and two OPDs registered. */
export interface PlanningApi {
  readonly svc: TestService;
  readonly http: ReturnType<typeof request>;
  /** The Authorization header of a planner. */
  readonly planner: () => string;
  /** The Authorization header of a viewer. */
  readonly viewer: () => string;
}

export async function startPlanningApi(): Promise<PlanningApi> {
  const svc = await createTestService(planningService);
  const http = request(svc.app.getHttpServer());
  const api: PlanningApi = { svc, http, planner: () => `Bearer ${svc.token('planner')}`, viewer: () => `Bearer ${svc.token('viewer')}` };
  for (const u of [
    { unitId: 'pemda', name: 'Pemerintah Kabupaten Contoh', kind: 'pemda', parentId: null },
    { unitId: 'dpmptsp', name: 'DPMPTSP', kind: 'opd', parentId: 'pemda' },
    { unitId: 'dinkes', name: 'Dinas Kesehatan', kind: 'opd', parentId: 'pemda' },
  ]) {
    await http.post('/org/units').set('Authorization', api.planner()).send(u).expect(201);
  }
  return api;
}

/** The body of a KPI definition (a quarterly index of DPMPTSP); `over` replaces any field. */
export const kpiBody = (over: Record<string, unknown> = {}) => ({
  objectiveCode: 'SS-01',
  name: 'Indeks Kepuasan Masyarakat',
  unitOfMeasure: 'indeks',
  definition: 'Survei IKM',
  dataSource: 'Survei IKM',
  ownerUnitId: 'dpmptsp',
  frequency: 'quarterly',
  level: 'result',
  polarity: 'higher_is_better',
  valueType: 'number',
  aggregation: 'average',
  weight: 100,
  baseline: '78.2',
  yearlyTarget: 82.5,
  periodTargets: { Q1: 80, Q2: '81', Q3: { value: '82' }, Q4: '82.5' },
  endOfTermTarget: '88',
  thresholds: { green: 100, yellow: 75 },
  ...over,
});
