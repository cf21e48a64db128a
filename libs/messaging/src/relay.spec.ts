import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createPgliteEventStore, createPostgresEventStore, type EventStore, type NewEvent, type RecordedEvent, type SqlEventStore } from '@capaian/eventstore';
import { createInProcessBus } from './in-process-bus.js';
import { SqlInbox, idempotentHandler } from './inbox.js';
import { createKafkaBus } from './kafka-bus.js';
import { HEADERS, type DeliveredMessage, type MessageBus, type OutgoingMessage } from './port.js';
import { EventStoreRelay, type EventStoreRelayOptions } from './relay.js';
import { DATABASE_URL, KAFKA_BROKERS, captureLogger, describeWith, kafkaService, postgresService, randomSuffix, testKafkaBusOptions, waitFor } from './test-env.test-helpers.js';

const [kafka, postgres] = await Promise.all([kafkaService(), postgresService()]);

function newEvent(type: string, data: unknown, correlationId = `corr-${randomUUID()}`): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 2, data, metadata: { correlationId, causationId: `cause-${type}` } };
}

/** The mapping used by the tests: one message per event, internal events skipped. */
function mapper(topic: string) {
  return (e: RecordedEvent): OutgoingMessage[] =>
    e.type === 'test.internal'
      ? []
      : [
          {
            topic,
            key: e.streamId,
            eventId: e.id,
            type: e.type,
            schemaVersion: e.schemaVersion,
            correlationId: e.metadata.correlationId,
            causationId: e.metadata.causationId ?? null,
            payload: { data: e.data, sourcePosition: e.position },
            headers: { 'source-position': String(e.position) },
          },
        ];
}

async function appendAll(store: EventStore, events: [string, NewEvent][]): Promise<number> {
  let last = 0;
  for (const [stream, e] of events) last = (await store.append(stream, [e], { expectedRevision: 'any' })).position;
  return last;
}

/** A store whose checkpoint writes always fail: the process "dies" between publish and checkpoint. */
function withFailingCheckpoints(store: EventStore): EventStore {
  return {
    kind: store.kind,
    append: (s, e, o) => store.append(s, e, o),
    readStream: (s, o) => store.readStream(s, o),
    readAll: (o) => store.readAll(o),
    subscribe: (o) => store.subscribe(o),
    headPosition: () => store.headPosition(),
    ping: () => store.ping(),
    close: () => store.close(),
    checkpoints: {
      load: (id) => store.checkpoints.load(id),
      store: async () => {
        throw new Error('crash before the checkpoint');
      },
    },
  };
}

/** A bus whose first `failures` publishes fail; records the size of each publish. */
function flakyBus(inner: MessageBus, failures: number): MessageBus & { sizes: number[]; calls: number } {
  const state = { sizes: [] as number[], calls: 0 };
  return Object.assign(state, {
    kind: inner.kind,
    publish: async (messages: OutgoingMessage[]) => {
      state.calls++;
      if (state.calls <= failures) throw new Error(`broker unavailable (${state.calls})`);
      state.sizes.push(messages.length);
      await inner.publish(messages);
    },
    consume: inner.consume.bind(inner),
    ping: inner.ping.bind(inner),
    close: inner.close.bind(inner),
  });
}

