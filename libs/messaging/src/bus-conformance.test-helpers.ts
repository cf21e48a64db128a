/**
 * The behavioural suite every MessageBus adapter must pass (Kafka and in-process run the same
 * cases). Each case uses its own topics and groups (random names).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MemoryInbox, idempotentHandler } from './inbox.js';
import { HEADERS, deadLetterTopic, type Consumer, type ConsumerOptions, type DeliveredMessage, type MessageBus, type OutgoingMessage } from './port.js';
import { deferred, randomSuffix, waitFor } from './test-env.test-helpers.js';

export interface BusConformanceFixture {
  create(): Promise<MessageBus>;
  /** Called after the bus was closed with every topic (incl. `.dlt`) and group the suite used. */
  cleanup?(used: { topics: string[]; groups: string[] }): Promise<void>;
}

export function message(topic: string, over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    topic,
    key: 'key-1',
    eventId: randomUUID(),
    type: 'test.something-happened',
    schemaVersion: 1,
    correlationId: randomUUID(),
    payload: { n: 0 },
    ...over,
  };
}

export function describeBusConformance(name: string, fixture: BusConformanceFixture): void {
  describe(`MessageBus conformance: ${name}`, () => {
    let bus: MessageBus;
    const topics: string[] = [];
    const groups: string[] = [];
    const consumers: Consumer[] = [];
    const suffix = randomSuffix();

    const newTopic = (label: string) => {
      const t = `conf.${label}.${suffix}`;
      topics.push(t, deadLetterTopic(t));
      return t;
    };
    const newGroup = (label: string) => {
      const g = `conf-${label}-${suffix}`;
      groups.push(g);
      return g;
    };
    const consume = async (o: ConsumerOptions) => {
      const c = await bus.consume({ retryBackoffMs: 10, ...o });
      consumers.push(c);
      return c;
    };
    /** Consumes until `until` holds; returns what the handler saw, then stops the consumer. */
    const collect = async (o: Omit<ConsumerOptions, 'handler'>, until: (seen: DeliveredMessage[]) => boolean, what: string) => {
      const seen: DeliveredMessage[] = [];
      const c = await consume({ ...o, handler: async (m) => void seen.push(m) });
      await waitFor(() => until(seen), what);
      await c.stop();
      return seen;
    };
    /** The group committed everything before: a message published now is the only one it gets. */
    const expectOnlyLaterMessages = async (groupId: string, topic: string, what: string) => {
      const sentinel = message(topic, { payload: 'sentinel' });
      await bus.publish([sentinel]);
      const seen = await collect({ groupId, topics: [topic] }, (s) => s.some((x) => x.eventId === sentinel.eventId), what);
      expect(seen.map((x) => x.eventId)).toEqual([sentinel.eventId]);
    };

    beforeAll(async () => {
      bus = await fixture.create();
    });

    afterAll(async () => {
      await Promise.allSettled(consumers.map((c) => c.stop()));
      await bus?.close();
      await fixture.cleanup?.({ topics, groups });
    });

    it('ping() resolves', async () => {
      await expect(bus.ping()).resolves.toBeUndefined();
    });

    it('delivers every field and header to every consumer group', async () => {
      const topic = newTopic('roundtrip');
      const full = message(topic, {
        key: 'kpi-42',
        causationId: 'cause-1',
        payload: { text: 'héllo', nested: { list: [1, 2.5, null, true] } },
        headers: { tenant: 'pemda-1', 'x-trace': 'abc' },
      });
      const bare = message(topic, { key: 'kpi-42', schemaVersion: 3, payload: 'plain string' });
      await bus.publish([full, bare]);

      const [a, b] = await Promise.all(['a', 'b'].map((g) => collect({ groupId: newGroup(`roundtrip-${g}`), topics: [topic] }, (s) => s.length >= 2, `2 messages in group ${g}`)));
      for (const seen of [a!, b!]) {
        expect(seen).toHaveLength(2);
        const [m1, m2] = seen;
        expect(m1).toMatchObject({
          topic,
          key: 'kpi-42',
          eventId: full.eventId,
          type: full.type,
          schemaVersion: 1,
          correlationId: full.correlationId,
          causationId: 'cause-1',
          payload: full.payload,
          attempt: 1,
        });
        expect(m1!.headers).toEqual({ tenant: 'pemda-1', 'x-trace': 'abc' });
        expect(typeof m1!.partition).toBe('number');
        expect(m1!.offset).toMatch(/^\d+$/);
        expect(m2).toMatchObject({ eventId: bare.eventId, schemaVersion: 3, causationId: null, payload: 'plain string', headers: {} });
        expect(m2!.partition).toBe(m1!.partition);
        expect(BigInt(m2!.offset)).toBe(BigInt(m1!.offset) + 1n);
      }
    });

    it('keeps the order per key across many messages and keys', async () => {
      const topic = newTopic('order');
      const keys = ['agg-a', 'agg-b', 'agg-c', 'agg-d', 'agg-e'];
      const perKey = 30;
      const all: OutgoingMessage[] = [];
      for (let i = 0; i < perKey; i++) for (const key of keys) all.push(message(topic, { key, payload: { seq: i } }));
      // Several publish calls, as a relay would do.
      for (let i = 0; i < all.length; i += 40) await bus.publish(all.slice(i, i + 40));

      const seen = await collect({ groupId: newGroup('order'), topics: [topic] }, (s) => s.length >= all.length, 'all ordered messages');
      expect(seen).toHaveLength(all.length);
      for (const key of keys) {
        const seqs = seen.filter((m) => m.key === key).map((m) => (m.payload as { seq: number }).seq);
        expect(seqs).toEqual([...Array(perKey).keys()]);
        expect(new Set(seen.filter((m) => m.key === key).map((m) => m.partition)).size).toBe(1);
      }
    });

    it('retries a failing handler with backoff, then commits the message once', async () => {
      const topic = newTopic('retry');
      const groupId = newGroup('retry');
      const m = message(topic);
      await bus.publish([m]);
      const attempts: number[] = [];
      const handled = deferred();
      const c = await consume({
        groupId,
        topics: [topic],
        maxAttempts: 5,
        handler: async (d) => {
          attempts.push(d.attempt);
          if (d.attempt < 3) throw new Error(`transient failure ${d.attempt}`);
          handled.resolve();
        },
      });
      await handled.promise;
      await waitFor(async () => (await c.lag())[topic] === 0, 'commit after success');
      await c.stop();
      expect(attempts).toEqual([1, 2, 3]);

      // Same group afterwards: only what was published later.
      await expectOnlyLaterMessages(groupId, topic, 'sentinel');
    });

    it('moves a permanently failing message to <topic>.dlt with the error headers, and moves on', async () => {
      const topic = newTopic('dlt');
      const poison = message(topic, { key: 'k-poison', payload: { poison: true }, headers: { tenant: 't-9' } });
      const good = message(topic, { key: 'k-poison', payload: { poison: false } });
      await bus.publish([poison, good]);
      const attempts: number[] = [];
      const handledGood = deferred();
      const c = await consume({
        groupId: newGroup('dlt'),
        topics: [topic],
        maxAttempts: 3,
        handler: async (d) => {
          if ((d.payload as { poison: boolean }).poison) {
            attempts.push(d.attempt);
            throw new Error('boom: cannot handle this');
          }
          handledGood.resolve();
        },
      });
      await handledGood.promise;
      expect(attempts).toEqual([1, 2, 3]);
      await waitFor(async () => (await c.lag())[topic] === 0, 'group moved past the poison message');
      await c.stop();

      const dlt = await collect({ groupId: newGroup('dlt-reader'), topics: [deadLetterTopic(topic)] }, (s) => s.length >= 1, 'dead letter');
      expect(dlt).toHaveLength(1);
      const d = dlt[0]!;
      expect(d).toMatchObject({
        topic: deadLetterTopic(topic),
        key: 'k-poison',
        eventId: poison.eventId,
        type: poison.type,
        correlationId: poison.correlationId,
        payload: { poison: true },
      });
      expect(d.headers?.[HEADERS.error]).toContain('boom: cannot handle this');
      expect(d.headers?.[HEADERS.originalTopic]).toBe(topic);
      expect(d.headers?.[HEADERS.attempts]).toBe('3');
      expect(d.headers?.['tenant']).toBe('t-9');
    });

    it('redelivers a message handled but not committed (crash); an inbox-wrapped handler applies it once', async () => {
      const topic = newTopic('redelivery');
      const groupId = newGroup('redelivery');
      const m = message(topic);
      await bus.publish([m]);

      const inbox = new MemoryInbox();
      const effects: string[] = [];
      const deliveries: DeliveredMessage[] = [];
      const apply = idempotentHandler(inbox, 'conformance', async (d) => void effects.push(d.eventId));
      const deliver = async (d: DeliveredMessage) => {
        await apply(d);
        deliveries.push(d);
      };
      const crash = deferred();
      const reached = deferred();
      const first = await consume({
        groupId,
        topics: [topic],
        handler: async (d) => {
          await deliver(d);
          reached.resolve();
          await crash.promise; // the process "dies" after its side effects, before the commit
        },
      });
      await reached.promise;
      const stopping = first.stop();
      crash.reject(new Error('process crashed before commit'));
      await stopping;

      const second = await consume({ groupId, topics: [topic], handler: deliver });
      await waitFor(() => deliveries.length >= 2, 'redelivery');
      await waitFor(async () => (await second.lag())[topic] === 0, 'commit of the redelivered message');
      await second.stop();
      expect(deliveries.map((d) => d.eventId)).toEqual([m.eventId, m.eventId]);
      expect(effects).toEqual([m.eventId]);
    });

    it('stop() waits for the message in flight and commits it', async () => {
      const topic = newTopic('stop');
      const groupId = newGroup('stop');
      const m = message(topic);
      await bus.publish([m]);
      const started = deferred();
      let finished = false;
      const c = await consume({
        groupId,
        topics: [topic],
        handler: async () => {
          started.resolve();
          await new Promise((r) => setTimeout(r, 300));
          finished = true;
        },
      });
      await started.promise;
      await c.stop();
      expect(finished).toBe(true);

      await expectOnlyLaterMessages(groupId, topic, 'sentinel after stop');
    });

    it('lag() counts unhandled messages: > 0 before consumption, 0 after', async () => {
      const topic = newTopic('lag');
      const batch = Array.from({ length: 5 }, (_, i) => message(topic, { key: `k${i % 2}`, payload: { i } }));
      await bus.publish(batch);
      const gate = deferred();
      let handled = 0;
      const c = await consume({
        groupId: newGroup('lag'),
        topics: [topic],
        handler: async () => {
          await gate.promise;
          handled++;
        },
      });
      const before = await c.lag();
      expect(Object.keys(before)).toEqual([topic]);
      expect(before[topic]).toBe(5);
      gate.resolve();
      await waitFor(() => handled >= 5, 'all handled');
      await waitFor(async () => (await c.lag())[topic] === 0, 'lag back to 0');
      await c.stop();
    });
  });
}
