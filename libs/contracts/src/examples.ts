import type { ApprovedKpiV1, ScorecardApprovedV1 } from './events.js';

/**
 * Example payloads of the catalog, valid against their schemas: the README shows them, the
 * contract tests pin them, and consumers' tests build their inputs from them.
 */
export function exampleApprovedKpi(overrides: Partial<ApprovedKpiV1> = {}): ApprovedKpiV1 {
  return {
    kpiId: 'dpmptsp-2026.iku-01',
    code: 'IKU-01',
    objectiveId: 'dpmptsp-2026.ss-01',
    name: 'Indeks Kepuasan Masyarakat (IKM)',
    unitOfMeasure: 'indeks',
    definition: 'Rata-rata nilai survei kepuasan masyarakat (Permenpan RB 14/2017)',
    dataSource: 'Survei IKM DPMPTSP',
    ownerUnitId: 'dpmptsp',
    frequency: 'quarterly',
    level: 'result',
    polarity: 'higher_is_better',
    valueType: 'number',
    grades: null,
    aggregation: 'average',
    weight: '100',
    baseline: '78.2',
    yearlyTarget: { value: '82.5' },
    periodTargets: [
      { period: 'Q1', target: { value: '80' } },
      { period: 'Q2', target: { value: '81' } },
      { period: 'Q3', target: { value: '82' } },
      { period: 'Q4', target: { value: '82.5' } },
    ],
    endOfTermTarget: { value: '88' },
    thresholds: { green: '100', yellow: '75' },
    cascadedFrom: null,
    ...overrides,
  };
}

export function exampleScorecardApproved(overrides: Partial<ScorecardApprovedV1> = {}): ScorecardApprovedV1 {
  return {
    scorecardId: 'dpmptsp-2026',
    unitId: 'dpmptsp',
    unitName: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    unitKind: 'opd',
    parentUnitId: 'pemda',
    year: 2026,
    theme: null,
    title: 'Kartu Kinerja DPMPTSP 2026',
    vision: 'Pelayanan perizinan yang cepat, mudah dan transparan',
    missions: ['Mempercepat pelayanan perizinan'],
    goals: ['Meningkatnya kepuasan masyarakat'],
    version: 1,
    signedBy: 'Kepala DPMPTSP',
    revisionReason: null,
    perspectives: [{ perspectiveId: 'dpmptsp-2026.plg', code: 'PLG', name: 'Masyarakat', order: 1, weight: '100' }],
    objectives: [{ objectiveId: 'dpmptsp-2026.ss-01', code: 'SS-01', perspectiveId: 'dpmptsp-2026.plg', name: 'Meningkatnya kualitas pelayanan', weight: null, contributesTo: 'pemda-2026.ss-01' }],
    links: [],
    kpis: [exampleApprovedKpi()],
    initiatives: [
      {
        initiativeId: 'dpmptsp-2026.p-01',
        code: 'P-01',
        level: 'program',
        name: 'Program Pelayanan Penanaman Modal',
        parentId: null,
        objectiveIds: ['dpmptsp-2026.ss-01'],
        budgetCeiling: '1250000000',
        ownerUnitId: 'dpmptsp',
        start: '2026-01-01',
        end: '2026-12-31',
      },
    ],
    ...overrides,
  };
}
