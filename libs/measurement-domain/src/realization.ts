import { DomainError, type Decider } from '@capaian/ddd';
import { checkKpiAccess, checkKpiPeriod, checkRealizationValue } from './realization-checks.js';
import type { PeriodCode } from '@capaian/contracts';
import { NUMERIC_VALUE_TYPES, type KnownKpi, type ValueType } from './known-plan.js';
import { periodStartMillis } from './period-calendar.js';
import { jakartaDate } from './reporting-policy.js';
import { checkEvidence, checkNote, checkReason, instantMillis, sameEvidence, sameValue, type EvidenceLink, type EvidenceLinkInput } from './values.js';

export type { KnownKpi } from './known-plan.js';
export { checkKpiAccess, checkKpiPeriod, checkRealizationValue } from './realization-checks.js';

/**
 * Realization aggregate: what a unit achieved for one KPI and one period. One stream per
 * (tenant, KPI, year, period): `realization-<tenant>.<kpiId>.<year>.<period>`.
 *
 * Life cycle: record (value revision 1, status submitted) -> verify | reject by an evaluator;
 * a correction (always with a reason) supersedes the current value with revision n+1 and puts the
 * status back to submitted, whatever it was (also after a rejection: that is how a unit resubmits).
 * Every value stays in the stream, so the history of who/when/why is the stream itself (the actor
 * and the time the system learnt it are in the event metadata).
 *
 * The plan facts it checks against (`KnownKpi`) come from measurement's own read model of
 * planning's integration events, never from planning directly. Time (`now`), the deadline (from a
 * versioned ReportingPolicy) and whether the period is locked (from the period-lock streams) come
 * in the command: the decider has no clock and reads nothing.
 *
 * Future periods: a first record before `reportableFrom` is refused (422 on `period`):
 * PERIOD_NOT_STARTED when the period has not started, PERIOD_NOT_ENDED when it is running and the
 * policy accepts values only after its end. The message and the details give the first date (WIB).
 *
 * Period lock: after an evaluator locks the period, a first record is refused (409 PERIOD_LOCKED:
 * the evaluator unlocks it first); a correction of a reported value is still accepted, flagged
 * `afterLock: true` in its event so the evaluator sees it. A correction always needs a reason.
 */
export const REALIZATION_EVENT_TYPES = {
  recorded: 'realization-recorded',
  corrected: 'realization-corrected',
  verified: 'realization-verified',
  rejected: 'realization-rejected',
} as const;
/**
 * `realization-recorded` v2 added valueType, valueRevision, evidence, submittedAt, deadline,
 * reportingPolicyId, late and afterLock. The service's store reads a v1 event as v2 through
 * `upcastRealizationRecorded` (registered once in the store's upcasters), so readers see v2 only.
 */
export const REALIZATION_EVENT_SCHEMA_VERSION = {
  [REALIZATION_EVENT_TYPES.recorded]: 2,
  [REALIZATION_EVENT_TYPES.corrected]: 1,
  [REALIZATION_EVENT_TYPES.verified]: 1,
  [REALIZATION_EVENT_TYPES.rejected]: 1,
} as const;

// ------------------------------------------------------------------------------------------------
// Commands
// ------------------------------------------------------------------------------------------------

/** What a record/correct command carries about time and the lock, all computed by the caller. */
export interface ReportingContext {
  /** When the unit submits (ISO instant with offset), from the caller's clock. */
  now: string;
  /** `periodDeadline(year, period, policy)` of the reporting policy in force (ISO instant). */
  deadline: string;
  /** Id of that policy, recorded in the event (see `reportingWindow`). */
  reportingPolicyId: string;
  /**
   * First instant a first value for the period is accepted (`reportableFrom` of the policy: the
   * period's start, or its end when the policy refuses the running period). Read by record only:
   * corrections of a reported value are not limited by it.
   */
  reportableFrom: string;
  /** True when the unit's period, or a period containing it (see `coveringPeriods`), is locked. */
  locked: boolean;
}

/** A unit's value for a KPI and period (a first record or a correction), with what it is judged against. */
export interface ReportedValue extends ReportingContext {
  tenantId: string;
  kpiId: string;
  /** The unit that reports (from the caller's token). */
  unitId: string;
  year: number;
  period: string;
  /** Decimal string (number, percent, money, duration), one of the KPI's grades (categorical) or YYYY-MM-DD (milestone_date). */
  value: string;
  /** The KPI as measurement knows it; undefined when planning's event has not arrived. */
  kpi: KnownKpi | undefined;
}

