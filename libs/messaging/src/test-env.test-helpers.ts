/**
 * Test infrastructure helpers (not part of the build): service reachability with the
 * CI-fails / locally-skips rule of docs/CONVENTIONS-dev.md, polling, a capturing logger.
 */
import { connect } from 'node:net';
import { describe, test } from '@jest/globals';
import type { KafkaBusOptions } from './kafka-bus.js';
import type { MessagingLogger } from './logger.js';

export const KAFKA_BROKERS = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',').map((s) => s.trim());
export const DATABASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Service {
  name: string;
  available: boolean;
  reason?: string;
}

function tcpReachable(host: string, port: number, timeoutMs = 1_500): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (reason?: string) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => done(`timeout after ${timeoutMs} ms`));
    socket.once('connect', () => done());
    socket.once('error', (e) => done(e.message));
  });
}

export async function checkService(name: string, hostPort: string): Promise<Service> {
  const i = hostPort.lastIndexOf(':');
  const host = hostPort.slice(0, i).replace(/^\[|\]$/g, '') || '127.0.0.1';
  const port = Number(hostPort.slice(i + 1));
  const reason = await tcpReachable(host, port);
  return reason ? { name, available: false, reason: `${name} unreachable at ${hostPort}: ${reason}` } : { name, available: true };
}

export function kafkaService(): Promise<Service> {
  return checkService('Kafka', KAFKA_BROKERS[0]!);
}

export function postgresService(): Promise<Service> {
  const url = new URL(DATABASE_URL);
  return checkService('PostgreSQL', `${url.hostname || '127.0.0.1'}:${url.port || '5432'}`);
}

/**
 * `describe` when every service is reachable. Otherwise: with CI=true a failing test (the suite
 * FAILS); locally the block is skipped and the reason printed.
 */
export function describeWith(services: Service[], name: string, fn: () => void): void {
  const missing = services.filter((s) => !s.available);
  if (missing.length === 0) {
    describe(name, fn);
    return;
  }
  const reason = missing.map((s) => s.reason).join('; ');
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      test('required services are reachable', () => {
        throw new Error(reason);
      });
    });
    return;
  }
  console.warn(`[messaging specs] skipping "${name}": ${reason}`);
  describe.skip(name, fn);
}

export async function waitFor(predicate: () => boolean | Promise<boolean>, what = 'condition', timeoutMs = 20_000, intervalMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function randomSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  obj: object | string;
  msg?: string;
}

/** Captures log entries; prints them when MESSAGING_TEST_LOG=1. */
export function captureLogger(): MessagingLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const print = process.env['MESSAGING_TEST_LOG'] === '1';
  const log = (level: LogEntry['level']) => (obj: object | string, msg?: string) => {
    entries.push({ level, obj, msg });
    if (print) console.log(level, msg ?? '', obj);
  };
  return { entries, info: log('info'), warn: log('warn'), error: log('error') };
}

/** A promise with its resolve/reject exposed. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** Fast Kafka settings for tests: short polls, quick heartbeats, small retries. */
export function testKafkaBusOptions(logger: MessagingLogger, over: Partial<KafkaBusOptions> = {}): KafkaBusOptions {
  return {
    brokers: KAFKA_BROKERS,
    clientId: 'messaging-spec',
    logger,
    retry: { initialRetryTime: 50, retries: 5 },
    consumer: { sessionTimeout: 6_000, heartbeatInterval: 500, maxWaitTimeInMs: 100, retry: { initialRetryTime: 50, retries: 2 } },
    ...over,
  };
}
