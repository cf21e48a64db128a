import { DomainError, type Decider } from '@capaian/ddd';
import type { PeriodCode } from '@capaian/contracts';
import { checkPeriod, coveringPeriods } from './period-calendar.js';
import { checkNote, checkReason, checkYear } from './values.js';

/**
 * Period lock aggregate: an evaluator closes a unit's period for changes once it has been checked,
 * and may reopen it with a reason. One stream per (tenant, unit, year, period):
 * `period-lock-<tenant>.<unitId>.<year>.<period>`. A lock on a period covers every period inside
 * it (a lock on Q1 covers M01-M03; on Y the whole year): to know whether a realization's period is
 * locked, fold the streams of `coveringPeriods(period)` (`periodLockStreamIdsCovering`).
 *
 * What happens to a realization after the lock (the rule is decided in realization.ts, `decide`):
 * - a first value for a locked period is refused, 409 `PERIOD_LOCKED` (an evaluator unlocks first);
 * - a correction of a reported value is accepted and flagged `afterLock: true` (reason required);
 * - a budget realization (budget-realization.ts), first value or correction, is accepted, flagged.
 * The lock streams read are conditions of the append (docs/adr/0017-period-lock-rule.md): a lock
 * committed meanwhile makes the submission be decided again with it.
 */
export const PERIOD_LOCK_EVENT_TYPES = { locked: 'period-locked', unlocked: 'period-unlocked' } as const;
export const PERIOD_LOCK_EVENT_SCHEMA_VERSION = {
  [PERIOD_LOCK_EVENT_TYPES.locked]: 1,
  [PERIOD_LOCK_EVENT_TYPES.unlocked]: 1,
} as const;

export interface LockPeriod {
  type: 'lock-period';
  tenantId: string;
  unitId: string;
  year: number;
  period: string;
  note: string | null;
}

export interface UnlockPeriod {
  type: 'unlock-period';
  tenantId: string;
  unitId: string;
  year: number;
  period: string;
  /** Why the period reopens (at least 5 characters). */
  reason: string;
}
export type PeriodLockCommand = LockPeriod | UnlockPeriod;

interface PeriodLockKey {
  tenantId: string;
  unitId: string;
  year: number;
  period: PeriodCode;
}
export interface PeriodLockedData extends PeriodLockKey {
  note: string | null;
}
export interface PeriodUnlockedData extends PeriodLockKey {
  reason: string;
}
export type PeriodLockEvent = { type: typeof PERIOD_LOCK_EVENT_TYPES.locked; data: PeriodLockedData } | { type: typeof PERIOD_LOCK_EVENT_TYPES.unlocked; data: PeriodUnlockedData };

export interface PeriodLockState {
  locked: boolean;
  /** How many times the period was locked (reopened periods count again). */
  timesLocked: number;
}

function checkKey(command: PeriodLockCommand): PeriodLockKey {
  if (typeof command.unitId !== 'string' || command.unitId.trim() === '') {
    throw new DomainError('UNIT_REQUIRED', 'Unit wajib diisi / unitId is required', 'unitId');
  }
  return { tenantId: command.tenantId, unitId: command.unitId, year: checkYear(command.year), period: checkPeriod(command.period) };
}

export const periodLockDecider: Decider<PeriodLockCommand, PeriodLockEvent, PeriodLockState> = {
  initialState: () => ({ locked: false, timesLocked: 0 }),

  evolve(state, event) {
    switch (event.type) {
      case PERIOD_LOCK_EVENT_TYPES.locked:
        return { locked: true, timesLocked: state.timesLocked + 1 };
      case PERIOD_LOCK_EVENT_TYPES.unlocked:
        return { ...state, locked: false };
      default:
        return state;
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'lock-period': {
        const key = checkKey(command);
        const note = checkNote(command.note);
        if (state.locked) {
          throw new DomainError('PERIOD_ALREADY_LOCKED', `Periode ${key.period} ${key.year} unit ${key.unitId} sudah dikunci / the period is already locked`, 'period', 'conflict');
        }
        return [{ type: PERIOD_LOCK_EVENT_TYPES.locked, data: { ...key, note } }];
      }
      case 'unlock-period': {
        const key = checkKey(command);
        const reason = checkReason(command.reason);
        if (!state.locked) {
          throw new DomainError('PERIOD_NOT_LOCKED', `Periode ${key.period} ${key.year} unit ${key.unitId} tidak sedang dikunci / the period is not locked`, 'period', 'conflict');
        }
        return [{ type: PERIOD_LOCK_EVENT_TYPES.unlocked, data: { ...key, reason } }];
      }
    }
  },
};

export function periodLockStreamId(tenantId: string, unitId: string, year: number, period: string): string {
  return `period-lock-${tenantId}.${unitId}.${year}.${period}`;
}

/** The lock streams to read to know whether `period` is locked for the unit: its own and those of the periods containing it. */
export function periodLockStreamIdsCovering(tenantId: string, unitId: string, year: number, period: PeriodCode): string[] {
  return coveringPeriods(period).map((p) => periodLockStreamId(tenantId, unitId, year, p));
}

/** Locked when any of the covering periods' states is locked (pass the folded states of `periodLockStreamIdsCovering`). */
export function isLockedByAny(states: Iterable<PeriodLockState>): boolean {
  for (const s of states) if (s.locked) return true;
  return false;
}
