import { DomainError, type Decider } from '@capaian/ddd';
import type { Frequency, PeriodCode } from '@capaian/contracts';
import type { KnownInitiative } from './known-plan.js';
import { checkPeriod, frequencyOfPeriod } from './period-calendar.js';
import { Decimal, checkEvidence, checkNote, checkReason, isDecimal, sameEvidence, type EvidenceLink, type EvidenceLinkInput } from './values.js';

export type { KnownInitiative } from './known-plan.js';

/**
 * Budget realization aggregate (realisasi anggaran) of one strategic initiative for one budget
 * year, holding every period of that year: `budget-realization-<tenant>.<initiativeId>.<year>`.
 * One stream per initiative and year (not per period) so that the decider itself computes the
 * cumulative amount against the ceiling (pagu) and refuses overlapping periods: the first
 * recorded period fixes the granularity (months, quarters, semesters or the year) and later
 * periods must use it, so no rupiah is counted twice. Volume is small (at most 12 periods a year),
 * so contention on the stream is negligible (the command handler retries on a revision conflict).
 *
 * Each period's amount is what was spent in that period (not a running total). A cumulative total
 * above the ceiling is accepted and flagged `overCeiling: true`. A correction supersedes a period's
 * amount with a reason; both stay in the stream. A period lock does not refuse budget data (unlike
 * a first KPI realization, which is 409 PERIOD_LOCKED): a record or correction into a locked period
 * is accepted and flagged `afterLock: true`.
 */
export const BUDGET_REALIZATION_EVENT_TYPES = {
  recorded: 'budget-realization-recorded',
  corrected: 'budget-realization-corrected',
} as const;
export const BUDGET_REALIZATION_EVENT_SCHEMA_VERSION = {
  [BUDGET_REALIZATION_EVENT_TYPES.recorded]: 1,
  [BUDGET_REALIZATION_EVENT_TYPES.corrected]: 1,
} as const;

/** A unit's amount for an initiative and period (a first record or a correction), with what it is judged against. */
export interface ReportedAmount {
  tenantId: string;
  initiativeId: string;
  /** The reporting unit (from the caller's token). */
  unitId: string;
  year: number;
  period: string;
  /** Rupiah spent in the period: decimal string >= 0. */
  amount: string;
  /** True when the unit's period, or a period containing it, is locked. */
  locked: boolean;
  /** The initiative as measurement knows it from planning's events; undefined when unknown. */
  initiative: KnownInitiative | undefined;
}

export interface RecordBudgetRealization extends ReportedAmount {
  type: 'record-budget-realization';
  budgetRealizationId: string;
  note: string | null;
  evidence?: EvidenceLinkInput[];
}

export interface CorrectBudgetRealization extends ReportedAmount {
  type: 'correct-budget-realization';
  correctionId: string;
  reason: string;
  /** Omitted = keep the current note / evidence. */
  note?: string | null;
  evidence?: EvidenceLinkInput[];
}
export type BudgetRealizationCommand = RecordBudgetRealization | CorrectBudgetRealization;

interface BudgetAmount {
  tenantId: string;
  initiativeId: string;
  scorecardId: string;
  unitId: string;
  year: number;
  period: PeriodCode;
  amount: string;
  /** 1 for the recorded amount, +1 per correction. */
  amountRevision: number;
  evidence: EvidenceLink[];
  note: string | null;
  /** Sum of the current amounts of every period of the year, this one included. */
  cumulativeAmount: string;
  /** The ceiling (pagu) of the plan version in force when this was recorded. */
  budgetCeiling: string;
  overCeiling: boolean;
  afterLock: boolean;
}
export interface BudgetRealizationRecordedData extends BudgetAmount {
  budgetRealizationId: string;
}
export interface BudgetRealizationCorrectedData extends BudgetAmount {
  budgetRealizationId: string;
  correctionId: string;
  reason: string;
  supersedesRevision: number;
  previousAmount: string;
}
export type BudgetRealizationEvent =
  { type: typeof BUDGET_REALIZATION_EVENT_TYPES.recorded; data: BudgetRealizationRecordedData } | { type: typeof BUDGET_REALIZATION_EVENT_TYPES.corrected; data: BudgetRealizationCorrectedData };

export interface BudgetPeriodAmount {
  budgetRealizationId: string;
  amount: string;
  amountRevision: number;
  evidence: EvidenceLink[];
  note: string | null;
}
export interface BudgetRealizationState {
  /** Fixed by the first recorded period. */
  granularity: Frequency | null;
  /** Amount per period code (a Map: keys come from the request, never looked up on a plain object). */
  periods: ReadonlyMap<PeriodCode, BudgetPeriodAmount>;
}

function checkInitiativeAccess(command: BudgetRealizationCommand): KnownInitiative {
  const i = command.initiative;
  if (!i || i.tenantId !== command.tenantId || i.initiativeId !== command.initiativeId) {
    throw new DomainError('INITIATIVE_UNKNOWN', `Inisiatif ${command.initiativeId} tidak dikenal / unknown initiative ${command.initiativeId}`, 'initiativeId', 'not_found');
  }
  if (i.ownerUnitId !== command.unitId) {
    throw new DomainError('INITIATIVE_NOT_OWNED', `Inisiatif ${command.initiativeId} bukan milik unit ${command.unitId} / initiative is owned by another unit`, 'initiativeId', 'forbidden');
  }
  if (command.year !== i.year) {
    throw new DomainError('YEAR_NOT_PLANNED', `Inisiatif ${command.initiativeId} direncanakan untuk tahun ${i.year} / initiative is planned for ${i.year}`, 'year');
  }
  return i;
}

