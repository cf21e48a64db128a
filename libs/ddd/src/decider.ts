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

/** One problem of an input: the field inside it (dotted path, `rules[2].threshold`; '' for the whole input) and what is wrong. */
export interface Problem {
  field: string;
  message: string;
}

/** A problem as one line of a message: `<field>: <message>` (the message alone for the whole input). */
export function problemLine(problem: Problem): string {
  return problem.field === '' ? problem.message : `${problem.field}: ${problem.message}`;
}

/**
 * The details of a multi-problem DomainError: one per problem, its field under `prefix` (the name of
 * the input in the request: `policy.rules[2].threshold`); a problem of the whole input, or one that
 * names the input itself, is the prefix. Without a prefix, the fields as they are.
 */
export function problemDetails(problems: readonly Problem[], prefix?: string): ErrorDetail[] {
  const fieldOf = (p: Problem) => (prefix === undefined ? p.field : p.field === '' || p.field === prefix ? prefix : `${prefix}.${p.field}`);
  return problems.map((p) => ({ field: fieldOf(p), errors: [p.message] }));
}

/**
 * The one DomainError (unprocessable) of an input with problems: `<id>: <every problem> / <en>`,
 * the field of the first problem, a detail per problem (see problemDetails).
 */
export function invalid(code: string, message: { id: string; en: string }, problems: readonly Problem[], prefix?: string): DomainError {
  const details = problemDetails(problems, prefix);
  return new DomainError(code, `${message.id}: ${problems.map(problemLine).join('; ')} / ${message.en}`, details[0]?.field, 'unprocessable', details);
}

export function fold<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>, events: Iterable<Event>): State {
  let state = decider.initialState();
  for (const e of events) state = decider.evolve(state, e);
  return state;
}