export interface RecordRealization extends ReportedValue {
  type: 'record-realization';
  realizationId: string;
  note: string | null;
  /** Bukti dukung: up to 20 http(s) links. Omitted = none. */
  evidence?: EvidenceLinkInput[];
}

export interface CorrectRealization extends ReportedValue {
  type: 'correct-realization';
  /** Id of this correction (the caller makes it, like realizationId). */
  correctionId: string;
  /** Why the value changes (at least 5 characters). */
  reason: string;
  /** Omitted (undefined) = keep the current note; null = remove it. */
  note?: string | null;
  /** Omitted (undefined) = keep the current evidence; an array replaces it (empty removes it). */
  evidence?: EvidenceLinkInput[];
}

export interface VerifyRealization {
  type: 'verify-realization';
  tenantId: string;
  kpiId: string;
  year: number;
  period: string;
  /** The value revision the evaluator looked at; if given and no longer current -> 409. */
  valueRevision?: number;
  note?: string | null;
}

export interface RejectRealization {
  type: 'reject-realization';
  tenantId: string;
  kpiId: string;
  year: number;
  period: string;
  valueRevision?: number;
  reason: string;
}

export type RealizationCommand = RecordRealization | CorrectRealization | VerifyRealization | RejectRealization;

// ------------------------------------------------------------------------------------------------
// Events
// ------------------------------------------------------------------------------------------------

interface RealizationKey {
  realizationId: string;
  tenantId: string;
  kpiId: string;
  /** The unit that reported the value. */
  unitId: string;
  year: number;
  period: PeriodCode;
}

interface Submission {
  value: string;
  /** How to read `value` (decimal, grade or date). */
  valueType: ValueType;
  /** 1 for the recorded value, +1 per correction. */
  valueRevision: number;
  evidence: EvidenceLink[];
  note: string | null;
  /** `now` of the command. */
  submittedAt: string;
  deadline: string;
  reportingPolicyId: string;
  /** Submitted after the deadline (accepted anyway). */
  late: boolean;
  /** Submitted while the period was locked (accepted anyway, flagged for the evaluator). */
  afterLock: boolean;
}

export interface RealizationRecordedData extends RealizationKey, Submission {}

export interface RealizationCorrectedData extends RealizationKey, Submission {
  correctionId: string;
  reason: string;
  /** The value revision this one supersedes (still in the stream). */
  supersedesRevision: number;
  previousValue: string;
  /** Status of the superseded value; 'rejected' means this correction is a resubmission. */
  previousStatus: RealizationStatus;
}

export interface RealizationVerifiedData extends RealizationKey {
  /** The value revision that was verified (the value it had is repeated in `value`). */
  verifiedValueRevision: number;
  value: string;
  /** The evaluator's remark, if any. */
  evaluatorNote: string | null;
}

export interface RealizationRejectedData extends RealizationKey {
  /** The value revision that was rejected. */
  rejectedValueRevision: number;
  value: string;
  reason: string;
}

export type RealizationRecorded = { type: typeof REALIZATION_EVENT_TYPES.recorded; data: RealizationRecordedData };
export type RealizationCorrected = { type: typeof REALIZATION_EVENT_TYPES.corrected; data: RealizationCorrectedData };
export type RealizationVerified = { type: typeof REALIZATION_EVENT_TYPES.verified; data: RealizationVerifiedData };
export type RealizationRejected = { type: typeof REALIZATION_EVENT_TYPES.rejected; data: RealizationRejectedData };
export type RealizationEvent = RealizationRecorded | RealizationCorrected | RealizationVerified | RealizationRejected;

/** v1 `realization-recorded` data: no value type, revision, evidence, timing or lock flag. */
export type RealizationRecordedDataV1 = Pick<RealizationRecordedData, keyof RealizationKey | 'value' | 'note'>;

/**
 * `realization-recorded` v1 data as v2. v1 only accepted decimals and had no policy: valueType
 * 'number', revision 1, no evidence, not late, not after a lock; submitted when the store accepted
 * it (`recordedAt`); deadline and reportingPolicyId are '' (not known).
 */
export function upcastRealizationRecorded(data: RealizationRecordedDataV1, recordedAt: string): RealizationRecordedData {
  return { ...data, valueType: 'number', valueRevision: 1, evidence: [], submittedAt: recordedAt, deadline: '', reportingPolicyId: '', late: false, afterLock: false };
}

// ------------------------------------------------------------------------------------------------
// State
// ------------------------------------------------------------------------------------------------

