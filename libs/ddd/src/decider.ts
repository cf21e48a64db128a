/**
 * A decider is the pure heart of an aggregate: `decide` turns a command and the current state
 * into new events (or a DomainError); `evolve` folds one event into the state. No I/O, no clock,
 * no framework: time and ids come in with the command.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** One problem inside a multi-problem DomainError: `field` names the input; extra keys say where (row, item code...). */
export interface ErrorDetail {
  field: string;
  errors: string[];
  [where: string]: unknown;
}

/** A business rule was broken. `code` is stable and machine-readable; `field` names the input at fault. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    /** 'conflict' -> 409, 'unprocessable' -> 422, 'not_found' -> 404, 'forbidden' -> 403. */
    readonly kind: 'conflict' | 'unprocessable' | 'not_found' | 'forbidden' = 'unprocessable',
    /** Several problems at once (e.g. every bad row of an import), each naming where it is. */
    readonly details?: ReadonlyArray<ErrorDetail>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function fold<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>, events: Iterable<Event>): State {
  let state = decider.initialState();
  for (const e of events) state = decider.evolve(state, e);
  return state;
}
