import { DEFAULT_SCORING_POLICY } from '@capaian/scoring';
import { fold } from '@capaian/ddd';
import { PROPERTY_RUNS, anyKeyArb, assertPrototypeIntact, codeArb, decideSafely, distinctArb, fc } from '@capaian/ddd/testing';
import {
  DEFAULT_LKE_WORKSHEET,
  DEFAULT_REWARD_POLICY,
  DEFAULT_VFM_POLICY,
  lkeCriteria,
  lkeWorksheetDecider,
  lkeWorksheetOf,
  recommendationDecisionDecider,
  rewardPolicyDecider,
  sakipAnswerCodes,
  sakipAnswersJson,
  sakipCurrentScore,
  sakipEvaluationDecider,
  scoringPolicyDecider,
  vfmPolicyDecider,
  type LkeWorksheet,
  type Recommendation,
  type SakipEvaluationCommand,
  type SakipEvaluationEvent,
} from './index.js';

/**
 * Properties of every evaluation decider: codes and ids that look like Object.prototype members
 * ("constructor", "__proto__", "toString"...) are ordinary keys. Folding never throws, a lookup
 * answers "not found" unless defined, and what is set reads back.
 */
const AT = '2027-02-10T09:00:00+07:00';

/** The default worksheet with its criterion codes replaced by `codes` (in order; the rest keep theirs). */
function worksheetWith(codes: readonly string[]): LkeWorksheet {
  const w = JSON.parse(JSON.stringify(DEFAULT_LKE_WORKSHEET)) as LkeWorksheet;
  let i = 0;
  for (const c of w.components) for (const s of c.subComponents) for (const k of s.criteria) if (i < codes.length) k.code = codes[i++]!;
  return w;
}
const answerOf = (w: LkeWorksheet, code: string) => Object.keys(w.scales[lkeCriteria(w).find((e) => e.criterion.code === code)!.criterion.scale]!.values)[0]!;
const distinctCodes = distinctArb(codeArb, { minLength: 1, maxLength: 6 }).filter((cs) =>
  cs.every((c) => !DEFAULT_LKE_WORKSHEET.components.some((x) => x.subComponents.some((s) => s.criteria.some((k) => k.code === c)))),
);

