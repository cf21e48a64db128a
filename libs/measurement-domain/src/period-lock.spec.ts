import { fold } from '@capaian/ddd';
import {
  PERIOD_LOCK_EVENT_SCHEMA_VERSION,
  coveringPeriods,
  isLockedByAny,
  periodLockDecider,
  periodLockStreamId,
  periodLockStreamIdsCovering,
  type LockPeriod,
  type PeriodLockEvent,
  type UnlockPeriod,
} from './index.js';
import { deciderSpec, eq } from './fixtures.test-helpers.js';

const { spec, errorOf, eventsOf } = deciderSpec(periodLockDecider);

const lock: LockPeriod = { type: 'lock-period', tenantId: 'kab-contoh', unitId: 'opd-dpmptsp', year: 2026, period: 'Q1', note: 'Sudah diverifikasi Inspektorat' };
const unlock: UnlockPeriod = { type: 'unlock-period', tenantId: 'kab-contoh', unitId: 'opd-dpmptsp', year: 2026, period: 'Q1', reason: 'Temuan audit perlu koreksi' };
const key = { tenantId: 'kab-contoh', unitId: 'opd-dpmptsp', year: 2026, period: 'Q1' as const };
const locked: PeriodLockEvent = { type: 'period-locked', data: { ...key, note: 'Sudah diverifikasi Inspektorat' } };
const unlocked: PeriodLockEvent = { type: 'period-unlocked', data: { ...key, reason: 'Temuan audit perlu koreksi' } };

describe('period lock', () => {
  it('stream per tenant/unit/year/period; event types and versions', () => {
    expect(periodLockStreamId('kab-contoh', 'opd-dpmptsp', 2026, 'Q1')).toBe('period-lock-kab-contoh.opd-dpmptsp.2026.Q1');
    expect(PERIOD_LOCK_EVENT_SCHEMA_VERSION).toEqual({ 'period-locked': 1, 'period-unlocked': 1 });
  });

  it('given an open period, lock (with an optional note) -> period-locked', () => {
    spec.given([]).when(lock).then([locked], eq);
    spec
      .given([])
      .when({ ...lock, note: null })
      .then([{ type: 'period-locked', data: { ...key, note: null } }], eq);
    expect(fold(periodLockDecider, [locked])).toEqual({ locked: true, timesLocked: 1 });
  });

  it('locking a locked period -> 409 PERIOD_ALREADY_LOCKED', () => {
    expect(errorOf([locked], lock)).toMatchObject({ code: 'PERIOD_ALREADY_LOCKED', kind: 'conflict', field: 'period' });
  });

  it('given a locked period, unlock with a reason -> period-unlocked; then it can be locked again', () => {
    spec.given([locked]).when(unlock).then([unlocked], eq);
    expect(eventsOf([locked, unlocked], lock)).toEqual([locked]);
    expect(fold(periodLockDecider, [locked, unlocked, locked])).toEqual({ locked: true, timesLocked: 2 });
  });

  it('unlock needs a reason of at least 5 characters; unlocking an open period -> 409 PERIOD_NOT_LOCKED', () => {
    expect(errorOf([locked], { ...unlock, reason: 'ok' })).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(errorOf([], unlock)).toMatchObject({ code: 'PERIOD_NOT_LOCKED', kind: 'conflict' });
    expect(errorOf([locked, unlocked], unlock)).toMatchObject({ code: 'PERIOD_NOT_LOCKED' });
  });

  it('period, year and unit are validated', () => {
    expect(errorOf([], { ...lock, period: 'TW1' })).toMatchObject({ code: 'INVALID_PERIOD', field: 'period' });
    expect(errorOf([], { ...lock, year: 26 })).toMatchObject({ code: 'INVALID_YEAR', field: 'year' });
    expect(errorOf([], { ...lock, unitId: '' })).toMatchObject({ code: 'UNIT_REQUIRED', field: 'unitId' });
  });

  it('a lock covers the periods inside it: the caller reads the covering streams', () => {
    expect(coveringPeriods('M02')).toEqual(['M02', 'Q1', 'S1', 'Y']);
    expect(coveringPeriods('M09')).toEqual(['M09', 'Q3', 'S2', 'Y']);
    expect(coveringPeriods('Q3')).toEqual(['Q3', 'S2', 'Y']);
    expect(coveringPeriods('S1')).toEqual(['S1', 'Y']);
    expect(coveringPeriods('Y')).toEqual(['Y']);
    expect(periodLockStreamIdsCovering('kab', 'u', 2026, 'Q2')).toEqual(['period-lock-kab.u.2026.Q2', 'period-lock-kab.u.2026.S1', 'period-lock-kab.u.2026.Y']);
    expect(isLockedByAny([fold(periodLockDecider, []), fold(periodLockDecider, [locked])])).toBe(true);
    expect(isLockedByAny([fold(periodLockDecider, [locked, unlocked])])).toBe(false);
  });
});