export type RealizationStatus = 'submitted' | 'verified' | 'rejected';

export interface RecordedRealization {
  status: RealizationStatus;
  realizationId: string;
  unitId: string;
  value: string;
  valueType: ValueType;
  valueRevision: number;
  evidence: EvidenceLink[];
  note: string | null;
}
export type RealizationState = { status: 'none' } | RecordedRealization;

// ------------------------------------------------------------------------------------------------
// Rules
// ------------------------------------------------------------------------------------------------

function checkTiming(command: ReportingContext): { submittedAt: string; deadline: string; reportingPolicyId: string; late: boolean; afterLock: boolean } {
  const now = instantMillis(command.now, 'now');
  const deadline = instantMillis(command.deadline, 'deadline');
  if (typeof command.reportingPolicyId !== 'string' || command.reportingPolicyId.trim() === '') {
    throw new DomainError('INVALID_POLICY', 'Id kebijakan pelaporan wajib diisi / reportingPolicyId is required', 'reportingPolicyId');
  }
  if (typeof command.locked !== 'boolean') throw new DomainError('LOCK_STATE_REQUIRED', 'Status kunci periode wajib diketahui / locked must be true or false', 'locked');
  return { submittedAt: command.now, deadline: command.deadline, reportingPolicyId: command.reportingPolicyId, late: now > deadline, afterLock: command.locked };
}

/** A first value is only accepted from `reportableFrom` on (see ReportingContext). */
function checkReportable(command: RecordRealization, period: PeriodCode): void {
  const now = instantMillis(command.now, 'now');
  const from = instantMillis(command.reportableFrom, 'reportableFrom');
  if (now >= from) return;
  const firstDate = jakartaDate(from);
  const started = now >= periodStartMillis(command.year, period);
  const message = started
    ? `Periode ${period} ${command.year} belum berakhir; realisasinya dapat dilaporkan mulai ${firstDate} (WIB) / the period has not ended: it can be reported from ${firstDate} (WIB)`
    : `Periode ${period} ${command.year} belum dimulai; realisasinya dapat dilaporkan mulai ${firstDate} (WIB) / the period has not started: it can be reported from ${firstDate} (WIB)`;
  throw new DomainError(started ? 'PERIOD_NOT_ENDED' : 'PERIOD_NOT_STARTED', message, 'period', 'unprocessable', [
    { field: 'period', errors: [message], reportableFrom: command.reportableFrom, reportableFromDate: firstDate },
  ]);
}

function notFound(kpiId: string, period: string): DomainError {
  return new DomainError('REALIZATION_NOT_FOUND', `Belum ada realisasi IKU ${kpiId} periode ${period} / no realization recorded for this KPI and period`, 'period', 'not_found');
}

function checkReviewable(state: RealizationState, command: VerifyRealization | RejectRealization): RecordedRealization {
  if (state.status === 'none') throw notFound(command.kpiId, command.period);
  if (state.status !== 'submitted') {
    throw new DomainError(
      'REALIZATION_NOT_SUBMITTED',
      `Realisasi berstatus ${state.status === 'verified' ? 'terverifikasi' : 'ditolak'}; hanya realisasi berstatus diajukan yang dapat diverifikasi atau ditolak / only a submitted value can be verified or rejected (status: ${state.status})`,
      'status',
      'conflict',
    );
  }
  if (command.valueRevision !== undefined && command.valueRevision !== state.valueRevision) {
    throw new DomainError(
      'STALE_VALUE_REVISION',
      `Nilai revisi ${command.valueRevision} sudah digantikan oleh revisi ${state.valueRevision}; muat ulang / value revision ${command.valueRevision} was superseded by ${state.valueRevision}`,
      'valueRevision',
      'conflict',
    );
  }
  return state;
}

/** Where a realization event stands: tenant, KPI, reporting unit, year and period. */
function reportedKey(command: { tenantId: string; kpiId: string; year: number }, unitId: string, period: PeriodCode) {
  return { tenantId: command.tenantId, kpiId: command.kpiId, unitId, year: command.year, period };
}

/** What every review event (verified, rejected) records: the value reviewed and where it stands. */
function reviewed(current: RecordedRealization, command: { tenantId: string; kpiId: string; year: number; period: string }) {
  return { realizationId: current.realizationId, ...reportedKey(command, current.unitId, command.period as PeriodCode), value: current.value };
}

