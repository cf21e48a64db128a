import { DEFAULT_SCORING_POLICY } from '@capaian/scoring';
import type { ResponseCase } from './case.js';

const SCORECARD = 'dpmptsp-2026';
const KPI = 'dpmptsp-2026.iku-01';
const EVALUATOR = { service: 'evaluation', role: 'evaluator' } as const;

/** An ad-hoc what-if policy: the built-in one (Permendagri 86/2017) with a cap of 150, under its own identity. */
const SCORING_POLICY = {
  ...DEFAULT_SCORING_POLICY,
  policyId: 'simulasi-cap-150',
  version: 1,
  description: 'Simulasi: cap 150',
  achievement: { ...DEFAULT_SCORING_POLICY.achievement, cap: '150' },
};

const VFM_POLICY = {
  description: 'Penyerapan rendah di bawah 50 %',
  outputKpis: 'process_else_all',
  flags: { inefficient: { enabled: true, below: '1' }, lowAbsorption: { enabled: true, below: '50' }, overCeiling: { enabled: true } },
};

const REWARD_POLICY = {
  description: 'TPP proporsional, piagam 3 besar di atas 90, teguran di bawah 65',
  rules: [
    { ruleId: 'tpp-performance', kind: 'tpp', granularity: 'year', label: { id: 'TPP bagian kinerja', en: 'TPP performance part' }, baseShare: '100', cap: '100' },
    { ruleId: 'certificate-top', kind: 'certificate', granularity: 'year', label: { id: 'Piagam penghargaan', en: 'Certificate of appreciation' }, topN: 3, minScore: '90', minInclusive: false },
    {
      ruleId: 'oral-warning',
      kind: 'oral_warning',
      granularity: 'year',
      label: { id: 'Teguran lisan', en: 'Oral warning' },
      threshold: '60',
      thresholdInclusive: true,
      consecutive: 1,
      notMeasurable: 'breaks_streak',
    },
  ],
};

/**
 * Every JSON GET of the evaluation service on the demo data (LKjIP as `?format=json`; the XLSX, PDF
 * and HTML formats are not JSON), and the writes that answer JSON, in order: the SAKIP evaluation
 * is started, answered and revised before it is read again, recommendations are decided before
 * they are listed again, and the policies are set after the reads under the defaults and read
 * again after. Not called: finalize/reopen (every criterion of the LKE would need an answer first)
 * and PUT /sakip/worksheet (the whole worksheet as a body).
 */