describe('evaluation deciders: prototype-safe keys (property)', () => {
  afterEach(() => assertPrototypeIntact());

  it('SAKIP evaluation: criteria with any codes; answers are found only when given; answer then read round-trips; the score counts them', () => {
    fc.assert(
      fc.property(distinctCodes, fc.array(anyKeyArb, { minLength: 1, maxLength: 4 }), (codes, probes) => {
        const w = worksheetWith(codes);
        const start: SakipEvaluationCommand = { type: 'start-evaluation', tenantId: 'kab', unitId: 'dpmptsp', year: 2026, worksheet: w, evaluatorId: 'inspektur-1', prefill: [], at: AT };
        let events: SakipEvaluationEvent[] = sakipEvaluationDecider.decide(start, sakipEvaluationDecider.initialState());
        const [answeredCode] = codes;
        events = [
          ...events,
          ...sakipEvaluationDecider.decide(
            { type: 'answer-criterion', criterionCode: answeredCode!, answer: answerOf(w, answeredCode!), evaluatorId: 'inspektur-1', at: AT },
            fold(sakipEvaluationDecider, events),
          ),
        ];
        const state = fold(sakipEvaluationDecider, events);
        expect([...state.answers.keys()]).toEqual([answeredCode]);
        expect(state.answers.get(answeredCode!)?.answer).toBe(answerOf(w, answeredCode!));
        expect(Object.keys(sakipAnswerCodes(state))).toEqual([answeredCode]);
        expect(Object.keys(sakipAnswersJson(state).answers)).toEqual([answeredCode]);
        expect(sakipCurrentScore(state)).toMatchObject({ answered: 1 });
        const known = new Set(lkeCriteria(w).map((e) => e.criterion.code));
        for (const p of probes) {
          expect(state.answers.has(p)).toBe(p === answeredCode);
          const revise = decideSafely(sakipEvaluationDecider, events, { type: 'revise-answer', criterionCode: p, answer: 'Y', reason: 'Bukti tidak lengkap', reviewerId: 'r-1', at: AT });
          if (!known.has(p)) expect(revise).toMatchObject({ error: { code: 'CRITERION_NOT_FOUND' } });
          else if (p !== answeredCode) expect(revise).toMatchObject({ error: { code: 'CRITERION_NOT_ANSWERED' } });
          const answer = decideSafely(sakipEvaluationDecider, events, { type: 'answer-criterion', criterionCode: p, answer: p, evaluatorId: 'inspektur-1', at: AT });
          if (!known.has(p)) expect(answer).toMatchObject({ error: { code: 'CRITERION_NOT_FOUND' } });
        }
        const finalize = decideSafely(sakipEvaluationDecider, events, { type: 'finalize-evaluation', finalizedBy: 'inspektur-1', at: AT });
        expect(finalize).toMatchObject({ error: { code: 'EVALUATION_INCOMPLETE' } });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('SAKIP evaluation: any stream of answer events with arbitrary codes folds', () => {
    const eventArb = anyKeyArb.map((code): SakipEvaluationEvent => ({
      type: 'sakip-criterion-answered',
      data: { criterionCode: code, answer: code, value: '1', note: null, evidence: [], suggestedAnswer: null, answeredBy: 'x', answeredAt: AT },
    }));
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 8 }), (events) => {
        const state = fold(sakipEvaluationDecider, events);
        expect(new Set(state.answers.keys())).toEqual(new Set(events.map((e) => (e.data as { criterionCode: string }).criterionCode)));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('LKE worksheet versions: a worksheet with any criterion and answer codes is set and read back unchanged', () => {
    fc.assert(
      fc.property(distinctCodes, anyKeyArb, (codes, tenantId) => {
        const w = worksheetWith(codes);
        const events = lkeWorksheetDecider.decide({ type: 'set-lke-worksheet', tenantId, worksheet: w, reason: 'LKE baru 2027' }, lkeWorksheetDecider.initialState());
        const read = lkeWorksheetOf(fold(lkeWorksheetDecider, events));
        expect(
          lkeCriteria(read)
            .map((e) => e.criterion.code)
            .slice(0, codes.length),
        ).toEqual(codes);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('scoring policy: categorical grades with any names; set then read round-trips; any tenant id', () => {
    fc.assert(
      fc.property(
        distinctArb(
          anyKeyArb.filter((g) => g.trim() !== ''),
          { minLength: 1, maxLength: 5 },
        ),
        anyKeyArb,
        (grades, tenantId) => {
          const percents = Object.fromEntries(grades.map((g, i) => [g, String(i * 10)]));
          const policy = { ...DEFAULT_SCORING_POLICY, achievement: { ...DEFAULT_SCORING_POLICY.achievement, categorical: { percents, relativeToTarget: false } } };
          const r = decideSafely(scoringPolicyDecider, [], { type: 'set-scoring-policy', tenantId, year: 2026, policy, reason: 'Perbup penilaian' });
          if ('error' in r) throw r.error;
          const state = fold(scoringPolicyDecider, r.events);
          const stored = state.versions[0]!.achievement.categorical.percents!;
          expect(Object.keys(stored).sort()).toEqual([...grades].sort());
          for (const g of grades) expect(Object.prototype.hasOwnProperty.call(stored, g)).toBe(true);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('reward and value-for-money policies: any tenant id; set then read round-trips', () => {
    fc.assert(
      fc.property(anyKeyArb, (tenantId) => {
        const vfm = vfmPolicyDecider.decide(
          { type: 'set-vfm-policy', tenantId, year: 2026, policy: { ...DEFAULT_VFM_POLICY, description: `v ${tenantId}` }, reason: 'Kebijakan baru' },
          vfmPolicyDecider.initialState(),
        );
        expect(fold(vfmPolicyDecider, vfm).versions[0]).toMatchObject({ description: `v ${tenantId}` });
        const reward = decideSafely(rewardPolicyDecider, [], {
          type: 'set-reward-policy',
          tenantId,
          year: 2026,
          policy: { ...DEFAULT_REWARD_POLICY, description: `r ${tenantId}` },
          reason: 'Kebijakan baru',
        });
        if ('error' in reward) throw reward.error;
        expect(fold(rewardPolicyDecider, reward.events).versions[0]).toMatchObject({ description: `r ${tenantId}` });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('recommendation decision: any recommendation id; an unknown one is RECOMMENDATION_NOT_FOUND; accept then read round-trips', () => {
    fc.assert(
      fc.property(anyKeyArb, anyKeyArb, (recommendationId, probe) => {
        const recommendation = {
          recommendationId,
          kind: 'certificate',
          unitId: recommendationId,
          unitName: 'U',
          period: 'Y',
          ruleId: 'r',
          ruleVersion: 1,
          policy: { policyId: 'p', version: 1 },
          reason: { id: 'a', en: 'b' },
          inputs: [],
        } as unknown as Recommendation;
        const accept = { type: 'accept-recommendation' as const, tenantId: 'kab', recommendationId, recommendation, decidedBy: 'Sekda', decidedAt: AT, note: null };
        const events = recommendationDecisionDecider.decide(accept, recommendationDecisionDecider.initialState());
        expect(fold(recommendationDecisionDecider, events).decision).toMatchObject({ outcome: 'accepted', decidedBy: 'Sekda' });
        const other = decideSafely(recommendationDecisionDecider, [], { ...accept, recommendationId: probe, recommendation: probe === recommendationId ? recommendation : undefined });
        if (probe !== recommendationId) expect(other).toMatchObject({ error: { code: 'RECOMMENDATION_NOT_FOUND' } });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
