import { v5 as uuidV5 } from 'uuid';
import { WrongExpectedRevisionError, type AppendCondition, type EventMetadataInput, type EventStore, type RecordedEvent } from './port.js';
import { domainEventsOf, loadStream } from './load-stream.js';

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

/** The id of the i-th event a command with this Idempotency-Key writes to this stream (a retry finds it stored). */
export function idempotentEventId(streamId: string, idempotencyKey: string, i: number): string {
  return deterministicUuid(`${streamId}|${idempotencyKey}|${i}`);
}

/**
 * Deterministic UUID v5 (RFC 9562: SHA-1 of namespace and name, with the v5 version and variant
 * bits) from a name: the same name always gives the same event id. The first 16 bytes of the name's
 * UTF-8 serve as the namespace, so an id is the SHA-1 of the whole name, exactly as every id derived
 * and stored so far (reminders issued at most once, publications and batch items found again by id
 * on a retry). A name shorter than 16 bytes is padded with zero bytes.
 */
export function deterministicUuid(name: string): string {
  const utf8 = new TextEncoder().encode(name);
  const bytes = utf8.length >= 16 ? utf8 : Uint8Array.from({ length: 16 }, (_, i) => utf8[i] ?? 0);
  return uuidV5(bytes.subarray(16), bytes.subarray(0, 16));
}

/** Stable hash of a JSON value (RFC 8785 canonical JSON, sha256 hex), for comparing request bodies. */
export { canonicalHash } from '@capaian/contracts';

/**
 * Load the stream, fold it, decide, append with the expected revision (and the conditions of
 * `prepare`). On a concurrent write, or a condition stream that moved, the whole cycle is retried,
 * so the decision is always taken on the latest state.
 */
export async function handleCommand<C, E extends { type: string; data: unknown }, S>(options: HandleCommandOptions<C, E, S>): Promise<HandleCommandResult<E>> {
  const { store, streamId, decider, idempotencyKey } = options;
  const maxRetries = options.maxRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    const { command, conditions } = options.prepare ? await options.prepare() : { command: options.command, conditions: undefined };
    const { state, revision: currentRevision, events: history } = await loadStream(store, streamId, decider);
    if (idempotencyKey) {
      const earlier = history.filter((e) => e.metadata['idempotencyKey'] === idempotencyKey);
      if (earlier.length > 0) {
        if (options.requestHash && earlier[0]!.metadata['requestHash'] !== options.requestHash) throw new IdempotencyKeyReuseError(idempotencyKey);
        return {
          events: domainEventsOf<E>(earlier),
          recorded: earlier,
          nextExpectedRevision: history[history.length - 1]!.revision,
          position: earlier[earlier.length - 1]!.position,
          replayed: true,
        };
      }
    }
    if (options.ifMatchRevision !== undefined && options.ifMatchRevision !== currentRevision) {
      throw new StalePreconditionError(streamId, options.ifMatchRevision, currentRevision);
    }
    const events = decider.decide(command, state);
    if (events.length === 0) {
      const last = history[history.length - 1];
      return { events, recorded: [], nextExpectedRevision: last?.revision ?? -1, position: last?.position ?? 0, replayed: false };
    }
    const expectedRevision = currentRevision === -1 ? 'no_stream' : currentRevision;
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
