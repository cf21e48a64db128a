import { DeciderSpecification } from '@capaian/ddd';
import { storedInput } from './stored-inputs.test-helpers.js';
import { exampleApprovedKpi, exampleScorecardApproved } from '@capaian/contracts';
import { DEFAULT_SCORING_POLICY, policyRef, type ScoringPolicy } from '@capaian/scoring';
import {
  createEvaluationProjection,
  evaluateScorecard,
  inputsAsOf,
  rankUnits,
  scorecardTimeline,
  scoringPolicyDecider,
  policyOf,
  scoringPolicyVersions,
  DEFAULT_SCORING_POLICY_V0,
  type StoredInputLike,
} from './index.js';

const recorded = (kpiId: string, unitId: string, period: string, value: string, at: string, valueRevision = 1) =>
  storedInput(
    valueRevision === 1 ? 'measurement.realization-recorded' : 'measurement.realization-corrected',
    {
      realizationId: `${kpiId}-${period}`,
      kpiId,
      unitId,
      year: 2026,
      period,
      value,
      valueType: 'number',
      valueRevision,
      evidence: [],
      note: null,
      submittedAt: at,
      deadline: at,
      late: false,
      afterLock: false,
      ...(valueRevision > 1 ? { reason: 'koreksi data', supersedesRevision: valueRevision - 1, previousValue: '0' } : {}),
    },
    at,
  );

// Two OPDs under the Pemda. DPMPTSP: one objective, two KPIs (IKM average 82.5; permits, sum 1200).
const dpmptsp = exampleScorecardApproved({
  kpis: [
    exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01', weight: '50' }),
    exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-02', code: 'IKU-02', weight: '50', aggregation: 'sum', yearlyTarget: { value: '1200' }, periodTargets: [] }),
  ],
});
const dinkes = exampleScorecardApproved({
  scorecardId: 'dinkes-2026',
  unitId: 'dinkes',
  unitName: 'Dinas Kesehatan',
  perspectives: [{ perspectiveId: 'dinkes-2026.plg', code: 'PLG', name: 'Masyarakat', order: 1, weight: '100' }],
  objectives: [{ objectiveId: 'dinkes-2026.ss-01', code: 'SS-01', perspectiveId: 'dinkes-2026.plg', name: 'Sehat', weight: null, contributesTo: null }],
  kpis: [
    exampleApprovedKpi({
      kpiId: 'dinkes-2026.iku-01',
      objectiveId: 'dinkes-2026.ss-01',
      ownerUnitId: 'dinkes',
      frequency: 'yearly',
      aggregation: 'last',
      yearlyTarget: { value: '80' },
      periodTargets: [],
    }),
  ],
  initiatives: [],
});

const history: StoredInputLike[] = [
  storedInput('planning.scorecard-approved', dpmptsp, '2026-01-10T00:00:00.000Z'),
  storedInput('planning.scorecard-approved', dinkes, '2026-01-10T00:00:00.000Z'),
  recorded('dpmptsp-2026.iku-01', 'dpmptsp', 'Q1', '82.5', '2026-04-05T00:00:00.000Z'),
  recorded('dpmptsp-2026.iku-02', 'dpmptsp', 'Q1', '300', '2026-04-05T00:00:00.000Z'),
  recorded('dinkes-2026.iku-01', 'dinkes', 'Y', '72', '2026-04-06T00:00:00.000Z'),
  recorded('dpmptsp-2026.iku-01', 'dpmptsp', 'Q2', '78', '2026-07-05T00:00:00.000Z'),
  recorded('dpmptsp-2026.iku-01', 'dpmptsp', 'Q2', '80', '2026-07-20T00:00:00.000Z', 2),
];
const fold = (events: StoredInputLike[]) => {
  const p = createEvaluationProjection();
  for (const e of events) p.apply(e);
  return p.inputs;
};

