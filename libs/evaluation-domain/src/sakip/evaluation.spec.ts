import { DeciderSpecification, fold } from '@capaian/ddd';
import {
  DEFAULT_LKE_WORKSHEET,
  SAKIP_EVALUATION_EVENT_SCHEMA_VERSION,
  SAKIP_EVALUATION_EVENT_TYPES,
  lkeCriteria,
  lkeScore,
  prefillAnswers,
  sakipCurrentScore,
  sakipEvaluationDecider,
  sakipEvaluationStreamId,
  type LkeSuggestion,
  type LkeWorksheet,
  type SakipEvaluationCommand,
  type SakipEvaluationEvent,
} from './index.js';

const spec = DeciderSpecification.for(sakipEvaluationDecider);
const eq = (a: unknown, e: unknown) => expect(a).toEqual(e);
const W = DEFAULT_LKE_WORKSHEET;
const AT = '2027-02-10T09:00:00+07:00';

const suggestions: LkeSuggestion[] = prefillAnswers(W, {
  kpiCount: 30,
  kpisWithTarget: 30,
  kpisWithDataSource: 30,
  objectivesCount: 8,
  objectivesAligned: 8,
  scorecardApproved: true,
  approvedAt: '2026-01-15',
  approvedVersion: 1,
  revisionCount: 0,
  realizationsExpected: 120,
  realizationsSubmitted: 120,
  realizationsOnTime: 100,
  realizationsVerified: 120,
  realizationsWithEvidence: 120,
  measurementViaApplication: true,
});
const startCommand: SakipEvaluationCommand = { type: 'start-evaluation', tenantId: 'kab', unitId: 'dpmptsp', year: 2026, worksheet: W, evaluatorId: 'inspektur-1', prefill: suggestions, at: AT };
const started: SakipEvaluationEvent = {
  type: 'sakip-evaluation-started',
  data: { tenantId: 'kab', unitId: 'dpmptsp', year: 2026, worksheet: W, evaluatorId: 'inspektur-1', prefill: suggestions, startedAt: AT },
};
const valueOf = (code: string, answer: string) => W.scales[lkeCriteria(W).find((e) => e.criterion.code === code)!.criterion.scale]!.values[answer]!;
const answered = (code: string, answer: string, suggestedAnswer: string | null = null): SakipEvaluationEvent => ({
  type: 'sakip-criterion-answered',
  data: { criterionCode: code, answer, value: valueOf(code, answer), note: null, evidence: [], suggestedAnswer, answeredBy: 'inspektur-1', answeredAt: AT },
});
const answer = (criterionCode: string, a: string, over: Partial<Extract<SakipEvaluationCommand, { type: 'answer-criterion' }>> = {}): SakipEvaluationCommand => ({
  type: 'answer-criterion',
  criterionCode,
  answer: a,
  note: null,
  evidence: [],
  evaluatorId: 'inspektur-1',
  at: AT,
  ...over,
});
const revise = (criterionCode: string, a: string, over: Partial<Extract<SakipEvaluationCommand, { type: 'revise-answer' }>> = {}): SakipEvaluationCommand => ({
  type: 'revise-answer',
  criterionCode,
  answer: a,
  reason: 'Bukti dukung PK tidak lengkap',
  reviewerId: 'reviewer-1',
  at: '2027-02-12T10:00:00+07:00',
  ...over,
});
const finalize: SakipEvaluationCommand = { type: 'finalize-evaluation', finalizedBy: 'inspektur-1', at: '2027-02-15T16:00:00+07:00' };

/** Every criterion answered: yes/no Y, graded B (0.8). */
const allAnswered: SakipEvaluationEvent[] = [started, ...lkeCriteria(W).map((e) => answered(e.criterion.code, e.criterion.scale === 'yn' ? 'Y' : 'B'))];
const finalized: SakipEvaluationEvent[] = [...allAnswered, ...spec.given(allAnswered).when(finalize).events()];

