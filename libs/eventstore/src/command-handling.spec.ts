import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StalePreconditionError, handleCommand, type DeciderLike } from './command-handling.js';
import { WrongExpectedRevisionError, type EventStore } from './port.js';
import { createPgliteEventStore } from './pglite.js';

/**
 * handleCommand with `prepare` (real PGlite store): the command and the conditions of its append
 * are computed for every attempt, so a write committed to a condition stream between the read and
 * the append makes the append store nothing, and the retry decides on what is stored then.
 */
type Cmd = { type: 'put'; gateOpen: boolean };
type Ev = { type: 'put'; data: { gateOpen: boolean } };
const decider: DeciderLike<Cmd, Ev, number> = {
  initialState: () => 0,
  evolve: (n) => n + 1,
  decide: (c) => [{ type: 'put', data: { gateOpen: c.gateOpen } }],
};
const gateEvent = () => ({ id: crypto.randomUUID(), type: 'gate-closed', schemaVersion: 1, data: {}, metadata: { correlationId: 'c' } });

describe('handleCommand with prepare: conditions on other streams, re-prepared on every attempt (real PGlite)', () => {
  let store: EventStore;
  beforeAll(async () => {
    store = await createPgliteEventStore({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await store.close();
  });

  /** Reads the gate stream and, the first time only, closes the gate behind the reader's back. */
  function preparer(gate: string, interfere: number) {
    let calls = 0;
    return {
      get calls() {
        return calls;
      },
      prepare: async () => {
        calls++;
        const events = await store.readStream(gate);
        const expectedRevision = events.length === 0 ? ('no_stream' as const) : events[events.length - 1]!.revision;
        if (calls <= interfere) await store.append(gate, [gateEvent()], { expectedRevision: 'any' });
        return { command: { type: 'put' as const, gateOpen: events.length === 0 }, conditions: [{ streamId: gate, expectedRevision }] };
      },
    };
  }

  it('a condition stream that moved between prepare and append: nothing stored, prepared and decided again on the new state', async () => {
    const p = preparer('gate-1', 1);
    const result = await handleCommand({ store, streamId: 'thing-1', decider, prepare: p.prepare, metadata: { correlationId: 'c' }, schemaVersionOf: () => 1 });
    expect(p.calls).toBe(2);
    expect(result.events).toEqual([{ type: 'put', data: { gateOpen: false } }]);
    expect((await store.readStream('thing-1')).map((e) => e.data)).toEqual([{ gateOpen: false }]);
  });

  it('conditions that keep moving: after maxRetries the WrongExpectedRevisionError names the condition stream, nothing stored', async () => {
    const p = preparer('gate-2', 10);
    const error = await handleCommand({ store, streamId: 'thing-2', decider, prepare: p.prepare, metadata: { correlationId: 'c' }, schemaVersionOf: () => 1, maxRetries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect((error as WrongExpectedRevisionError).streamId).toBe('gate-2');
    expect(p.calls).toBe(3);
    expect(await store.readStream('thing-2')).toEqual([]);
  });

  it('with If-Match, a moved condition stream is retried (If-Match is checked again); a moved own stream is 412', async () => {
    await store.append('thing-3', [{ ...gateEvent(), type: 'put' }], { expectedRevision: 'no_stream' });
    const p = preparer('gate-3', 1);
    const ok = await handleCommand({ store, streamId: 'thing-3', decider, prepare: p.prepare, metadata: { correlationId: 'c' }, schemaVersionOf: () => 1, ifMatchRevision: 0 });
    expect(ok.nextExpectedRevision).toBe(1);
    expect(p.calls).toBe(2);
    await expect(
      handleCommand({ store, streamId: 'thing-3', decider, command: { type: 'put', gateOpen: true }, metadata: { correlationId: 'c' }, schemaVersionOf: () => 1, ifMatchRevision: 0 }),
    ).rejects.toBeInstanceOf(StalePreconditionError);
  });
});
