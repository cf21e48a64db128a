import { fold } from '@capaian/ddd';
import { PROPERTY_RUNS, anyKeyArb, assertPrototypeIntact, codeArb, decideSafely, distinctArb, fc } from '@capaian/ddd/testing';
import {
  budgetRealizationDecider,
  periodLockDecider,
  realizationDecider,
  reportingPolicyDecider,
  reportingPolicyOf,
  type BudgetRealizationCommand,
  type BudgetRealizationEvent,
  type KnownInitiative,
  type KnownKpi,
  type PeriodLockCommand,
  type PeriodLockEvent,
  type RealizationCommand,
  type RealizationEvent,
} from './index.js';
import { kpi as baseKpi, record } from './fixtures.test-helpers.js';

/**
 * Properties of every measurement decider: ids, periods and grades that look like Object.prototype
 * members ("constructor", "__proto__", "toString"...) are ordinary strings. Folding never throws,
 * a lookup answers "not found" unless the stream defined the key, and what is recorded reads back.
 */
const PERIODS = ['Y', 'S1', 'Q1', 'Q4', 'M01', 'M12'] as const;
const periodArb = fc.oneof(fc.constantFrom(...PERIODS), anyKeyArb);

describe('measurement deciders: prototype-safe keys (property)', () => {
  afterEach(() => assertPrototypeIntact());

  it('realization: any ids and any categorical grades; record then read round-trips; unknown periods and KPIs are refused with a DomainError', () => {
    fc.assert(
      fc.property(anyKeyArb, anyKeyArb, distinctArb(codeArb, { minLength: 2, maxLength: 4, key: (g) => g.trim().toLowerCase() }), periodArb, (kpiId, unitId, grades, probe) => {
        const kpi: KnownKpi = { ...baseKpi, kpiId, ownerUnitId: unitId, valueType: 'categorical', grades, frequency: 'quarterly' };
        const cmd: RealizationCommand = { ...record, kpiId, unitId, kpi, period: 'Q1', value: grades[1]! };
        const events = realizationDecider.decide(cmd, realizationDecider.initialState());
        const state = fold(realizationDecider, events);
        expect(state).toMatchObject({ status: 'submitted', unitId, value: grades[1] });
        const other = decideSafely(realizationDecider, [], { ...cmd, kpiId: `${kpiId}x` });
        expect(other).toMatchObject({ error: { code: 'KPI_UNKNOWN' } });
        const atProbe = decideSafely(realizationDecider, [], { ...cmd, period: probe });
        if (!['Q1', 'Q4'].includes(probe)) expect(atProbe).toMatchObject({ error: { code: 'PERIOD_NOT_IN_PLAN' } });
        const wrongGrade = decideSafely(realizationDecider, [], { ...cmd, value: probe });
        if (!grades.some((g) => g.trim().toLowerCase() === probe.trim().toLowerCase())) expect(wrongGrade).toMatchObject({ error: { code: 'INVALID_VALUE' } });
        for (const c of [
          { type: 'verify-realization', tenantId: kpi.tenantId, kpiId, year: 2026, period: probe },
          { type: 'reject-realization', tenantId: kpi.tenantId, kpiId, year: 2026, period: probe, reason: 'Bukti kurang' },
          { ...cmd, type: 'correct-realization', correctionId: 'c-1', reason: 'Salah ketik', value: grades[0]! },
        ] as RealizationCommand[]) {
          decideSafely(realizationDecider, events, c);
          decideSafely(realizationDecider, [], c);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('realization: any stream of events with arbitrary keys folds', () => {
    const eventArb: fc.Arbitrary<RealizationEvent> = fc
      .tuple(fc.constantFrom('realization-recorded', 'realization-corrected', 'realization-verified', 'realization-rejected'), anyKeyArb, periodArb)
      .map(([type, key, period]) => ({ type, data: { realizationId: key, tenantId: key, kpiId: key, unitId: key, year: 2026, period, value: key, note: null } }) as unknown as RealizationEvent);
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 10 }), (events) => void fold(realizationDecider, events)),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('period lock: any unit id; lock then unlock round-trips; a period that is not a period code is INVALID_PERIOD', () => {
    fc.assert(
      fc.property(
        anyKeyArb.filter((u) => u.trim() !== ''),
        periodArb,
        (unitId, period) => {
          const lock: PeriodLockCommand = { type: 'lock-period', tenantId: 'kab', unitId, year: 2026, period, note: null };
          const locked = decideSafely(periodLockDecider, [], lock);
          if (!(PERIODS as readonly string[]).includes(period)) {
            expect(locked).toMatchObject({ error: { code: 'INVALID_PERIOD' } });
            return;
          }
          const events = (locked as { events: PeriodLockEvent[] }).events;
          expect(events[0]!.data).toMatchObject({ unitId, period });
          expect(fold(periodLockDecider, events)).toEqual({ locked: true, timesLocked: 1 });
          const unlocked = periodLockDecider.decide({ type: 'unlock-period', tenantId: 'kab', unitId, year: 2026, period, reason: 'Koreksi data' }, fold(periodLockDecider, events));
          expect(fold(periodLockDecider, [...events, ...unlocked])).toEqual({ locked: false, timesLocked: 1 });
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('budget realization: amounts by period; lookups of any key answer "not found" unless recorded; any stream folds', () => {
    fc.assert(
      fc.property(anyKeyArb, anyKeyArb, periodArb, fc.array(periodArb, { maxLength: 6 }), (initiativeId, unitId, probe, streamPeriods) => {
        const initiative: KnownInitiative = { tenantId: 'kab', initiativeId, scorecardId: 's-2026', ownerUnitId: unitId, budgetCeiling: '1000', year: 2026, level: 'program' };
        const base = { tenantId: 'kab', initiativeId, unitId, year: 2026, amount: '100', locked: false, initiative };
        const rec = (period: string): BudgetRealizationCommand => ({ type: 'record-budget-realization', budgetRealizationId: `b-${period}`, ...base, period, note: null });
        const events = budgetRealizationDecider.decide(rec('Q1'), budgetRealizationDecider.initialState());
        const state = fold(budgetRealizationDecider, events);
        expect([...state.periods.keys()]).toEqual(['Q1']);
        expect(state.periods.get(probe as 'Q1')?.amount).toBe(probe === 'Q1' ? '100' : undefined);
        const again = decideSafely(budgetRealizationDecider, events, rec(probe));
        if (probe === 'Q1') expect(again).toMatchObject({ error: { code: 'BUDGET_REALIZATION_EXISTS' } });
        else if (!(PERIODS as readonly string[]).includes(probe)) expect(again).toMatchObject({ error: { code: 'INVALID_PERIOD' } });
        const correct = decideSafely(budgetRealizationDecider, events, { type: 'correct-budget-realization', correctionId: 'c-1', ...base, period: probe, amount: '50', reason: 'SP2D tercatat' });
        if (probe !== 'Q1' && !(PERIODS as readonly string[]).includes(probe)) expect(correct).toMatchObject({ error: { code: 'INVALID_PERIOD' } });
        const arbitrary = streamPeriods.map((period) => ({ ...events[0]!, data: { ...events[0]!.data, period } }) as BudgetRealizationEvent);
        const folded = fold(budgetRealizationDecider, arbitrary);
        expect(new Set(folded.periods.keys())).toEqual(new Set(streamPeriods));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('reporting policy: any tenant id; set then read round-trips', () => {
    fc.assert(
      fc.property(anyKeyArb, fc.integer({ min: 0, max: 60 }), (tenantId, days) => {
        const events = reportingPolicyDecider.decide(
          { type: 'set-reporting-policy', tenantId, year: 2026, deadlineDaysAfterPeriodEnd: days, reason: 'Perbup baru' },
          reportingPolicyDecider.initialState(),
        );
        const policy = reportingPolicyOf(fold(reportingPolicyDecider, events));
        expect(policy).toMatchObject({ policyId: `reporting-${tenantId}-2026.1`, deadlineDaysAfterPeriodEnd: days });
        decideSafely(reportingPolicyDecider, events, { type: 'set-reporting-policy', tenantId, year: 2026, deadlineDaysAfterPeriodEnd: days + 1, reason: tenantId });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
