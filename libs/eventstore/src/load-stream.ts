import type { DeciderLike } from './command-handling.js';
import type { EventStore, RecordedEvent } from './port.js';

/** A stream read and folded: its state, its revision (-1 when there is no stream) and the events read. */
export interface LoadedStream<S> {
  state: S;
  revision: number;
  events: RecordedEvent[];
}

/** The domain events of recorded ones (type and data, what a decider folds). */
export function domainEventsOf<E extends { type: string; data: unknown }>(recorded: readonly RecordedEvent[]): E[] {
  return recorded.map((e) => ({ type: e.type, data: e.data }) as E);
}

/** True when the event was recorded at or before `asOf` (always, without `asOf`): what was known then. */
export function recordedBy(event: RecordedEvent, asOf?: Date): boolean {
  return !asOf || new Date(event.metadata.recordedAt) <= asOf;
}

/** Folds recorded events through the decider. */
export function foldRecorded<E extends { type: string; data: unknown }, S>(decider: Pick<DeciderLike<unknown, E, S>, 'evolve' | 'initialState'>, recorded: readonly RecordedEvent[]): S {
  let state = decider.initialState();
  for (const e of domainEventsOf<E>(recorded)) state = decider.evolve(state, e);
  return state;
}

/**
 * Reads a stream and folds it through the decider: the one place a stream becomes a state. With
 * `asOf`, only the events recorded by then count (the state as it was known at that instant).
 */
export async function loadStream<E extends { type: string; data: unknown }, S>(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
  decider: Pick<DeciderLike<unknown, E, S>, 'evolve' | 'initialState'>,
  options: { asOf?: Date } = {},
): Promise<LoadedStream<S>> {
  const events = (await store.readStream(streamId)).filter((e) => recordedBy(e, options.asOf));
  return { state: foldRecorded(decider, events), revision: events.length === 0 ? -1 : events[events.length - 1]!.revision, events };
}
