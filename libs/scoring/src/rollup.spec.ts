import fc from 'fast-check';
import {
  cascadeScores,
  cascadeUnit,
  DEFAULT_SCORING_POLICY as D,
  Decimal,
  scoreObjective,
  scoreScorecard,
  type AchievementLike,
  type ScorecardPlan,
  type ScorecardScore,
  type ScoringPolicy,
} from './index.js';

const RUNS = { numRuns: 200 };
const ok = (percent: string): AchievementLike => ({ measurable: true, percent });
const nm = (reason = 'missing_realization'): AchievementLike => ({ measurable: false, reason });
const kpisMode: ScoringPolicy = { ...D, rollup: { ...D.rollup, perspectiveMode: 'kpis' } };
const blend = (childWeight: string): ScoringPolicy => ({ ...D, rollup: { ...D.rollup, cascade: { mode: 'blend', childWeight } } });

describe('KPI -> objective', () => {
  it('weighted mean of the measurable KPIs, weights normalised over them, the others listed with their reason', () => {
    const o = scoreObjective('O1', [
      { kpiId: 'K1', weight: '60', achievement: ok('80') },
      { kpiId: 'K2', weight: '40', achievement: ok('100') },
      { kpiId: 'K3', weight: '50', achievement: nm() },
    ]);
    expect(o).toEqual({
      objectiveId: 'O1',
      measurable: true,
      score: '88',
      reason: null,
      weighting: 'weighted',
      weightTotal: '100',
      used: [
        { id: 'K1', plannedWeight: '60', weight: '60', normalisedWeight: '0.6', score: '80' },
        { id: 'K2', plannedWeight: '40', weight: '40', normalisedWeight: '0.4', score: '100' },
      ],
      excluded: [{ id: 'K3', plannedWeight: '50', reason: 'missing_realization' }],
    });
  });

  it('is exact where plain floats and naive normalisation are not', () => {
    const thirds = scoreObjective(
      'O',
      ['A', 'B', 'C'].map((kpiId) => ({ kpiId, weight: '1', achievement: ok('100') })),
    );
    expect(thirds.score).toBe('100');
    expect(thirds.used[0].normalisedWeight).toBe('0.3333333333333333333333333333333333');
    expect(
      scoreObjective('O', [
        { kpiId: 'A', weight: '0.1', achievement: ok('0.2') },
        { kpiId: 'B', weight: '0.2', achievement: ok('0.1') },
      ]).score,
    ).toBe('0.1333333333333333333333333333333333');
  });

  it('not measurable: no KPIs, none measurable, zero total weight; bad weights are excluded', () => {
    expect(scoreObjective('O', [])).toMatchObject({ measurable: false, score: null, reason: 'no_parts' });
    expect(scoreObjective('O', [{ kpiId: 'A', weight: '1', achievement: nm('zero_target') }])).toMatchObject({ reason: 'nothing_measurable', excluded: [{ id: 'A', reason: 'zero_target' }] });
    expect(scoreObjective('O', [{ kpiId: 'A', weight: '0', achievement: ok('50') }])).toMatchObject({ reason: 'zero_total_weight' });
    expect(
      scoreObjective('O', [
        { kpiId: 'A', weight: '-1', achievement: ok('50') },
        { kpiId: 'B', weight: 'satu', achievement: ok('50') },
        { kpiId: 'C', weight: '2', achievement: undefined },
        { kpiId: 'D', weight: '0', achievement: ok('10') },
        { kpiId: 'E', weight: '3', achievement: ok('70') },
        { kpiId: 'F', weight: '3', achievement: ok('tujuh') },
      ]),
    ).toMatchObject({
      score: '70',
      used: [
        { id: 'D', normalisedWeight: '0' },
        { id: 'E', normalisedWeight: '1' },
      ],
      excluded: [
        { id: 'A', reason: 'invalid_weight' },
        { id: 'B', reason: 'invalid_weight' },
        { id: 'C', reason: 'no_achievement' },
        { id: 'F', reason: 'invalid_score' },
      ],
    });
  });
});

