import { DeciderSpecification, DomainError, problemLine } from '@capaian/ddd';
import {
  DEFAULT_REWARD_POLICY,
  parseRewardPeriod,
  recommend,
  recommendationDecisionDecider,
  recommendationDecisionStreamId,
  rewardFactsFromRanking,
  rewardPolicyDecider,
  rewardPolicyOf,
  rewardPolicyStreamId,
  validateRewardFacts,
  validateRewardPolicy,
  type Recommendation,
  type RecommendationDecisionCommand,
  type RewardFact,
  type RewardPolicy,
  type RewardRule,
  type ShortfallRule,
} from './index.js';

const fact = (unitId: string, period: string, score: string | null, rank: number | null = null): RewardFact => ({ unitId, unitName: unitId.toUpperCase(), period, score, rank });
const kinds = (recs: Recommendation[]) => recs.map((r) => `${r.period} ${r.unitId} ${r.kind}`);
/** The default policy without the TPP rule (to look at the other rules alone). */
const policyWith = (...ruleIds: string[]): RewardPolicy => ({ ...DEFAULT_REWARD_POLICY, rules: DEFAULT_REWARD_POLICY.rules.filter((r) => ruleIds.includes(r.ruleId)) });
const shortfallRules = policyWith('oral-warning', 'written-warning', 'postponed-promotion');
const quarterly = (p: RewardPolicy): RewardPolicy => ({ ...p, rules: p.rules.map((r) => ({ ...r, granularity: 'quarter' }) as RewardRule) });

describe('reward periods', () => {
  it('reads labels and numbers consecutive periods across years', () => {
    expect(parseRewardPeriod('2026')).toEqual({ label: '2026', granularity: 'year', year: 2026, part: 1, sequence: 2026, endMonth: 12 });
    expect(parseRewardPeriod('2026-Q1')!.sequence - parseRewardPeriod('2025-Q4')!.sequence).toBe(1);
    expect(parseRewardPeriod('2026-M01')!.sequence - parseRewardPeriod('2025-M12')!.sequence).toBe(1);
    expect(parseRewardPeriod('2026-S2')).toMatchObject({ granularity: 'semester', part: 2, endMonth: 12 });
    for (const bad of ['26', '2026-Q5', '2026-M13', '2026-Y', '2026Q1', 2026]) expect(parseRewardPeriod(bad)).toBeNull();
  });

  it('facts from a ranking (rankUnits) of a year or a sub-period', () => {
    const ranking = [{ unitId: 'dinkes', unitName: 'Dinas Kesehatan', score: '88.5', rank: 1, band: 'tinggi', scorecardId: 'x', ownScore: '88.5' }];
    expect(rewardFactsFromRanking(2026, ranking)).toEqual([{ unitId: 'dinkes', unitName: 'Dinas Kesehatan', period: '2026', score: '88.5', rank: 1 }]);
    expect(rewardFactsFromRanking(2026, ranking, 'Q2')[0]!.period).toBe('2026-Q2');
  });
});

