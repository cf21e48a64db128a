import { describe, expect, it } from '@jest/globals';
import { describeBusConformance, message } from './bus-conformance.test-helpers.js';
import { createInProcessBus } from './in-process-bus.js';
import type { DeliveredMessage } from './port.js';
import { deferred, waitFor } from './test-env.test-helpers.js';

describeBusConformance('in-process', { create: async () => createInProcessBus() });

describe('in-process bus specifics', () => {
  it('publish() returns once appended; delivery happens later, never in the caller’s tick', async () => {
    const bus = createInProcessBus();
    const seen: string[] = [];
    await bus.consume({ groupId: 'g', topics: ['t'], handler: async (m) => void seen.push(m.eventId) });
    const m = message('t');
    await bus.publish([m]);
    expect(seen).toEqual([]);
    expect(bus.messages('t').map((x) => x.eventId)).toEqual([m.eventId]);
    await bus.whenIdle();
    expect(seen).toEqual([m.eventId]);
    await bus.close();
  });

  it('a new group with fromBeginning: false only gets later messages', async () => {
    const bus = createInProcessBus();
    const old = message('t');
    await bus.publish([old]);
    const seen: string[] = [];
    await bus.consume({ groupId: 'late', topics: ['t'], fromBeginning: false, handler: async (m) => void seen.push(m.eventId) });
    const fresh = message('t');
    await bus.publish([fresh]);
    await bus.whenIdle();
    expect(seen).toEqual([fresh.eventId]);
    await bus.close();
  });

  it('two consumers of one group: one owns the topic, the other takes over after it stops', async () => {
    const bus = createInProcessBus();
    const a: string[] = [];
    const b: string[] = [];
    const ca = await bus.consume({ groupId: 'g', topics: ['t'], handler: async (m) => void a.push(m.eventId) });
    await bus.consume({ groupId: 'g', topics: ['t'], handler: async (m) => void b.push(m.eventId) });
    const m1 = message('t');
    await bus.publish([m1]);
    await bus.whenIdle();
    await ca.stop();
    const m2 = message('t');
    await bus.publish([m2]);
    await bus.whenIdle();
    expect(a).toEqual([m1.eventId]);
    expect(b).toEqual([m2.eventId]);
    await bus.close();
  });

  it('handles one message at a time per consumer, across topics', async () => {
    const bus = createInProcessBus();
    let running = 0;
    let maxRunning = 0;
    await bus.consume({
      groupId: 'g',
      topics: ['t1', 't2'],
      handler: async () => {
        maxRunning = Math.max(maxRunning, ++running);
        await new Promise((r) => setTimeout(r, 2));
        running--;
      },
    });
    await bus.publish([...Array.from({ length: 10 }, () => message('t1')), ...Array.from({ length: 10 }, () => message('t2'))]);
    await bus.whenIdle();
    expect(maxRunning).toBe(1);
    await bus.close();
  });

  it('stop() during the backoff leaves the message uncommitted; the next consumer of the group gets it (attempt 1 again)', async () => {
    const bus = createInProcessBus();
    const m = message('t');
    await bus.publish([m]);
    const failed = deferred();
    const c1 = await bus.consume({
      groupId: 'g',
      topics: ['t'],
      retryBackoffMs: 60_000,
      handler: async () => {
        failed.resolve();
        throw new Error('nope');
      },
    });
    await failed.promise;
    const t0 = Date.now();
    await c1.stop();
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect((await c1.lag())['t']).toBe(1);
    const seen: DeliveredMessage[] = [];
    await bus.consume({ groupId: 'g', topics: ['t'], handler: async (d) => void seen.push(d) });
    await bus.whenIdle();
    expect(seen.map((d) => d.attempt)).toEqual([1]);
    await bus.close();
  });

  it('rejects invalid messages atomically and refuses to publish after close()', async () => {
    const bus = createInProcessBus();
    await expect(bus.publish([message('t'), message('t', { eventId: '' })])).rejects.toThrow(/eventId is empty/);
    await expect(bus.publish([message('t', { headers: { 'event-id': 'x' } })])).rejects.toThrow(/reserved/);
    await expect(bus.publish([message('t', { payload: { big: 1n } })])).rejects.toThrow();
    expect(bus.messages('t')).toEqual([]);
    await bus.close();
    await expect(bus.publish([message('t')])).rejects.toThrow(/closed/);
    await expect(bus.ping()).rejects.toThrow(/closed/);
  });

  it('a handler never sees the publisher’s objects (payload is copied as JSON)', async () => {
    const bus = createInProcessBus();
    const payload = { list: [1], at: new Date(0) };
    let got: unknown;
    await bus.consume({ groupId: 'g', topics: ['t'], handler: async (m) => void (got = m.payload) });
    await bus.publish([message('t', { payload })]);
    payload.list.push(2);
    await waitFor(() => got !== undefined);
    expect(got).toEqual({ list: [1], at: '1970-01-01T00:00:00.000Z' });
    await bus.close();
  });
});
