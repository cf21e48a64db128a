import { problemLine } from '@capaian/ddd';
import { DEFAULT_LKE_WORKSHEET, assertValidLkeWorksheet, lkeCriteria, lkeCriterion, validateWorksheet, type LkeWorksheet } from './index.js';

/** A mutable deep copy of the default worksheet. */
const copy = (): LkeWorksheet => JSON.parse(JSON.stringify(DEFAULT_LKE_WORKSHEET)) as LkeWorksheet;

describe('DEFAULT_LKE_WORKSHEET (PermenPANRB 88/2021)', () => {
  const w = DEFAULT_LKE_WORKSHEET;
  it('is valid and frozen', () => {
    expect(validateWorksheet(w)).toEqual([]);
    expect(Object.isFrozen(w.components[0]!.subComponents[0]!.criteria)).toBe(true);
  });
  it('has the four components 30/30/15/25, each keberadaan/kualitas/pemanfaatan 20/30/50', () => {
    expect(w.components.map((c) => [c.code, c.weight])).toEqual([
      ['perencanaan', '30'],
      ['pengukuran', '30'],
      ['pelaporan', '15'],
      ['evaluasi', '25'],
    ]);
    for (const c of w.components)
      expect(c.subComponents.map((s) => [s.code, s.share])).toEqual([
        ['keberadaan', '20'],
        ['kualitas', '30'],
        ['pemanfaatan', '50'],
      ]);
  });
  it('has 3 to 5 criteria per sub-component, numbered <component>.<a|b|c>.<n>', () => {
    w.components.forEach((c, i) =>
      c.subComponents.forEach((s, j) => {
        expect(s.criteria.length).toBeGreaterThanOrEqual(3);
        expect(s.criteria.length).toBeLessThanOrEqual(5);
        s.criteria.forEach((k, n) => expect(k.code).toBe(`${i + 1}.${'abc'[j]}.${n + 1}`));
      }),
    );
    expect(lkeCriteria(w)).toHaveLength(42);
    expect(lkeCriterion(w, '2.a.3')).toMatchObject({
      componentCode: 'pengukuran',
      subComponentCode: 'keberadaan',
      criterion: { text: { id: 'Pengukuran kinerja menggunakan aplikasi TI' }, prefill: 'measurement_via_application' },
    });
    expect(lkeCriterion(w, '9.9.9')).toBeUndefined();
  });
  it('holds the answer scales as data: Y/T and AA..E', () => {
    expect(w.scales['yn']).toMatchObject({ kind: 'yes_no', values: { Y: '1', T: '0' } });
    expect(w.scales['abcde']).toMatchObject({ kind: 'graded', values: { AA: '1', A: '0.9', B: '0.8', C: '0.6', D: '0.3', E: '0' } });
  });
});