describe('reward policy', () => {
  it('the default is valid and holds the DOMAIN.md rules', () => {
    expect(validateRewardPolicy(DEFAULT_REWARD_POLICY)).toEqual([]);
    expect(DEFAULT_REWARD_POLICY.rules.map((r) => [r.ruleId, r.kind, r.version, r.granularity])).toEqual([
      ['tpp-performance', 'tpp', 1, 'year'],
      ['certificate-top', 'certificate', 1, 'year'],
      ['oral-warning', 'oral_warning', 1, 'year'],
      ['written-warning', 'written_warning', 1, 'year'],
      ['postponed-promotion', 'postponed_promotion', 1, 'year'],
    ]);
  });

  it('lists every problem with its path', () => {
    const bad = {
      policyId: '',
      version: 1,
      rules: [
        { ruleId: 'TPP', version: 0, kind: 'tpp', granularity: 'week', label: { id: 'x', en: '' }, baseShare: '120', cap: '0' },
        { ruleId: 'c', version: 1, kind: 'certificate', granularity: 'year', label: { id: 'x', en: 'x' }, topN: 0, minScore: 90, minInclusive: 'no' },
        { ruleId: 'c', version: 1, kind: 'oral_warning', granularity: 'year', label: { id: 'x', en: 'x' }, threshold: '65', thresholdInclusive: true, consecutive: 1.5, notMeasurable: 'ignore' },
        { ruleId: 'd', version: 1, kind: 'bonus', granularity: 'year', label: { id: 'x', en: 'x' } },
      ],
    };
    expect(validateRewardPolicy(bad).map(problemLine)).toEqual([
      'policyId: must be a non-empty string',
      "rules[0].ruleId: must be lower case letters, digits, '.', '_' or '-'",
      'rules[0].version: must be an integer >= 1',
      'rules[0].granularity: must be one of year, semester, quarter, month',
      'rules[0].label: must be { id: string, en: string }, both non-empty',
      'rules[0].baseShare: must be <= 100',
      'rules[0].cap: must be > 0',
      'rules[1].topN: must be an integer >= 1',
      'rules[1].minScore: must be a decimal written as a string or null',
      'rules[1].minInclusive: must be a boolean',
      'rules[2].ruleId: duplicate rule id c',
      'rules[2].consecutive: must be an integer >= 1',
      "rules[2].notMeasurable: must be 'breaks_streak' or 'skipped'",
      'rules[3].kind: must be one of tpp, certificate, oral_warning, written_warning, postponed_promotion',
    ]);
  });

  it('recommend refuses an invalid policy or invalid facts (422 with every problem)', () => {
    const e1 = (() => {
      try {
        recommend({ ...DEFAULT_REWARD_POLICY, version: -1 }, []);
      } catch (e) {
        return e as DomainError;
      }
    })()!;
    expect(e1).toBeInstanceOf(DomainError);
    expect(e1).toMatchObject({ code: 'INVALID_REWARD_POLICY', kind: 'unprocessable', field: 'policy.version', details: [{ field: 'policy.version', errors: ['must be an integer >= 0'] }] });
    expect(e1.message).toBe('Kebijakan penghargaan dan sanksi tidak sah: version: must be an integer >= 0 / invalid reward policy');
    const facts = [fact('a', '2026', '80'), fact('a', '2026', '81'), fact('b', '2026-Q9', 'x', 0)];
    expect(validateRewardFacts(facts)).toEqual([
      { field: 'facts[1]', message: 'a second fact for unit a and period 2026' },
      { field: 'facts[2].period', message: 'must be a period such as 2026, 2026-S1, 2026-Q2 or 2026-M03' },
      { field: 'facts[2].score', message: 'must be a decimal string or null' },
      { field: 'facts[2].rank', message: 'must be an integer >= 1 or null' },
    ]);
    expect(validateRewardFacts('x')).toEqual([{ field: 'facts', message: 'must be an array' }]);
    expect(() => recommend(DEFAULT_REWARD_POLICY, facts)).toThrow(expect.objectContaining({ code: 'INVALID_REWARD_FACTS', field: 'facts[1]' }));
  });
});

describe('recommend: TPP performance part', () => {
  const tpp = policyWith('tpp-performance');

  it('in proportion to the score, capped at 100; none when the score is not measurable', () => {
    const recs = recommend(tpp, [fact('a', '2026', '85'), fact('b', '2026', '112.5'), fact('c', '2026', null), fact('d', '2026', '0')]);
    expect(recs.map((r) => [r.unitId, r.tpp!.payablePercent, r.tpp!.cappedScore])).toEqual([
      ['a', '85', '85'],
      ['b', '100', '100'],
      ['d', '0', '0'],
    ]);
    expect(recs[0]).toEqual({
      recommendationId: 'tpp-performance.v1.a.2026',
      kind: 'tpp',
      unitId: 'a',
      unitName: 'A',
      period: '2026',
      ruleId: 'tpp-performance',
      ruleVersion: 1,
      policy: { policyId: 'reward-punishment', version: 0 },
      reason: {
        id: 'TPP bagian kinerja: nilai kinerja 85.00 pada periode 2026; dibayarkan 85.00% dari tunjangan kinerja (100% x min(85.00; 100) / 100)',
        en: 'TPP performance part: performance score 85.00 in 2026; pay 85.00% of the performance allowance (100% x min(85.00, 100) / 100)',
      },
      inputs: [{ period: '2026', score: '85', rank: null }],
      tpp: { score: '85', baseShare: '100', cap: '100', cappedScore: '85', payablePercent: '85' },
    });
  });

  it('a base share below 100: 60 % x 85 / 100 = 51 %', () => {
    const policy: RewardPolicy = { ...tpp, rules: [{ ...(tpp.rules[0] as RewardRule & { kind: 'tpp' }), baseShare: '60' }] };
    expect(recommend(policy, [fact('a', '2026', '85')])[0]!.tpp!.payablePercent).toBe('51');
  });

  it('reads only facts of its granularity', () => {
    expect(recommend(tpp, [fact('a', '2026-Q1', '85')])).toEqual([]);
    expect(recommend(quarterly(tpp), [fact('a', '2026-Q1', '85'), fact('a', '2026', '85')]).map((r) => r.recommendationId)).toEqual(['tpp-performance.v1.a.2026-Q1']);
  });
});