describe('objective -> perspective -> scorecard', () => {
  // Stakeholders 60 (two objectives, weights 70/30), Process 40 (two objectives, no weights).
  const plan: ScorecardPlan = {
    perspectives: [
      { perspectiveId: 'P1', weight: '60' },
      { perspectiveId: 'P2', weight: '40' },
    ],
    objectives: [
      { objectiveId: 'O1', perspectiveId: 'P1', weight: '70' },
      { objectiveId: 'O2', perspectiveId: 'P1', weight: '30' },
      { objectiveId: 'O3', perspectiveId: 'P2', weight: null },
      { objectiveId: 'O4', perspectiveId: 'P2', weight: null },
      { objectiveId: 'OX', perspectiveId: 'P9', weight: '1' },
    ],
    kpis: [
      { kpiId: 'K1', objectiveId: 'O1', weight: '1' },
      { kpiId: 'K2', objectiveId: 'O2', weight: '1' },
      { kpiId: 'K3', objectiveId: 'O3', weight: '3' },
      { kpiId: 'K4', objectiveId: 'O3', weight: '1' },
      { kpiId: 'K5', objectiveId: 'O4', weight: '1' },
      { kpiId: 'KX', objectiveId: 'OX', weight: '1' },
      { kpiId: 'KY', objectiveId: 'O0', weight: '1' },
    ],
  };
  const achievements = { K1: ok('100'), K2: ok('50'), K3: ok('80'), K4: ok('40'), K5: ok('90') };

  it('objectives mode: weighted objectives (equal when a weight is missing), then sum(weight / 100 x score)', () => {
    const s = scoreScorecard(plan, achievements);
    // P1 = 0.7 x 100 + 0.3 x 50 = 85; O3 = (3 x 80 + 40) / 4 = 70; P2 = (70 + 90) / 2 = 80; card = 0.6 x 85 + 0.4 x 80 = 83.
    expect(s.perspectives.map((p) => [p.perspectiveId, p.score, p.weighting])).toEqual([
      ['P1', '85', 'weighted'],
      ['P2', '80', 'equal'],
    ]);
    expect(s.perspectives[1].objectives.map((o) => [o.objectiveId, o.score])).toEqual([
      ['O3', '70'],
      ['O4', '90'],
    ]);
    expect(s).toMatchObject({
      policy: { policyId: 'permendagri-86-2017', version: 1 },
      score: '83',
      band: { code: 'tinggi' },
      plannedWeightTotal: '100',
      orphanObjectiveIds: ['OX'],
      orphanKpiIds: ['KX', 'KY'],
    });
    expect(s.used.map((u) => [u.id, u.normalisedWeight])).toEqual([
      ['P1', '0.6'],
      ['P2', '0.4'],
    ]);
  });

  it('kpis mode: a perspective is the weighted mean of all its KPIs', () => {
    const s = scoreScorecard(plan, new Map(Object.entries(achievements)), kpisMode);
    // P1 = (100 + 50) / 2 = 75; P2 = (3 x 80 + 40 + 90) / 5 = 74; card = 0.6 x 75 + 0.4 x 74 = 74.6.
    expect(s.perspectives.map((p) => [p.perspectiveId, p.score, p.mode, p.used.map((u) => u.id)])).toEqual([
      ['P1', '75', 'kpis', ['K1', 'K2']],
      ['P2', '74', 'kpis', ['K3', 'K4', 'K5']],
    ]);
    expect(s).toMatchObject({ score: '74.6', band: { code: 'sedang' } });
  });

  it('a perspective with nothing measurable is left out and the others renormalised', () => {
    const s = scoreScorecard(plan, { K1: ok('100'), K2: ok('50'), K3: nm() });
    expect(s).toMatchObject({ score: '85', weightTotal: '60', plannedWeightTotal: '100', excluded: [{ id: 'P2', plannedWeight: '40', reason: 'nothing_measurable' }] });
    expect(scoreScorecard(plan, {})).toMatchObject({ measurable: false, score: null, reason: 'nothing_measurable', band: null });
    expect(scoreScorecard({ perspectives: [], objectives: [], kpis: [] }, {})).toMatchObject({ measurable: false, reason: 'no_parts' });
  });
});

