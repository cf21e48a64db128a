import { fold } from '@capaian/ddd';
import {
  BUDGET_REALIZATION_EVENT_SCHEMA_VERSION,
  budgetRealizationDecider,
  budgetRealizationStreamId,
  type BudgetRealizationEvent,
  type CorrectBudgetRealization,
  type KnownInitiative,
  type RecordBudgetRealization,
} from './index.js';
import { deciderSpec, eq } from './fixtures.test-helpers.js';

const { spec, errorOf, eventsOf } = deciderSpec(budgetRealizationDecider);

const initiative: KnownInitiative = {
  tenantId: 'kab-contoh',
  initiativeId: 'dpmptsp-2026.p-01',
  scorecardId: 'dpmptsp-2026',
  ownerUnitId: 'dpmptsp',
  budgetCeiling: '1000000000',
  year: 2026,
  level: 'program',
};
const record = (period: string, amount: string, id = `b-${period}`): RecordBudgetRealization => ({
  type: 'record-budget-realization',
  budgetRealizationId: id,
  tenantId: 'kab-contoh',
  initiativeId: 'dpmptsp-2026.p-01',
  unitId: 'dpmptsp',
  year: 2026,
  period,
  amount,
  note: null,
  locked: false,
  initiative,
});
const correct: CorrectBudgetRealization = {
  type: 'correct-budget-realization',
  correctionId: 'bc-1',
  tenantId: 'kab-contoh',
  initiativeId: 'dpmptsp-2026.p-01',
  unitId: 'dpmptsp',
  year: 2026,
  period: 'Q1',
  amount: '300000000',
  reason: 'SP2D belum tercatat',
  locked: false,
  initiative,
};
const key = { tenantId: 'kab-contoh', initiativeId: 'dpmptsp-2026.p-01', scorecardId: 'dpmptsp-2026', unitId: 'dpmptsp', year: 2026 };
const recorded = (period: 'Q1' | 'Q2' | 'Q3' | 'Q4', amount: string, cumulativeAmount: string, overCeiling = false): BudgetRealizationEvent => ({
  type: 'budget-realization-recorded',
  data: { budgetRealizationId: `b-${period}`, ...key, period, amount, amountRevision: 1, evidence: [], note: null, cumulativeAmount, budgetCeiling: '1000000000', overCeiling, afterLock: false },
});
const q1 = recorded('Q1', '250000000', '250000000');
const q2 = recorded('Q2', '400000000', '650000000');