describe('SAKIP evaluation: identity and event names', () => {
  it('one stream per tenant, unit and year; explicit kebab event types, schema version 1', () => {
    expect(sakipEvaluationStreamId('kab', 'dpmptsp', 2026)).toBe('sakip-evaluation-kab.dpmptsp.2026');
    expect(Object.values(SAKIP_EVALUATION_EVENT_TYPES)).toEqual([
      'sakip-evaluation-started',
      'sakip-criterion-answered',
      'sakip-answer-revised',
      'sakip-evaluation-finalized',
      'sakip-evaluation-reopened',
    ]);
    expect(SAKIP_EVALUATION_EVENT_SCHEMA_VERSION).toEqual({
      'sakip-evaluation-started': 1,
      'sakip-criterion-answered': 1,
      'sakip-answer-revised': 1,
      'sakip-evaluation-finalized': 1,
      'sakip-evaluation-reopened': 1,
    });
  });
});

describe('SAKIP evaluation: start', () => {
  it('stores the worksheet in force and the suggestions', () => {
    spec.given([]).when(startCommand).then([started], eq);
    expect(suggestions.find((s) => s.criterionCode === '2.b.2')).toMatchObject({ answer: 'B' });
  });
  it('a second start is 409', () => {
    expect(spec.given([started]).when(startCommand).error()).toMatchObject({ code: 'EVALUATION_EXISTS', kind: 'conflict' });
  });
  it('refuses an invalid worksheet with every problem in details', () => {
    const bad = { ...W, components: W.components.map((c, i) => (i === 2 ? { ...c, weight: '10' } : c)) };
    const err = spec
      .given([])
      .when({ ...startCommand, worksheet: bad })
      .error() as Error & { code: string; field: string; details: unknown[] };
    expect(err).toMatchObject({ code: 'INVALID_WORKSHEET', field: 'worksheet.components', kind: 'unprocessable' });
    expect(err.details).toEqual([{ field: 'worksheet.components', errors: ['weights must sum to 100 (they sum to 95)'] }]);
    expect(err.message).toBe('LKE tidak sah: components: weights must sum to 100 (they sum to 95) / invalid worksheet');
  });
  it('refuses suggestions for unknown criteria, outside the scale, twice, or without their source', () => {
    const s0 = suggestions[0]!;
    const withPrefill = (prefill: unknown[]) =>
      spec
        .given([])
        .when({ ...startCommand, prefill: prefill as LkeSuggestion[] })
        .error();
    expect(withPrefill([{ ...s0, criterionCode: '9.z.1' }])).toMatchObject({ code: 'INVALID_PREFILL', field: 'prefill[0].criterionCode' });
    expect(withPrefill([{ ...s0, answer: 'AA' }])).toMatchObject({ code: 'INVALID_PREFILL', field: 'prefill[0].answer' });
    expect(withPrefill([s0, s0])).toMatchObject({ code: 'INVALID_PREFILL', field: 'prefill[1].criterionCode' });
    expect(withPrefill([{ ...s0, derivedFrom: null }])).toMatchObject({ code: 'INVALID_PREFILL', field: 'prefill[0].derivedFrom' });
  });
  it.each([
    [{ unitId: ' ' }, 'UNIT_REQUIRED', 'unitId'],
    [{ year: 26 }, 'INVALID_YEAR', 'year'],
    [{ evaluatorId: '' }, 'ACTOR_REQUIRED', 'evaluatorId'],
    [{ at: '2027-02-10' }, 'INVALID_INSTANT', 'at'],
  ])('checks unit, year, evaluator and time: %o is %s', (edit, code, field) => {
    expect(
      spec
        .given([])
        .when({ ...startCommand, ...edit })
        .error(),
    ).toMatchObject({ code, field });
  });
});