describe('KPI weights: a hand-worked example in both modes (see KpiResultInput.weight)', () => {
  // P1 (weight 60): O1 (weight 40) = {K1 weight 3, achievement 90; K2 weight 1, achievement 71},
  //                 O2 (weight 60) = {K3 weight 2, achievement 100}.
  // P2 (weight 40): O3 (weight 100) = {K4 weight 1, achievement 80; K5 weight 4, achievement 55}.
  //
  // objectives mode (a KPI's weight is compared with the KPIs of its objective):
  //   O1 = (3 x 90 + 1 x 71) / (3 + 1) = 341 / 4 = 85.25;  O2 = 100;  O3 = (80 + 4 x 55) / 5 = 300 / 5 = 60
  //   P1 = (40 x 85.25 + 60 x 100) / 100 = 9410 / 100 = 94.1;  P2 = 60
  //   scorecard = (60 x 94.1 + 40 x 60) / 100 = 8046 / 100 = 80.46
  // kpis mode (compared with every KPI of its perspective; objective weights unused):
  //   P1 = (3 x 90 + 1 x 71 + 2 x 100) / (3 + 1 + 2) = 541 / 6 = 90.1666... -> 90.16666666666666666666666666666667 (34 digits)
  //   P2 = (1 x 80 + 4 x 55) / 5 = 60
  //   scorecard = (60 x 90.16666666666666666666666666666667 + 40 x 60) / 100 = 78.100000000000000000000000000000002
  //             -> 78.10000000000000000000000000000000 at 34 digits = "78.1"
  //   K1's share of P1: 3 / 6 = 0.5 in kpis mode; in objectives mode 40 % x 3 / 4 = 0.3 (through O1).
  const plan: ScorecardPlan = {
    perspectives: [
      { perspectiveId: 'P1', weight: '60' },
      { perspectiveId: 'P2', weight: '40' },
    ],
    objectives: [
      { objectiveId: 'O1', perspectiveId: 'P1', weight: '40' },
      { objectiveId: 'O2', perspectiveId: 'P1', weight: '60' },
      { objectiveId: 'O3', perspectiveId: 'P2', weight: '100' },
    ],
    kpis: [
      { kpiId: 'K1', objectiveId: 'O1', weight: '3' },
      { kpiId: 'K2', objectiveId: 'O1', weight: '1' },
      { kpiId: 'K3', objectiveId: 'O2', weight: '2' },
      { kpiId: 'K4', objectiveId: 'O3', weight: '1' },
      { kpiId: 'K5', objectiveId: 'O3', weight: '4' },
    ],
  };
  const achievements = { K1: ok('90'), K2: ok('71'), K3: ok('100'), K4: ok('80'), K5: ok('55') };
  const objectivesOf = (s: ScorecardScore) => s.perspectives.flatMap((p) => p.objectives.map((o) => [o.objectiveId, o.score]));

  it('objectives mode', () => {
    const s = scoreScorecard(plan, achievements, D);
    expect(objectivesOf(s)).toEqual([
      ['O1', '85.25'],
      ['O2', '100'],
      ['O3', '60'],
    ]);
    expect(s.perspectives.map((p) => [p.perspectiveId, p.score, p.used.map((u) => [u.id, u.normalisedWeight])])).toEqual([
      [
        'P1',
        '94.1',
        [
          ['O1', '0.4'],
          ['O2', '0.6'],
        ],
      ],
      ['P2', '60', [['O3', '1']]],
    ]);
    expect(s.perspectives[0]!.objectives[0]!.used.map((u) => [u.id, u.normalisedWeight])).toEqual([
      ['K1', '0.75'],
      ['K2', '0.25'],
    ]);
    expect(s.score).toBe('80.46');
  });

  it('kpis mode', () => {
    const s = scoreScorecard(plan, achievements, kpisMode);
    expect(objectivesOf(s)).toEqual([
      ['O1', '85.25'],
      ['O2', '100'],
      ['O3', '60'],
    ]);
    expect(s.perspectives.map((p) => [p.perspectiveId, p.score, p.used.map((u) => [u.id, u.normalisedWeight])])).toEqual([
      [
        'P1',
        '90.16666666666666666666666666666667',
        [
          ['K1', '0.5'],
          ['K2', '0.1666666666666666666666666666666667'],
          ['K3', '0.3333333333333333333333333333333333'],
        ],
      ],
      [
        'P2',
        '60',
        [
          ['K4', '0.2'],
          ['K5', '0.8'],
        ],
      ],
    ]);
    expect(s.score).toBe('78.1');
  });
});

