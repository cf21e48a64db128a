import { fold, type Decider } from './decider.js';

/**
 * Given events / when command / then events. Framework-free; the assertion callbacks come
 * from the test runner so the domain libraries need no test dependency.
 *
 *   const spec = DeciderSpecification.for(realizationDecider);
 *   spec.given([]).when(record).then([recorded], (actual, expected) => expect(actual).toEqual(expected));
 *   expect(spec.given([recorded]).when(correct).events()[0]!.data).toMatchObject({ valueRevision: 2 });
 *   expect(spec.given([recorded]).when(record).error()).toMatchObject({ code: 'REALIZATION_EXISTS' });
 *
 * `error()` returns the error the decider threw and fails (SpecificationError) when it produced events instead.
 */
export class DeciderSpecification<C, E, S> {
  private constructor(private readonly decider: Decider<C, E, S>) {}

  static for<C, E, S>(decider: Decider<C, E, S>): DeciderSpecification<C, E, S> {
    return new DeciderSpecification(decider);
  }

  given(events: E[]) {
    const decider = this.decider;
    return {
      when(command: C) {
        const run = (): E[] => decider.decide(command, fold(decider, events));
        return {
          /** Returns the produced events, for the test to assert on. */
          events: run,
          then(expected: E[], equal: (actual: E[], expected: E[]) => void): void {
            equal(run(), expected);
          },
          /** Returns the error thrown (or throws if none was), for the test to assert on. */
          error(): Error & { code?: string } {
            try {
              const produced = run();
              throw new SpecificationError(`expected an error, got events ${JSON.stringify(produced)}`);
            } catch (e) {
              if (e instanceof SpecificationError) throw e;
              return e as Error & { code?: string };
            }
          },
        };
      },
    };
  }
}

export class SpecificationError extends Error {}