describe('evaluation: scores from the kept inputs', () => {
  it('scores a scorecard under a policy, naming the policy and the positions used; a correction replaces the value', () => {
    const e = evaluateScorecard(fold(history), 'kab', 'dpmptsp-2026')!;
    expect(e.policy).toEqual({ policyId: 'permendagri-86-2017', version: 0 });
    expect(e.positions).toEqual({ from: 1, to: 7 });
    const ikm = e.kpis.find((k) => k.kpiId === 'dpmptsp-2026.iku-01')!;
    // average of Q1 82.5 and the corrected Q2 80 = 81.25 against 82.5 -> 98.48...
    expect(ikm.year.value).toBe('81.25');
    expect(ikm.year.achievement).toMatchObject({ measurable: true });
    expect(e.score.measurable).toBe(true);
    expect(e.score.band?.code).toBeDefined();
  });

  it('as of an instant: only what was known then (before the Q2 correction, before Q2 at all)', () => {
    const april = evaluateScorecard(inputsAsOf(history, { asOf: new Date('2026-04-30T00:00:00Z') }), 'kab', 'dpmptsp-2026')!;
    expect(april.kpis[0]!.year.value).toBe('82.5');
    expect(april.positions.to).toBe(4);
    const july = evaluateScorecard(inputsAsOf(history, { asOf: new Date('2026-07-10T00:00:00Z') }), 'kab', 'dpmptsp-2026')!;
    expect(july.kpis[0]!.year.value).toBe('80.25');
    expect(evaluateScorecard(inputsAsOf(history, { asOf: new Date('2025-12-31T00:00:00Z') }), 'kab', 'dpmptsp-2026')).toBeUndefined();
  });

  it('the timeline lists each event that moved the score, and is identical on a second replay', () => {
    const t = scorecardTimeline(history, 'kab', 'dpmptsp-2026');
    expect(t.map((p) => [p.position, p.eventType, p.subject])).toEqual([
      [1, 'planning.scorecard-approved', 'plan v1'],
      [3, 'measurement.realization-recorded', 'dpmptsp-2026.iku-01 Q1'],
      [4, 'measurement.realization-recorded', 'dpmptsp-2026.iku-02 Q1'],
      [6, 'measurement.realization-recorded', 'dpmptsp-2026.iku-01 Q2'],
      [7, 'measurement.realization-corrected', 'dpmptsp-2026.iku-01 Q2'],
    ]);
    expect(t[0]!.score).toBeNull();
    expect(scorecardTimeline(history, 'kab', 'dpmptsp-2026')).toEqual(t);
  });

  it('what-if: the same history under another policy gives another, reproducible score', () => {
    const strict: ScoringPolicy = { ...DEFAULT_SCORING_POLICY, policyId: 'what-if', version: 1, achievement: { ...DEFAULT_SCORING_POLICY.achievement, cap: '100' } };
    const inputs = fold(history);
    const real = evaluateScorecard(inputs, 'kab', 'dinkes-2026')!;
    const other = evaluateScorecard(inputs, 'kab', 'dinkes-2026', strict)!;
    expect(real.score.score).toBe('90');
    expect(other.policy).toEqual({ policyId: 'what-if', version: 1 });
    expect(evaluateScorecard(fold(history), 'kab', 'dinkes-2026', strict)).toEqual(other);
  });

  it("a ranking reusing evaluations already computed equals one computed from scratch; other tenants' or policies' evaluations are not reused", () => {
    const inputs = fold(history);
    const evaluated = new Map(['dpmptsp-2026', 'dinkes-2026'].map((id) => [id, evaluateScorecard(inputs, 'kab', id)!]));
    expect(rankUnits(inputs, 'kab', 2026, DEFAULT_SCORING_POLICY_V0, evaluated)).toEqual(rankUnits(inputs, 'kab', 2026));
    const foreign = new Map([...evaluated].map(([id, e]) => [id, { ...e, tenantId: 'kota-lain', score: { ...e.score, score: '1' } }]));
    expect(rankUnits(inputs, 'kab', 2026, DEFAULT_SCORING_POLICY_V0, foreign)).toEqual(rankUnits(inputs, 'kab', 2026));
    const otherPolicy = new Map([...evaluated].map(([id, e]) => [id, { ...e, policy: { policyId: 'x', version: 9 }, score: { ...e.score, score: '1' } }]));
    expect(rankUnits(inputs, 'kab', 2026, DEFAULT_SCORING_POLICY_V0, otherPolicy)).toEqual(rankUnits(inputs, 'kab', 2026));
  });

  it('ranks the OPDs of a tenant by score; rejected values do not count', () => {
    const r = rankUnits(fold(history), 'kab', 2026);
    expect(r.ranking.map((u) => [u.rank, u.unitId])).toEqual([
      [1, 'dinkes'],
      [2, 'dpmptsp'],
    ]); // 90 vs (98.48 + 25) / 2
    const rejected = storedInput(
      'measurement.realization-rejected',
      { realizationId: 'x', kpiId: 'dinkes-2026.iku-01', unitId: 'dinkes', year: 2026, period: 'Y', rejectedValueRevision: 1, value: '72', reason: 'bukti salah' },
      '2026-05-01T00:00:00.000Z',
    );
    const after = rankUnits(fold([...history, rejected]), 'kab', 2026);
    expect(after.ranking.find((u) => u.unitId === 'dinkes')).toMatchObject({ rank: null, score: null });
  });
});

