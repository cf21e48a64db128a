import { DeciderSpecification } from '@capaian/ddd';
import { kpiDecider, kpiStreamId, type KpiDefinition } from './index.js';

const spec = DeciderSpecification.for(kpiDecider);
const ikm: KpiDefinition = {
  tenantId: 'kab-contoh', kpiId: 'ikm-2026', ownerUnitId: 'opd-dpmptsp', code: 'IKU-01', name: 'Indeks Kepuasan Masyarakat',
  unitOfMeasure: 'indeks', polarity: 'higher_is_better', frequency: 'quarterly', year: 2026, yearlyTarget: '82.5',
};

describe('KPI decider', () => {
  it('given nothing, when define-kpi, then kpi-defined', () => {
    spec.given([]).when({ type: 'define-kpi', kpi: ikm }).then([{ type: 'kpi-defined', data: ikm }], (a, e) => expect(a).toEqual(e));
  });
  it('given a defined KPI, when define-kpi again, then KPI_ALREADY_DEFINED (a conflict)', () => {
    const err = spec.given([{ type: 'kpi-defined', data: ikm }]).when({ type: 'define-kpi', kpi: ikm }).error();
    expect(err).toMatchObject({ code: 'KPI_ALREADY_DEFINED', kind: 'conflict', field: 'kpiId' });
  });
  it('rejects a negative or non-decimal target, naming the field', () => {
    expect(spec.given([]).when({ type: 'define-kpi', kpi: { ...ikm, yearlyTarget: '-1' } }).error()).toMatchObject({ code: 'NEGATIVE_TARGET', field: 'yearlyTarget' });
    expect(spec.given([]).when({ type: 'define-kpi', kpi: { ...ikm, yearlyTarget: '8,5' } }).error()).toMatchObject({ code: 'INVALID_TARGET', field: 'yearlyTarget' });
  });
  it('names streams by tenant and KPI', () => {
    expect(kpiStreamId('kab-contoh', 'ikm-2026')).toBe('kpi-kab-contoh.ikm-2026');
  });
});
