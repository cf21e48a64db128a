/**
 * Delivery logic shared by the Kafka and in-process adapters, so both have exactly the same
 * retry semantics: up to `maxAttempts` calls of the handler with an exponential backoff between
 * them; a stop request interrupts the backoff and leaves the message uncommitted.
 */
import type { DeliveredMessage, MessageHandler } from './port.js';
import { HEADERS } from './port.js';
import { errorFields, type MessagingLogger } from './logger.js';

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_RETRY_BACKOFF_MS = 200;
export const MAX_RETRY_BACKOFF_MS = 5_000;

/** Extra dead-letter headers (besides `HEADERS.error/originalTopic/attempts`) set by both adapters. */
export const DLT_HEADERS = {
  originalPartition: 'dlt-original-partition',
  originalOffset: 'dlt-original-offset',
  failedAt: 'dlt-failed-at',
} as const;

/** Header names that map to DeliveredMessage fields rather than to `headers`. */
export const STANDARD_HEADERS: ReadonlySet<string> = new Set([HEADERS.eventId, HEADERS.type, HEADERS.schemaVersion, HEADERS.correlationId, HEADERS.causationId]);

/** Backoff before attempt `attempt + 1`: base * 2^(attempt-1), capped at 5 s. */
export function backoffDelay(baseMs: number, attempt: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_RETRY_BACKOFF_MS);
}

/** Resolves after `ms`, or early (without error) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export type DeliveryOutcome = { outcome: 'handled' } | { outcome: 'failed'; error: unknown; attempts: number } | { outcome: 'stopped'; attempts: number };

export interface DeliveryOptions {
  handler: MessageHandler;
  /** The message without `attempt` (set per call). */
  message: Omit<DeliveredMessage, 'attempt'>;
  /** Number of the first attempt (> 1 when the same consumer already tried it before a redelivery). */
  firstAttempt: number;
  maxAttempts: number;
  retryBackoffMs: number;
  /** Aborted when the consumer stops: no further attempt is made. */
  signal: AbortSignal;
  logger: MessagingLogger;
  groupId: string;
  /** Called between attempts (Kafka: heartbeat). */
  between?: () => Promise<void>;
}

export async function deliverWithRetries(o: DeliveryOptions): Promise<DeliveryOutcome> {
  let attempt = o.firstAttempt;
  for (;;) {
    try {
      await o.handler({ ...o.message, attempt });
      return { outcome: 'handled' };
    } catch (error) {
      const ctx = {
        groupId: o.groupId,
        topic: o.message.topic,
        partition: o.message.partition,
        offset: o.message.offset,
        eventId: o.message.eventId,
        attempt,
        maxAttempts: o.maxAttempts,
        ...errorFields(error),
      };
      if (attempt >= o.maxAttempts) {
        o.logger.error(ctx, 'message handler failed, giving up (dead-letter)');
        return { outcome: 'failed', error, attempts: attempt };
      }
      if (o.signal.aborted) {
        o.logger.warn(ctx, 'message handler failed while stopping; left uncommitted (will be redelivered)');
        return { outcome: 'stopped', attempts: attempt };
      }
      o.logger.warn(ctx, 'message handler failed, retrying');
      await sleep(backoffDelay(o.retryBackoffMs, attempt), o.signal);
      if (o.signal.aborted) return { outcome: 'stopped', attempts: attempt };
      if (o.between) await o.between();
      attempt += 1;
    }
  }
}

export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

export function dltHeaders(original: { topic: string; partition: number; offset: string }, error: unknown, attempts: number): Record<string, string> {
  return {
    [HEADERS.error]: describeError(error),
    [HEADERS.originalTopic]: original.topic,
    [HEADERS.attempts]: String(attempts),
    [DLT_HEADERS.originalPartition]: String(original.partition),
    [DLT_HEADERS.originalOffset]: original.offset,
    [DLT_HEADERS.failedAt]: new Date().toISOString(),
  };
}

export function validateConsumerOptions(o: { groupId: string; topics: string[]; maxAttempts?: number; retryBackoffMs?: number }): void {
  if (!o.groupId) throw new Error('consume: groupId is required');
  if (!Array.isArray(o.topics) || o.topics.length === 0) throw new Error('consume: at least one topic is required');
  if (o.maxAttempts !== undefined && (!Number.isInteger(o.maxAttempts) || o.maxAttempts < 1)) {
    throw new Error(`consume: maxAttempts must be an integer >= 1 (got ${o.maxAttempts})`);
  }
  if (o.retryBackoffMs !== undefined && !(o.retryBackoffMs >= 0)) {
    throw new Error(`consume: retryBackoffMs must be >= 0 (got ${o.retryBackoffMs})`);
  }
}

export function validateOutgoing(m: { topic: string; key: string; eventId: string; type: string; schemaVersion: number; correlationId: string; headers?: Record<string, string> }): void {
  const problems: string[] = [];
  if (!m.topic) problems.push('topic is empty');
  if (typeof m.key !== 'string') problems.push('key must be a string');
  if (!m.eventId) problems.push('eventId is empty');
  if (!m.type) problems.push('type is empty');
  if (!Number.isInteger(m.schemaVersion)) problems.push('schemaVersion must be an integer');
  if (typeof m.correlationId !== 'string') problems.push('correlationId must be a string');
  for (const [k, v] of Object.entries(m.headers ?? {})) {
    if (typeof v !== 'string') problems.push(`header ${k} must be a string`);
    if (STANDARD_HEADERS.has(k)) problems.push(`header ${k} is reserved`);
  }
  if (problems.length) throw new Error(`Invalid message ${m.eventId || '?'} for ${m.topic || '?'}: ${problems.join('; ')}`);
}
