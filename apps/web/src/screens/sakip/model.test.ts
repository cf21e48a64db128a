import { describe, expect, it } from 'vitest';
import { toProblem } from '../../api/errors';
import { answerLabel, breakdownRows, criterionAnchor, criterionRows, earnedPoints, filterGroups, groupWorksheet, progressOf, scaleOptions, unansweredFromProblem } from './model';
import { evaluation, score, worksheet } from './testData';

describe('groupWorksheet', () => {
  it('groups components -> sub-components -> criteria in worksheet order, with points, suggestions, answers and the API scores', () => {
    const groups = groupWorksheet(evaluation());
    expect(groups.map((g) => g.component.code)).toEqual(['perencanaan', 'pengukuran']);
    const [plan] = groups;
    expect(plan!.subComponents.map((s) => [s.subComponent.code, s.max, s.criteria.map((c) => c.criterion.code)])).toEqual([
      ['keberadaan', 12, ['1.a.1', '1.a.2']],
      ['kualitas', 18, ['1.b.1']],
      ['pemanfaatan', 30, ['1.c.1']],
    ]);
    const [a1, a2] = plan!.subComponents[0]!.criteria;
    // 60 x 20 % = 12 points, over 2 criteria: 6 each.
    expect(a1!.points).toBe(6);
    expect(a1!.answer?.answer).toBe('Y');
    expect(a1!.suggestion).toBeUndefined();
    expect(a1!.deviates).toBe(false);
    expect(a2!.answer).toBeUndefined();
    expect(a2!.suggestion?.derivedFrom.id).toContain('telah ditetapkan');
    expect(a2!.scale?.kind).toBe('yes_no');
    const b1 = plan!.subComponents[1]!.criteria[0]!;
    expect(b1.deviates).toBe(true);
    expect(b1.answer?.value).toBe('0.8');
    expect(plan!.score?.score).toBe('20.4');
    expect(plan!.subComponents[1]!.score?.score).toBe('14.4');
    expect([plan!.answered, plan!.of]).toEqual([2, 4]);
    expect([groups[1]!.answered, groups[1]!.of]).toEqual([0, 3]);
  });

  it('gives nothing before the worksheet is known, and ignores answers the worksheet lacks', () => {
    expect(groupWorksheet(evaluation({ worksheet: null }))).toEqual([]);
    const groups = groupWorksheet(evaluation({ answers: { '9.9.9': evaluation().answers['1.a.1']! }, score: null }));
    expect(criterionRows(groups).filter((r) => r.answer)).toHaveLength(0);
    expect(groups[0]!.score).toBeUndefined();
  });

  it('reads criterion codes through Maps: a criterion coded "constructor" is unanswered, not Object.prototype.constructor', () => {
    const [first, ...rest] = worksheet.components;
    const odd = { ...first!, subComponents: [{ ...first!.subComponents[0]!, criteria: [{ code: 'constructor', text: { id: 'x', en: 'x' }, scale: 'yn' }] }] };
    const answers = JSON.parse('{"__proto__": {"answer": "Y", "value": "1", "note": null, "evidence": [], "by": "x", "at": "2026-01-01T00:00:00Z"}}');
    const groups = groupWorksheet(evaluation({ worksheet: { ...worksheet, components: [odd, ...rest] }, answers, suggestions: {} }));
    const row = criterionRows(groups)[0]!;
    expect(row.criterion.code).toBe('constructor');
    expect(row.answer).toBeUndefined();
    expect(row.suggestion).toBeUndefined();
  });
});

describe('progressOf', () => {
  it('counts answered criteria overall and per component, with a whole percent', () => {
    const groups = groupWorksheet(evaluation());
    expect(progressOf(groups)).toEqual({ answered: 2, of: 7, percent: 28, complete: false });
    expect(progressOf([groups[0]!])).toEqual({ answered: 2, of: 4, percent: 50, complete: false });
    expect(progressOf([])).toEqual({ answered: 0, of: 0, percent: 0, complete: false });
    expect(progressOf([{ answered: 3, of: 3 }])).toMatchObject({ percent: 100, complete: true });
  });
});