describe('recommend: certificate for the top units', () => {
  const cert = policyWith('certificate-top');

  it('top 3 with a score above 90: exactly 90 does not qualify, rank 4 does not, no rank does not', () => {
    const recs = recommend(cert, [fact('a', '2026', '97', 1), fact('b', '2026', '93', 2), fact('c', '2026', '90', 3), fact('d', '2026', '91', 4), fact('e', '2026', '95', null)]);
    expect(recs.map((r) => r.unitId)).toEqual(['a', 'b']);
    expect(recs[1]!.reason.en).toBe('Certificate of appreciation: rank 2 in 2026 (top 3) with a performance score of 93.00 > 90');
    expect(recs[1]!.certificate).toEqual({ rank: 2, topN: 3, score: '93', minScore: '90', minInclusive: false });
  });

  it('ties at the N-th place all receive it (ranks 1, 2, 3, 3 -> four certificates)', () => {
    const recs = recommend(cert, [fact('a', '2026', '97', 1), fact('b', '2026', '95', 2), fact('c', '2026', '92', 3), fact('d', '2026', '92', 3), fact('e', '2026', '91', 5)]);
    expect(recs.map((r) => [r.unitId, r.certificate!.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 3],
    ]);
  });

  it('an inclusive minimum: exactly at the minimum qualifies', () => {
    const policy: RewardPolicy = { ...cert, rules: [{ ...(cert.rules[0] as RewardRule & { kind: 'certificate' }), minScore: '90', minInclusive: true }] };
    expect(recommend(policy, [fact('c', '2026', '90', 1)]).map((r) => r.unitId)).toEqual(['c']);
  });
});

