import type { ResponseCase } from './case.js';

const KPI = 'dpmptsp-2026.iku-01';
const UNIT = 'dpmptsp-pelayanan';
const OPERATOR = { role: 'unit_operator', unit: UNIT } as const;
/** The budget realization DPMPTSP writes twice: recorded, then corrected with a reason. */
const BUDGET_REALIZATION = { service: 'measurement', role: 'unit_operator', unit: 'dpmptsp', method: 'POST', path: '/budget-realizations', status: 201 } as const;

/**
 * Every JSON GET of the measurement service on the demo data (the XLSX/CSV downloads
 * /realizations/template and /realizations/export are not JSON), and the writes that answer JSON,
 * in order: the writes touch distinct KPIs and periods, and the reads after them see corrected,
 * verified and rejected realizations and a set reporting policy.
 */
export const MEASUREMENT_CASES: ResponseCase[] = [
  // Reads on the demo data as loaded.
  { service: 'measurement', role: 'planner', path: '/realizations' },
  { service: 'measurement', role: 'viewer', path: `/realizations?unitId=${UNIT}&year=2026&status=submitted` },
  { service: 'measurement', ...OPERATOR, path: '/realizations' },
  { service: 'measurement', role: 'evaluator', path: `/realizations/${KPI}/2026/Q1` },
  { service: 'measurement', ...OPERATOR, path: `/units/${UNIT}/missing-realizations?year=2026` },
  { service: 'measurement', role: 'evaluator', path: `/units/${UNIT}/missing-realizations?year=2026&period=Q1` },
  { service: 'measurement', role: 'evaluator', path: '/reminders?year=2026' },
  { service: 'measurement', ...OPERATOR, path: '/reminders?year=2026' },
  { service: 'measurement', role: 'viewer', path: `/plan/kpis/${KPI}` },
  { service: 'measurement', role: 'planner', path: '/plan/kpis/pemda-2026.iku-14' },
  { service: 'measurement', role: 'planner', path: '/reporting-policies/2026' },

  // Writes.
  {
    service: 'measurement',
    ...OPERATOR,
    method: 'POST',
    path: '/realizations',
    status: 201,
    body: {
      kpiId: 'dpmptsp-2026.iku-08',
      year: 2026,
      period: 'Q1',
      value: '91.5',
      note: 'Rekap SiCantik TW I',
      evidence: [{ url: 'https://drive.pemda.go.id/bukti/izin-tw1.pdf', label: 'Rekap izin TW I' }],
    },
  },
  { service: 'measurement', role: 'unit_operator', unit: 'bpkad', method: 'POST', path: '/realizations', status: 201, body: { kpiId: 'pemda-2026.iku-14', year: 2026, period: 'Y', value: 'WTP' } },
  { service: 'measurement', ...OPERATOR, method: 'POST', path: '/realizations/batch', body: { items: [{ kpiId: 'dpmptsp-2026.iku-08', year: 2026, period: 'Q2', value: '92.10' }] } },
  {
    service: 'measurement',
    ...OPERATOR,
    method: 'POST',
    path: `/realizations/${KPI}/2026/Q1/corrections`,
    status: 201,
    body: { value: '84.70', reason: 'Salah ketik pada rekap survei; nilai benar 84,70' },
  },
  { service: 'measurement', role: 'evaluator', method: 'POST', path: `/realizations/${KPI}/2026/Q2/verify`, body: { note: 'Bukti dukung lengkap' } },
  { service: 'measurement', role: 'evaluator', method: 'POST', path: `/realizations/${KPI}/2026/Q3/reject`, body: { reason: 'Bukti dukung tidak sesuai periode' } },
  { service: 'measurement', role: 'evaluator', method: 'POST', path: '/periods/bpkad/2026/Q1/lock', body: { note: 'Data TW I sudah diverifikasi Inspektorat' } },
  { service: 'measurement', role: 'evaluator', method: 'POST', path: '/periods/bpkad/2026/Q1/unlock', body: { reason: 'Koreksi data yang terlambat terbit' } },
  { ...BUDGET_REALIZATION, body: { initiativeId: 'pemda-2026.sub-02', year: 2026, period: 'Q1', amount: '150000000' } },
  { ...BUDGET_REALIZATION, body: { initiativeId: 'pemda-2026.sub-02', year: 2026, period: 'Q1', amount: '162500000', correctionReason: 'SP2D kedua belum tercatat' } },
  { service: 'measurement', role: 'evaluator', method: 'POST', path: '/reminders/issue' },
  {
    service: 'measurement',
    role: 'planner',
    method: 'PUT',
    path: '/reporting-policies/2026',
    body: { deadlineDaysAfterPeriodEnd: 10, reason: 'Perbup 7/2026: batas pelaporan 10 hari setelah periode berakhir' },
  },
  { service: 'measurement', role: 'evaluator', method: 'PUT', path: '/reporting-policies/2026', body: { deadlineDaysAfterPeriodEnd: 10, reason: 'Penegasan ulang tanpa perubahan' } },

  // Reads after the writes: every realization event type in a history, a policy version.
  { service: 'measurement', role: 'evaluator', path: `/realizations/${KPI}/2026/Q1` },
  { service: 'measurement', role: 'evaluator', path: `/realizations/${KPI}/2026/Q2` },
  { service: 'measurement', ...OPERATOR, path: `/realizations/${KPI}/2026/Q3` },
  { service: 'measurement', role: 'admin', path: '/realizations?year=2026&status=rejected' },
  { service: 'measurement', role: 'viewer', path: '/reporting-policies/2026' },
];