describe('validateWorksheet', () => {
  const problems = (edit: (w: LkeWorksheet) => void) => {
    const w = copy();
    edit(w);
    return validateWorksheet(w).map(problemLine);
  };
  it('weights must sum to 100', () => {
    expect(problems((w) => (w.components[2]!.weight = '10'))).toEqual(['components: weights must sum to 100 (they sum to 95)']);
    expect(problems((w) => (w.components[2]!.weight = '0'))).toContain('components[2].weight: must be > 0');
    expect(problems((w) => (w.components[2]!.weight = '15,5'))).toContain('components[2].weight: must be a decimal written as a string');
    expect(problems((w) => (w.components[2]!.weight = '15,5'))).toEqual(['components[2].weight: must be a decimal written as a string']);
    expect(problems((w) => (w.components[1]!.code = w.components[0]!.code))).toEqual([`components[1].code: duplicate component code ${DEFAULT_LKE_WORKSHEET.components[0]!.code}`]);
  });
  it('shares must sum to 100 in every component; sub-component codes are known and used once', () => {
    expect(problems((w) => (w.components[1]!.subComponents[0]!.share = '25'))).toEqual(['components[1].subComponents: shares must sum to 100 (they sum to 105)']);
    expect(problems((w) => (w.components[0]!.subComponents[1]!.code = 'keberadaan'))).toContain('components[0].subComponents[1].code: duplicate sub-component keberadaan in the component');
    expect(problems((w) => ((w.components[0]!.subComponents[1] as { code: string }).code = 'lainnya'))).toContain(
      'components[0].subComponents[1].code: must be one of keberadaan, kualitas, pemanfaatan',
    );
    expect(problems((w) => (w.components[0]!.subComponents[1]!.criteria = []))).toContain('components[0].subComponents[1].criteria: must be a non-empty array');
  });
  it('criterion codes are unique over the whole worksheet', () => {
    expect(problems((w) => (w.components[3]!.subComponents[2]!.criteria[0]!.code = '1.a.1'))).toEqual([
      'components[3].subComponents[2].criteria[0].code: duplicate criterion code 1.a.1 (also at components[0].subComponents[0].criteria[0])',
    ]);
  });
  it('every criterion names a known scale; pre-fill rules are known and need a scale with ratioAnswers', () => {
    expect(problems((w) => (w.components[0]!.subComponents[0]!.criteria[0]!.scale = 'likert'))).toEqual(['components[0].subComponents[0].criteria[0].scale: unknown scale "likert"']);
    expect(problems((w) => ((w.components[0]!.subComponents[0]!.criteria[0] as { prefill?: string }).prefill = 'guess'))).toEqual([
      'components[0].subComponents[0].criteria[0].prefill: unknown pre-fill rule "guess"',
    ]);
    expect(problems((w) => delete w.scales['yn']!.ratioAnswers)).toContain("components[0].subComponents[0].criteria[2].prefill: scale yn has no ratioAnswers to turn the rule's result into an answer");
  });
  it('scale values are decimals in [0, 1]; yes/no has two answers; ratioAnswers descend to 0 and name answers of the scale', () => {
    expect(problems((w) => (w.scales['abcde']!.values['AA'] = '1.5'))).toEqual(['scales.abcde.values.AA: must be between 0 and 1']);
    const withKey = copy();
    withKey.scales['a: b'] = { ...withKey.scales['abcde']!, values: { ...withKey.scales['abcde']!.values, AA: '2' } };
    expect(validateWorksheet(withKey)).toEqual([{ field: 'scales.a: b.values.AA', message: 'must be between 0 and 1' }]);
    expect(problems((w) => (w.scales['yn']!.values['R'] = '0.5'))).toContain('scales.yn.values: a yes_no scale has exactly two answers');
    expect(problems((w) => (w.scales['abcde']!.ratioAnswers![1]!.minPercent = '100'))).toContain('scales.abcde.ratioAnswers[1].minPercent: must be below the previous entry (descending order)');
    expect(problems((w) => (w.scales['abcde']!.ratioAnswers![5]!.minPercent = '10'))).toContain('scales.abcde.ratioAnswers[5].minPercent: the last entry must be 0 (every ratio gets an answer)');
    expect(problems((w) => (w.scales['abcde']!.ratioAnswers![0]!.answer = 'AAA'))).toContain('scales.abcde.ratioAnswers[0].answer: must be an answer code of the scale');
  });
  it('grades: highest first, unique, exactly the last one unbounded', () => {
    expect(problems((w) => (w.grades[1]!.min = '95'))).toEqual(['grades[1].min: must be below the previous grade (highest grade first)']);
    expect(problems((w) => (w.grades[6]!.min = '0'))).toEqual(['grades[6].min: the last grade must have min null (it takes every remaining total)']);
    expect(problems((w) => (w.grades[2]!.min = null))).toContain('grades[2].min: only the last grade may have min null');
    expect(problems((w) => (w.grades[1]!.code = 'AA'))).toContain('grades[1].code: duplicate grade AA');
  });
  it('never throws on junk and reports the ids', () => {
    expect(validateWorksheet(null)).toEqual([{ field: 'worksheet', message: 'must be an object' }]);
    expect(validateWorksheet({}).map(problemLine)).toEqual([
      'worksheetId: must be a non-empty string',
      'version: must be an integer >= 1',
      'scales: must be a non-empty object (scale code -> scale)',
      'components: must be a non-empty array',
      'grades: must be a non-empty array',
    ]);
    expect(() => assertValidLkeWorksheet({ ...copy(), version: 0 })).toThrow('invalid LKE worksheet: version: must be an integer >= 1');
  });
});