describe('recommend: warnings and postponed promotion for repeated shortfalls', () => {
  it('exactly at the threshold (65) is a shortfall: oral warning; just above (65.0001) is not', () => {
    const recs = recommend(shortfallRules, [fact('a', '2026', '65'), fact('b', '2026', '65.0001')]);
    expect(kinds(recs)).toEqual(['2026 a oral_warning']);
    expect(recs[0]!.reason.id).toBe('Teguran lisan: nilai kinerja <= 65 dalam 1 periode berturut-turut (2026: 65.00); aturan ini berlaku mulai 1 periode');
  });

  it('escalates over consecutive years: oral, written, postponed promotion, and stays there while the shortfall lasts', () => {
    const recs = recommend(shortfallRules, [fact('a', '2023', '60'), fact('a', '2024', '55.5'), fact('a', '2025', '65'), fact('a', '2026', '40')]);
    expect(kinds(recs)).toEqual(['2023 a oral_warning', '2024 a written_warning', '2025 a postponed_promotion', '2026 a postponed_promotion']);
    const written = recs[1]!;
    expect(written.recommendationId).toBe('written-warning.v1.a.2024');
    expect(written.inputs).toEqual([
      { period: '2023', score: '60', rank: null },
      { period: '2024', score: '55.5', rank: null },
    ]);
    expect(written.shortfall).toEqual({ threshold: '65', thresholdInclusive: true, streak: 2, required: 2, supersedes: [{ ruleId: 'oral-warning', ruleVersion: 1, kind: 'oral_warning' }] });
    const fourth = recs[3]!;
    // the rule used the last 3 shortfalls; the streak is 4
    expect(fourth.inputs.map((i) => i.period)).toEqual(['2024', '2025', '2026']);
    expect(fourth.shortfall).toMatchObject({ streak: 4, required: 3, supersedes: [{ ruleId: 'written-warning' }, { ruleId: 'oral-warning' }] });
    expect(fourth.reason.en).toBe('Postponed rank promotion: performance score <= 65 in 4 consecutive period(s) (2024: 55.50, 2025: 65.00, 2026: 40.00); the rule applies from 3');
  });

  it('a score above the threshold ends the run', () => {
    expect(kinds(recommend(shortfallRules, [fact('a', '2024', '60'), fact('a', '2025', '70'), fact('a', '2026', '60')]))).toEqual(['2024 a oral_warning', '2026 a oral_warning']);
  });

  it('a missing period (no fact) breaks the run', () => {
    expect(kinds(recommend(shortfallRules, [fact('a', '2024', '60'), fact('a', '2026', '60')]))).toEqual(['2024 a oral_warning', '2026 a oral_warning']);
  });

  it('a not-measurable period breaks the run by default (no evidence of a shortfall), and gives nothing itself', () => {
    expect(kinds(recommend(shortfallRules, [fact('a', '2024', '60'), fact('a', '2025', null), fact('a', '2026', '60')]))).toEqual(['2024 a oral_warning', '2026 a oral_warning']);
  });

  it("with notMeasurable 'skipped', the periods around it count as consecutive and the inputs show it", () => {
    const skipping: RewardPolicy = { ...shortfallRules, rules: shortfallRules.rules.map((r) => ({ ...(r as ShortfallRule), notMeasurable: 'skipped' as const })) };
    const recs = recommend(skipping, [fact('a', '2024', '60'), fact('a', '2025', null), fact('a', '2026', '60')]);
    expect(kinds(recs)).toEqual(['2024 a oral_warning', '2026 a written_warning']);
    expect(recs[1]!.inputs).toEqual([
      { period: '2024', score: '60', rank: null },
      { period: '2025', score: null, rank: null },
      { period: '2026', score: '60', rank: null },
    ]);
    expect(recs[1]!.reason.id).toContain('(2024: 60.00, 2025: -, 2026: 60.00)');
    // a leading not-measurable period is not part of a run; a missing one still breaks it
    expect(kinds(recommend(skipping, [fact('a', '2023', null), fact('a', '2024', '60'), fact('a', '2026', '60')]))).toEqual(['2024 a oral_warning', '2026 a oral_warning']);
  });

  it('quarterly rules: a run continues across the year boundary (2025-Q4, 2026-Q1)', () => {
    const recs = recommend(quarterly(shortfallRules), [fact('a', '2025-Q3', '80'), fact('a', '2025-Q4', '62'), fact('a', '2026-Q1', '61'), fact('a', '2026', '60')]);
    expect(kinds(recs)).toEqual(['2025-Q4 a oral_warning', '2026-Q1 a written_warning']);
    expect(recs[1]!.recommendationId).toBe('written-warning.v1.a.2026-Q1');
  });

  it('units are independent; a strict threshold (< 65) leaves 65 alone', () => {
    const strict: RewardPolicy = { ...shortfallRules, rules: shortfallRules.rules.map((r) => ({ ...(r as ShortfallRule), thresholdInclusive: false })) };
    expect(kinds(recommend(strict, [fact('a', '2026', '65'), fact('b', '2026', '64.99')]))).toEqual(['2026 b oral_warning']);
  });
});

describe('recommend: the whole default policy, replay', () => {
  const facts = [
    fact('dinkes', '2025', '62', 3),
    fact('dpmptsp', '2025', '92.5', 1),
    fact('disdik', '2025', '91', 2),
    fact('disdik', '2026', '88', 2),
    fact('dinkes', '2026', '64', 3),
    fact('dpmptsp', '2026', '95', 1),
    fact('bappeda', '2026', null, null),
  ];

  it('gives the recommendations in a stable order: period, unit, kind', () => {
    expect(recommend(DEFAULT_REWARD_POLICY, facts).map((r) => r.recommendationId)).toEqual([
      'tpp-performance.v1.dinkes.2025',
      'oral-warning.v1.dinkes.2025',
      'tpp-performance.v1.disdik.2025',
      'certificate-top.v1.disdik.2025',
      'tpp-performance.v1.dpmptsp.2025',
      'certificate-top.v1.dpmptsp.2025',
      'tpp-performance.v1.dinkes.2026',
      'written-warning.v1.dinkes.2026',
      'tpp-performance.v1.disdik.2026',
      'tpp-performance.v1.dpmptsp.2026',
      'certificate-top.v1.dpmptsp.2026',
    ]);
  });

  it('is deterministic: same facts (in any order) and policy give an equal list with the same ids', () => {
    const first = recommend(DEFAULT_REWARD_POLICY, facts);
    expect(recommend(DEFAULT_REWARD_POLICY, facts)).toEqual(first);
    expect(recommend(DEFAULT_REWARD_POLICY, [...facts].reverse())).toEqual(first);
    expect(JSON.stringify(recommend(DEFAULT_REWARD_POLICY, JSON.parse(JSON.stringify(facts))))).toBe(JSON.stringify(first));
  });

  it('no facts, no recommendations', () => {
    expect(recommend(DEFAULT_REWARD_POLICY, [])).toEqual([]);
    expect(recommend({ ...DEFAULT_REWARD_POLICY, rules: [] }, facts)).toEqual([]);
  });
});

