/** Tests' fixtures: the services' answers with every field a test does not care about filled in. */
import type { PlanKpi, RealizationEntry } from './api/schemas';

/** A realization as the measurement service lists it: submitted on time, a number, first revision; `fields` override. */
export const realizationEntry = (fields: Partial<RealizationEntry> = {}): RealizationEntry => ({
  tenantId: 'kab-contoh',
  kpiId: 'dpmptsp-2026.iku-01',
  unitId: 'dpmptsp',
  year: 2026,
  period: 'Q1',
  value: '80.5',
  valueType: 'number',
  valueRevision: 1,
  status: 'submitted',
  late: false,
  afterLock: false,
  note: null,
  evidence: [],
  submittedAt: '2026-04-08T03:15:00.000Z',
  revision: 0,
  position: 1,
  ...fields,
});

/** A quarterly KPI of plan version 1 as the measurement service knows it; `fields` override, the name follows the code. */
export const planKpi = (fields: Partial<PlanKpi> & Pick<PlanKpi, 'kpiId' | 'code'>): PlanKpi => ({
  tenantId: 'kab-contoh',
  scorecardId: 'dpmptsp-2026',
  planVersion: 1,
  ownerUnitId: 'dpmptsp',
  frequency: 'quarterly',
  year: 2026,
  valueType: 'number',
  grades: null,
  unitOfMeasure: 'indeks',
  name: `Nama ${fields.code}`,
  ...fields,
});