describe('scoring policy decider (versioned data per tenant and year)', () => {
  const spec = DeciderSpecification.for(scoringPolicyDecider);
  const { version: _v, ...base } = DEFAULT_SCORING_POLICY;
  const set = (policy: object, reason = 'Kebijakan 2026') => ({ type: 'set-scoring-policy' as const, tenantId: 'kab', year: 2026, policy: policy as never, reason });
  it("numbers versions 1, 2... under the tenant's own policy id; the default (version 0) applies before any", () => {
    const [v1] = spec
      .given([])
      .when(set({ ...base, policyId: 'kab-2026' }))
      .events();
    expect(v1).toMatchObject({ type: 'scoring-policy-set', data: { version: 1, policy: { policyId: 'scoring-policy-kab.2026', version: 1 } } });
    const [v2] = spec
      .given([v1!])
      .when(set({ ...base, policyId: 'kab-2026', achievement: { ...base.achievement, cap: '150' } }, 'Cap dinaikkan'))
      .events();
    expect(v2).toMatchObject({ data: { version: 2, reason: 'Cap dinaikkan' } });
    const state = scoringPolicyDecider.evolve(scoringPolicyDecider.evolve(scoringPolicyDecider.initialState(), v1!), v2!);
    expect(policyOf(state)?.achievement.cap).toBe('150');
    expect(policyOf(state, 1)?.achievement.cap).toBe('120');
    expect(policyOf(scoringPolicyDecider.initialState())).toBe(DEFAULT_SCORING_POLICY_V0);
    expect(policyOf(state, 0)).toBe(DEFAULT_SCORING_POLICY_V0);
    expect(policyOf(state, 3)).toBeUndefined();
    expect(scoringPolicyVersions(state).map((p) => [p.policyId, p.version])).toEqual([
      ['permendagri-86-2017', 0],
      ['scoring-policy-kab.2026', 1],
      ['scoring-policy-kab.2026', 2],
    ]);
  });
  it('the default and a tenant version never share an identity, and version 0 keeps naming the default after a change', () => {
    const [v1] = spec
      .given([])
      .when(set({ ...DEFAULT_SCORING_POLICY, achievement: { ...base.achievement, cap: '100' } }))
      .events();
    const state = scoringPolicyDecider.evolve(scoringPolicyDecider.initialState(), v1!);
    const def = policyOf(state, 0)!;
    const own = policyOf(state)!;
    expect(policyRef(def)).toEqual({ policyId: 'permendagri-86-2017', version: 0 });
    expect(policyRef(own)).toEqual({ policyId: 'scoring-policy-kab.2026', version: 1 });
    expect(def).toEqual({ ...DEFAULT_SCORING_POLICY, version: 0 });
  });
  it("reads a policy-set event stored with a client policy id and version 1 as the tenant's version 1", () => {
    const stored = {
      type: 'scoring-policy-set' as const,
      data: { tenantId: 'kab', year: 2026, version: 1, policy: { ...DEFAULT_SCORING_POLICY, achievement: { ...base.achievement, cap: '100' } }, reason: 'Perbup 2026' },
    };
    const state = scoringPolicyDecider.evolve(scoringPolicyDecider.initialState(), stored);
    expect(policyRef(policyOf(state, 1)!)).toEqual({ policyId: 'scoring-policy-kab.2026', version: 1 });
    expect(policyOf(state, 1)!.achievement.cap).toBe('100');
    expect(policyRef(policyOf(state, 0)!)).toEqual({ policyId: 'permendagri-86-2017', version: 0 });
    const [v2] = spec
      .given([stored])
      .when(set({ ...base, achievement: { ...base.achievement, cap: '150' } }))
      .events();
    expect(v2!.data.version).toBe(2);
  });
  it('refuses an invalid policy naming the field, a missing reason, and records nothing for an unchanged one', () => {
    expect(
      spec
        .given([])
        .when(set({ ...base, achievement: { ...base.achievement, cap: 'banyak' } }))
        .error(),
    ).toMatchObject({ code: 'INVALID_POLICY', field: 'policy.achievement.cap' });
    expect(spec.given([]).when(set(base, '')).error()).toMatchObject({ code: 'REASON_REQUIRED' });
    const [v1] = spec.given([]).when(set(base)).events();
    expect(spec.given([v1!]).when(set(base, 'lagi yang sama')).events()).toEqual([]);
  });
});