describe('SAKIP evaluation: answers', () => {
  it('answers a criterion with its value, note, evidence and the suggestion in force', () => {
    spec
      .given([started])
      .when(
        answer('2.b.2', 'A', { note: '  Rekap keterlambatan TW IV terlampir ', evidence: [{ url: 'https://drive.example.go.id/rekap.pdf', label: 'Rekap' }, { url: 'http://sakip.example.go.id/x' }] }),
      )
      .then(
        [
          {
            type: 'sakip-criterion-answered',
            data: {
              criterionCode: '2.b.2',
              answer: 'A',
              value: '0.9',
              note: 'Rekap keterlambatan TW IV terlampir',
              evidence: [
                { url: 'https://drive.example.go.id/rekap.pdf', label: 'Rekap' },
                { url: 'http://sakip.example.go.id/x', label: null },
              ],
              suggestedAnswer: 'B',
              answeredBy: 'inspektur-1',
              answeredAt: AT,
            },
          },
        ],
        eq,
      );
    spec
      .given([started])
      .when(answer('1.a.1', 'Y'))
      .then([answered('1.a.1', 'Y')], eq);
  });
  it('an unknown criterion is 404; an answer outside the scale is 422 naming `answer`', () => {
    expect(spec.given([started]).when(answer('9.z.9', 'Y')).error()).toMatchObject({ code: 'CRITERION_NOT_FOUND', kind: 'not_found', field: 'criterionCode' });
    const err = spec.given([started]).when(answer('1.a.1', 'AA')).error();
    expect(err).toMatchObject({ code: 'INVALID_ANSWER', kind: 'unprocessable', field: 'answer' });
    expect(err.message).toContain('Y, T');
    expect(spec.given([started]).when(answer('2.b.2', 'Y')).error()).toMatchObject({ code: 'INVALID_ANSWER', field: 'answer' });
  });
  it('evidence must be http(s) URLs without credentials', () => {
    for (const url of ['ftp://files.example.go.id/a.pdf', 'javascript:alert(1)', 'bukan url', 'https://user:pw@example.go.id/a']) {
      expect(
        spec
          .given([started])
          .when(answer('1.a.1', 'Y', { evidence: [{ url: 'https://ok.example.go.id' }, { url }] }))
          .error(),
      ).toMatchObject({ code: 'INVALID_EVIDENCE_URL', field: 'evidence[1].url' });
    }
    const many = Array.from({ length: 21 }, (_, i) => ({ url: `https://example.go.id/${i}` }));
    expect(
      spec
        .given([started])
        .when(answer('1.a.1', 'Y', { evidence: many }))
        .error(),
    ).toMatchObject({ code: 'TOO_MANY_EVIDENCE_LINKS' });
  });
  it('answering before the evaluation starts is 404', () => {
    expect(spec.given([]).when(answer('1.a.1', 'Y')).error()).toMatchObject({ code: 'EVALUATION_NOT_FOUND', kind: 'not_found' });
  });
  it('the same answer again is a no-op; a different one is 409 (revise it with a reason)', () => {
    expect(
      spec
        .given([started, answered('1.a.1', 'Y')])
        .when(answer('1.a.1', 'Y'))
        .events(),
    ).toEqual([]);
    expect(
      spec
        .given([started, answered('1.a.1', 'Y')])
        .when(answer('1.a.1', 'T'))
        .error(),
    ).toMatchObject({ code: 'ALREADY_ANSWERED', kind: 'conflict', field: 'criterionCode' });
  });
  it('suggestions are not answers: only answered criteria count', () => {
    const state = fold(sakipEvaluationDecider, [started]);
    expect([...state.suggestions.keys()]).toContain('1.a.3');
    expect(sakipCurrentScore(state)).toMatchObject({ total: '0', answered: 0, complete: false });
    expect(sakipCurrentScore(fold(sakipEvaluationDecider, [started, answered('1.a.3', 'T', 'Y')]))).toMatchObject({ answered: 1, total: '0' }); // the evaluator's T wins over the suggested Y
  });
});

