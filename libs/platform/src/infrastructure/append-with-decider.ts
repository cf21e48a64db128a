import { canonicalHash, handleCommand, type EventStore } from '@capaian/eventstore';
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
 * domain errors to 4xx, the new ETag in the response.
 */
export async function appendWithDecider<C, E extends { type: string; data: unknown }, S>(options: {
  store: EventStore;
  streamId: string;
  decider: DeciderLike<C, E, S>;
  command: C;
  schemaVersions: Record<string, number>;
  user: Principal;
  headers: Record<string, string | undefined>;
  body: unknown;
  res: Response;
}): Promise<StreamWritten> {
  const { store, streamId, decider, command, schemaVersions, user, headers, body, res } = options;
  const result = await mapErrors(() =>
    handleCommand({
      store,
      streamId,
      decider,
      command,
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
