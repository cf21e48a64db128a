import { DeciderSpecification, DomainError, SpecificationError, fold, type Decider } from './index.js';

type C = { type: 'inc'; by: number };
type E = { type: 'incremented'; by: number };
const counter: Decider<C, E, number> = {
  initialState: () => 0,
  evolve: (s, e) => s + e.by,
  decide: (c, s) => {
    if (s + c.by > 10) throw new DomainError('TOO_BIG', 'too big', 'by');
    return [{ type: 'incremented', by: c.by }];
  },
};
const spec = DeciderSpecification.for(counter);

describe('DeciderSpecification', () => {
  it('folds the given events before deciding', () => {
    spec
      .given([{ type: 'incremented', by: 9 }])
      .when({ type: 'inc', by: 1 })
      .then([{ type: 'incremented', by: 1 }], (a, b) => expect(a).toEqual(b));
    expect(
      fold(counter, [
        { type: 'incremented', by: 2 },
        { type: 'incremented', by: 3 },
      ]),
    ).toBe(5);
  });
  it('exposes the domain error', () => {
    const err = spec
      .given([{ type: 'incremented', by: 10 }])
      .when({ type: 'inc', by: 1 })
      .error();
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe('TOO_BIG');
  });
  it('fails when an error was expected but events came', () => {
    expect(() => spec.given([]).when({ type: 'inc', by: 1 }).error()).toThrow(SpecificationError);
  });
});
