import fc from 'fast-check';
import { DEFAULT_SCORING_POLICY, Decimal, gradeScale, kpiAchievement, type KpiAchievement, type ScoringPolicy } from './index.js';

const RUNS = { numRuns: 200 };
const D = DEFAULT_SCORING_POLICY;
const withAchievement = (a: Partial<ScoringPolicy['achievement']>, base: ScoringPolicy = D): ScoringPolicy => ({ ...base, achievement: { ...base.achievement, ...a } });
const pct = (a: KpiAchievement) => (a.measurable ? a.percent : `not measurable: ${a.reason}`);
const cmp = (a: string, b: string) => new Decimal(a).comparedTo(b);

describe('kpiAchievement: numeric higher / lower is better', () => {
  const num = (polarity: 'higher_is_better' | 'lower_is_better', target: string | null, realization: string | undefined, policy: ScoringPolicy = D) =>
    kpiAchievement({ polarity }, { value: target }, realization, policy);

  it('higher is better: R / T x 100 without float error', () => {
    expect(num('higher_is_better', '80', '60')).toMatchObject({ measurable: true, percent: '75', capped: false });
    // 0.1 + 0.2 style traps: 0.3 / 0.1 is exactly 300 in decimal, then capped.
    expect(num('higher_is_better', '0.1', '0.3')).toMatchObject({ measurable: true, percent: '120', capped: true });
    expect(num('higher_is_better', '3', '1', withAchievement({ cap: null }))).toMatchObject({ percent: '33.' + '3'.repeat(32) });
  });

  it('lower is better: ratio and difference formulas are chosen by policy', () => {
    expect(num('lower_is_better', '5', '4')).toMatchObject({ measurable: true, percent: '120', capped: true });
    expect(num('lower_is_better', '5', '10')).toMatchObject({ percent: '50' });
    expect(num('lower_is_better', '5', '6', withAchievement({ lowerIsBetter: 'difference' }))).toMatchObject({ percent: '80' });
    expect(num('lower_is_better', '5', '11', withAchievement({ lowerIsBetter: 'difference' }))).toMatchObject({ measurable: true, percent: '0', capped: true });
  });

  it('says "not measurable" instead of dividing by zero or returning a silent 0', () => {
    expect(num('higher_is_better', '0', '5')).toEqual({ measurable: false, reason: 'zero_target' });
    expect(num('higher_is_better', null, '5')).toEqual({ measurable: false, reason: 'missing_target' });
    expect(num('higher_is_better', '5', undefined)).toEqual({ measurable: false, reason: 'missing_realization' });
    expect(num('lower_is_better', '5', '0')).toEqual({ measurable: false, reason: 'zero_realization' });
    expect(num('higher_is_better', '5', 'WTP')).toEqual({ measurable: false, reason: 'non_numeric_value' });
    expect(num('higher_is_better', '-5', '1')).toEqual({ measurable: false, reason: 'negative_target' });
  });

  const decimal = fc.integer({ min: 1, max: 10_000_000 }).map((n) => (n / 100).toFixed(2));
  it('property: higher is better never decreases as the realization grows, and respects cap and floor', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (t, a, b) => {
        const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const x = num('higher_is_better', t, lo);
        const y = num('higher_is_better', t, hi);
        if (!x.measurable || !y.measurable) return false;
        return cmp(x.percent, y.percent) <= 0 && cmp(y.percent, '120') <= 0 && cmp(x.percent, '0') >= 0;
      }),
      RUNS,
    );
  });
  it('property: lower is better never increases as the realization grows', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, fc.constantFrom<'ratio' | 'difference'>('ratio', 'difference'), (t, a, b, f) => {
        const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const x = num('lower_is_better', t, lo, withAchievement({ lowerIsBetter: f }));
        const y = num('lower_is_better', t, hi, withAchievement({ lowerIsBetter: f }));
        if (!x.measurable || !y.measurable) return false;
        return cmp(x.percent, y.percent) >= 0;
      }),
      RUNS,
    );
  });
});

