import { DeciderSpecification } from '@capaian/ddd';
import { realizationDecider, type KnownKpi, type RecordRealization } from './index.js';

const spec = DeciderSpecification.for(realizationDecider);
const kpi: KnownKpi = { tenantId: 'kab-contoh', kpiId: 'ikm-2026', ownerUnitId: 'opd-dpmptsp', frequency: 'quarterly', year: 2026 };
const record: RecordRealization = {
  type: 'record-realization', realizationId: 'r-1', tenantId: 'kab-contoh', kpiId: 'ikm-2026', unitId: 'opd-dpmptsp',
  year: 2026, period: 'Q1', value: '80.25', note: null, kpi,
};
const recorded = {
  type: 'realization-recorded' as const,
  data: { realizationId: 'r-1', tenantId: 'kab-contoh', kpiId: 'ikm-2026', unitId: 'opd-dpmptsp', year: 2026, period: 'Q1' as const, value: '80.25', note: null },
};

describe('realization decider', () => {
  it('given nothing, when a unit records a value for its KPI, then realization-recorded', () => {
    spec.given([]).when(record).then([recorded], (a, e) => expect(a).toEqual(e));
  });
  it('unknown KPI (planning event not arrived) -> KPI_UNKNOWN, not found', () => {
    expect(spec.given([]).when({ ...record, kpi: undefined }).error()).toMatchObject({ code: 'KPI_UNKNOWN', kind: 'not_found', field: 'kpiId' });
    expect(spec.given([]).when({ ...record, kpi: { ...kpi, tenantId: 'other' } }).error()).toMatchObject({ code: 'KPI_UNKNOWN' });
  });
  it("another unit's KPI -> forbidden", () => {
    expect(spec.given([]).when({ ...record, unitId: 'opd-dinkes' }).error()).toMatchObject({ code: 'KPI_NOT_OWNED', kind: 'forbidden' });
  });
  it('period outside the KPI frequency or year -> unprocessable, naming the field', () => {
    expect(spec.given([]).when({ ...record, period: 'M01' }).error()).toMatchObject({ code: 'PERIOD_NOT_IN_PLAN', field: 'period', kind: 'unprocessable' });
    expect(spec.given([]).when({ ...record, year: 2025 }).error()).toMatchObject({ code: 'YEAR_NOT_PLANNED', field: 'year' });
  });
  it('value must be a decimal', () => {
    expect(spec.given([]).when({ ...record, value: '80,25' }).error()).toMatchObject({ code: 'INVALID_VALUE', field: 'value' });
  });
  it('given a recorded period, a second record is a conflict (corrections are explicit)', () => {
    expect(spec.given([recorded]).when({ ...record, realizationId: 'r-2' }).error()).toMatchObject({ code: 'REALIZATION_EXISTS', kind: 'conflict' });
  });
});
