import type { ResponseCase } from './case.js';

/**
 * Planning: every GET on the demo Pemda, then writes on a unit and scorecard of their own
 * (`opd-uji-openapi`), so no demo plan changes. Cases run in order: later reads see the writes.
 */
const UNIT = 'opd-uji-openapi';
const SC = `${UNIT}-2026`;
const KPI = {
  objectiveCode: 'SS-01',
  name: 'Indeks Kepuasan Masyarakat uji',
  unitOfMeasure: 'indeks',
  dataSource: 'Survei uji',
  ownerUnitId: UNIT,
  frequency: 'quarterly',
  level: 'result',
  polarity: 'higher_is_better',
  valueType: 'number',
  aggregation: 'average',
  weight: '100',
  baseline: '80',
  yearlyTarget: '87.5',
  periodTargets: { Q1: '85', Q2: { value: '86' }, Q3: '87', Q4: '87.5' },
  thresholds: { green: '100', yellow: '75' },
  cascadedFrom: { kpiId: 'pemda-2026.iku-06', share: '50' },
};
const RANGE_KPI = { ...KPI, name: 'Rasio uji', polarity: 'range', yearlyTarget: { min: '2', max: '4' }, periodTargets: {}, thresholds: undefined, cascadedFrom: undefined, weight: '50' };

