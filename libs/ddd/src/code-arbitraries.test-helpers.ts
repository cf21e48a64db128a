import fc from 'fast-check';
import { DomainError, fold, type Decider } from './decider.js';
import { CODE_PATTERN } from './input-checks.js';

/**
 * Shared fast-check arbitraries for the "prototype-safe" properties every decider's spec checks:
 * codes and keys that people type (or that come in through an integration event) must never find
 * something on Object.prototype. Imported by specs as `@capaian/ddd/testing`.
 */

/** Property names every plain object inherits (or that change its prototype when assigned). */
export const PROTOTYPE_WORDS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
] as const;

/** Codes as planners type them, to mix with the prototype words. */
export const SAMPLE_CODES = ['SS-01', 'IKU-03', 'IKU 01', '1.2', 'PRG-01', 'KEG-01', '1.a.1', 'P1'] as const;

/** A prototype word, a typical code, or any string of the CODE_PATTERN shape. */
export const codeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...SAMPLE_CODES) },
  { weight: 2, arbitrary: fc.stringMatching(CODE_PATTERN) },
);

/** Codes whose characters are letters, digits and `_` only, so distinct codes keep distinct slugs. */
export const slugSafeCodeArb: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) }, { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9]{0,11}$/) });

/** A key from anywhere: prototype words, codes, or any string at all (ids from events, path params). */
export const anyKeyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) },
  { weight: 2, arbitrary: codeArb },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** Distinct values of `arb` (by `key`, default identity), between min and max of them. */
export function distinctArb<T>(arb: fc.Arbitrary<T>, options: { minLength?: number; maxLength?: number; key?: (v: T) => unknown } = {}): fc.Arbitrary<T[]> {
  return fc.uniqueArray(arb, { minLength: options.minLength ?? 1, maxLength: options.maxLength ?? 5, selector: options.key ?? ((v: T) => v) });
}

const baseline = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Throws when something added a property to Object.prototype (a polluted prototype). */
export function assertPrototypeIntact(): void {
  const extra = Object.getOwnPropertyNames(Object.prototype).filter((k) => !baseline.has(k));
  if (extra.length > 0) throw new Error(`Object.prototype was polluted with ${extra.join(', ')}`);
  if (Object.getPrototypeOf({}) !== Object.prototype) throw new Error('the prototype of {} changed');
}

/**
 * Folds `events` and decides `command`: the produced events, or the DomainError the decider threw.
 * Anything else thrown (a TypeError from reading a property of undefined...) is rethrown, so a
 * property fails on it: a stream must stay readable whatever codes it holds.
 */
export function decideSafely<C, E, S>(decider: Decider<C, E, S>, events: readonly E[], command: C): { events: E[] } | { error: DomainError } {
  const state = fold(decider, events);
  try {
    return { events: decider.decide(command, state) };
  } catch (e) {
    if (e instanceof DomainError) return { error: e };
    throw e;
  }
}

/**
 * Number of runs for the properties (kept small: the shared machine has 2 cores); `FC_RUNS` raises it.
 * The seed is fixed so a run is reproducible; `FC_SEED=<n>` replays another, `FC_SEED=random` explores.
 * A property that runs (or shrinks) for longer than a minute fails, printing its seed, instead of
 * holding the test run.
 */
export const PROPERTY_RUNS = Number(process.env['FC_RUNS'] ?? 100);
export const PROPERTY_SEED = process.env['FC_SEED'] === 'random' ? (Math.random() * 0x7fffffff) | 0 : Number(process.env['FC_SEED'] ?? 20261203);
fc.configureGlobal({ seed: PROPERTY_SEED, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true });

export { fc };
