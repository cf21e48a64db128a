/**
 * Where a service's use cases read "now" (submission time, the reporting window, decisions,
 * reminders). Injected under CLOCK, so a test can pin today; a service runs on the system clock
 * unless its ServiceDefinition names another.
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol.for('capaian.clock');

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at `instant` until moved with `set` (for tests and demos). */
export function fixedClock(instant: string): Clock & { set(instant: string): void } {
  let at = checked(instant);
  return {
    now: () => new Date(at),
    set(next: string) {
      at = checked(next);
    },
  };
}

function checked(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new TypeError(`fixedClock: not an instant: ${instant}`);
  return ms;
}
