import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import kafkajs from 'kafkajs';
import { describeBusConformance, message } from './bus-conformance.test-helpers.js';
import { createKafkaBus, type KafkaBus } from './kafka-bus.js';
import type { DeliveredMessage } from './port.js';
import {
  KAFKA_BROKERS,
  captureLogger,
  delay,
  describeWith,
  kafkaService,
  randomSuffix,
  testKafkaBusOptions,
  waitFor,
} from './test-env.test-helpers.js';

const kafka = await kafkaService();

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
