import type { IntegrationEventDataMap } from './catalog.js';
import type {
  BudgetRealizationCorrectedV1,
  BudgetRealizationRecordedV1,
  PeriodLockedV1,
  PeriodUnlockedV1,
  RealizationCorrectedV1,
  RealizationRecordedV1,
  RealizationRecordedV2,
  RealizationRejectedV1,
  RealizationVerifiedV1,
  ReminderIssuedV1,
} from './events-measurement.js';
import type { ApprovedKpiV1, ScorecardApprovedV1 } from './events-planning.js';

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

// ---------------------------------------------------------------------------------------------
// measurement.* examples: DPMPTSP reports IKU-01 (IKM) of the example plan for Q1 2026 and the
// budget of its program P-01. Ids match exampleScorecardApproved().
// ---------------------------------------------------------------------------------------------

export function exampleRealizationRecorded(overrides: Partial<RealizationRecordedV2> = {}): RealizationRecordedV2 {
  return {
    realizationId: '3b0e9f52-6a1d-4c1e-9f0a-2f6b8d7c5e41',
    kpiId: 'dpmptsp-2026.iku-01',
    unitId: 'dpmptsp',
    year: 2026,
    period: 'Q1',
    value: '80.5',
    valueType: 'number',
    valueRevision: 1,
    evidence: [{ url: 'https://dpmptsp.kab-contoh.go.id/ikm/2026-tw1.pdf', label: 'Laporan Survei IKM TW I' }],
    note: 'Survei IKM TW I, 400 responden',
    submittedAt: '2026-04-08T02:15:00.000Z',
    deadline: '2026-04-10T16:59:59.999Z',
    late: false,
    afterLock: false,
    ...overrides,
  };
}

/** The same report in the first shape of realization-recorded (v1: a decimal value, nothing else). */
export function exampleRealizationRecordedV1(overrides: Partial<RealizationRecordedV1> = {}): RealizationRecordedV1 {
  const { realizationId, kpiId, unitId, year, period, value, note } = exampleRealizationRecorded();
  return { realizationId, kpiId, unitId, year, period, value, note, ...overrides };
}

export function exampleRealizationCorrected(overrides: Partial<RealizationCorrectedV1> = {}): RealizationCorrectedV1 {
  return {
    ...exampleRealizationRecorded(),
    value: '81.25',
    valueRevision: 2,
    submittedAt: '2026-04-14T01:00:00.000Z',
    deadline: '2026-04-10T16:59:59.999Z',
    late: true,
    reason: 'Salah input: rekap akhir survei IKM TW I 81.25',
    supersedesRevision: 1,
    previousValue: '80.5',
    ...overrides,
  };
}

export function exampleRealizationVerified(overrides: Partial<RealizationVerifiedV1> = {}): RealizationVerifiedV1 {
  const { realizationId, kpiId, unitId, year, period } = exampleRealizationRecorded();
  return { realizationId, kpiId, unitId, year, period, verifiedValueRevision: 2, value: '81.25', ...overrides };
}

export function exampleRealizationRejected(overrides: Partial<RealizationRejectedV1> = {}): RealizationRejectedV1 {
  const { realizationId, kpiId, unitId, year, period } = exampleRealizationRecorded();
  return { realizationId, kpiId, unitId, year, period, rejectedValueRevision: 1, value: '80.5', reason: 'Bukti dukung tidak memuat rekap responden', ...overrides };
}

export function examplePeriodLocked(overrides: Partial<PeriodLockedV1> = {}): PeriodLockedV1 {
  return { unitId: 'dpmptsp', year: 2026, period: 'Q1', note: 'Evaluasi TW I selesai', ...overrides };
}

export function examplePeriodUnlocked(overrides: Partial<PeriodUnlockedV1> = {}): PeriodUnlockedV1 {
  return { unitId: 'dpmptsp', year: 2026, period: 'Q1', reason: 'Koreksi data IKM atas permintaan Inspektorat', ...overrides };
}

export function exampleBudgetRealizationRecorded(overrides: Partial<BudgetRealizationRecordedV1> = {}): BudgetRealizationRecordedV1 {
  return {
    budgetRealizationId: '9c4d2a17-5e3b-4f60-8a19-7d2e6b1c0f35',
    initiativeId: 'dpmptsp-2026.p-01',
    unitId: 'dpmptsp',
    year: 2026,
    period: 'Q1',
    amount: '287500000',
    amountRevision: 1,
    cumulativeAmount: '287500000',
    budgetCeiling: '1250000000',
    overCeiling: false,
    afterLock: false,
    ...overrides,
  };
}

export function exampleBudgetRealizationCorrected(overrides: Partial<BudgetRealizationCorrectedV1> = {}): BudgetRealizationCorrectedV1 {
  return {
    ...exampleBudgetRealizationRecorded(),
    amount: '295000000.50',
    amountRevision: 2,
    cumulativeAmount: '295000000.50',
    reason: 'SP2D tanggal 28 Maret belum tercatat',
    previousAmount: '287500000',
    ...overrides,
  };
}

export function exampleReminderIssued(overrides: Partial<ReminderIssuedV1> = {}): ReminderIssuedV1 {
  return {
    reminderKey: 'kab-contoh.dpmptsp.dpmptsp-2026.iku-01.2026.Q1.overdue',
    unitId: 'dpmptsp',
    kpiId: 'dpmptsp-2026.iku-01',
    code: 'IKU-01',
    name: 'Indeks Kepuasan Masyarakat (IKM)',
    year: 2026,
    period: 'Q1',
    deadline: '2026-04-10T16:59:59.999Z',
    stage: 'overdue',
    overdueDays: 3,
    ...overrides,
  };
}

export type MeasurementEventType = Extract<keyof IntegrationEventDataMap, `measurement.${string}`>;

/** One valid example of every measurement.* event's data (the contract tests walk them all). */
export function exampleMeasurementEventData(): { [K in MeasurementEventType]: IntegrationEventDataMap[K] } {
  return {
    'measurement.realization-recorded': exampleRealizationRecorded(),
    'measurement.realization-corrected': exampleRealizationCorrected(),
    'measurement.realization-verified': exampleRealizationVerified(),
    'measurement.realization-rejected': exampleRealizationRejected(),
    'measurement.period-locked': examplePeriodLocked(),
    'measurement.period-unlocked': examplePeriodUnlocked(),
    'measurement.budget-realization-recorded': exampleBudgetRealizationRecorded(),
    'measurement.budget-realization-corrected': exampleBudgetRealizationCorrected(),
    'measurement.reminder-issued': exampleReminderIssued(),
  };
}