describe('recommendation decision (a person decides; nothing is applied)', () => {
  const spec = DeciderSpecification.for(recommendationDecisionDecider);
  const rec = recommend(shortfallRules, [fact('dinkes', '2025', '62'), fact('dinkes', '2026', '64')])[1]!;
  const snapshot = {
    kind: 'written_warning',
    unitId: 'dinkes',
    unitName: 'DINKES',
    period: '2026',
    ruleId: 'written-warning',
    ruleVersion: 1,
    policy: { policyId: 'reward-punishment', version: 0 },
    reason: rec.reason,
    inputs: rec.inputs,
  };
  const accept = (over: Partial<RecommendationDecisionCommand> = {}): RecommendationDecisionCommand =>
    ({
      type: 'accept-recommendation',
      tenantId: 'kab',
      recommendationId: rec.recommendationId,
      recommendation: rec,
      decidedBy: 'Sekda Kab. Contoh',
      decidedAt: '2027-02-01T03:00:00.000Z',
      note: 'Setuju',
      ...over,
    }) as RecommendationDecisionCommand;
  const reject = (over: Partial<RecommendationDecisionCommand> = {}): RecommendationDecisionCommand =>
    ({
      type: 'reject-recommendation',
      tenantId: 'kab',
      recommendationId: rec.recommendationId,
      recommendation: rec,
      decidedBy: 'Sekda Kab. Contoh',
      decidedAt: '2027-02-01T03:00:00.000Z',
      reason: 'Kepala dinas baru dilantik Desember',
      ...over,
    }) as RecommendationDecisionCommand;
  const accepted = {
    type: 'recommendation-accepted' as const,
    data: { tenantId: 'kab', recommendationId: 'written-warning.v1.dinkes.2026', recommendation: snapshot, decidedBy: 'Sekda Kab. Contoh', decidedAt: '2027-02-01T03:00:00.000Z', note: 'Setuju' },
  };

  it('accept -> recommendation-accepted, with a snapshot of what was decided', () => {
    spec
      .given([])
      .when(accept())
      .then([accepted as never], (a, e) => expect(a).toEqual(e));
  });

  it('reject with a reason -> recommendation-rejected', () => {
    expect(
      spec
        .given([])
        .when(reject({ note: null }))
        .events(),
    ).toEqual([{ type: 'recommendation-rejected', data: { ...accepted.data, note: null, reason: 'Kepala dinas baru dilantik Desember' } }]);
  });

  it('a rejection needs a reason (422)', () => {
    expect(
      spec
        .given([])
        .when(reject({ reason: '  no ' } as never))
        .error(),
    ).toMatchObject({ code: 'REASON_REQUIRED', kind: 'unprocessable', field: 'reason' });
  });

  it('deciding twice is a conflict (409), whatever the second decision', () => {
    for (const second of [accept(), reject()]) {
      const e = spec
        .given([accepted as never])
        .when(second)
        .error();
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ code: 'ALREADY_DECIDED', kind: 'conflict' });
    }
    const rejected = spec.given([]).when(reject()).events();
    expect(spec.given(rejected).when(accept()).error()).toMatchObject({ code: 'ALREADY_DECIDED', kind: 'conflict' });
  });

  it.each([
    ['an unknown recommendation (not recomputed from the history) is not found (404)', { recommendation: undefined }, { code: 'RECOMMENDATION_NOT_FOUND', kind: 'not_found' }],
    ['a recommendation id that is not recomputed is not found (404)', { recommendationId: 'oral-warning.v1.dinkes.2026' }, { code: 'RECOMMENDATION_NOT_FOUND', kind: 'not_found' }],
    ['who is required', { decidedBy: ' ' }, { code: 'DECIDED_BY_REQUIRED', field: 'decidedBy' }],
    ['when is required', { decidedAt: '1 Feb 2027' }, { code: 'INVALID_DECIDED_AT', field: 'decidedAt' }],
  ])('%s', (_, edit, expected) => {
    expect(spec.given([]).when(accept(edit)).error()).toMatchObject(expected);
  });

  it('one stream per tenant and recommendation', () => {
    expect(recommendationDecisionStreamId('kab', rec.recommendationId)).toBe('recommendation-decision-kab.written-warning.v1.dinkes.2026');
  });
});