describe('SAKIP evaluation: revisions by a reviewer', () => {
  const withAnswer = [
    started,
    {
      ...answered('1.a.3', 'Y', 'Y'),
      data: { ...answered('1.a.3', 'Y', 'Y').data, note: 'PK 2026 ditandatangani', evidence: [{ url: 'https://e.example.go.id/pk.pdf', label: 'PK' }] },
    } as SakipEvaluationEvent,
  ];
  it('revises an answer with a reason, keeping the previous answer whole in the event', () => {
    spec
      .given(withAnswer)
      .when(revise('1.a.3', 'T'))
      .then(
        [
          {
            type: 'sakip-answer-revised',
            data: {
              criterionCode: '1.a.3',
              answer: 'T',
              value: '0',
              note: 'PK 2026 ditandatangani',
              evidence: [{ url: 'https://e.example.go.id/pk.pdf', label: 'PK' }],
              reason: 'Bukti dukung PK tidak lengkap',
              revisedBy: 'reviewer-1',
              revisedAt: '2027-02-12T10:00:00+07:00',
              previous: { answer: 'Y', value: '1', note: 'PK 2026 ditandatangani', evidence: [{ url: 'https://e.example.go.id/pk.pdf', label: 'PK' }], by: 'inspektur-1', at: AT },
            },
          },
        ],
        eq,
      );
  });
  it('can replace note and evidence; the revised answer is the one that counts', () => {
    const ev = spec
      .given(withAnswer)
      .when(revise('1.a.3', 'T', { note: null, evidence: [] }))
      .events();
    expect(ev[0]).toMatchObject({ data: { note: null, evidence: [] } });
    expect(fold(sakipEvaluationDecider, [...withAnswer, ...ev]).answers.get('1.a.3')).toMatchObject({ answer: 'T', by: 'reviewer-1' });
  });
  it('needs a reason of at least 5 characters, an existing answer, a known criterion and a value of the scale', () => {
    expect(
      spec
        .given(withAnswer)
        .when(revise('1.a.3', 'T', { reason: ' ok ' }))
        .error(),
    ).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason', kind: 'unprocessable' });
    expect(spec.given(withAnswer).when(revise('1.a.1', 'T')).error()).toMatchObject({ code: 'CRITERION_NOT_ANSWERED', kind: 'conflict' });
    expect(spec.given(withAnswer).when(revise('0.0.0', 'T')).error()).toMatchObject({ code: 'CRITERION_NOT_FOUND', kind: 'not_found' });
    expect(spec.given(withAnswer).when(revise('1.a.3', 'B')).error()).toMatchObject({ code: 'INVALID_ANSWER', field: 'answer' });
    expect(
      spec
        .given(withAnswer)
        .when(revise('1.a.3', 'T', { reviewerId: '' }))
        .error(),
    ).toMatchObject({ code: 'ACTOR_REQUIRED', field: 'reviewerId' });
  });
  it('a revision that changes nothing is a no-op', () => {
    expect(spec.given(withAnswer).when(revise('1.a.3', 'Y')).events()).toEqual([]);
  });
});

