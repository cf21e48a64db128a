import { assertValidPolicy, DEFAULT_SCORING_POLICY as D, InvalidScoringPolicyError, validatePolicy, type PolicyProblem, type ScoringPolicy } from './index.js';

const clone = (): ScoringPolicy => JSON.parse(JSON.stringify(D));
/** The problems as the lines of an error message (`<field>: <message>`). */
const lines = (problems: PolicyProblem[]) => problems.map((p) => `${p.field}: ${p.message}`);

describe('scoring policy as versioned data', () => {
  it('the default policy is valid, frozen, and survives a JSON round trip unchanged', () => {
    expect(validatePolicy(D)).toEqual([]);
    expect(Object.isFrozen(D)).toBe(true);
    expect(Object.isFrozen(D.bands[0])).toBe(true);
    expect(Object.isFrozen(D.achievement.categorical.percents)).toBe(true);
    const copy = clone();
    expect(copy).toEqual(D);
    expect(validatePolicy(copy)).toEqual([]);
    expect(D).toMatchObject({
      policyId: 'permendagri-86-2017',
      version: 1,
      achievement: { cap: '120', floor: '0', lowerIsBetter: 'ratio' },
      rollup: { perspectiveMode: 'objectives', cascade: { mode: 'none' } },
    });
  });

  it('reports every problem with its path', () => {
    const p = clone() as any;
    p.policyId = '';
    p.version = 0;
    p.achievement.cap = '90';
    p.achievement.floor = 'nol';
    p.achievement.lowerIsBetter = 'inverse';
    p.achievement.range.widthPercent = '0';
    p.achievement.milestone.latePenaltyPerDay = '-1';
    p.achievement.categorical.percents = { WTP: 'seratus' };
    p.rollup.perspectiveMode = 'all';
    p.rollup.cascade.childWeight = '1.5';
    p.trafficLight = { defaultGreen: '50', defaultYellow: '75' };
    expect(lines(validatePolicy(p))).toEqual([
      'policyId: must be a non-empty string',
      'version: must be an integer >= 1',
      "achievement.lowerIsBetter: must be 'ratio' or 'difference'",
      'achievement.floor: must be a decimal written as a string',
      'achievement.cap: must be >= 100 (meeting the target is 100)',
      'achievement.range.widthPercent: must be > 0',
      'achievement.milestone.latePenaltyPerDay: must be >= 0',
      'achievement.categorical.percents.WTP: must be a decimal written as a string',
      "rollup.perspectiveMode: must be 'objectives' or 'kpis'",
      'rollup.cascade.childWeight: must be <= 1',
      'trafficLight.defaultGreen: must be >= trafficLight.defaultYellow',
    ]);
    expect(validatePolicy(null)).toEqual([{ field: 'policy', message: 'must be an object' }]);
    expect(lines(validatePolicy({ policyId: 'x', version: 1 }))).toEqual(
      expect.arrayContaining(['achievement: must be an object', 'rollup: must be an object', 'bands: must be a non-empty array', 'trafficLight: must be an object']),
    );
  });

  it('bands must be contiguous, ascending, without overlap, and cover floor..cap', () => {
    const withBands = (f: (b: any[]) => void) => {
      const p = clone() as any;
      f(p.bands);
      return lines(validatePolicy(p));
    };
    expect(withBands((b) => (b[1].minInclusive = true))).toEqual(['bands[0]..bands[1]: overlap at 50 (both include it)']);
    expect(withBands((b) => (b[0].maxInclusive = false))).toEqual(['bands[0]..bands[1]: gap at 50 (neither includes it)']);
    expect(withBands((b) => (b[2].min = '66'))).toEqual(["bands[1]..bands[2]: must be contiguous and in ascending order (a band's max is the next band's min)"]);
    expect(withBands((b) => b.reverse())).toContain("bands[0]..bands[1]: must be contiguous and in ascending order (a band's max is the next band's min)");
    expect(withBands((b) => (b[0].min = '10'))).toEqual(['bands[0].min: the bands must cover achievement.floor']);
    expect(withBands((b) => (b[0].min = '0'))).toEqual(['bands[0].min: the bands must cover achievement.floor']);
    expect(withBands((b) => ((b[0].min = '0'), (b[0].minInclusive = true)))).toEqual([]);
    expect(withBands((b) => (b[4].max = '110'))).toEqual(['bands[4].max: the bands must cover achievement.cap']);
    expect(withBands((b) => ((b[4].max = '120'), (b[4].maxInclusive = true)))).toEqual([]);
    expect(withBands((b) => (b[3].code = 'rendah'))).toEqual(['bands[3].code: duplicate code rendah']);
    expect(withBands((b) => (b[3].max = '70'))).toEqual(['bands[3]: min must be below max', "bands[3]..bands[4]: must be contiguous and in ascending order (a band's max is the next band's min)"]);
    const uncapped = clone() as any;
    uncapped.achievement.cap = null;
    expect(validatePolicy(uncapped)).toEqual([]);
    uncapped.bands[4].max = '1000';
    uncapped.bands[4].maxInclusive = true;
    expect(validatePolicy(uncapped)).toEqual([{ field: 'bands[4].max', message: 'must be null when achievement.cap is null (scores are unbounded)' }]);
  });

  it('assertValidPolicy returns the policy or throws with the problems', () => {
    expect(assertValidPolicy(clone())).toEqual(D);
    const bad = { ...clone(), version: 1.5 };
    expect(() => assertValidPolicy(bad)).toThrow(InvalidScoringPolicyError);
    expect(() => assertValidPolicy(bad)).toThrow('version: must be an integer >= 1');
  });
});
