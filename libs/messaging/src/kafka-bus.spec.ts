import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
import kafkajs from 'kafkajs';
import { describeBusConformance, message } from './bus-conformance.test-helpers.js';
import { createKafkaBus, type KafkaBus } from './kafka-bus.js';
import type { DeliveredMessage } from './port.js';
import { KAFKA_BROKERS, captureLogger, delay, describeWith, kafkaService, randomSuffix, testKafkaBusOptions, waitFor } from './test-env.test-helpers.js';

const kafka = await kafkaService();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Listens on `port` and pipes every connection to `target` (host:port). */
function tcpProxy(port: number, target: string): Promise<Server> {
  const i = target.lastIndexOf(':');
  const server = createServer((client) => {
    const upstream = connect({ host: target.slice(0, i), port: Number(target.slice(i + 1)) });
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.once('error', end).once('close', end);
    upstream.once('error', end).once('close', end);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function deleteTopicsAndGroups(used: { topics: string[]; groups: string[] }): Promise<void> {
  const admin = new kafkajs.Kafka({ brokers: KAFKA_BROKERS, clientId: 'messaging-spec-cleanup', logLevel: kafkajs.logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const topics = used.topics.filter((t) => existing.has(t));
    if (topics.length) await admin.deleteTopics({ topics }).catch(() => undefined);
    if (used.groups.length) await admin.deleteGroups(used.groups).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}

describeWith([kafka], 'Kafka bus (real broker)', () => {
  describeBusConformance('kafka', {
    create: async () => createKafkaBus(testKafkaBusOptions(captureLogger())),
    cleanup: deleteTopicsAndGroups,
  });

  describe('Kafka specifics', () => {
    const log = captureLogger();
    let bus: KafkaBus;
    const suffix = randomSuffix();
    const used = { topics: [] as string[], groups: [] as string[] };

    beforeAll(() => {
      bus = createKafkaBus(testKafkaBusOptions(log));
    });
    afterAll(async () => {
      await bus.close();
      await deleteTopicsAndGroups(used);
    });

    it('creates topics on demand (3 partitions), once', async () => {
      const topic = `spec.partitions.${suffix}`;
      used.topics.push(topic);
      await bus.ensureTopics([topic]);
      await bus.ensureTopics([topic]); // cached
      const admin = new kafkajs.Kafka({ brokers: KAFKA_BROKERS, clientId: 'spec-check', logLevel: kafkajs.logLevel.NOTHING }).admin();
      await admin.connect();
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      await admin.disconnect();
      expect(meta.topics[0]!.partitions).toHaveLength(3);
    });

    it('ping() fails fast against a closed port', async () => {
      const dead = createKafkaBus({ brokers: ['127.0.0.1:1'], clientId: 'spec-dead', logger: captureLogger(), pingTimeoutMs: 1_000 });
      const t0 = Date.now();
      await expect(dead.ping()).rejects.toThrow();
      expect(Date.now() - t0).toBeLessThan(1_500);
      await dead.close();
    });

    it('never loses a message: when the dead-letter publish fails it stays uncommitted and is redelivered', async () => {
      // Kafka topic names are limited to 249 characters: `<this topic>.dlt` (250) cannot be created.
      const topic = `spec.nodlt.${suffix}.`.padEnd(246, 'x');
      const groupId = `spec-nodlt-${suffix}`;
      used.topics.push(topic);
      used.groups.push(groupId);
      const m = message(topic);
      await bus.publish([m]);
      let calls = 0;
      const failing = await bus.consume({
        groupId,
        topics: [topic],
        maxAttempts: 2,
        retryBackoffMs: 10,
        handler: async () => {
          calls++;
          throw new Error('always failing');
        },
      });
      const dltFailures = () => log.entries.filter((e) => e.msg?.startsWith('dead-letter publish failed')).length;
      await waitFor(() => dltFailures() >= 2, 'the dead-letter publish to fail twice (redelivery)');
      expect(calls).toBe(2); // a redelivered exhausted message goes straight to the DLT again
      expect((await failing.lag())[topic]).toBe(1);
      await failing.stop();

      // Still there for the group once the handler works again.
      const seen: DeliveredMessage[] = [];
      const healthy = await bus.consume({ groupId, topics: [topic], handler: async (d) => void seen.push(d) });
      await waitFor(() => seen.length >= 1, 'the message after the failed dead-letter');
      await waitFor(async () => (await healthy.lag())[topic] === 0, 'commit');
      await healthy.stop();
      expect(seen.map((d) => d.eventId)).toEqual([m.eventId]);
    });

    it('a consumer started before its topics exist, alongside other services, becomes ready and receives what is published after', async () => {
      // Three services starting at the same moment on a broker that has never seen their topics.
      const prefix = `spec.fresh.${randomSuffix()}.`;
      const topics = ['planning', 'measurement', 'evaluation'].map((t) => `${prefix}${t}`);
      used.topics.push(...topics);
      const services = ['planning', 'measurement', 'evaluation'].map((name) => ({ name, log: captureLogger(), seen: [] as DeliveredMessage[] }));
      const buses = services.map((s) => createKafkaBus(testKafkaBusOptions(s.log, { clientId: `spec-${s.name}` })));
      try {
        const consumers = await Promise.all(
          services.map((s, i) => {
            const groupId = `${prefix}${s.name}`;
            used.groups.push(groupId);
            return buses[i]!.consume({ groupId, topics, handler: async (d) => void s.seen.push(d) });
          }),
        );
        await Promise.all(consumers.map((c) => c.whenRunning()));
        for (const bus of buses) await expect(bus.ping()).resolves.toBeUndefined();
        const sent = topics.map((t) => message(t));
        await buses[0]!.publish(sent);
        await waitFor(() => services.every((s) => s.seen.length >= 3), 'every service to receive the three messages');
        for (const s of services) expect(s.seen.map((d) => d.eventId).sort()).toEqual(sent.map((m) => m.eventId).sort());
        const admin = new kafkajs.Kafka({ brokers: KAFKA_BROKERS, clientId: 'spec-check', logLevel: kafkajs.logLevel.NOTHING }).admin();
        await admin.connect();
        const meta = await admin.fetchTopicMetadata({ topics });
        await admin.disconnect();
        expect(meta.topics.map((t) => t.partitions.length)).toEqual([3, 3, 3]);
      } finally {
        await Promise.all(buses.map((b) => b.close()));
      }
    });

    it('subscribes to a topic another service is creating at the same moment', async () => {
      const topic = `spec.justcreated.${randomSuffix()}`;
      const groupId = `spec-justcreated-${suffix}`;
      used.topics.push(topic);
      used.groups.push(groupId);
      const other = new kafkajs.Kafka({ brokers: KAFKA_BROKERS, clientId: 'spec-other-service', logLevel: kafkajs.logLevel.NOTHING }).admin();
      await other.connect();
      const seen: DeliveredMessage[] = [];
      try {
        // The other service's createTopics is in flight or just answered; ours finds the topic existing.
        const creating = other.createTopics({ waitForLeaders: false, topics: [{ topic, numPartitions: 3 }] });
        const consumer = await bus.consume({ groupId, topics: [topic], handler: async (d) => void seen.push(d) });
        await creating;
        await consumer.whenRunning();
        const m = message(topic);
        await bus.publish([m]);
        await waitFor(() => seen.length >= 1, 'the message on the topic created by the other service');
        expect(seen.map((d) => d.eventId)).toEqual([m.eventId]);
        await consumer.stop();
      } finally {
        await other.disconnect();
      }
    });

    it('consume() against an unreachable broker resolves, keeps retrying with progress lines, is not ready, and stops cleanly', async () => {
      const captured = captureLogger();
      const dead = createKafkaBus({ brokers: ['127.0.0.1:1'], clientId: 'spec-down', logger: captured, pingTimeoutMs: 500, startRetryBackoffMs: 50 });
      const consumer = await dead.consume({ groupId: `spec-down-${suffix}`, topics: [`spec.down.${suffix}`], handler: async () => undefined });
      expect(consumer.running).toBe(false);
      const waits = () => captured.entries.filter((e) => e.msg === 'kafka consumer waiting for the broker and its topics').length;
      await waitFor(() => waits() >= 3, 'three logged start attempts', 10_000);
      await expect(dead.ping()).rejects.toThrow();
      await consumer.stop();
      const after = waits();
      await delay(300);
      expect(waits()).toBe(after);
      await dead.close();
    });

    it('a consumer whose broker comes up after it started connects then, and the bus becomes ready', async () => {
      // A port with nothing behind it at first; later a TCP proxy to the real broker opens on it.
      const port = await freePort();
      const captured = captureLogger();
      const late = createKafkaBus(testKafkaBusOptions(captured, { brokers: [`127.0.0.1:${port}`], clientId: 'spec-late', pingTimeoutMs: 500, startRetryBackoffMs: 100 }));
      const topic = `spec.late.${suffix}`;
      const groupId = `spec-late-${suffix}`;
      used.topics.push(topic);
      used.groups.push(groupId);
      const seen: DeliveredMessage[] = [];
      let proxy: Server | undefined;
      try {
        const consumer = await late.consume({ groupId, topics: [topic], handler: async (d) => void seen.push(d) });
        expect(consumer.running).toBe(false);
        await expect(late.ping()).rejects.toThrow();
        proxy = await tcpProxy(port, KAFKA_BROKERS[0]!);
        await consumer.whenRunning();
        await expect(late.ping()).resolves.toBeUndefined();
        const m = message(topic);
        await bus.publish([m]);
        await waitFor(() => seen.length >= 1, 'the message published after the broker came up');
        expect(seen.map((d) => d.eventId)).toEqual([m.eventId]);
        expect(captured.entries.some((e) => e.msg === 'kafka consumer connected after waiting for the broker')).toBe(true);
      } finally {
        await late.close();
        proxy?.close();
      }
    });

    it('routes kafkajs logs through the logger', async () => {
      const captured = captureLogger();
      const dead = createKafkaBus({ brokers: ['127.0.0.1:1'], clientId: 'spec-log', logger: captured, pingTimeoutMs: 500 });
      await dead.ping().catch(() => undefined);
      await delay(10);
      await dead.close();
      expect(captured.entries.some((e) => e.level === 'error' && typeof e.obj === 'object' && (e.obj as { component?: string }).component === 'kafkajs')).toBe(true);
    });
  });
});
