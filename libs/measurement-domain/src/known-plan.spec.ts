import { exampleApprovedKpi, exampleScorecardApproved } from '@capaian/contracts';
import { knownInitiativesFromScorecard, knownKpisFromScorecard } from './index.js';

describe('plan knowledge from planning.scorecard-approved v1', () => {
  it('maps the approved KPIs and initiatives to KnownKpi / KnownInitiative', () => {
    const plan = exampleScorecardApproved({
      version: 2,
      kpis: [exampleApprovedKpi(), exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-02', code: 'IKU-02', valueType: 'categorical', grades: ['WTP', 'WDP'], ownerUnitId: null })],
    });
    expect(knownKpisFromScorecard('kab-contoh', plan)).toEqual([
      {
        tenantId: 'kab-contoh',
        kpiId: 'dpmptsp-2026.iku-01',
        scorecardId: 'dpmptsp-2026',
        planVersion: 2,
        ownerUnitId: 'dpmptsp',
        frequency: 'quarterly',
        year: 2026,
        valueType: 'number',
        grades: null,
        unitOfMeasure: 'indeks',
        name: 'Indeks Kepuasan Masyarakat (IKM)',
        code: 'IKU-01',
      },
      expect.objectContaining({ kpiId: 'dpmptsp-2026.iku-02', valueType: 'categorical', grades: ['WTP', 'WDP'], ownerUnitId: null }),
    ]);
    expect(knownInitiativesFromScorecard('kab-contoh', plan)).toEqual([
      { tenantId: 'kab-contoh', initiativeId: 'dpmptsp-2026.p-01', scorecardId: 'dpmptsp-2026', ownerUnitId: 'dpmptsp', budgetCeiling: '1250000000', year: 2026, level: 'program' },
    ]);
  });
});
