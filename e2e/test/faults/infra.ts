import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT, reachable } from '../support.js';

/**
 * Infrastructure of the fault suite: the real PostgreSQL (one schema per service and run), and a
 * Kafka broker of the suite's OWN (infra/kafka/kafka.sh on a free port and a temporary data dir),
 * so stopping it never disturbs anyone else using the shared broker on 9092.
 */
export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why the suite cannot run here ('' when it can). With CI=true the caller must fail on a non-empty answer. */
export async function missingInfrastructure(needs: { postgres?: boolean; java?: boolean }): Promise<string> {
  const why: string[] = [];
  if (needs.postgres) {
    const u = new URL(DATABASE_URL);
    if (!(await reachable(u.hostname, Number(u.port || 5432)))) why.push(`PostgreSQL unreachable at ${DATABASE_URL}`);
  }
  if (needs.java) {
    const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
    const r = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 20_000 });
    if (r.status !== 0) why.push(`Java not runnable (${java}): needed for the suite's own Kafka broker`);
  }
  return why.join('; ');
}

/** A client port P with P and P+1 (the controller) both free. */
export async function freeKafkaPort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = 20_000 + Math.floor(Math.random() * 9_000);
    if (!(await reachable('127.0.0.1', p)) && !(await reachable('127.0.0.1', p + 1))) return p;
  }
  throw new Error('no free port pair for the fault suite broker');
}

function kafkaScript(command: 'start' | 'stop' | 'status', env: Record<string, string>, timeoutMs: number): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile('bash', [path.join(ROOT, 'infra/kafka/kafka.sh'), command], { env: { ...process.env, ...env }, timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** The suite's own single-node broker. `stop()` keeps the data dir, so a restart keeps topics and offsets. */
export class OwnBroker {
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-faults-kafka-'));
  private constructor(readonly port: number) {}

  static async create(): Promise<OwnBroker> {
    return new OwnBroker(await freeKafkaPort());
  }

  get brokers(): string {
    return `127.0.0.1:${this.port}`;
  }

  private get env(): Record<string, string> {
    return { KAFKA_PORT: String(this.port), KAFKA_DATA_DIR: this.dataDir, KAFKA_HEAP_OPTS: '-Xms128m -Xmx512m', KAFKA_START_TIMEOUT: '120' };
  }

  async start(): Promise<void> {
    const r = await kafkaScript('start', this.env, 180_000);
    if (r.code !== 0) throw new Error(`could not start the fault suite's broker on ${this.brokers}:\n${r.output}`);
  }

  async stop(): Promise<void> {
    const r = await kafkaScript('stop', this.env, 60_000);
    if (r.code !== 0) throw new Error(`could not stop the fault suite's broker on ${this.brokers}:\n${r.output}`);
  }

  /** Stops the broker and deletes its data. */
  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** A short-lived PostgreSQL client for assertions on a service's own store. */
export async function withPg<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropSchemas(schemas: string[]): Promise<void> {
  await withPg(async (c) => {
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  });
}
