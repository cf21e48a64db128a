/** Helpers shared by the adapters (not part of the public API). */
import { IdempotencyConflictError, UnstorableTextError, type AppendCondition, type AppendResult, type NewEvent, type RecordedEvent, type UpcasterMap } from './port.js';
import { findUnsafeText } from './storable-text.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks a batch before it reaches the database and returns the event ids in canonical
 * (lower-case) form. Throws RangeError / TypeError on caller mistakes, UnstorableTextError on
 * text no store can keep.
 */
export function validateBatch(streamId: string, events: readonly NewEvent[]): string[] {
  if (typeof streamId !== 'string' || streamId.length === 0) throw new TypeError('streamId must be a non-empty string');
  if (!Array.isArray(events) || events.length === 0) throw new RangeError(`append to ${streamId}: at least one event is required`);
  const ids = events.map((e) => {
    if (typeof e.id !== 'string' || !UUID.test(e.id)) throw new TypeError(`append to ${streamId}: event id "${String(e.id)}" is not a UUID`);
    if (typeof e.type !== 'string' || e.type.length === 0) throw new TypeError(`append to ${streamId}: event type must be a non-empty string`);
    if (!Number.isInteger(e.schemaVersion)) throw new TypeError(`append to ${streamId}: schemaVersion of ${e.type} must be an integer`);
    const unsafe = [...findUnsafeText(e.data, 'data'), ...findUnsafeText(e.metadata, 'metadata'), ...findUnsafeText(e.type, 'type')];
    if (unsafe.length > 0)
      throw new UnstorableTextError(
        streamId,
        e.type,
        unsafe.map((u) => u.field),
      );
    return e.id.toLowerCase();
  });
  if (new Set(ids).size !== ids.length) throw new RangeError(`append to ${streamId}: the batch contains the same event id twice`);
  return ids;
}

/** A condition in its checked form: `expected` is -1 for 'no_stream'. */
/**
 * What a batch whose events are (partly) stored already answers: all of them, an idempotent
 * repeat with the original append's result; some of them, an IdempotencyConflictError naming
 * those; none, undefined (the append goes ahead).
 */
export function repeatOf(streamId: string, ids: readonly string[], existing: ReadonlyArray<Pick<RecordedEvent, 'id' | 'revision' | 'position'>>): AppendResult | undefined {
  if (existing.length === 0) return undefined;
  if (existing.length < ids.length)
    throw new IdempotencyConflictError(
      streamId,
      existing.map((e) => e.id),
    );
  return {
    written: false,
    nextExpectedRevision: Math.max(...existing.map((e) => e.revision)),
    position: Math.max(...existing.map((e) => e.position)),
  };
}

export interface CheckedCondition {
  streamId: string;
  expected: number;
}

/**
 * Checks the conditions of an append (caller mistakes are RangeError / TypeError) and returns them
 * with 'no_stream' as -1. The same stream twice with two different revisions can never hold: refused.
 */
export function validateConditions(streamId: string, conditions: readonly AppendCondition[] | undefined): CheckedCondition[] {
  if (conditions === undefined) return [];
  if (!Array.isArray(conditions)) throw new TypeError(`append to ${streamId}: conditions must be an array`);
  const seen = new Map<string, number>();
  const out: CheckedCondition[] = [];
  for (const c of conditions as readonly AppendCondition[]) {
    if (typeof c?.streamId !== 'string' || c.streamId.length === 0) throw new TypeError(`append to ${streamId}: a condition needs a non-empty streamId`);
    const r = c.expectedRevision;
    if (r !== 'no_stream' && !(Number.isSafeInteger(r) && (r as number) >= 0)) {
      throw new RangeError(`append to ${streamId}: the condition on ${c.streamId} needs 'no_stream' or a revision >= 0 (got ${String(r)})`);
    }
    const expected = r === 'no_stream' ? -1 : (r as number);
    const before = seen.get(c.streamId);
    if (before !== undefined && before !== expected) throw new RangeError(`append to ${streamId}: two different conditions on ${c.streamId}`);
    if (before === undefined) out.push({ streamId: c.streamId, expected });
    seen.set(c.streamId, expected);
  }
  return out;
}

/**
 * Applies the upcaster registered for the event's type. When an upcaster renames the type, the
 * upcaster of the new type (if any) is applied too (bounded, to stop accidental cycles).
 */
export function applyUpcasters(upcasters: UpcasterMap, event: RecordedEvent): RecordedEvent {
  let current = event;
  for (let hops = 0; hops < 16; hops++) {
    if (!Object.hasOwn(upcasters, current.type)) return current;
    const next = upcasters[current.type]!(current);
    if (next.type === current.type) return next;
    current = next;
  }
  return current;
}