describe('breakdownRows', () => {
  it('lists each component, then its sub-components, with the API decimals kept and the share of the maximum', () => {
    const rows = breakdownRows(score);
    expect(rows.map((r) => `${r.level}:${r.componentCode}/${r.code}`)).toEqual([
      'component:perencanaan/perencanaan',
      'subComponent:perencanaan/keberadaan',
      'subComponent:perencanaan/kualitas',
      'subComponent:perencanaan/pemanfaatan',
      'component:pengukuran/pengukuran',
      'subComponent:pengukuran/keberadaan',
      'subComponent:pengukuran/kualitas',
      'subComponent:pengukuran/pemanfaatan',
    ]);
    expect(rows[0]).toMatchObject({ score: '20.4', max: '60', answered: 2, of: 4 });
    expect(rows[0]!.percentOfMax).toBeCloseTo(34);
    expect(rows[2]).toMatchObject({ score: '14.4', max: '18' });
    expect(rows[2]!.percentOfMax).toBeCloseTo(80);
    expect(breakdownRows(null)).toEqual([]);
    expect(breakdownRows({ ...score, components: [{ ...score.components[0]!, max: '0', subComponents: [] }] })[0]!.percentOfMax).toBeNull();
  });
});

describe('scales and points', () => {
  it('offers the scale values best first with their meaning', () => {
    const abcde = worksheet.scales['abcde'];
    expect(scaleOptions(abcde).map((o) => o.code)).toEqual(['AA', 'A', 'B', 'C', 'D', 'E']);
    expect(answerLabel(abcde, 'B')?.id).toBe('Sebagian besar terpenuhi');
    expect(answerLabel(abcde, 'A')).toBeUndefined();
    expect(scaleOptions(undefined)).toEqual([]);
  });

  it('an answer earns its points times its value', () => {
    const rows = criterionRows(groupWorksheet(evaluation()));
    expect(earnedPoints(rows.find((r) => r.criterion.code === '1.b.1')!)).toBeCloseTo(14.4);
    expect(earnedPoints(rows.find((r) => r.criterion.code === '1.a.2')!)).toBeNull();
  });
});

describe('filterGroups', () => {
  it('keeps only the criteria the filter shows and drops what is left empty', () => {
    const groups = groupWorksheet(evaluation());
    const codes = (f: Parameters<typeof filterGroups>[1]) => criterionRows(filterGroups(groups, f)).map((r) => r.criterion.code);
    expect(codes('all')).toHaveLength(7);
    expect(codes('answered')).toEqual(['1.a.1', '1.b.1']);
    expect(codes('unanswered')).toEqual(['1.a.2', '1.c.1', '2.a.1', '2.b.1', '2.c.1']);
    expect(codes('deviates')).toEqual(['1.b.1']);
    expect(codes('suggested')).toEqual(['1.a.2', '1.b.1']);
    expect(filterGroups(groups, 'deviates').map((g) => [g.component.code, g.subComponents.map((s) => s.subComponent.code)])).toEqual([['perencanaan', ['kualitas']]]);
  });
});

describe('unansweredFromProblem', () => {
  const rows = criterionRows(groupWorksheet(evaluation()));
  it('lists the criteria a refused finalization names, in worksheet order, and keeps codes the worksheet lacks', () => {
    const problem = toProblem(422, {
      code: 'EVALUATION_INCOMPLETE',
      field: 'answers',
      message: '3 kriteria belum dijawab / every criterion must be answered before finalizing',
      details: [
        { field: 'answers.2.a.1', errors: ['belum dijawab / not answered'], criterionCode: '2.a.1' },
        { field: 'answers.1.a.2', errors: ['belum dijawab / not answered'], criterionCode: '1.a.2' },
        { field: 'answers.9.z', errors: ['belum dijawab / not answered'] },
      ],
    });
    const out = unansweredFromProblem(problem, rows);
    expect(out.rows.map((r) => r.criterion.code)).toEqual(['1.a.2', '2.a.1']);
    expect(out.unknown).toEqual(['9.z']);
  });

  it('gives nothing for other problems', () => {
    expect(unansweredFromProblem(toProblem(409, { code: 'EVALUATION_FINALIZED', message: 'x' }), rows)).toEqual({ rows: [], unknown: [] });
    expect(unansweredFromProblem(undefined, rows)).toEqual({ rows: [], unknown: [] });
  });

  it('anchors are valid element ids', () => {
    expect(criterionAnchor('1.a.1')).toBe('criterion-1_a_1');
  });
});