describe('cascaded roll-up of child units', () => {
  it('none: the own score; blend: (1 - c) x own + c x mean(children), renormalised when a side is missing', () => {
    expect(cascadeUnit('80', ['100', '60'])).toMatchObject({ mode: 'none', score: '80', childMean: '80' });
    expect(cascadeUnit(null, ['100'])).toMatchObject({ measurable: false, reason: 'nothing_measurable' });
    expect(cascadeUnit('80', ['100'], blend('0.3'))).toMatchObject({ score: '86', childMean: '100' });
    expect(cascadeUnit('80', ['100', null, '70'], blend('0.3'))).toMatchObject({ score: '81.5', childMean: '85' });
    expect(cascadeUnit('80', [], blend('0.3'))).toMatchObject({ score: '80', childMean: null });
    expect(cascadeUnit(null, ['90', '70'], blend('0.3'))).toMatchObject({ score: '80' });
    expect(cascadeUnit(null, ['90'], blend('0'))).toMatchObject({ measurable: false, reason: 'zero_total_weight' });
    expect(cascadeUnit('10', ['90'], blend('1'))).toMatchObject({ score: '90' });
    expect(cascadeUnit('100', ['0', '0', '0'], blend('0.5'))).toMatchObject({ score: '50' });
    expect(cascadeUnit('1e-8', ['x'], blend('0.5'))).toMatchObject({ score: '0.00000001', childMean: null });
    expect(cascadeUnit('1', ['0', '0', '1'], blend('0.5'))).toMatchObject({ score: '0.6666666666666666666666666666666667' });
  });

  it('a tree, bottom-up, with bands; in blend mode, units on a cycle are not measurable', () => {
    const units = [
      { unitId: 'pemda', parentUnitId: null, ownScore: '80' },
      { unitId: 'dinkes', parentUnitId: 'pemda', ownScore: '90' },
      { unitId: 'bidang1', parentUnitId: 'dinkes', ownScore: '50' },
      { unitId: 'disdik', parentUnitId: 'pemda', ownScore: null },
      { unitId: 'x', parentUnitId: 'y', ownScore: '10' },
      { unitId: 'y', parentUnitId: 'x', ownScore: '10' },
      { unitId: 'z', parentUnitId: 'y', ownScore: '70' },
    ];
    const r = cascadeScores(units, blend('0.5'));
    // dinkes = (90 + 50) / 2 = 70; disdik: no own, no children; pemda = (80 + 70) / 2 = 75.
    expect(r.map((u) => [u.unitId, u.score, u.reason, u.band?.code ?? null])).toEqual([
      ['pemda', '75', null, 'sedang'],
      ['dinkes', '70', null, 'sedang'],
      ['bidang1', '50', null, 'sangat_rendah'],
      ['disdik', null, 'nothing_measurable', null],
      ['x', null, 'cycle', null],
      ['y', null, 'cycle', null],
      ['z', '70', null, 'sedang'],
    ]);
    expect(r[0].children).toEqual([
      { unitId: 'dinkes', score: '70' },
      { unitId: 'disdik', score: null },
    ]);
    expect(cascadeScores(units).map((u) => u.score)).toEqual(['80', '90', '50', null, '10', '10', '70']);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties on random scorecards
// ---------------------------------------------------------------------------------------------

/** Exact rationals with BigInt: the independent computation. */
type Q = { n: bigint; d: bigint };
const q = (s: string): Q => {
  const neg = s.startsWith('-');
  const [i, f = ''] = s.replace('-', '').split('.');
  const n = BigInt(i + f);
  return { n: neg ? -n : n, d: 10n ** BigInt(f.length) };
};
const qi = (n: number): Q => ({ n: BigInt(n), d: 1n });
const add = (a: Q, b: Q): Q => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const mul = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
const div = (a: Q, b: Q): Q => (b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n });
const isZero = (a: Q) => a.n === 0n;
/** |a - b| <= 10^-26 */
const close = (a: Q, b: Q) => {
  const diff = add(a, { n: -b.n, d: b.d });
  const abs = diff.n < 0n ? -diff.n : diff.n;
  return abs * 10n ** 26n <= diff.d;
};
/** Weighted mean the schoolbook way: sum of products over a separately summed normaliser. */
const mean = (pairs: Array<[Q, Q]>): Q | null => {
  if (pairs.length === 0) return null;
  let num = qi(0);
  let den = qi(0);
  for (const [w, v] of pairs) {
    num = add(num, mul(w, v));
    den = add(den, w);
  }
  return isZero(den) ? null : div(num, den);
};

interface GenKpi {
  weight: string;
  achievement: AchievementLike;
}
interface GenObjective {
  weight: string | null;
  kpis: GenKpi[];
}
interface GenPerspective {
  weight: string;
  objectives: GenObjective[];
}

const weightArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map(String),
  fc.integer({ min: 1, max: 100_000 }).map((n) => new Decimal(n).div(1000).toString()),
);
const achievementArb: fc.Arbitrary<AchievementLike> = fc.oneof(
  fc.integer({ min: 0, max: 12_000 }).map((n) => ok(new Decimal(n).div(100).toString())),
  // 34-digit repeating decimals, as divisions produce them, capped at 120.
  fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 97 })).map(([a, b]) => ok(Decimal.min(new Decimal(a).div(b), 120).toString())),
  fc.constantFrom(nm('missing_realization'), nm('zero_target')),
);
const treeArb: fc.Arbitrary<GenPerspective[]> = fc.array(
  fc.record({
    weight: weightArb,
    objectives: fc.array(fc.record({ weight: fc.option(weightArb, { nil: null, freq: 4 }), kpis: fc.array(fc.record({ weight: weightArb, achievement: achievementArb }), { maxLength: 4 }) }), {
      maxLength: 4,
    }),
  }),
  { maxLength: 4 },
);

