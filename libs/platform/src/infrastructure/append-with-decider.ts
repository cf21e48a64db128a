import { canonicalHash, handleCommand, type EventStore, type PreparedCommand } from '@capaian/eventstore';
import type { Principal } from '../auth/principal.js';
import { correlationIdOrNew } from '../logging.js';
import { mapErrors } from './http-errors.js';
import { parseIdempotencyKey } from './idempotency.js';
import { parseIfMatch } from './etag.js';
import type { Response } from 'express';

/** The answer to a write on a lock or a budget stream. */
export interface StreamWritten {
  streamId: string;
  revision: number;
  position: number;
  replayed: boolean;
  eventTypes: string[];
  data: unknown;
}

interface DeciderLike<C, E extends { type: string; data: unknown }, S> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

/**
 * One HTTP write through a pure decider: Idempotency-Key, If-Match (412), expected revision,
 * domain errors to 4xx, the new ETag in the response. With `prepare` instead of `command`, the
 * command and the conditions of its append (other streams' revisions it was decided on) are read
 * again before every attempt (see handleCommand).
 */
export async function appendWithDecider<C, E extends { type: string; data: unknown }, S>(
  options: {
    store: EventStore;
    streamId: string;
    decider: DeciderLike<C, E, S>;
    schemaVersions: Record<string, number>;
    user: Principal;
    headers: Record<string, string | undefined>;
    body: unknown;
    res: Response;
  } & ({ command: C; prepare?: undefined } | { prepare: () => Promise<PreparedCommand<C>>; command?: undefined }),
): Promise<StreamWritten> {
  const { store, streamId, decider, schemaVersions, user, headers, body, res } = options;
  const input = options.prepare ? { prepare: options.prepare } : { command: options.command as C };
  const result = await mapErrors(() =>
    handleCommand({
      store,
      streamId,
      decider,
      ...input,
      metadata: { correlationId: correlationIdOrNew(), actor: user.sub, tenantId: user.tenant },
      schemaVersionOf: (type) => schemaVersions[type] ?? 1,
      idempotencyKey: parseIdempotencyKey(headers['idempotency-key']),
      requestHash: canonicalHash({ streamId, body }),
      ifMatchRevision: parseIfMatch(headers['if-match']),
    }),
  );
  res.setHeader('ETag', `"${result.nextExpectedRevision}"`);
  return {
    streamId,
    revision: result.nextExpectedRevision,
    position: result.position,
    replayed: result.replayed,
    eventTypes: result.events.map((e) => e.type),
    data: result.events[result.events.length - 1]?.data ?? null,
  };
}