describe('SAKIP evaluation: finalize and reopen', () => {
  it('refuses to finalize while criteria are unanswered, listing them', () => {
    const err = spec
      .given([started, answered('1.a.1', 'Y')])
      .when(finalize)
      .error() as Error & { code: string; details: Array<{ field: string }> };
    expect(err).toMatchObject({ code: 'EVALUATION_INCOMPLETE', kind: 'unprocessable', field: 'answers' });
    expect(err.message).toContain('41 kriteria belum dijawab: 1.a.2, 1.a.3, 1.a.4, 1.b.1');
    expect(err.details).toHaveLength(41);
    expect(err.details[0]).toEqual({ field: 'answers.1.a.2', errors: ['belum dijawab / not answered'], criterionCode: '1.a.2' });
    const oneLeft = allAnswered.filter((e) => !(e.type === 'sakip-criterion-answered' && e.data.criterionCode === '4.c.3'));
    expect(spec.given(oneLeft).when(finalize).error().message).toContain('1 kriteria belum dijawab: 4.c.3');
  });
  it('finalizes with the computed score and grade', () => {
    // Yes/no Y = 1, graded B = 0.8. Per component: keberadaan, kualitas, pemanfaatan
    //   perencanaan: 1.a 4 Y -> 6;  1.b 4 B + Y = 4.2 -> 9 x 4.2 / 5 = 7.56;  1.c 3 B + Y = 3.4 -> 15 x 3.4 / 4 = 12.75  => 26.31
    //   pengukuran:  2.a Y + B + Y = 2.8 -> 6 x 2.8 / 3 = 5.6;  2.b 4 B -> 9 x 0.8 = 7.2;  2.c B + Y + B + B = 3.4 -> 15 x 3.4 / 4 = 12.75  => 25.55
    //   pelaporan:   3.a 3 Y -> 3;  3.b 3 B -> 4.5 x 0.8 = 3.6;  3.c 3 B -> 7.5 x 0.8 = 6  => 12.6
    //   evaluasi:    4.a Y + B + B = 2.6 -> 5 x 2.6 / 3 = 13/3;  4.b 3 B -> 7.5 x 0.8 = 6;  4.c B + B + Y = 2.6 -> 12.5 x 2.6 / 3 = 32.5/3  => 45.5/3 + 6 = 15.1666... + 6
    //   total = 26.31 + 25.55 + 12.6 + 6 + 45.5/3 = 70.46 + 15.1666... = 85.62666...  -> A
    const [event] = spec.given(allAnswered).when(finalize).events();
    expect(event).toMatchObject({
      type: 'sakip-evaluation-finalized',
      data: {
        tenantId: 'kab',
        unitId: 'dpmptsp',
        year: 2026,
        worksheet: { worksheetId: 'permenpanrb-88-2021', version: 1 },
        round: 1,
        total: '85.62666666666666666666666666666667',
        grade: 'A',
        finalizedBy: 'inspektur-1',
        finalizedAt: '2027-02-15T16:00:00+07:00',
      },
    });
    if (event?.type !== 'sakip-evaluation-finalized') throw new Error('expected finalized');
    expect(event.data.score.complete).toBe(true);
    expect(event.data.score.components.map((c) => c.score)).toEqual(['26.31', '25.55', '12.6', '21.16666666666666666666666666666667']);
  });
  it('after finalizing, answers are locked (409) and a second finalization is 409', () => {
    expect(spec.given(finalized).when(answer('1.a.1', 'T')).error()).toMatchObject({ code: 'EVALUATION_FINALIZED', kind: 'conflict' });
    expect(spec.given(finalized).when(revise('1.a.1', 'T')).error()).toMatchObject({ code: 'EVALUATION_FINALIZED', kind: 'conflict' });
    expect(spec.given(finalized).when(finalize).error()).toMatchObject({ code: 'ALREADY_FINALIZED', kind: 'conflict' });
    expect(spec.given([]).when(finalize).error()).toMatchObject({ code: 'EVALUATION_NOT_FOUND' });
  });
  it('reopens with a reason; answers can be revised and the evaluation finalized again (round 2)', () => {
    const reopen: SakipEvaluationCommand = { type: 'reopen-evaluation', reason: 'Keberatan unit atas kriteria 1.a.1 diterima', reopenedBy: 'inspektur-1', at: '2027-02-20T08:00:00+07:00' };
    const reopened = spec.given(finalized).when(reopen).events();
    expect(reopened).toEqual([
      {
        type: 'sakip-evaluation-reopened',
        data: {
          round: 1,
          previousTotal: '85.62666666666666666666666666666667',
          previousGrade: 'A',
          reason: 'Keberatan unit atas kriteria 1.a.1 diterima',
          reopenedBy: 'inspektur-1',
          reopenedAt: '2027-02-20T08:00:00+07:00',
        },
      },
    ]);
    const revised = spec
      .given([...finalized, ...reopened])
      .when(revise('1.a.1', 'T'))
      .events();
    expect(revised).toHaveLength(1);
    const [again] = spec
      .given([...finalized, ...reopened, ...revised])
      .when(finalize)
      .events();
    // 1.a loses one Y of four: 6 x 3 / 4 = 4.5 instead of 6, so the total drops by 1.5.
    expect(again).toMatchObject({ data: { round: 2, total: '84.12666666666666666666666666666667', grade: 'A' } });
  });
  it('reopen needs a finalized evaluation and a reason', () => {
    const reopen = (reason: string): SakipEvaluationCommand => ({ type: 'reopen-evaluation', reason, reopenedBy: 'inspektur-1', at: AT });
    expect(spec.given(allAnswered).when(reopen('alasan cukup')).error()).toMatchObject({ code: 'NOT_FINALIZED', kind: 'conflict' });
    expect(spec.given(finalized).when(reopen('ok')).error()).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(spec.given([]).when(reopen('alasan cukup')).error()).toMatchObject({ code: 'EVALUATION_NOT_FOUND' });
  });
  it('scores with the worksheet version it was started with, whatever is in force later', () => {
    const v2: LkeWorksheet = { ...W, version: 2, scales: { ...W.scales, abcde: { ...W.scales['abcde']!, values: { ...W.scales['abcde']!.values, B: '0.7' } } } };
    const startedV2: SakipEvaluationEvent = { ...started, data: { ...started.data, worksheet: v2 } };
    const events = [startedV2, ...allAnswered.slice(1).map((e) => (e.type === 'sakip-criterion-answered' && e.data.answer === 'B' ? { ...e, data: { ...e.data, value: '0.7' } } : e))];
    const [event] = spec.given(events).when(finalize).events();
    expect(event).toMatchObject({ data: { worksheet: { version: 2 } } });
    if (event?.type !== 'sakip-evaluation-finalized') throw new Error('expected finalized');
    expect(event.data.total).toBe(lkeScore(v2, Object.fromEntries(lkeCriteria(v2).map((e) => [e.criterion.code, e.criterion.scale === 'yn' ? 'Y' : 'B']))).total);
    expect(event.data.total).not.toBe('85.62666666666666666666666666666667');
  });
});
