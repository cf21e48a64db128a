import { randomUUID } from 'node:crypto';
import { createPgliteEventStore, type EventStore, type NewEvent, type RecordedEvent } from '@capaian/eventstore';
import { createInProcessBus, type InProcessBus } from './in-process-bus.js';
import { MemoryInbox, idempotentHandler } from './inbox.js';
import type { OutgoingMessage } from './port.js';
import { EventStoreRelay } from './relay.js';
import { until } from './bus-conformance.test-helpers.js';

/** Real PGlite store (in memory) and the in-process bus. */
const TOPIC = 'relay-test.events.v1';
const event = (n: number): NewEvent => ({ id: randomUUID(), type: 'thing-happened', schemaVersion: 1, data: { n }, metadata: { correlationId: `c${n}` } });
const toMessages = (e: RecordedEvent): OutgoingMessage[] =>
  e.type === 'thing-happened'
    ? [{ topic: TOPIC, key: e.streamId, eventId: e.id, type: 'test.thing-happened', schemaVersion: 1, correlationId: e.metadata.correlationId, payload: { ...(e.data as object), position: e.position } }]
    : [];

describe('EventStoreRelay (event store -> bus with a durable checkpoint)', () => {
  let store: EventStore;
  let bus: InProcessBus;
  beforeEach(async () => {
    store = await createPgliteEventStore({ dataDir: 'memory://' });
    bus = createInProcessBus();
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
  });

  it('publishes in store order with keys and correlation ids, then checkpoints', async () => {
    await store.append('thing-a', [event(1), event(2)], { expectedRevision: 'no_stream' });
    await store.append('thing-b', [event(3)], { expectedRevision: 'no_stream' });
    await store.append('other-x', [{ ...event(9), type: 'private' }], { expectedRevision: 'no_stream' });
    const relay = new EventStoreRelay({ store, bus, relayId: 'r1', toMessages });
    await relay.start();
    await store.append('thing-a', [event(4)], { expectedRevision: 1 });
    await until('4 messages', () => bus.messages(TOPIC).length === 4, 5000);
    await until('checkpoint', () => relay.position === 5, 5000);
    await relay.stop();
    const sent = bus.messages(TOPIC);
    expect(sent.map((m) => (m.payload as { n: number }).n)).toEqual([1, 2, 3, 4]);
    expect(sent.map((m) => m.key)).toEqual(['thing-a', 'thing-a', 'thing-b', 'thing-a']);
    expect(sent[0]!.correlationId).toBe('c1');
    expect(await store.checkpoints.load('r1')).toBe(5);
  });

  it('a restarted relay continues from its checkpoint without re-publishing', async () => {
    await store.append('thing-a', [event(1), event(2)], { expectedRevision: 'no_stream' });
    const first = new EventStoreRelay({ store, bus, relayId: 'r2', toMessages });
    await first.start();
    await until('2 messages', () => bus.messages(TOPIC).length === 2, 5000);
    await until('checkpoint', () => first.position === 2, 5000);
    await first.stop();
    await store.append('thing-a', [event(3)], { expectedRevision: 1 });
    const second = new EventStoreRelay({ store, bus, relayId: 'r2', toMessages });
    await second.start();
    await until('3 messages', () => bus.messages(TOPIC).length === 3, 5000);
    await new Promise((r) => setTimeout(r, 200));
    await second.stop();
    expect(bus.messages(TOPIC).map((m) => (m.payload as { n: number }).n)).toEqual([1, 2, 3]);
  });

  it('a crash between publish and checkpoint re-publishes, and the inbox downstream absorbs it', async () => {
    await store.append('thing-a', [event(1), event(2)], { expectedRevision: 'no_stream' });
    const relay = new EventStoreRelay({ store, bus, relayId: 'r3', toMessages });
    await relay.start();
    await until('2 messages', () => bus.messages(TOPIC).length === 2, 5000);
    await until('checkpoint', () => relay.position === 2, 5000);
    await relay.stop();
    // Simulate the crash: the checkpoint is behind what was published.
    await store.checkpoints.store('r3', 0, 2);
    const restarted = new EventStoreRelay({ store, bus, relayId: 'r3', toMessages });
    await restarted.start();
    await until('re-published', () => bus.messages(TOPIC).length === 4, 5000);
    await restarted.stop();

    const inbox = new MemoryInbox();
    const counted: number[] = [];
    const consumer = await bus.consume({ groupId: 'downstream', topics: [TOPIC], handler: idempotentHandler(inbox, 'downstream', async (m) => void counted.push((m.payload as { n: number }).n)) });
    await bus.whenIdle(5000);
    await consumer.stop();
    expect(counted).toEqual([1, 2]);
  });
});
