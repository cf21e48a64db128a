import type { KnownKpi, RecordRealization } from './index.js';

/** Shared test data (excluded from the build). */
export const kpi: KnownKpi = {
  tenantId: 'kab-contoh',
  kpiId: 'ikm-2026',
  scorecardId: 'opd-dpmptsp-2026',
  planVersion: 1,
  ownerUnitId: 'opd-dpmptsp',
  frequency: 'quarterly',
  year: 2026,
  valueType: 'number',
  grades: null,
  unitOfMeasure: 'indeks',
  name: 'Indeks Kepuasan Masyarakat',
  code: 'IKU-01',
};
export const timing = { now: '2026-04-05T03:00:00Z', deadline: '2026-04-10T17:00:00.000Z', reportingPolicyId: 'reporting-2026.1', reportableFrom: '2025-12-31T17:00:00.000Z', locked: false };
export const record: RecordRealization = {
  type: 'record-realization',
  realizationId: 'r-1',
  tenantId: 'kab-contoh',
  kpiId: 'ikm-2026',
  unitId: 'opd-dpmptsp',
  year: 2026,
  period: 'Q1',
  value: '80.25',
  note: null,
  kpi,
  ...timing,
};
