import { realizationDecider, type CorrectRealization, type RealizationEvent, type RejectRealization, type VerifyRealization } from './index.js';
import { deciderSpec, kpi, timing } from './fixtures.test-helpers.js';

/** Shared test data of the realization specs (excluded from the build). */

export const { spec, errorOf, eventsOf } = deciderSpec(realizationDecider);

export const key = { realizationId: 'r-1', tenantId: 'kab-contoh', kpiId: 'ikm-2026', unitId: 'opd-dpmptsp', year: 2026, period: 'Q1' as const };
export const recorded: RealizationEvent = {
  type: 'realization-recorded',
  data: {
    ...key,
    value: '80.25',
    valueType: 'number',
    valueRevision: 1,
    evidence: [],
    note: null,
    submittedAt: timing.now,
    deadline: timing.deadline,
    reportingPolicyId: 'reporting-2026.1',
    late: false,
    afterLock: false,
  },
};
export const correct: CorrectRealization = {
  type: 'correct-realization',
  correctionId: 'c-1',
  tenantId: 'kab-contoh',
  kpiId: 'ikm-2026',
  unitId: 'opd-dpmptsp',
  year: 2026,
  period: 'Q1',
  value: '81.5',
  reason: 'Salah ketik pada rekap survei',
  kpi,
  ...timing,
  now: '2026-04-08T02:00:00Z',
};
export const corrected: RealizationEvent = {
  type: 'realization-corrected',
  data: {
    ...key,
    correctionId: 'c-1',
    value: '81.5',
    valueType: 'number',
    valueRevision: 2,
    supersedesRevision: 1,
    previousValue: '80.25',
    previousStatus: 'submitted',
    evidence: [],
    note: null,
    reason: 'Salah ketik pada rekap survei',
    submittedAt: '2026-04-08T02:00:00Z',
    deadline: timing.deadline,
    reportingPolicyId: 'reporting-2026.1',
    late: false,
    afterLock: false,
  },
};
export const verify: VerifyRealization = { type: 'verify-realization', tenantId: 'kab-contoh', kpiId: 'ikm-2026', year: 2026, period: 'Q1' };
export const reject: RejectRealization = { type: 'reject-realization', tenantId: 'kab-contoh', kpiId: 'ikm-2026', year: 2026, period: 'Q1', reason: 'Bukti dukung tidak sesuai' };
export const verified: RealizationEvent = { type: 'realization-verified', data: { ...key, verifiedValueRevision: 1, value: '80.25', evaluatorNote: null } };
export const rejected: RealizationEvent = { type: 'realization-rejected', data: { ...key, rejectedValueRevision: 1, value: '80.25', reason: 'Bukti dukung tidak sesuai' } };
