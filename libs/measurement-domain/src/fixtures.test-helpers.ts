import { DeciderSpecification, type Decider } from '@capaian/ddd';
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

/** A decider as its specs drive it: `spec` for events, `errorOf` for the error a command is refused with. */
export function deciderSpec<C, E, S>(decider: Decider<C, E, S>) {
  const spec = DeciderSpecification.for(decider);
  return { spec, errorOf: (events: E[], command: C) => spec.given(events).when(command).error(), eventsOf: (events: E[], command: C) => spec.given(events).when(command).events() };
}

export const eq = (a: unknown, e: unknown) => expect(a).toEqual(e);
