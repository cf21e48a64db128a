import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { initI18n } from '../../i18n';
import { issuesProblem } from './formModel';
import { bandField, gradeField, percentField, scoringForm, scoringInput, SCORING_FIELDS, type ScoringForm } from './scoringForm';
import type { ScoringPolicy } from './types';
import { DEFAULT_POLICY } from './testFixtures';

const withoutIdentity = ({ policyId: _id, version: _v, ...rest }: ScoringPolicy) => rest;
const issuesOf = (form: ScoringForm) => {
  const r = scoringInput(form);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};

describe('scoring policy form', () => {
  it('shows the document as the form and gives it back unchanged when nothing is edited', () => {
    const form = scoringForm(DEFAULT_POLICY);
    expect(form.cap).toBe('120');
    expect(form.bands[4]).toEqual({ code: 'sangat_tinggi', labelId: 'Sangat Tinggi', labelEn: 'Very high', min: '90', minInclusive: false, max: '', maxInclusive: false });
    expect(form.grades).toEqual([
      { grade: 'WTP', percent: '100' },
      { grade: 'WDP', percent: '75' },
      { grade: 'TW', percent: '25' },
      { grade: 'TMP', percent: '0' },
    ]);
    expect(scoringInput(form)).toEqual({ ok: true, value: withoutIdentity(DEFAULT_POLICY) });
  });

  it('keeps absent parts absent: no description, no display, no cap, no grade table', () => {
    const { description: _d, display: _x, ...rest } = DEFAULT_POLICY;
    const bare: ScoringPolicy = { ...rest, achievement: { ...rest.achievement, cap: null, categorical: { percents: null, relativeToTarget: true } } };
    const form = scoringForm(bare);
    expect(form).toMatchObject({ description: '', decimals: '', cap: '', gradesUsed: false, grades: [] });
    expect(scoringInput(form)).toEqual({ ok: true, value: withoutIdentity(bare) });
  });

  it('reads numbers as a person types them into the API decimal strings', () => {
    const form = { ...scoringForm(DEFAULT_POLICY), cap: '150,5', floor: ' 10 ', childWeight: '0,25' };
    const r = scoringInput(form);
    expect(r.ok && r.value.achievement).toMatchObject({ cap: '150.5', floor: '10' });
    expect(r.ok && r.value.rollup.cascade.childWeight).toBe('0.25');
    const edited = scoringForm(DEFAULT_POLICY);
    edited.bands = edited.bands.map((b) => (b.code === 'tinggi' ? { ...b, max: '91' } : b.code === 'sangat_tinggi' ? { ...b, min: '91' } : b));
    const bands = scoringInput(edited);
    expect(bands.ok && bands.value.bands.map((b) => [b.min, b.max])).toEqual([
      [null, '50'],
      ['50', '65'],
      ['65', '75'],
      ['75', '91'],
      ['91', null],
    ]);
  });

  it('names each problem by the field the API would name', () => {
    const form = scoringForm(DEFAULT_POLICY);
    form.cap = 'seratus';
    form.floor = '';
    form.decimals = '11';
    form.grades = [...form.grades, { grade: 'WTP', percent: 'x' }];
    form.bands = [...form.bands.slice(0, 4), { ...form.bands[4]!, code: 'tinggi', labelEn: ' ' }];
    expect(issuesOf(form)).toEqual([
      { field: SCORING_FIELDS.cap, key: 'errors.decimal' },
      { field: SCORING_FIELDS.floor, key: 'errors.required' },
      { field: SCORING_FIELDS.decimals, key: 'errors.integer', params: { min: 0, max: 10 } },
      { field: gradeField(4), key: 'errors.duplicateGrade', params: { grade: 'WTP' } },
      { field: percentField('WTP'), key: 'errors.decimal' },
      { field: bandField(4, 'code'), key: 'errors.duplicateBand', params: { code: 'tinggi' } },
      { field: bandField(4, 'label'), key: 'errors.labels' },
    ]);
  });

  it('asks for a grade when the table is on but empty, and for a band', () => {
    const form = { ...scoringForm(DEFAULT_POLICY), grades: [], bands: [] };
    expect(issuesOf(form).map((i) => i.key)).toEqual(['errors.noGrades', 'errors.noBands']);
    expect(scoringInput({ ...form, gradesUsed: false, bands: scoringForm(DEFAULT_POLICY).bands }).ok).toBe(true);
  });

  it('words the problems in the console language, on their fields', async () => {
    initI18n('id');
    const form = { ...scoringForm(DEFAULT_POLICY), cap: 'abc', decimals: '-1' };
    const problem = issuesProblem(issuesOf(form), i18n.t);
    expect(problem.fields).toEqual([
      { field: 'policy.achievement.cap', messages: ['Harus berupa angka, misalnya 100 atau 87,5'] },
      { field: 'policy.display.decimals', messages: ['Harus bilangan bulat 0–10'] },
    ]);
    await i18n.changeLanguage('en');
    expect(issuesProblem(issuesOf(form), i18n.t).fields[1]!.messages).toEqual(['Must be a whole number 0–10']);
    await i18n.changeLanguage('id');
  });
});