export const EVALUATION_CASES: ResponseCase[] = [
  // Reads on the demo data as loaded.
  { service: 'evaluation', role: 'viewer', path: '/health/live' },
  { service: 'evaluation', role: 'admin', path: '/health/ready' },
  { service: 'evaluation', role: 'admin', path: '/admin/history/verify' },
  { ...EVALUATOR, path: `/achievements/${KPI}` },
  { service: 'evaluation', role: 'viewer', path: '/achievements/pemda-2026.iku-14' },
  { ...EVALUATOR, path: `/scores/scorecards/${SCORECARD}` },
  { service: 'evaluation', role: 'planner', path: `/scores/scorecards/${SCORECARD}?period=Q1` },
  { service: 'evaluation', role: 'viewer', path: '/scores/scorecards/pemda-2026?policyVersion=0' },
  { ...EVALUATOR, path: `/scores/scorecards/${SCORECARD}?asOf=2030-01-01T00:00:00Z` },
  { ...EVALUATOR, path: `/scores/scorecards/${SCORECARD}/timeline` },
  { service: 'evaluation', role: 'planner', path: `/scores/scorecards/${SCORECARD}/timeline?period=Q2` },
  { ...EVALUATOR, path: '/scores/rankings/2026' },
  { service: 'evaluation', role: 'viewer', path: '/scores/rankings/2026?asOf=2030-01-01T00:00:00Z' },
  { ...EVALUATOR, path: '/policies/2026' },
  { ...EVALUATOR, path: '/policies/2026/rewards' },
  { ...EVALUATOR, path: '/policies/2026/vfm' },
  { ...EVALUATOR, path: '/sakip/worksheet' },
  { ...EVALUATOR, path: `/vfm/scorecards/${SCORECARD}` },
  { service: 'evaluation', role: 'planner', path: '/vfm/scorecards/pemda-2026' },
  { ...EVALUATOR, path: '/vfm/scorecards/diskominfo-2026?asOf=2030-01-01T00:00:00Z' },
  { ...EVALUATOR, path: '/recommendations/2026' },
  { ...EVALUATOR, path: `/reports/lkjip/${SCORECARD}?format=json` },
  { service: 'evaluation', role: 'viewer', path: '/reports/lkjip/pemda-2026?format=json' },

  // Writes that answer JSON.
  { ...EVALUATOR, method: 'POST', path: `/scores/scorecards/${SCORECARD}/what-if`, body: { policyVersion: 0, period: 'Q2' } },
  { service: 'evaluation', role: 'planner', method: 'POST', path: `/scores/scorecards/${SCORECARD}/what-if`, body: { policy: SCORING_POLICY } },
  { ...EVALUATOR, method: 'POST', path: '/scores/publish', body: { year: 2026, period: 'Q2' } },
  { ...EVALUATOR, method: 'POST', path: '/scores/publish', body: { year: 2026, period: 'Y' } },
  { ...EVALUATOR, method: 'POST', path: '/sakip/evaluations', body: { unitId: 'dpmptsp', year: 2026 }, status: 201 },
  { ...EVALUATOR, path: '/sakip/evaluations/dpmptsp/2026' },
  {
    ...EVALUATOR,
    method: 'PUT',
    path: '/sakip/evaluations/dpmptsp/2026/answers/1.a.1',
    body: { answer: 'Y', note: 'Renstra 2025-2029 ditetapkan Perbup', evidence: [{ url: 'https://drive.pemda.go.id/lke/renstra.pdf', label: 'Renstra' }] },
  },
  { ...EVALUATOR, method: 'POST', path: '/sakip/evaluations/dpmptsp/2026/answers/1.a.1/revisions', body: { answer: 'T', reason: 'Renstra belum ditetapkan dengan Perkada' } },
  { ...EVALUATOR, path: '/sakip/evaluations/dpmptsp/2026' },
  { ...EVALUATOR, method: 'POST', path: '/recommendations/tpp-performance.v1.bpkad.2026/accept', body: { note: 'Disetujui Sekda' } },
  { ...EVALUATOR, method: 'POST', path: '/recommendations/tpp-performance.v1.dpmptsp.2026/reject', body: { reason: 'Capaian rendah karena refocusing anggaran' } },
  { ...EVALUATOR, path: '/recommendations/2026' },
  { ...EVALUATOR, method: 'PUT', path: '/policies/2026', body: { policy: SCORING_POLICY, reason: 'Cap capaian dinaikkan ke 150 sesuai Perbup 12/2026' } },
  { ...EVALUATOR, method: 'PUT', path: '/policies/2026/vfm', body: { policy: VFM_POLICY, reason: 'Ambang penyerapan rendah diturunkan ke 50 %' } },
  { ...EVALUATOR, method: 'PUT', path: '/policies/2026/rewards', body: { policy: REWARD_POLICY, reason: 'Ambang teguran diturunkan ke 60' } },
  { ...EVALUATOR, path: '/policies/2026' },
  { ...EVALUATOR, path: '/policies/2026/rewards' },
  { ...EVALUATOR, path: '/policies/2026/vfm' },
  { ...EVALUATOR, path: `/scores/scorecards/${SCORECARD}?policyVersion=1` },
  { service: 'evaluation', role: 'admin', method: 'POST', path: '/admin/rebuild' },
  { ...EVALUATOR, path: `/achievements/${KPI}` },
];
