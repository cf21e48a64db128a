/** Helpers shared by the adapters (not part of the public API). */
import type { NewEvent, RecordedEvent, UpcasterMap } from './port.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks a batch before it reaches the database and returns the event ids in canonical
 * (lower-case) form. Throws RangeError / TypeError on caller mistakes.
 */
export function validateBatch(streamId: string, events: readonly NewEvent[]): string[] {
  if (typeof streamId !== 'string' || streamId.length === 0) throw new TypeError('streamId must be a non-empty string');
  if (!Array.isArray(events) || events.length === 0) throw new RangeError(`append to ${streamId}: at least one event is required`);
  const ids = events.map((e) => {
    if (typeof e.id !== 'string' || !UUID.test(e.id)) throw new TypeError(`append to ${streamId}: event id "${String(e.id)}" is not a UUID`);
    if (typeof e.type !== 'string' || e.type.length === 0) throw new TypeError(`append to ${streamId}: event type must be a non-empty string`);
    if (!Number.isInteger(e.schemaVersion)) throw new TypeError(`append to ${streamId}: schemaVersion of ${e.type} must be an integer`);
    return e.id.toLowerCase();
  });
  if (new Set(ids).size !== ids.length) throw new RangeError(`append to ${streamId}: the batch contains the same event id twice`);
  return ids;
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