function checkAmount(amount: unknown): string {
  if (!isDecimal(amount) || new Decimal(amount).lt(0)) {
    throw new DomainError('INVALID_AMOUNT', 'Realisasi anggaran harus angka desimal >= 0 (Rupiah), mis. 1500000.50 / amount must be a decimal number >= 0', 'amount');
  }
  return amount;
}

const GRANULARITY_PERIODS: Record<Frequency, string> = { monthly: 'M01-M12', quarterly: 'Q1-Q4', semester: 'S1-S2', yearly: 'Y' };

function checkGranularity(state: BudgetRealizationState, period: PeriodCode): void {
  const g = frequencyOfPeriod(period);
  if (state.granularity !== null && state.granularity !== g) {
    throw new DomainError(
      'BUDGET_PERIOD_GRANULARITY_MISMATCH',
      `Realisasi anggaran inisiatif ini tahun ini dilaporkan per ${GRANULARITY_PERIODS[state.granularity]}; gunakan periode tersebut / this initiative's budget is reported per ${GRANULARITY_PERIODS[state.granularity]} this year`,
      'period',
    );
  }
}

function totals(state: BudgetRealizationState, period: PeriodCode, amount: string, initiative: KnownInitiative) {
  let sum = new Decimal(amount);
  for (const [p, entry] of state.periods) if (p !== period) sum = sum.plus(entry.amount);
  const ceiling = initiative.budgetCeiling;
  return { cumulativeAmount: sum.toFixed(), budgetCeiling: ceiling, overCeiling: isDecimal(ceiling) && sum.gt(ceiling) };
}

export const budgetRealizationDecider: Decider<BudgetRealizationCommand, BudgetRealizationEvent, BudgetRealizationState> = {
  initialState: () => ({ granularity: null, periods: new Map() }),

  evolve(state, event) {
    switch (event.type) {
      case BUDGET_REALIZATION_EVENT_TYPES.recorded:
      case BUDGET_REALIZATION_EVENT_TYPES.corrected: {
        const d = event.data;
        return {
          granularity: state.granularity ?? frequencyOfPeriod(d.period),
          periods: new Map(state.periods).set(d.period, { budgetRealizationId: d.budgetRealizationId, amount: d.amount, amountRevision: d.amountRevision, evidence: d.evidence, note: d.note }),
        };
      }
      default:
        return state;
    }
  },

  decide(command, state) {
    const initiative = checkInitiativeAccess(command);
    const period = checkPeriod(command.period);
    const amount = checkAmount(command.amount);
    if (typeof command.locked !== 'boolean') throw new DomainError('LOCK_STATE_REQUIRED', 'Status kunci periode wajib diketahui / locked must be true or false', 'locked');
    const key = { tenantId: command.tenantId, initiativeId: command.initiativeId, scorecardId: initiative.scorecardId, unitId: command.unitId, year: command.year, period };
    switch (command.type) {
      case 'record-budget-realization': {
        const evidence = checkEvidence(command.evidence);
        const note = checkNote(command.note);
        checkGranularity(state, period);
        if (state.periods.has(period)) {
          throw new DomainError(
            'BUDGET_REALIZATION_EXISTS',
            `Realisasi anggaran ${period} sudah dilaporkan; ajukan koreksi dengan alasan / already reported: submit a correction with a reason`,
            'period',
            'conflict',
          );
        }
        return [
          {
            type: BUDGET_REALIZATION_EVENT_TYPES.recorded,
            data: { budgetRealizationId: command.budgetRealizationId, ...key, amount, amountRevision: 1, evidence, note, ...totals(state, period, amount, initiative), afterLock: command.locked },
          },
        ];
      }
      case 'correct-budget-realization': {
        const reason = checkReason(command.reason);
        const current = state.periods.get(period);
        if (!current) {
          throw new DomainError('BUDGET_REALIZATION_NOT_FOUND', `Belum ada realisasi anggaran periode ${period} / no budget realization recorded for this period`, 'period', 'not_found');
        }
        const evidence = command.evidence === undefined ? current.evidence : checkEvidence(command.evidence);
        const note = command.note === undefined ? current.note : checkNote(command.note);
        if (new Decimal(current.amount).eq(amount) && sameEvidence(current.evidence, evidence) && current.note === note) {
          throw new DomainError(
            'CORRECTION_UNCHANGED',
            'Koreksi tidak mengubah jumlah, bukti dukung maupun catatan; tidak ada yang disimpan / the correction changes neither amount, evidence nor note: nothing stored',
            'amount',
          );
        }
        return [
          {
            type: BUDGET_REALIZATION_EVENT_TYPES.corrected,
            data: {
              budgetRealizationId: current.budgetRealizationId,
              correctionId: command.correctionId,
              ...key,
              amount,
              amountRevision: current.amountRevision + 1,
              supersedesRevision: current.amountRevision,
              previousAmount: current.amount,
              evidence,
              note,
              reason,
              ...totals(state, period, amount, initiative),
              afterLock: command.locked,
            },
          },
        ];
      }
    }
  },
};

export function budgetRealizationStreamId(tenantId: string, initiativeId: string, year: number): string {
  return `budget-realization-${tenantId}.${initiativeId}.${year}`;
}