describe('EventStoreRelay: PGlite store + in-process bus', () => {
  let store: SqlEventStore;
  const topic = 'relay.test.v1';
  const relays: EventStoreRelay[] = [];
  const relay = (bus: MessageBus, over: Partial<EventStoreRelayOptions> = {}) => {
    // The in-process bus stands in for a durable one here (resume after the checkpoint); the test
    // of its own default (replay from the beginning) passes resumeFrom: undefined.
    const r = new EventStoreRelay({ store, bus, relayId: 'kpi-relay', category: 'kpi', toMessages: mapper(topic), retryBackoffMs: 5, logger: captureLogger(), resumeFrom: 'checkpoint', ...over });
    relays.push(r);
    return r;
  };

  beforeAll(async () => {
    store = await createPgliteEventStore({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await Promise.all(relays.map((r) => r.stop()));
    await store.close();
  });

  it('publishes events in store order with keys and headers, skips unmapped ones, checkpoints after publishing', async () => {
    const bus = createInProcessBus();
    const events: [string, NewEvent][] = [
      ['kpi-a', newEvent('planning.kpi-defined', { n: 1 })],
      ['kpi-b', newEvent('planning.kpi-defined', { n: 2 })],
      ['other-x', newEvent('planning.other', { n: 3 })],
      ['kpi-a', newEvent('planning.kpi-renamed', { n: 4 })],
      ['kpi-a', newEvent('test.internal', { n: 5 })],
    ];
    const last = await appendAll(store, events);
    const r = relay(bus);
    expect(await r.lag()).toBe(4); // the kpi events after checkpoint 0
    await r.start();
    await waitFor(() => r.position === last, 'checkpoint at the last kpi event');

    const published = bus.messages(topic);
    const expected = events.filter(([s, e]) => s.startsWith('kpi-') && e.type !== 'test.internal');
    expect(published.map((m) => m.eventId)).toEqual(expected.map(([, e]) => e.id));
    expect(published.map((m) => m.key)).toEqual(['kpi-a', 'kpi-b', 'kpi-a']);
    expect(published[0]).toMatchObject({
      type: 'planning.kpi-defined',
      schemaVersion: 2,
      correlationId: events[0]![1].metadata.correlationId,
      causationId: 'cause-planning.kpi-defined',
      payload: { data: { n: 1 } },
    });
    expect(Number(published[2]!.headers!['source-position'])).toBeGreaterThan(Number(published[1]!.headers!['source-position']));
    expect(await store.checkpoints.load('kpi-relay')).toBe(last);
    expect(await r.lag()).toBe(0);

    // Live events are relayed too.
    const liveLast = await appendAll(store, [['kpi-c', newEvent('planning.kpi-defined', { n: 6 })]]);
    await waitFor(() => r.position === liveLast, 'live event relayed');
    expect(bus.messages(topic)).toHaveLength(4);
    await r.stop();
    await bus.close();
  });

  it('a restarted relay continues from its checkpoint without re-publishing everything', async () => {
    const bus = createInProcessBus();
    const before = await store.checkpoints.load('kpi-relay');
    expect(before).toBeGreaterThan(0);
    const fresh: [string, NewEvent][] = [
      ['kpi-a', newEvent('planning.kpi-updated', { n: 7 })],
      ['kpi-d', newEvent('planning.kpi-defined', { n: 8 })],
    ];
    const last = await appendAll(store, fresh);
    const r = relay(bus);
    await r.start();
    await waitFor(() => r.position === last, 'caught up after restart');
    expect(bus.messages(topic).map((m) => m.eventId)).toEqual(fresh.map(([, e]) => e.id));
    expect(r.publishedMessages).toBe(2);
    await r.stop();
    await bus.close();
  });

  it('with the in-process bus a restarted relay publishes from the beginning: what the dead process had not delivered is not lost', async () => {
    // The first process: its relay publishes and checkpoints, then the process dies before any
    // consumer handled the messages (the in-process bus dies with it).
    const lost: [string, NewEvent][] = [
      ['memo-l', newEvent('planning.kpi-defined', { n: 'lost-1' })],
      ['memo-l', newEvent('planning.kpi-renamed', { n: 'lost-2' })],
    ];
    const last = await appendAll(store, lost);
    const dead = createInProcessBus();
    const first = relay(dead, { relayId: 'memory-relay', category: 'memo', resumeFrom: undefined });
    await first.start();
    await waitFor(() => first.position === last, 'checkpoint of the first process');
    await first.stop();
    await dead.close();

    // The restarted process: a new, empty bus, and a consumer that deduplicates by event id.
    const bus = createInProcessBus();
    const inbox = new SqlInbox(store.sql, { schema: 'relay_memory_inbox' });
    await inbox.init();
    const applied: string[] = [];
    await bus.consume({ groupId: 'after-restart', topics: [topic], handler: idempotentHandler(inbox, 'after-restart', async (m) => void applied.push(m.eventId)) });
    const again = relay(bus, { relayId: 'memory-relay', category: 'memo', resumeFrom: undefined });
    await again.start();
    await waitFor(() => again.publishedMessages >= lost.length, 'published again after the restart');
    await bus.whenIdle();
    expect(again.position).toBe(last);
    expect(applied).toEqual(lost.map(([, e]) => e.id));
    expect(new Set(applied).size).toBe(applied.length);
    // A second restart replays again; the inbox absorbs every repeat.
    await again.stop();
    const third = relay(bus, { relayId: 'memory-relay', category: 'memo', resumeFrom: undefined });
    await third.start();
    await waitFor(() => third.publishedMessages >= lost.length, 'replayed once more');
    await bus.whenIdle();
    expect(applied).toEqual(lost.map(([, e]) => e.id));
    await third.stop();
    await bus.close();
  });

  it('a crash between publish and checkpoint re-publishes; the downstream inbox absorbs the repeat', async () => {
    const bus = createInProcessBus();
    const inbox = new SqlInbox(store.sql, { schema: 'relay_inbox' });
    await inbox.init();
    const deliveries: string[] = [];
    const applied: string[] = [];
    await bus.consume({
      groupId: 'downstream',
      topics: [topic],
      handler: idempotentHandler(inbox, 'downstream', async (m) => void applied.push(m.eventId)),
    });
    await bus.consume({ groupId: 'observer', topics: [topic], handler: async (m) => void deliveries.push(m.eventId) });

    const fresh: [string, NewEvent][] = [
      ['kpi-e', newEvent('planning.kpi-defined', { n: 9 })],
      ['kpi-e', newEvent('planning.kpi-renamed', { n: 10 })],
    ];
    const last = await appendAll(store, fresh);
    const checkpointBefore = await store.checkpoints.load('kpi-relay');

    const crashing = relay(bus, { store: withFailingCheckpoints(store) });
    await crashing.start();
    await waitFor(() => crashing.publishedUpTo === last, 'published by the crashing relay');
    await crashing.stop();
    expect(await store.checkpoints.load('kpi-relay')).toBe(checkpointBefore);

    const healthy = relay(bus);
    await healthy.start();
    await waitFor(() => healthy.position === last, 'checkpoint after the restart');
    await bus.whenIdle();
    const ids = fresh.map(([, e]) => e.id);
    expect(deliveries).toEqual([...ids, ...ids]); // published twice
    expect(applied).toEqual(ids); // applied once
    await healthy.stop();
    await bus.close();
  });

  it('retries a failing publish with backoff and skips nothing; batches are bounded by batchSize', async () => {
    const inner = createInProcessBus();
    const bus = flakyBus(inner, 3);
    const many: [string, NewEvent][] = Array.from({ length: 25 }, (_, i) => [`kpi-m${i % 3}`, newEvent('planning.kpi-defined', { i })]);
    const last = await appendAll(store, many);
    const r = relay(bus, { relayId: 'batching-relay', batchSize: 10 });
    await r.start();
    await waitFor(() => r.position === last, 'all relayed despite failures');
    expect(bus.calls).toBeGreaterThan(3);
    expect(Math.max(...bus.sizes)).toBeLessThanOrEqual(10);
    const relayed = inner.messages(topic).map((m) => m.eventId);
    const all = [];
    for await (const e of store.readAll({ category: 'kpi' })) if (e.type !== 'test.internal') all.push(e.id);
    expect(relayed).toEqual(all); // everything, once, in order
    await r.stop();
    await inner.close();
  });

  it('stop() returns promptly while the bus is down, and the next start relays what was missed', async () => {
    const down = flakyBus(createInProcessBus(), Number.MAX_SAFE_INTEGER);
    const r = relay(down, { relayId: 'down-relay', retryBackoffMs: 50 });
    await r.start();
    await waitFor(() => down.calls >= 2, 'publish attempts');
    const t0 = Date.now();
    await r.stop();
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(r.position).toBe(0);

    const bus = createInProcessBus();
    const again = relay(bus, { relayId: 'down-relay' });
    await again.start();
    const head = await store.headPosition();
    await waitFor(async () => (await again.lag()) === 0 && again.position > 0, 'relayed after the outage');
    expect(again.position).toBeLessThanOrEqual(head);
    await again.stop();
    await bus.close();
  });

  it('re-synchronises when someone else moves the checkpoint (compare-and-set), e.g. an operator replay', async () => {
    const bus = createInProcessBus();
    const r = relay(bus, { relayId: 'cas-relay' });
    await r.start();
    const head = await store.headPosition();
    await waitFor(async () => (await r.lag()) === 0 && r.position > 0, 'caught up');
    const firstRun = bus.messages(topic).length;
    await store.checkpoints.store('cas-relay', 0); // operator: replay everything
    const last = await appendAll(store, [['kpi-r', newEvent('planning.kpi-defined', { n: 'replay' })]]);
    await waitFor(() => r.position === last, 'replayed up to the new event');
    expect(last).toBeGreaterThan(head);
    // The new event is published, its checkpoint write conflicts, then everything is replayed from 0.
    expect(bus.messages(topic).length).toBe(firstRun + 1 + firstRun + 1);
    expect(await store.checkpoints.load('cas-relay')).toBe(last);
    await r.stop();
    await bus.close();
  });

  it('a mapping error stops progress (no skip) and retries; without a category, lag is head minus checkpoint', async () => {
    const bus = createInProcessBus();
    const head = await store.headPosition();
    let failing = true;
    const log = captureLogger();
    const r = relay(bus, {
      relayId: 'all-relay',
      category: undefined,
      logger: log,
      toMessages: (e) => {
        if (failing && e.position === head) throw new Error('cannot map');
        return mapper('relay.all.v1')(e);
      },
    });
    await r.start();
    await waitFor(() => log.entries.filter((e) => e.msg === 'relay failed; resubscribing').length >= 2, 'repeated failures');
    expect(r.position).toBeLessThan(head);
    expect(await r.lag()).toBe(head - r.position);
    failing = false;
    await waitFor(() => r.position === head, 'progress after the fix');
    expect(await r.lag()).toBe(0);
    expect(new Set(bus.messages('relay.all.v1').map((m) => m.eventId)).size).toBe(bus.messages('relay.all.v1').length);
    await r.stop();
    await bus.close();
  });
});

describeWith([postgres, kafka], 'EventStoreRelay: PostgreSQL store + Kafka bus', () => {
  const suffix = randomSuffix();
  const schema = `relay_es_${suffix}`;
  const topic = `relay.it.${suffix}`;
  const groupId = `relay-it-${suffix}`;
  let store: SqlEventStore;
  let bus: MessageBus;

  beforeAll(async () => {
    store = await createPostgresEventStore({ connectionString: DATABASE_URL, schema, pollIntervalMs: 50 });
    bus = createKafkaBus(testKafkaBusOptions(captureLogger()));
  });
  afterAll(async () => {
    await bus?.close();
    await store?.sql.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await store?.close();
    const kafkajs = (await import('kafkajs')).default;
    const admin = new kafkajs.Kafka({ brokers: KAFKA_BROKERS, clientId: 'relay-cleanup', logLevel: kafkajs.logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  });

  it('relays in order per aggregate with headers, resumes from the checkpoint, and a re-publish is absorbed by the inbox', async () => {
    const inbox = new SqlInbox(store.sql, { schema });
    await inbox.init();
    const deliveries: DeliveredMessage[] = [];
    const applied: string[] = [];
    const apply = idempotentHandler(inbox, 'it-consumer', async (d, tx) => {
      await tx.query('SELECT 1'); // the consumer's own writes would go through tx
      applied.push(d.eventId);
    });
    const consumer = await bus.consume({
      groupId,
      topics: [topic],
      retryBackoffMs: 10,
      handler: async (m) => {
        deliveries.push(m);
        await apply(m);
      },
    });
    const mk = (over: Partial<EventStoreRelayOptions> = {}) => new EventStoreRelay({ store, bus, relayId: 'it-relay', toMessages: mapper(topic), retryBackoffMs: 10, batchSize: 8, ...over });

    // 1. Events of 3 aggregates, interleaved.
    const first: [string, NewEvent][] = Array.from({ length: 15 }, (_, i) => [`kpi-${i % 3}`, newEvent('planning.kpi-updated', { seq: Math.floor(i / 3) })]);
    let last = await appendAll(store, first);
    const r1 = mk();
    await r1.start();
    await waitFor(() => r1.position === last, 'first relay checkpoint');
    await waitFor(() => applied.length === 15, '15 messages consumed');
    for (const key of ['kpi-0', 'kpi-1', 'kpi-2']) {
      const mine = deliveries.filter((d) => d.key === key);
      expect(mine.map((d) => (d.payload as { data: { seq: number } }).data.seq)).toEqual([0, 1, 2, 3, 4]);
    }
    const d0 = deliveries.find((d) => d.eventId === first[0]![1].id)!;
    expect(d0).toMatchObject({ key: 'kpi-0', type: 'planning.kpi-updated', schemaVersion: 2, correlationId: first[0]![1].metadata.correlationId, causationId: 'cause-planning.kpi-updated' });
    expect(d0.headers?.['source-position']).toBeDefined();
    expect(d0.headers?.[HEADERS.eventId]).toBeUndefined(); // standard headers are fields, not extras

    // 2. Restart: only the new events are published.
    await r1.stop();
    const second: [string, NewEvent][] = [
      ['kpi-0', newEvent('planning.kpi-updated', { seq: 5 })],
      ['kpi-1', newEvent('planning.kpi-updated', { seq: 5 })],
    ];
    last = await appendAll(store, second);
    const r2 = mk();
    await r2.start();
    await waitFor(() => r2.position === last, 'second relay checkpoint');
    await waitFor(() => applied.length === 17, '17 messages consumed');
    expect(r2.publishedMessages).toBe(2);
    expect(deliveries).toHaveLength(17);
    await r2.stop();

    // 3. Crash between publish and checkpoint: re-published, applied once.
    const third: [string, NewEvent][] = [['kpi-2', newEvent('planning.kpi-updated', { seq: 5 })]];
    last = await appendAll(store, third);
    const crashing = mk({ store: withFailingCheckpoints(store) });
    await crashing.start();
    await waitFor(() => crashing.publishedUpTo === last, 'published before the crash');
    await crashing.stop();
    const r3 = mk();
    await r3.start();
    await waitFor(() => r3.position === last, 'third relay checkpoint');
    await waitFor(() => deliveries.length === 19, 'the re-published message delivered');
    expect(deliveries.filter((d) => d.eventId === third[0]![1].id)).toHaveLength(2);
    expect(applied).toHaveLength(18);
    expect(new Set(applied).size).toBe(18);
    expect(await r3.lag()).toBe(0);
    await r3.stop();
    await consumer.stop();
  });
});