describe('reward policy decider (versions of the policy and of its rules)', () => {
  const spec = DeciderSpecification.for(rewardPolicyDecider);
  const rulesInput = () => DEFAULT_REWARD_POLICY.rules.map(({ version: _v, ...r }) => r);
  const set = (rules = rulesInput(), reason = 'Perbup TPP 2026') => ({
    type: 'set-reward-policy' as const,
    tenantId: 'kab',
    year: 2026,
    policy: { policyId: 'reward-punishment', description: 'Kab. Contoh', rules },
    reason,
  });

  it('unchanged rules keep their version, a changed rule gets the next one', () => {
    const v1 = spec.given([]).when(set()).events();
    expect(v1[0]!.data.version).toBe(1);
    expect(v1[0]!.data.policy.rules.map((r) => r.version)).toEqual([1, 1, 1, 1, 1]);
    const stricter = rulesInput().map((r) => (r.ruleId === 'written-warning' ? { ...r, threshold: '70' } : r));
    const v2 = spec.given(v1).when(set(stricter)).events();
    expect(v2[0]!.data.version).toBe(2);
    expect(v2[0]!.data.policy.rules.map((r) => [r.ruleId, r.version])).toEqual([
      ['tpp-performance', 1],
      ['certificate-top', 1],
      ['oral-warning', 1],
      ['written-warning', 2],
      ['postponed-promotion', 1],
    ]);
    // the same policy again: nothing to store
    expect(
      spec
        .given([...v1, ...v2])
        .when(set(stricter))
        .events(),
    ).toEqual([]);
    // removed, then added back unchanged: continues its count
    const without = stricter.filter((r) => r.ruleId !== 'certificate-top');
    const v3 = spec
      .given([...v1, ...v2])
      .when(set(without))
      .events();
    const v4 = spec
      .given([...v1, ...v2, ...v3])
      .when(set(rulesInput()))
      .events();
    expect(v4[0]!.data.policy.rules.map((r) => [r.ruleId, r.version])).toEqual([
      ['tpp-performance', 1],
      ['certificate-top', 2],
      ['oral-warning', 1],
      ['written-warning', 3],
      ['postponed-promotion', 1],
    ]);
  });

  it('refuses a missing reason or an invalid policy (with every problem)', () => {
    expect(spec.given([]).when(set(rulesInput(), '')).error()).toMatchObject({ code: 'REASON_REQUIRED' });
    const bad = rulesInput().map((r) => (r.ruleId === 'oral-warning' ? { ...r, consecutive: 0 } : r));
    const e = spec.given([]).when(set(bad)).error() as DomainError;
    expect(e).toMatchObject({ code: 'INVALID_REWARD_POLICY', kind: 'unprocessable', field: 'policy.rules[2].consecutive' });
    expect(e.details).toEqual([{ field: 'policy.rules[2].consecutive', errors: ['must be an integer >= 1'] }]);
  });

  it('reads the policy in force, a version, or the default; one stream per tenant and year', () => {
    expect(rewardPolicyOf({ versions: [], records: [] })).toBe(DEFAULT_REWARD_POLICY);
    const v1 = spec.given([]).when(set()).events()[0]!.data.policy;
    expect(rewardPolicyOf({ versions: [v1], records: [{ version: 1, policyId: v1.policyId, reason: 'v1' }] }, 1)).toBe(v1);
    expect(rewardPolicyOf({ versions: [v1], records: [{ version: 1, policyId: v1.policyId, reason: 'v1' }] }, 2)).toBeUndefined();
    expect(rewardPolicyOf({ versions: [v1], records: [{ version: 1, policyId: v1.policyId, reason: 'v1' }] }, 0)).toBe(DEFAULT_REWARD_POLICY);
    expect([v1.policyId, v1.version]).toEqual(['reward-policy-kab.2026', 1]);
    expect([DEFAULT_REWARD_POLICY.policyId, DEFAULT_REWARD_POLICY.version]).toEqual(['reward-punishment', 0]);
    expect(rewardPolicyStreamId('kab', 2026)).toBe('reward-policy-kab.2026');
  });
});