export const realizationDecider: Decider<RealizationCommand, RealizationEvent, RealizationState> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case REALIZATION_EVENT_TYPES.recorded: {
        const d = event.data;
        return { status: 'submitted', realizationId: d.realizationId, unitId: d.unitId, value: d.value, valueType: d.valueType, valueRevision: d.valueRevision, evidence: d.evidence, note: d.note };
      }
      case REALIZATION_EVENT_TYPES.corrected: {
        const d = event.data;
        return { status: 'submitted', realizationId: d.realizationId, unitId: d.unitId, value: d.value, valueType: d.valueType, valueRevision: d.valueRevision, evidence: d.evidence, note: d.note };
      }
      case REALIZATION_EVENT_TYPES.verified:
        return state.status === 'none' ? state : { ...state, status: 'verified' };
      case REALIZATION_EVENT_TYPES.rejected:
        return state.status === 'none' ? state : { ...state, status: 'rejected' };
      default:
        return state;
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'record-realization': {
        const kpi = checkKpiAccess(command.kpi, command.tenantId, command.kpiId, command.unitId);
        const period = checkKpiPeriod(kpi, command.year, command.period);
        const value = checkRealizationValue(kpi, command.value);
        const evidence = checkEvidence(command.evidence);
        const note = checkNote(command.note);
        const timing = checkTiming(command);
        checkReportable(command, period);
        if (state.status !== 'none') {
          throw new DomainError(
            'REALIZATION_EXISTS',
            `Realisasi ${command.period} sudah dilaporkan; ajukan koreksi dengan alasan / already reported: submit a correction with a reason`,
            'period',
            'conflict',
          );
        }
        if (timing.afterLock) {
          throw new DomainError(
            'PERIOD_LOCKED',
            `Periode ${command.period} ${command.year} sudah dikunci evaluator; nilai baru hanya dapat diterima setelah dibuka kembali / the period is locked: ask an evaluator to unlock it (only corrections of reported values are accepted, flagged)`,
            'period',
            'conflict',
          );
        }
        return [
          {
            type: REALIZATION_EVENT_TYPES.recorded,
            data: {
              realizationId: command.realizationId,
              ...reportedKey(command, command.unitId, period),
              value,
              valueType: kpi.valueType,
              valueRevision: 1,
              evidence,
              note,
              ...timing,
            },
          },
        ];
      }

      case 'correct-realization': {
        const kpi = checkKpiAccess(command.kpi, command.tenantId, command.kpiId, command.unitId);
        const period = checkKpiPeriod(kpi, command.year, command.period);
        const value = checkRealizationValue(kpi, command.value);
        const reason = checkReason(command.reason);
        if (state.status === 'none') throw notFound(command.kpiId, command.period);
        const evidence = command.evidence === undefined ? state.evidence : checkEvidence(command.evidence);
        const note = command.note === undefined ? state.note : checkNote(command.note);
        const timing = checkTiming(command);
        const numeric = NUMERIC_VALUE_TYPES.includes(kpi.valueType);
        if (state.status !== 'rejected' && state.valueType === kpi.valueType && sameValue(state.value, value, numeric) && sameEvidence(state.evidence, evidence) && state.note === note) {
          throw new DomainError(
            'CORRECTION_UNCHANGED',
            'Koreksi tidak mengubah nilai, bukti dukung maupun catatan; tidak ada yang disimpan / the correction changes neither value, evidence nor note: nothing stored',
            'value',
          );
        }
        return [
          {
            type: REALIZATION_EVENT_TYPES.corrected,
            data: {
              realizationId: state.realizationId,
              correctionId: command.correctionId,
              ...reportedKey(command, command.unitId, period),
              value,
              valueType: kpi.valueType,
              valueRevision: state.valueRevision + 1,
              supersedesRevision: state.valueRevision,
              previousValue: state.value,
              previousStatus: state.status,
              evidence,
              note,
              reason,
              ...timing,
            },
          },
        ];
      }

      case 'verify-realization': {
        const current = checkReviewable(state, command);
        return [{ type: REALIZATION_EVENT_TYPES.verified, data: { ...reviewed(current, command), verifiedValueRevision: current.valueRevision, evaluatorNote: checkNote(command.note) } }];
      }

      case 'reject-realization': {
        const reason = checkReason(command.reason);
        const current = checkReviewable(state, command);
        return [{ type: REALIZATION_EVENT_TYPES.rejected, data: { ...reviewed(current, command), rejectedValueRevision: current.valueRevision, reason } }];
      }
    }
  },
};

export function realizationStreamId(tenantId: string, kpiId: string, year: number, period: string): string {
  return `realization-${tenantId}.${kpiId}.${year}.${period}`;
}