function toPlan(tree: GenPerspective[]): { plan: ScorecardPlan; achievements: Map<string, AchievementLike> } {
  const plan = {
    perspectives: [] as Array<{ perspectiveId: string; weight: string }>,
    objectives: [] as Array<{ objectiveId: string; perspectiveId: string; weight: string | null }>,
    kpis: [] as Array<{ kpiId: string; objectiveId: string; weight: string }>,
  };
  const achievements = new Map<string, AchievementLike>();
  tree.forEach((p, i) => {
    plan.perspectives.push({ perspectiveId: `P${i}`, weight: p.weight });
    p.objectives.forEach((o, j) => {
      plan.objectives.push({ objectiveId: `O${i}.${j}`, perspectiveId: `P${i}`, weight: o.weight });
      o.kpis.forEach((k, m) => {
        plan.kpis.push({ kpiId: `K${i}.${j}.${m}`, objectiveId: `O${i}.${j}`, weight: k.weight });
        achievements.set(`K${i}.${j}.${m}`, k.achievement);
      });
    });
  });
  return { plan, achievements };
}

/** The expected scores, computed exactly from the generated tree (not from the plan). */
function expected(tree: GenPerspective[], mode: 'objectives' | 'kpis') {
  const value = (a: AchievementLike) => (a.measurable ? q(a.percent) : null);
  const objective = (o: GenObjective) => mean(o.kpis.filter((k) => k.achievement.measurable).map((k) => [q(k.weight), value(k.achievement)!]));
  const perspectives = tree.map((p) => {
    const objectives = p.objectives.map(objective);
    if (mode === 'kpis') {
      const kpis = p.objectives.flatMap((o) => o.kpis).filter((k) => k.achievement.measurable);
      return { objectives, score: mean(kpis.map((k) => [q(k.weight), value(k.achievement)!])) };
    }
    const equal = p.objectives.some((o) => o.weight === null);
    const pairs: Array<[Q, Q]> = [];
    p.objectives.forEach((o, j) => {
      if (objectives[j] !== null) pairs.push([equal ? qi(1) : q(o.weight!), objectives[j]!]);
    });
    return { objectives, score: mean(pairs) };
  });
  const card = mean(tree.flatMap((p, i): Array<[Q, Q]> => (perspectives[i].score === null ? [] : [[q(p.weight), perspectives[i].score!]])));
  return { perspectives, card };
}

const matches = (actual: string | null, exact: Q | null) => (actual === null ? exact === null : exact !== null && close(q(actual), exact));

