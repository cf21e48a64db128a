import { createHash } from 'node:crypto';
import { WrongExpectedRevisionError, type AppendCondition, type EventMetadataInput, type EventStore, type RecordedEvent } from './port.js';

/** The pure part of an aggregate, as libs/ddd defines it (structural, so this lib needs no domain import). */
export interface DeciderLike<C, E extends { type: string; data: unknown }, S> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

/** What `prepare` computes before each attempt: the command and the conditions of its append. */
export interface PreparedCommand<C> {
  command: C;
  /**
   * Other streams the command was decided from (e.g. the period locks a realization read), at the
   * revision read: the append stores nothing unless they are still there when it commits.
   */
  conditions?: readonly AppendCondition[];
}

interface HandleCommandBase<C, E extends { type: string; data: unknown }, S> {
  store: EventStore;
  streamId: string;
  decider: DeciderLike<C, E, S>;
  metadata: EventMetadataInput;
  schemaVersionOf: (eventType: string) => number;
  /**
   * Client-supplied Idempotency-Key. Event ids are derived from it, so a retry finds its own
   * events already stored and gets the first answer back; the same key with another request
   * body is refused (IdempotencyKeyReuseError).
   */
  idempotencyKey?: string;
  /** Canonical hash of the request body; compared on a repeat of the same key. */
  requestHash?: string;
  /**
   * The revision the client last saw (HTTP If-Match). When given and the stream has moved since,
   * nothing is decided and StalePreconditionError is thrown (HTTP 412).
   */
  ifMatchRevision?: number;
  /**
   * Retries on a concurrent write (re-read, re-decide). Default 3. With ifMatchRevision, only a
   * conflict on a condition stream is retried (the If-Match check runs again on every attempt).
   */
  maxRetries?: number;
}

/**
 * Either a fixed `command`, or `prepare`, called before every attempt (the first one and each retry
 * after a concurrent write or a condition that no longer held): it reads what the command depends on
 * outside its stream and returns the command with the conditions of its append, so a retry decides
 * again on what is stored then.
 */
export type HandleCommandOptions<C, E extends { type: string; data: unknown }, S> = HandleCommandBase<C, E, S> &
  ({ command: C; prepare?: undefined } | { prepare: () => Promise<PreparedCommand<C>>; command?: undefined });

export interface HandleCommandResult<E> {
  events: E[];
  recorded: RecordedEvent[];
  nextExpectedRevision: number;
  position: number;
  /** true when this was a repeat of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

export class StalePreconditionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at revision ${actual}, the request expected ${expected}`);
    this.name = 'StalePreconditionError';
  }
}

export class IdempotencyKeyReuseError extends Error {
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency-Key ${idempotencyKey} was already used with a different request body`);
    this.name = 'IdempotencyKeyReuseError';
  }
}

/** Deterministic UUID (v5 layout over SHA-1) from a name: the same key always gives the same event id. */
/** The id of the i-th event a command with this Idempotency-Key writes to this stream (a retry finds it stored). */
export function idempotentEventId(streamId: string, idempotencyKey: string, i: number): string {
  return deterministicUuid(`${streamId}|${idempotencyKey}|${i}`);
}

export function deterministicUuid(name: string): string {
  const h = createHash('sha1').update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Stable hash of a JSON value (keys sorted), for comparing request bodies. */
export function canonicalHash(value: unknown): string {
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(canon(value))).digest('hex');
}

/**
 * Load the stream, fold it, decide, append with the expected revision (and the conditions of
 * `prepare`). On a concurrent write, or a condition stream that moved, the whole cycle is retried,
 * so the decision is always taken on the latest state.
 */
export async function handleCommand<C, E extends { type: string; data: unknown }, S>(
  options: HandleCommandOptions<C, E, S>,
): Promise<HandleCommandResult<E>> {
  const { store, streamId, decider, idempotencyKey } = options;
  const maxRetries = options.maxRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    const { command, conditions } = options.prepare ? await options.prepare() : { command: options.command, conditions: undefined };
    const history = await store.readStream(streamId);
    if (idempotencyKey) {
      const earlier = history.filter((e) => e.metadata['idempotencyKey'] === idempotencyKey);
      if (earlier.length > 0) {
        if (options.requestHash && earlier[0]!.metadata['requestHash'] !== options.requestHash) throw new IdempotencyKeyReuseError(idempotencyKey);
        return {
          events: earlier.map((e) => ({ type: e.type, data: e.data }) as E),
          recorded: earlier,
          nextExpectedRevision: history[history.length - 1]!.revision,
          position: earlier[earlier.length - 1]!.position,
          replayed: true,
        };
      }
    }
    const currentRevision = history.length === 0 ? -1 : history[history.length - 1]!.revision;
    if (options.ifMatchRevision !== undefined && options.ifMatchRevision !== currentRevision) {
      throw new StalePreconditionError(streamId, options.ifMatchRevision, currentRevision);
    }
    let state = decider.initialState();
    for (const e of history) state = decider.evolve(state, { type: e.type, data: e.data } as E);
    const events = decider.decide(command, state);
    if (events.length === 0) {
      const last = history[history.length - 1];
      return { events, recorded: [], nextExpectedRevision: last?.revision ?? -1, position: last?.position ?? 0, replayed: false };
    }
    const expectedRevision = history.length === 0 ? 'no_stream' : history[history.length - 1]!.revision;
    const newEvents = events.map((e, i) => ({
      id: idempotencyKey ? idempotentEventId(streamId, idempotencyKey, i) : crypto.randomUUID(),
      type: e.type,
      schemaVersion: options.schemaVersionOf(e.type),
      data: e.data,
      metadata: {
        ...options.metadata,
        ...(idempotencyKey ? { idempotencyKey, requestHash: options.requestHash ?? null } : {}),
      },
    }));
    try {
      const result = await store.append(streamId, newEvents, conditions && conditions.length > 0 ? { expectedRevision, conditions } : { expectedRevision });
      const recorded = await store.readStream(streamId, { fromRevision: result.nextExpectedRevision - newEvents.length + 1 });
      return { events, recorded, nextExpectedRevision: result.nextExpectedRevision, position: result.position, replayed: false };
    } catch (e) {
      const retriable = options.ifMatchRevision === undefined || (e instanceof WrongExpectedRevisionError && e.streamId !== streamId);
      if (e instanceof WrongExpectedRevisionError && attempt < maxRetries && retriable) continue;
      throw e;
    }
  }
}
