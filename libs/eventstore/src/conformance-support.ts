/** Helpers of the conformance suite (Jest only, like conformance.ts). */
import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, RecordedEvent, UpcasterMap } from './port.js';

export type ConformanceFactory = (opts: { upcasters?: UpcasterMap }) => Promise<EventStore>;

export interface ConformanceOptions {
  /** Register the suite as skipped (visible in the Jest summary), e.g. when the server is not configured. */
  skip?: boolean;
}

/** `conformance.legacy-named` v1 `{ name }` is read as v2 `{ fullName }`. */
export const conformanceUpcasters: UpcasterMap = {
  'conformance.legacy-named': (e) => (e.schemaVersion === 1 ? { ...e, schemaVersion: 2, data: { fullName: (e.data as { name: string }).name } } : e),
};

/** Default timeout of one conformance test. */
export const T = 30_000;

export function suffix(): string {
  return randomUUID().replace(/-/g, '').slice(0, 10);
}

/** A category unique to one test, e.g. `conf3fa2b1c4d5`. */
export function uniqueCategory(prefix = 'conf'): string {
  return `${prefix}${suffix()}`;
}

export function newEvent(data: unknown = { n: 0 }, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'conformance.happened',
    schemaVersion: 1,
    data,
    metadata: { correlationId: randomUUID() },
    ...overrides,
  };
}

export async function waitFor(condition: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function collect(iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of iterable) out.push(e);
  return out;
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
