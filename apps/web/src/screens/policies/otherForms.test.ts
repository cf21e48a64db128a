import { describe, expect, it } from 'vitest';
import { emptyRule, reportingForm, reportingInput, rewardForm, rewardInput, vfmForm, vfmInput } from './otherForms';
import type { RewardPolicy, VfmPolicy } from './types';

const VFM: VfmPolicy = {
  policyId: 'vfm-3e',
  version: 0,
  description: 'Default 3E',
  outputKpis: 'process_else_all',
  flags: { inefficient: { enabled: true, below: '1' }, lowAbsorption: { enabled: true, below: '60' }, overCeiling: { enabled: true } },
};

const REWARDS: RewardPolicy = {
  policyId: 'reward-punishment',
  version: 0,
  rules: [
    { ruleId: 'tpp-performance', version: 1, kind: 'tpp', granularity: 'year', label: { id: 'TPP bagian kinerja', en: 'TPP performance part' }, baseShare: '100', cap: '100' },
    { ruleId: 'certificate-top', version: 2, kind: 'certificate', granularity: 'year', label: { id: 'Piagam', en: 'Certificate' }, topN: 3, minScore: null, minInclusive: false },
    {
      ruleId: 'oral-warning',
      version: 1,
      kind: 'oral_warning',
      granularity: 'quarter',
      label: { id: 'Teguran lisan', en: 'Oral warning' },
      threshold: '65',
      thresholdInclusive: true,
      consecutive: 1,
      notMeasurable: 'breaks_streak',
    },
  ],
};

describe('value-for-money form', () => {
  it('gives the document back unchanged, and reads the thresholds', () => {
    const { policyId: _p, version: _v, ...rest } = VFM;
    expect(vfmInput(vfmForm(VFM))).toEqual({ ok: true, value: rest });
    const r = vfmInput({ ...vfmForm(VFM), inefficientBelow: '0,9', lowAbsorptionOn: false });
    expect(r.ok && r.value.flags).toEqual({ inefficient: { enabled: true, below: '0.9' }, lowAbsorption: { enabled: false, below: '60' }, overCeiling: { enabled: true } });
  });

  it('refuses a threshold that is not a number, on its field', () => {
    expect(vfmInput({ ...vfmForm(VFM), lowAbsorptionBelow: 'enam puluh' })).toEqual({ ok: false, issues: [{ field: 'policy.flags.lowAbsorption.below', key: 'errors.decimal' }] });
  });
});

describe('reward rules form', () => {
  it('sends each rule with the parameters of its kind only, without the versions the service assigns', () => {
    const r = rewardInput(rewardForm(REWARDS));
    expect(r).toEqual({ ok: true, value: { rules: REWARDS.rules.map(({ version: _v, ...rule }) => rule) } });
    const form = rewardForm(REWARDS);
    expect(form.rules.map((x) => x.version)).toEqual([1, 2, 1]);
    form.rules[2] = { ...form.rules[2]!, kind: 'tpp' };
    const switched = rewardInput(form);
    expect(switched.ok && switched.value.rules[2]).toEqual({
      ruleId: 'oral-warning',
      kind: 'tpp',
      granularity: 'quarter',
      label: { id: 'Teguran lisan', en: 'Oral warning' },
      baseShare: '100',
      cap: '100',
    });
  });

  it('checks a new rule: its id, its names and its numbers', () => {
    const form = rewardForm(REWARDS);
    form.rules.push({ ...emptyRule(), ruleId: 'Oral Warning', consecutive: '0' }, { ...emptyRule(), ruleId: 'tpp-performance', labelId: 'x', labelEn: 'x', kind: 'certificate', topN: 'tiga' });
    expect(rewardInput(form)).toEqual({
      ok: false,
      issues: [
        { field: 'policy.rules[3].ruleId', key: 'errors.ruleId' },
        { field: 'policy.rules[3].label', key: 'errors.labels' },
        { field: 'policy.rules[3].consecutive', key: 'errors.integer', params: { min: 1, max: 100 } },
        { field: 'policy.rules[4].ruleId', key: 'errors.duplicateRule', params: { ruleId: 'tpp-performance' } },
        { field: 'policy.rules[4].topN', key: 'errors.integer', params: { min: 1, max: 1000 } },
      ],
    });
  });
});

describe('reporting deadline form', () => {
  it('is the PUT body without its reason', () => {
    const form = reportingForm({ policyId: 'reporting-2026.1', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: true });
    expect(form).toEqual({ deadlineDays: '10', acceptBeforePeriodEnd: true });
    expect(reportingInput({ ...form, deadlineDays: '15', acceptBeforePeriodEnd: false })).toEqual({ ok: true, value: { deadlineDaysAfterPeriodEnd: 15, acceptBeforePeriodEnd: false } });
  });

  it('wants whole days from 0 to 366', () => {
    for (const days of ['-1', '367', '1,5', ''])
      expect(reportingInput({ deadlineDays: days, acceptBeforePeriodEnd: true })).toEqual({
        ok: false,
        issues: [days === '' ? { field: 'deadlineDaysAfterPeriodEnd', key: 'errors.required' } : { field: 'deadlineDaysAfterPeriodEnd', key: 'errors.integer', params: { min: 0, max: 366 } }],
      });
  });
});
