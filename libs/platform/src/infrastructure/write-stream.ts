/**
 * The one write path of every service:
 *
 *   controller (edge) -> use-case Command on the Nest CommandBus -> use-case handler
 *   -> StreamWriter.write -> handleCommand (load, fold, decide, append with the expected revision,
 *   Idempotency-Key, If-Match, conditions) -> StreamWritten -> the controller answers with it
 *   (respondWritten: ETag, body).
 *
 * The edge reads the request (a `@Write() call: WriteCall` parameter, whose `call.request(body)` is
 * writeRequestOf: actor, tenant, correlation id, Idempotency-Key, If-Match, request hash) and maps
 * errors to HTTP (mapErrors). Handlers and deciders throw
 * DomainError (or the event store's errors) and never an HTTP exception. Every read of a stream
 * into a state goes through loadStream (StreamWriter.load).
 */
import { Inject, Injectable, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { canonicalHash, handleCommand, loadStream, type DeciderLike, type LoadedStream, type PreparedCommand } from '@capaian/eventstore';
import type { Response } from 'express';
import type { Principal } from '../auth/principal.js';
import { principalOf } from '../auth/decorators.js';
import { correlationIdOrNew } from '../logging.js';
import { parseIfMatch } from './etag.js';
import { parseIdempotencyKey } from './idempotency.js';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from './service-infrastructure.js';

/** What a write carries from the request besides the command: who, for which tenant, and its HTTP preconditions. */
export interface WriteRequest {
  actor: string;
  tenantId: string;
  correlationId: string;
  /** Client-supplied Idempotency-Key: a retry gets the first answer back and stores nothing. */
  idempotencyKey?: string;
  /** Canonical hash of what makes the request "the same request" (compared on a repeat of the key). */
  requestHash: string;
  /** The revision the client last saw (If-Match); 412 when the stream moved since. */
  ifMatchRevision?: number;
}

type HeaderBag = Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The write request of an HTTP call: the principal, the Idempotency-Key and If-Match headers (a
 * malformed one is a 400 naming it) and the hash of `bodyForHash`.
 */
export function writeRequestOf(user: Principal, headers: HeaderBag, bodyForHash: unknown): WriteRequest {
  const idempotencyKey = parseIdempotencyKey(header(headers, 'idempotency-key'));
  const ifMatchRevision = parseIfMatch(header(headers, 'if-match'));
  return {
    actor: user.sub,
    tenantId: user.tenant,
    correlationId: correlationIdOrNew(),
    ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
    requestHash: canonicalHash(bodyForHash),
    ...(ifMatchRevision !== undefined ? { ifMatchRevision } : {}),
  };
}

/** What a write endpoint reads from its HTTP call besides the path and body: the principal, the headers and the response (for the ETag). */
export interface WriteCall {
  user: Principal;
  headers: HeaderBag;
  res: Response;
  /** The write request of this call with the hash of `bodyForHash` (see writeRequestOf). */
  request(bodyForHash: unknown): WriteRequest;
}

/**
 * The parameter decorator of a write endpoint's call (`@Write() call: WriteCall`): the signed-in
 * principal (401 without one, as CurrentUser), the request headers and the response.
 */
export const Write = createParamDecorator((_data: unknown, ctx: ExecutionContext): WriteCall => {
  const user = principalOf(ctx);
  const http = ctx.switchToHttp();
  const { headers } = http.getRequest<{ headers: HeaderBag }>();
  return { user, headers, res: http.getResponse<Response>(), request: (bodyForHash) => writeRequestOf(user, headers, bodyForHash) };
});

/** The answer to a write on one stream. */
export interface StreamWritten {
  streamId: string;
  revision: number;
  position: number;
  replayed: boolean;
  eventTypes: string[];
  data: unknown;
  /** When the last event of this write (or of the earlier request it repeats) was recorded; null when nothing was written. */
  recordedAt: string | null;
}

interface WriteTarget<C, E extends { type: string; data: unknown }, S> {
  streamId: string;
  decider: DeciderLike<C, E, S>;
  /** Schema version per event type (1 for a type it does not name). */
  schemaVersions: Readonly<Record<string, number>>;
}

/**
 * A fixed `command`, or `prepare`, called before every attempt: it reads what the command depends
 * on outside its stream and returns the command with the conditions of its append (see handleCommand).
 */
export type WriteSpec<C, E extends { type: string; data: unknown }, S> = WriteTarget<C, E, S> &
  ({ command: C; prepare?: undefined } | { prepare: () => Promise<PreparedCommand<C>>; command?: undefined });

/** Loads and writes the streams of the service's own event store. */
@Injectable()
export class StreamWriter {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  /** The stream's state, revision (-1 for no stream) and events. */
  load<E extends { type: string; data: unknown }, S>(streamId: string, decider: Pick<DeciderLike<unknown, E, S>, 'evolve' | 'initialState'>): Promise<LoadedStream<S>> {
    return loadStream(this.infra.store, streamId, decider);
  }

  /** Decides the command on the stream's state and appends what it decided (see handleCommand). */
  async write<C, E extends { type: string; data: unknown }, S>(spec: WriteSpec<C, E, S>, request: WriteRequest): Promise<StreamWritten> {
    const { streamId, decider, schemaVersions } = spec;
    const input = spec.prepare ? { prepare: spec.prepare } : { command: spec.command as C };
    const result = await handleCommand({
      store: this.infra.store,
      streamId,
      decider,
      ...input,
      metadata: { correlationId: request.correlationId, actor: request.actor, tenantId: request.tenantId },
      schemaVersionOf: (type) => schemaVersions[type] ?? 1,
      idempotencyKey: request.idempotencyKey,
      requestHash: request.requestHash,
      ifMatchRevision: request.ifMatchRevision,
    });
    return {
      streamId,
      revision: result.nextExpectedRevision,
      position: result.position,
      replayed: result.replayed,
      eventTypes: result.events.map((e) => e.type),
      data: result.events[result.events.length - 1]?.data ?? null,
      recordedAt: result.recorded[result.recorded.length - 1]?.metadata.recordedAt ?? null,
    };
  }
}

/** Sets the ETag (`"<revision>"`) of a written stream and returns the body to answer with. */
export function respondWritten<T extends { revision: number }>(res: Pick<Response, 'setHeader'>, written: T): T {
  res.setHeader('ETag', `"${written.revision}"`);
  return written;
}