describe('budget realization', () => {
  it('one stream per tenant/initiative/year holding every period', () => {
    expect(budgetRealizationStreamId('kab-contoh', 'dpmptsp-2026.p-01', 2026)).toBe('budget-realization-kab-contoh.dpmptsp-2026.p-01.2026');
    expect(BUDGET_REALIZATION_EVENT_SCHEMA_VERSION).toEqual({ 'budget-realization-recorded': 1, 'budget-realization-corrected': 1 });
  });

  it('given nothing, record an amount for an owned initiative -> budget-realization-recorded with the cumulative total', () => {
    spec.given([]).when(record('Q1', '250000000')).then([q1], eq);
    spec.given([q1]).when(record('Q2', '400000000')).then([q2], eq);
  });

  it('a cumulative amount above the ceiling is accepted and flagged overCeiling', () => {
    const [e] = eventsOf([q1, q2], record('Q3', '350000000.01'));
    expect(e!.data).toMatchObject({ cumulativeAmount: '1000000000.01', budgetCeiling: '1000000000', overCeiling: true });
    expect(eventsOf([q1, q2], record('Q3', '350000000'))[0]!.data).toMatchObject({ cumulativeAmount: '1000000000', overCeiling: false });
  });

  it('unknown initiative -> 404 INITIATIVE_UNKNOWN; another unit -> 403 INITIATIVE_NOT_OWNED; other year -> 422', () => {
    expect(errorOf([], { ...record('Q1', '1'), initiative: undefined })).toMatchObject({ code: 'INITIATIVE_UNKNOWN', kind: 'not_found', field: 'initiativeId' });
    expect(errorOf([], { ...record('Q1', '1'), initiative: { ...initiative, tenantId: 'x' } })).toMatchObject({ code: 'INITIATIVE_UNKNOWN' });
    expect(errorOf([], { ...record('Q1', '1'), unitId: 'dinkes' })).toMatchObject({ code: 'INITIATIVE_NOT_OWNED', kind: 'forbidden', field: 'initiativeId' });
    expect(errorOf([], { ...record('Q1', '1'), year: 2027 })).toMatchObject({ code: 'YEAR_NOT_PLANNED', field: 'year' });
  });

  it('amount: a money decimal >= 0; period: a period code', () => {
    for (const amount of ['-1', '1,5', 'Rp 100', '1e9']) {
      expect(errorOf([], record('Q1', amount))).toMatchObject({ code: 'INVALID_AMOUNT', field: 'amount' });
    }
    expect(eventsOf([], record('Q1', '0'))[0]!.data).toMatchObject({ amount: '0' });
    expect(errorOf([], record('TW1', '1'))).toMatchObject({ code: 'INVALID_PERIOD', field: 'period' });
  });

  it('the first period fixes the granularity of the year: no overlapping periods, no double counting', () => {
    expect(errorOf([q1], record('M04', '1'))).toMatchObject({ code: 'BUDGET_PERIOD_GRANULARITY_MISMATCH', field: 'period', kind: 'unprocessable' });
    expect(errorOf([q1], record('Y', '1'))).toMatchObject({ code: 'BUDGET_PERIOD_GRANULARITY_MISMATCH' });
    expect(eventsOf([], record('M01', '1'))).toHaveLength(1);
  });

  it('a second record of a period -> 409 BUDGET_REALIZATION_EXISTS', () => {
    expect(errorOf([q1], record('Q1', '1', 'b-x'))).toMatchObject({ code: 'BUDGET_REALIZATION_EXISTS', kind: 'conflict', field: 'period' });
  });

  it('a correction with a reason supersedes a period amount; totals use the new amount', () => {
    spec
      .given([q1, q2])
      .when(correct)
      .then(
        [
          {
            type: 'budget-realization-corrected',
            data: {
              budgetRealizationId: 'b-Q1',
              correctionId: 'bc-1',
              ...key,
              period: 'Q1',
              amount: '300000000',
              amountRevision: 2,
              supersedesRevision: 1,
              previousAmount: '250000000',
              evidence: [],
              note: null,
              reason: 'SP2D belum tercatat',
              cumulativeAmount: '700000000',
              budgetCeiling: '1000000000',
              overCeiling: false,
              afterLock: false,
            },
          },
        ],
        eq,
      );
    const after = eventsOf([q1, q2], correct);
    expect(fold(budgetRealizationDecider, [q1, q2, ...after]).periods.get('Q1')).toMatchObject({ amount: '300000000', amountRevision: 2 });
  });

  it('correction rules: reason required, period must have an amount, an identical correction -> 422 CORRECTION_UNCHANGED', () => {
    expect(errorOf([q1], { ...correct, reason: '' })).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(errorOf([q1], { ...correct, period: 'Q2' })).toMatchObject({ code: 'BUDGET_REALIZATION_NOT_FOUND', kind: 'not_found' });
    expect(errorOf([q1], { ...correct, amount: '250000000.00' })).toMatchObject({ code: 'CORRECTION_UNCHANGED', field: 'amount' });
    expect(errorOf([q1], { ...correct, unitId: 'dinkes' })).toMatchObject({ code: 'INITIATIVE_NOT_OWNED' });
  });

  it('locked period: accepted, flagged afterLock', () => {
    expect(eventsOf([], { ...record('Q1', '5'), locked: true })[0]!.data).toMatchObject({ afterLock: true });
    expect(eventsOf([q1], { ...correct, locked: true })[0]!.data).toMatchObject({ afterLock: true });
  });
});
