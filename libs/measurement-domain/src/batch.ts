import { DomainError, type Decider, type ErrorDetail } from '@capaian/ddd';
import { realizationDecider, realizationStreamId, type RealizationCommand, type RealizationEvent, type RealizationState } from './realization.js';

export const MAX_BATCH_ITEMS = 1000;

export interface BatchItemError {
  code: string;
  field: string;
  message: string;
  /** How the HTTP layer would answer this item alone: conflict 409, unprocessable 422, not_found 404, forbidden 403. */
  kind: DomainError['kind'];
  /** The DomainError's details, when it had any (e.g. the first date a period can be reported). */
  details?: ReadonlyArray<ErrorDetail>;
}

export interface BatchItemResult<E> {
  index: number;
  ok: boolean;
  /** The stream the item belongs to. */
  streamId: string;
  /** What to append to `streamId` when the item is accepted (empty when not ok). */
  events: E[];
  error?: BatchItemError;
}

export interface BatchOptions<C, S> {
  streamIdOf: (command: C) => string;
  /** The current state of a stream before the batch (folded by the caller); default: the initial state. */
  stateOf?: (streamId: string) => S;
  maxItems?: number;
}

/**
 * Decides every item of a batch with the same rules as a single command, without throwing for an
 * item: each gets {index, ok, events | error}. Items are decided in order, and an accepted item
 * changes the state later items of the same stream see (a second `record` of the same KPI and period
 * in one batch is REALIZATION_EXISTS, a `record` then a `correct` works). Nothing is lost silently:
 * there is one result per item, in input order.
 *
 * The caller chooses the semantics: all-or-nothing (store only when every item is ok) or per item
 * (store the ok ones). An unexpected error in one item (not a DomainError) is reported for that item
 * as INVALID_ITEM rather than thrown.
 *
 * Throws only for the batch itself: not an array -> BATCH_INVALID, empty -> BATCH_EMPTY, more than
 * 1000 items -> BATCH_TOO_LARGE; all 'unprocessable' (HTTP 422: the body was read, its content breaks
 * a rule; 413 is left to the HTTP layer's byte limit on the body).
 */
export function decideBatch<C, E, S>(decider: Decider<C, E, S>, items: readonly C[], options: BatchOptions<C, S>): BatchItemResult<E>[] {
  const max = options.maxItems ?? MAX_BATCH_ITEMS;
  if (!Array.isArray(items)) throw new DomainError('BATCH_INVALID', 'Kiriman kelompok harus berupa daftar / a batch must be a list of items', 'items');
  if (items.length === 0) throw new DomainError('BATCH_EMPTY', 'Kiriman kelompok kosong / the batch has no items', 'items');
  if (items.length > max) {
    throw new DomainError(
      'BATCH_TOO_LARGE',
      `Kiriman kelompok paling banyak ${max} butir, diterima ${items.length} / a batch holds at most ${max} items, got ${items.length}`,
      'items',
      'unprocessable',
      [{ field: 'items', errors: [`at most ${max} items`], max, received: items.length }],
    );
  }
  const states = new Map<string, S>();
  return items.map((command, index) => {
    let streamId = '';
    try {
      streamId = options.streamIdOf(command);
      const state = states.get(streamId) ?? options.stateOf?.(streamId) ?? decider.initialState();
      const events = decider.decide(command, state);
      states.set(
        streamId,
        events.reduce((s, e) => decider.evolve(s, e), state),
      );
      return { index, ok: true, streamId, events };
    } catch (e) {
      const error: BatchItemError =
        e instanceof DomainError
          ? { code: e.code, field: e.field ?? 'item', message: e.message, kind: e.kind, ...(e.details ? { details: e.details } : {}) }
          : { code: 'INVALID_ITEM', field: 'item', message: `Butir tidak dapat dibaca / the item cannot be read: ${e instanceof Error ? e.message : String(e)}`, kind: 'unprocessable' };
      return { index, ok: false, streamId, events: [], error };
    }
  });
}

/** A batch of realization commands (record, correct, verify, reject), one stream per tenant/KPI/year/period. */
export function decideRealizationBatch(items: readonly RealizationCommand[], stateOf?: (streamId: string) => RealizationState): BatchItemResult<RealizationEvent>[] {
  return decideBatch(realizationDecider, items, {
    streamIdOf: (c) => realizationStreamId(c.tenantId, c.kpiId, c.year, c.period),
    stateOf,
  });
}

/** Whether every item of a batch was accepted (for all-or-nothing callers). */
export function batchAccepted<E>(results: readonly BatchItemResult<E>[]): boolean {
  return results.every((r) => r.ok);
}