export const PLANNING_CASES: ResponseCase[] = [
  // Reads on the demo data.
  { service: 'planning', role: 'planner', path: '/org/tree' },
  { service: 'planning', role: 'viewer', path: '/org/tree?includeInactive=true&asOf=2100-01-01T00:00:00Z' },
  { service: 'planning', role: 'planner', path: '/org/units/dpmptsp/history' },
  { service: 'planning', role: 'viewer', path: '/org/units/pemda/performance-tree?year=2026' },
  { service: 'planning', role: 'planner', path: '/org/units/diskominfo/performance-tree?year=2026&asOf=2100-01-01T00:00:00Z' },
  { service: 'planning', role: 'planner', path: '/scorecards' },
  { service: 'planning', role: 'viewer', path: '/scorecards?year=2026&unitId=diskominfo' },
  { service: 'planning', role: 'planner', path: '/scorecards/pemda-2026' },
  { service: 'planning', role: 'viewer', path: '/scorecards/dpmptsp-2026?asOf=2100-01-01T00:00:00Z' },
  { service: 'planning', role: 'evaluator', path: '/scorecards/bpkad-2026' },
  { service: 'planning', role: 'planner', path: '/scorecards/diskominfo-2026-spbe' },
  { service: 'planning', role: 'planner', path: '/scorecards/pemda-2026/versions/1' },
  { service: 'planning', role: 'planner', path: '/scorecards/dpmptsp-2026/history' },
  { service: 'planning', role: 'viewer', path: '/scorecards/pemda-2026/history?item=IKU-08' },
  { service: 'planning', role: 'planner', path: '/kpis/dpmptsp-2026.iku-01' },
  { service: 'planning', role: 'unit_operator', unit: 'dpmptsp', path: '/kpis/pemda-2026.iku-08' },
  { service: 'planning', role: 'viewer', path: '/kpis/bpkad-2026.iku-01?asOf=2100-01-01T00:00:00Z' },

  // Writes on a unit and scorecard of their own.
  { service: 'planning', role: 'planner', method: 'POST', path: '/org/units', body: { unitId: UNIT, name: 'Dinas Uji OpenAPI', kind: 'opd', parentId: 'pemda' }, status: 201 },
  { service: 'planning', role: 'planner', method: 'POST', path: '/org/units', body: { unitId: `${UNIT}-gabung`, name: 'Dinas Uji Gabung', kind: 'opd', parentId: 'pemda' }, status: 201 },
  { service: 'planning', role: 'planner', method: 'POST', path: '/org/units', body: { unitId: `${UNIT}-tutup`, name: 'Dinas Uji Tutup', kind: 'opd', parentId: 'pemda' }, status: 201 },
  { service: 'planning', role: 'planner', method: 'POST', path: `/org/units/${UNIT}/rename`, body: { name: 'Dinas Uji Dokumen OpenAPI', reason: 'Uji / test' } },
  { service: 'planning', role: 'planner', method: 'POST', path: `/org/units/${UNIT}/move`, body: { newParentId: 'pemda' } },
  { service: 'planning', role: 'planner', method: 'POST', path: `/org/units/${UNIT}-gabung/merge`, body: { targetUnitId: UNIT, reason: 'Uji / test' } },
  { service: 'planning', role: 'planner', method: 'POST', path: `/org/units/${UNIT}-tutup/close`, body: { reason: 'Uji / test' } },
  { service: 'planning', role: 'viewer', path: '/org/tree?includeInactive=true' },
  { service: 'planning', role: 'planner', path: `/org/units/${UNIT}/history` },
  { service: 'planning', role: 'planner', path: `/org/units/${UNIT}-gabung/history` },
  { service: 'planning', role: 'planner', method: 'POST', path: '/scorecards', body: { unitId: UNIT, year: 2026, title: 'Kartu Kinerja Uji 2026' }, status: 201 },
  { service: 'planning', role: 'planner', method: 'PUT', path: `/scorecards/${SC}/profile`, body: { title: 'Kartu Kinerja Uji 2026', vision: 'Visi uji', missions: ['Misi 1'], goals: ['Tujuan 1'] } },
  { service: 'planning', role: 'planner', method: 'PUT', path: `/scorecards/${SC}/perspectives/PLG`, body: { name: 'Pemangku Kepentingan', order: 1, weight: '100' } },
  { service: 'planning', role: 'planner', method: 'PUT', path: `/scorecards/${SC}/objectives/SS-01`, body: { perspectiveCode: 'PLG', name: 'Meningkatnya kepuasan uji', contributesTo: 'pemda-2026.ss-03' } },
  { service: 'planning', role: 'planner', method: 'PUT', path: `/scorecards/${SC}/objectives/SS-02`, body: { perspectiveCode: 'PLG', name: 'Meningkatnya layanan uji', weight: '50' } },
  { service: 'planning', role: 'planner', method: 'POST', path: `/scorecards/${SC}/strategy-map/links`, body: { from: 'SS-02', to: 'SS-01' } },
  { service: 'planning', role: 'planner', method: 'POST', path: `/scorecards/${SC}/strategy-map/unlink`, body: { from: 'SS-02', to: 'SS-01' } },
  { service: 'planning', role: 'planner', method: 'PUT', path: `/scorecards/${SC}/kpis/IKU-01`, body: KPI },
  { service: 'planning', role: 'planner', method: 'PUT', path: `/scorecards/${SC}/kpis/IKU-02`, body: { ...RANGE_KPI, objectiveCode: 'SS-02' } },
  { service: 'planning', role: 'planner', method: 'PUT', path: `/scorecards/${SC}/initiatives/PRG-01`, body: { level: 'program', name: 'Program uji', objectiveCodes: ['SS-01'], budgetCeiling: '1250000000', ownerUnitId: UNIT, schedule: { start: '2026-01-02', end: '2026-12-31' } } },
  { service: 'planning', role: 'planner', method: 'PUT', path: `/scorecards/${SC}/initiatives/KEG-01`, body: { level: 'kegiatan', name: 'Kegiatan uji', parentCode: 'PRG-01', objectiveCodes: ['SS-01'], budgetCeiling: '250000000.50', ownerUnitId: UNIT, schedule: { start: '2026-02-01', end: '2026-11-30' } } },
  { service: 'planning', role: 'planner', path: `/scorecards/${SC}` },
  { service: 'planning', role: 'planner', method: 'POST', path: `/scorecards/${SC}/approve`, body: { signedBy: 'Kepala Dinas Uji' } },
  { service: 'planning', role: 'planner', method: 'POST', path: `/scorecards/${SC}/revisions`, body: { reason: 'Penyesuaian uji / test revision' } },
  { service: 'planning', role: 'planner', path: `/scorecards/${SC}` },
  { service: 'planning', role: 'planner', path: `/scorecards/${SC}/versions/1` },
  { service: 'planning', role: 'planner', path: `/scorecards/${SC}/history` },
  { service: 'planning', role: 'planner', path: `/kpis/${SC}.iku-02` },
  { service: 'planning', role: 'planner', path: `/org/units/${UNIT}/performance-tree?year=2026` },
  {
    service: 'planning',
    role: 'planner',
    method: 'POST',
    path: '/scorecards/import',
    body: {
      unitId: UNIT,
      year: 2027,
      title: 'Kartu Kinerja Uji 2027',
      perspectives: [{ code: 'PLG', name: 'Pemangku Kepentingan', order: 1, weight: '100' }],
      objectives: [{ code: 'SS-01', perspectiveCode: 'PLG', name: 'Sasaran uji' }],
      links: [],
      kpis: [{ ...KPI, code: 'IKU-01', cascadedFrom: undefined }],
      initiatives: [],
    },
  },
];