describe('roll-up properties on random scorecards', () => {
  it('roll-ups equal an independent exact computation (objectives and kpis modes)', () => {
    fc.assert(
      fc.property(treeArb, fc.constantFrom<'objectives' | 'kpis'>('objectives', 'kpis'), (tree, mode) => {
        const { plan, achievements } = toPlan(tree);
        const actual = scoreScorecard(plan, achievements, mode === 'kpis' ? kpisMode : D);
        const want = expected(tree, mode);
        const perspectivesOk = actual.perspectives.every((p, i) => matches(p.score, want.perspectives[i].score) && p.objectives.every((o, j) => matches(o.score, want.perspectives[i].objectives[j])));
        return perspectivesOk && matches(actual.score, want.card) && actual.perspectives.length === tree.length;
      }),
      RUNS,
    );
  });

  const scoresOf = (s: ScorecardScore) =>
    JSON.stringify({
      card: [s.score, s.reason, s.used.map((u) => [u.id, u.normalisedWeight]), s.excluded.map((e) => [e.id, e.reason])],
      perspectives: s.perspectives.map((p) => [
        p.score,
        p.reason,
        p.used.map((u) => [u.id, u.normalisedWeight]),
        p.excluded.map((e) => [e.id, e.reason]),
        p.objectives.map((o) => [o.score, o.reason, o.used.map((u) => [u.id, u.normalisedWeight]), o.excluded.map((e) => [e.id, e.reason])]),
      ]),
    });
  const factorArb = fc.constantFrom('2', '3', '7', '0.5', '0.25', '12.5', '0.001', '1000', '1.1', '33');

  it('scaling the weights of a level by the same positive factor changes no score, exactly (as strings)', () => {
    fc.assert(
      fc.property(treeArb, factorArb, factorArb, factorArb, fc.constantFrom(D, kpisMode), (tree, fk, fo, fp, policy) => {
        const times = (w: string, f: string) => new Decimal(w).times(f).toString();
        const scaled = tree.map((p) => ({
          weight: times(p.weight, fp),
          objectives: p.objectives.map((o) => ({ weight: o.weight === null ? null : times(o.weight, fo), kpis: o.kpis.map((k) => ({ ...k, weight: times(k.weight, fk) })) })),
        }));
        const a = toPlan(tree);
        const b = toPlan(scaled);
        return scoresOf(scoreScorecard(a.plan, a.achievements, policy)) === scoresOf(scoreScorecard(b.plan, b.achievements, policy));
      }),
      RUNS,
    );
  });

  it('the cap holds at every level: no roll-up leaves [min, max] of the achievements it used', () => {
    fc.assert(
      fc.property(treeArb, fc.constantFrom(D, kpisMode), (tree, policy) => {
        const { plan, achievements } = toPlan(tree);
        const s = scoreScorecard(plan, achievements, policy);
        const within = (score: string | null, parts: Array<{ score: string }>) =>
          score === null || (new Decimal(score).gte(Decimal.min(...parts.map((p) => p.score))) && new Decimal(score).lte(Decimal.max(...parts.map((p) => p.score))));
        const inCap = (score: string | null) => score === null || (new Decimal(score).lte(D.achievement.cap!) && new Decimal(score).gte(0));
        return (
          within(s.score, s.used) && inCap(s.score) && s.perspectives.every((p) => within(p.score, p.used) && inCap(p.score) && p.objectives.every((o) => within(o.score, o.used) && inCap(o.score)))
        );
      }),
      RUNS,
    );
  });

  it('cascaded roll-up of a random organization tree equals an independent exact computation', () => {
    const unitsArb = fc.array(
      fc.record({
        parent: fc.nat(),
        hasParent: fc.boolean(),
        own: fc.option(
          fc.integer({ min: 0, max: 12_000 }).map((n) => new Decimal(n).div(100).toString()),
          { nil: null },
        ),
      }),
      { minLength: 1, maxLength: 15 },
    );
    const cwArb = fc.integer({ min: 0, max: 100 }).map((n) => new Decimal(n).div(100).toString());
    fc.assert(
      fc.property(unitsArb, cwArb, (gen, cw) => {
        // Parents always come earlier in the list: a forest.
        const units = gen.map((g, i) => ({ unitId: `U${i}`, parentUnitId: i > 0 && g.hasParent ? `U${g.parent % i}` : null, ownScore: g.own }));
        const exact = (i: number): Q | null => {
          const kids = units
            .map((u, j) => (u.parentUnitId === `U${i}` ? exact(j) : undefined))
            .filter((k): k is Q | null => k !== undefined)
            .filter((k): k is Q => k !== null);
          const own = units[i].ownScore === null ? null : q(units[i].ownScore!);
          const c = q(cw);
          const oneMinus = add(qi(1), { n: -c.n, d: c.d });
          const pairs: Array<[Q, Q]> = [];
          if (own) pairs.push([oneMinus, own]);
          if (kids.length > 0) pairs.push([c, div(kids.reduce(add, qi(0)), qi(kids.length))]);
          return mean(pairs);
        };
        const actual = cascadeScores(units, blend(cw));
        return actual.every((u, i) => matches(u.score, exact(i)));
      }),
      RUNS,
    );
  });
});