describe('kpiAchievement: every polarity and value type', () => {
  const higher = { polarity: 'higher_is_better', valueType: 'number' } as const;
  const lower = { polarity: 'lower_is_better', valueType: 'duration' } as const;
  const range = { polarity: 'range', valueType: 'percent' } as const;
  const milestone = { polarity: 'milestone', valueType: 'milestone_date' } as const;
  const bpk = { polarity: 'higher_is_better', valueType: 'categorical', grades: ['WTP', 'WDP', 'TW', 'TMP'] } as const;

  it('higher / lower is better explain their formula and keep the raw value', () => {
    expect(kpiAchievement(higher, { value: '80' }, '100')).toEqual({ measurable: true, percent: '120', capped: true, raw: '125', formula: 'higher_ratio' });
    expect(kpiAchievement(lower, { value: '5' }, '4')).toMatchObject({ percent: '120', raw: '125', formula: 'lower_ratio' });
    expect(kpiAchievement(lower, { value: '5' }, '6', withAchievement({ lowerIsBetter: 'difference' }))).toMatchObject({ percent: '80', formula: 'lower_difference' });
    // A KPI may choose its own lower-is-better formula.
    expect(kpiAchievement({ ...lower, lowerIsBetter: 'difference' }, { value: '5' }, '6')).toMatchObject({ percent: '80', formula: 'lower_difference' });
    expect(kpiAchievement(lower, { value: '5' }, '-1')).toEqual({ measurable: false, reason: 'negative_realization' });
    expect(kpiAchievement(higher, { value: '80' }, '-5')).toMatchObject({ percent: '0', raw: '-6.25', capped: true });
  });

  it('not measurable: zero or missing target, missing realization, non-numeric value, unreadable target', () => {
    expect(pct(kpiAchievement(higher, null, '5'))).toBe('not measurable: missing_target');
    expect(pct(kpiAchievement(higher, {}, '5'))).toBe('not measurable: missing_target');
    expect(pct(kpiAchievement(higher, { value: '0' }, '5'))).toBe('not measurable: zero_target');
    expect(pct(kpiAchievement(higher, { value: '0.000' }, '5'))).toBe('not measurable: zero_target');
    expect(pct(kpiAchievement(higher, { value: '5' }, null))).toBe('not measurable: missing_realization');
    expect(pct(kpiAchievement(higher, { value: '5' }, ''))).toBe('not measurable: missing_realization');
    expect(pct(kpiAchievement(higher, { value: '5' }, '1e3'))).toBe('not measurable: non_numeric_value');
    expect(pct(kpiAchievement(higher, { value: 'lima' }, '5'))).toBe('not measurable: invalid_target');
  });

  it('range: 100 inside [min, max], falling linearly by band widths outside', () => {
    const t = { min: '2', max: '4' };
    expect(kpiAchievement(range, t, '2')).toMatchObject({ percent: '100', position: 'inside', formula: 'range_linear' });
    expect(kpiAchievement(range, t, '3.5')).toMatchObject({ percent: '100', position: 'inside' });
    expect(kpiAchievement(range, t, '5')).toMatchObject({ percent: '50', position: 'above' });
    expect(kpiAchievement(range, t, '1')).toMatchObject({ percent: '50', position: 'below' });
    expect(kpiAchievement(range, t, '1.5')).toMatchObject({ percent: '75' });
    expect(kpiAchievement(range, t, '6')).toMatchObject({ percent: '0', raw: '0', capped: false });
    expect(kpiAchievement(range, t, '9')).toMatchObject({ percent: '0', raw: '-150', capped: true });
    // widthPercent 200: reaches 0 two band widths away.
    expect(kpiAchievement(range, t, '5', withAchievement({ range: { falloff: 'linear', widthPercent: '200' } }))).toMatchObject({ percent: '75' });
    // Negative bands work (e.g. growth between -1 % and 1 %).
    expect(kpiAchievement(range, { min: '-1', max: '1' }, '-2')).toMatchObject({ percent: '50' });
    // A band of width zero uses |bound|: [3, 3], R = 4 -> 100 - 100 x 1/3.
    expect(kpiAchievement(range, { min: '3', max: '3' }, '4')).toMatchObject({ percent: '66.66666666666666666666666666666667' });
    expect(kpiAchievement(range, { value: '3' }, '3')).toMatchObject({ percent: '100' });
    expect(pct(kpiAchievement(range, { min: '0', max: '0' }, '1'))).toBe('not measurable: zero_target');
    expect(pct(kpiAchievement(range, { min: '4', max: '2' }, '3'))).toBe('not measurable: invalid_target');
    expect(pct(kpiAchievement(range, { min: '2' }, '3'))).toBe('not measurable: missing_target');
    expect(pct(kpiAchievement(range, t, 'dua'))).toBe('not measurable: non_numeric_value');
  });

  it('milestone: 100 on or before the date, minus the daily penalty when late, never below the minimum', () => {
    const t = { value: '2026-06-30' };
    expect(kpiAchievement(milestone, t, '2026-06-01')).toEqual({ measurable: true, percent: '100', capped: false, raw: '100', formula: 'milestone_late_penalty', daysLate: 0 });
    expect(kpiAchievement(milestone, t, '2026-06-30')).toMatchObject({ percent: '100', daysLate: 0 });
    expect(kpiAchievement(milestone, t, '2026-07-10')).toMatchObject({ percent: '90', daysLate: 10 });
    expect(kpiAchievement(milestone, t, '2027-06-30')).toMatchObject({ percent: '0', daysLate: 365 });
    const lenient = withAchievement({ milestone: { latePenaltyPerDay: '0.5', minimum: '60' } });
    expect(kpiAchievement(milestone, t, '2026-07-10', lenient)).toMatchObject({ percent: '95' });
    expect(kpiAchievement(milestone, t, '2026-12-31', lenient)).toMatchObject({ percent: '60', daysLate: 184 });
    // Leap years and month ends are calendar days.
    expect(kpiAchievement(milestone, { value: '2028-02-28' }, '2028-03-01')).toMatchObject({ daysLate: 2, percent: '98' });
    expect(pct(kpiAchievement(milestone, t, '2026-02-30'))).toBe('not measurable: invalid_date');
    expect(pct(kpiAchievement(milestone, { value: '30/06/2026' }, '2026-06-01'))).toBe('not measurable: invalid_target');
    expect(pct(kpiAchievement(milestone, t, null))).toBe('not measurable: missing_realization');
    // A milestone_date value type is a milestone whatever the polarity says.
    expect(kpiAchievement({ polarity: 'higher_is_better', valueType: 'milestone_date' }, t, '2026-07-01')).toMatchObject({ percent: '99' });
  });

  it('categorical: the policy mapping when it covers the KPI grades (BPK opinion), else by position', () => {
    expect(kpiAchievement(bpk, { value: 'WTP' }, 'WDP')).toMatchObject({ percent: '75', formula: 'categorical_policy' });
    expect(kpiAchievement(bpk, { value: 'WTP' }, 'TMP')).toMatchObject({ percent: '0' });
    expect(pct(kpiAchievement(bpk, { value: 'WTP' }, 'XYZ'))).toBe('not measurable: unknown_grade');
    expect(pct(kpiAchievement(bpk, { value: 'ABC' }, 'WTP'))).toBe('not measurable: invalid_target');
    expect(pct(kpiAchievement(bpk, null, 'WTP'))).toBe('not measurable: missing_target');
    const spbe = { polarity: 'higher_is_better', valueType: 'categorical', grades: ['Memuaskan', 'Sangat Baik', 'Baik', 'Cukup', 'Kurang'] } as const;
    expect(kpiAchievement(spbe, { value: 'Baik' }, 'Sangat Baik')).toMatchObject({ percent: '75', formula: 'categorical_position' });
    expect(kpiAchievement(spbe, { value: 'Baik' }, 'Kurang')).toMatchObject({ percent: '0' });
    expect(gradeScale(['A', 'B', 'C', 'D'])).toEqual({ source: 'position', percents: { A: '100', B: '66.66666666666666666666666666666667', C: '33.33333333333333333333333333333333', D: '0' } });
    expect(gradeScale(['Ada'])).toEqual({ source: 'position', percents: { Ada: '100' } });
    // Grades are user text: one named like an Object.prototype member is a grade like any other.
    const proto = gradeScale(['__proto__', 'constructor', 'toString'])!;
    expect(Object.keys(proto.percents)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(JSON.parse(JSON.stringify(proto.percents))).toEqual(JSON.parse('{"__proto__":"100","constructor":"50","toString":"0"}'));
    expect(gradeScale(['WDP', 'WTP'])).toEqual({ source: 'policy', percents: { WTP: '100', WDP: '75' } });
    expect(gradeScale(null, withAchievement({ categorical: { percents: null, relativeToTarget: false } }))).toBeNull();
    // Without any policy mapping, the BPK list is scored by position.
    const noMap = withAchievement({ categorical: { percents: null, relativeToTarget: false } });
    expect(kpiAchievement(bpk, { value: 'WTP' }, 'WDP', noMap)).toMatchObject({ percent: '66.66666666666666666666666666666667' });
    // Relative to target: realized / target grade percent.
    const relative = withAchievement({ categorical: { percents: D.achievement.categorical.percents, relativeToTarget: true } });
    expect(kpiAchievement(bpk, { value: 'WDP' }, 'WDP', relative)).toMatchObject({ percent: '100' });
    expect(kpiAchievement(bpk, { value: 'WDP' }, 'WTP', relative)).toMatchObject({ percent: '120', capped: true });
    expect(kpiAchievement(bpk, { value: 'WDP' }, 'TW', relative)).toMatchObject({ percent: '33.33333333333333333333333333333333' });
    expect(pct(kpiAchievement(bpk, { value: 'TMP' }, 'TW', relative))).toBe('not measurable: zero_target');
  });

  it('applies the policy cap and floor to every formula', () => {
    const p = withAchievement({ cap: '150', floor: '10' });
    expect(kpiAchievement(higher, { value: '10' }, '14', p)).toMatchObject({ percent: '140', capped: false });
    expect(kpiAchievement(higher, { value: '10' }, '20', p)).toMatchObject({ percent: '150', capped: true });
    expect(kpiAchievement(range, { min: '2', max: '4' }, '9', p)).toMatchObject({ percent: '10', capped: true });
    expect(kpiAchievement(milestone, { value: '2026-01-01' }, '2026-12-31', p)).toMatchObject({ percent: '10' });
    expect(kpiAchievement(bpk, { value: 'WTP' }, 'TMP', p)).toMatchObject({ percent: '10' });
    expect(kpiAchievement(higher, { value: '1' }, '1000', withAchievement({ cap: null }))).toMatchObject({ percent: '100000', capped: false });
  });
});

describe('kpiAchievement properties', () => {
  // Decimals with up to 4 places, positive, wide range.
  const pos = fc.integer({ min: 1, max: 1_000_000_000 }).map((n) => new Decimal(n).div(10_000).toString());
  const nonNeg = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => new Decimal(n).div(10_000).toString());
  const anySigned = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => new Decimal(n).div(10_000).toString());
  const policies = fc
    .record({
      cap: fc.option(fc.integer({ min: 100, max: 300 }).map(String), { nil: null }),
      floor: fc.integer({ min: -20, max: 60 }).map(String),
      lowerIsBetter: fc.constantFrom<'ratio' | 'difference'>('ratio', 'difference'),
      widthPercent: fc.integer({ min: 1, max: 500 }).map(String),
      latePenaltyPerDay: fc.integer({ min: 0, max: 500 }).map((n) => (n / 100).toString()),
      minimum: fc.integer({ min: -50, max: 100 }).map(String),
    })
    .map((r): ScoringPolicy =>
      withAchievement({
        cap: r.cap,
        floor: r.floor,
        lowerIsBetter: r.lowerIsBetter,
        range: { falloff: 'linear', widthPercent: r.widthPercent },
        milestone: { latePenaltyPerDay: r.latePenaltyPerDay, minimum: r.minimum },
      }),
    );
  const sorted = (a: string, b: string) => (cmp(a, b) <= 0 ? [a, b] : [b, a]);
  const measured = (a: KpiAchievement) => {
    if (!a.measurable) throw new Error(`unexpectedly not measurable: ${a.reason}`);
    return a.percent;
  };

  it('higher is better: non-decreasing in R, for any policy', () => {
    fc.assert(
      fc.property(policies, pos, anySigned, anySigned, (p, t, a, b) => {
        const [lo, hi] = sorted(a, b);
        const x = measured(kpiAchievement({ polarity: 'higher_is_better' }, { value: t }, lo, p));
        const y = measured(kpiAchievement({ polarity: 'higher_is_better' }, { value: t }, hi, p));
        return cmp(x, y) <= 0;
      }),
      RUNS,
    );
  });

  it('lower is better: non-increasing in R (ratio for R > 0, difference for any R)', () => {
    fc.assert(
      fc.property(policies, pos, pos, pos, anySigned, anySigned, (p, t, a, b, c, d) => {
        const [lo, hi] = sorted(a, b);
        const ratio = { ...p, achievement: { ...p.achievement, lowerIsBetter: 'ratio' as const } };
        const x = measured(kpiAchievement({ polarity: 'lower_is_better' }, { value: t }, lo, ratio));
        const y = measured(kpiAchievement({ polarity: 'lower_is_better' }, { value: t }, hi, ratio));
        const [lo2, hi2] = sorted(c, d);
        const u = measured(kpiAchievement({ polarity: 'lower_is_better', lowerIsBetter: 'difference' }, { value: t }, lo2, p));
        const v = measured(kpiAchievement({ polarity: 'lower_is_better', lowerIsBetter: 'difference' }, { value: t }, hi2, p));
        return cmp(x, y) >= 0 && cmp(u, v) >= 0;
      }),
      RUNS,
    );
  });

  it('range: 100 (within cap/floor) inside the band, non-increasing in the distance from it, on both sides', () => {
    fc.assert(
      fc.property(policies, anySigned, nonNeg, nonNeg, nonNeg, fc.boolean(), (p, min, width, d1, d2, above) => {
        const max = new Decimal(min).plus(width).toString();
        if (new Decimal(max).isZero() && new Decimal(min).isZero()) return true; // [0, 0] is not measurable
        const [near, far] = sorted(d1, d2);
        const at = (d: string) => (above ? new Decimal(max).plus(d) : new Decimal(min).minus(d)).toString();
        const x = measured(kpiAchievement({ polarity: 'range' }, { min, max }, at(near), p));
        const y = measured(kpiAchievement({ polarity: 'range' }, { min, max }, at(far), p));
        const inside = measured(kpiAchievement({ polarity: 'range' }, { min, max }, at('0'), p));
        const hundred = Decimal.max(p.achievement.floor, Decimal.min(p.achievement.cap ?? '100', '100')).toString();
        return cmp(x, y) >= 0 && inside === hundred;
      }),
      RUNS,
    );
  });

  const day = fc.integer({ min: -400, max: 800 });
  const dateOf = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  it('milestone: non-increasing in lateness', () => {
    fc.assert(
      fc.property(policies, day, day, day, (p, due, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const x = kpiAchievement({ polarity: 'milestone', valueType: 'milestone_date' }, { value: dateOf(due) }, dateOf(early), p);
        const y = kpiAchievement({ polarity: 'milestone', valueType: 'milestone_date' }, { value: dateOf(due) }, dateOf(late), p);
        const lateness = (r: KpiAchievement) => (r.measurable ? r.daysLate : -1);
        return cmp(measured(x), measured(y)) >= 0 && lateness(x) === Math.max(0, early - due) && lateness(y) === Math.max(0, late - due);
      }),
      RUNS,
    );
  });

  it('categorical: a better grade never scores lower (by position and relative to the target)', () => {
    fc.assert(
      fc.property(policies, fc.integer({ min: 1, max: 8 }), fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (p, n, i, j, k, relative) => {
        const grades = Array.from({ length: n }, (_, g) => `G${g}`);
        const [better, worse] = i % n <= j % n ? [i % n, j % n] : [j % n, i % n];
        const q = { ...p, achievement: { ...p.achievement, categorical: { percents: null, relativeToTarget: relative } } };
        const spec = { polarity: 'higher_is_better', valueType: 'categorical', grades } as const;
        const target = { value: grades[relative ? k % Math.max(1, n - 1) : k % n] };
        const x = measured(kpiAchievement(spec, target, grades[better], q));
        const y = measured(kpiAchievement(spec, target, grades[worse], q));
        return cmp(x, y) >= 0;
      }),
      RUNS,
    );
  });

  it('the cap and the floor are respected by every formula', () => {
    const anyKpi = fc.oneof(
      fc.tuple(
        fc.constant({ polarity: 'higher_is_better' } as const),
        pos.map((v) => ({ value: v })),
        anySigned,
      ),
      fc.tuple(
        fc.constantFrom({ polarity: 'lower_is_better', lowerIsBetter: 'ratio' } as const, { polarity: 'lower_is_better', lowerIsBetter: 'difference' } as const),
        pos.map((v) => ({ value: v })),
        pos,
      ),
      fc.tuple(
        fc.constant({ polarity: 'range' } as const),
        fc.tuple(anySigned, pos).map(([min, w]) => ({ min, max: new Decimal(min).plus(w).toString() })),
        anySigned,
      ),
      fc.tuple(
        fc.constant({ polarity: 'milestone', valueType: 'milestone_date' } as const),
        day.map((d) => ({ value: dateOf(d) })),
        day.map(dateOf),
      ),
      fc.tuple(
        fc.constant({ polarity: 'higher_is_better', valueType: 'categorical', grades: ['WTP', 'WDP', 'TW', 'TMP'] } as const),
        fc.constantFrom('WTP', 'WDP', 'TW').map((v) => ({ value: v })),
        fc.constantFrom('WTP', 'WDP', 'TW', 'TMP'),
      ),
    );
    fc.assert(
      fc.property(policies, fc.boolean(), anyKpi, (p, relative, [spec, target, r]) => {
        const q = { ...p, achievement: { ...p.achievement, categorical: { ...p.achievement.categorical, relativeToTarget: relative } } };
        const a = kpiAchievement(spec, target, r, q);
        if (!a.measurable) return false;
        const cap = q.achievement.cap;
        return cmp(a.percent, q.achievement.floor) >= 0 && (cap === null || cmp(a.percent, cap) <= 0) && a.capped === (a.percent !== a.raw);
      }),
      RUNS,
    );
  });
});
