import net from 'node:net';
import { createKafkaBus, type KafkaBus } from './kafka-bus.js';
import { describeBusConformance } from './bus-conformance.test-helpers.js';

/** Against the real Kafka broker (infra/kafka/kafka.sh start), never a mock. */
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const [host, port] = brokers[0]!.split(':');
let bus: KafkaBus | undefined;
let available = false;

function reachable(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port: Number(port), timeout: 2000 }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.on('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

beforeAll(async () => {
  available = await reachable();
  if (!available) {
    if (process.env.CI === 'true') throw new Error(`Kafka is not reachable at ${brokers.join(',')} (CI=true: this must fail, not skip)`);
    console.warn(`SKIPPING Kafka bus tests: no broker at ${brokers.join(',')}. Start one with: bash infra/kafka/kafka.sh start`);
    return;
  }
  bus = createKafkaBus({ brokers, clientId: 'capaian-messaging-spec', consumer: { sessionTimeout: 10_000, heartbeatInterval: 1000, maxWaitTimeInMs: 100 } });
}, 30_000);
afterAll(async () => {
  await bus?.close();
}, 30_000);

describeBusConformance('Kafka bus (real broker)', () => bus!, { available: () => available, quietMs: 1500 });

describe('Kafka bus: readiness', () => {
  it('ping fails fast against a port where no broker listens', async () => {
    const dead = createKafkaBus({ brokers: ['127.0.0.1:1'], clientId: 'capaian-dead', pingTimeoutMs: 1500, retry: { retries: 0 } });
    const started = Date.now();
    await expect(dead.ping()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
    await dead.close();
  });
});
