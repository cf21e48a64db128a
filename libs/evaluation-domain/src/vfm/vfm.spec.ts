import { DeciderSpecification, problemLine } from '@capaian/ddd';
import { storedInput } from '../stored-inputs.test-helpers.js';
import { exampleApprovedKpi, exampleBudgetRealizationCorrected, exampleBudgetRealizationRecorded, exampleScorecardApproved, type ScorecardApprovedV1 } from '@capaian/contracts';
import { policyRef, type AchievementLike } from '@capaian/scoring';
import { inputsAsOf } from '../evaluate.js';
import {
  DEFAULT_VFM_POLICY,
  budgetFactOf,
  budgetSummary,
  vfmFigures,
  foldBudgetFacts,
  validateVfmPolicy,
  valueForMoney,
  valueForMoneyOf,
  vfmPolicyDecider,
  vfmPolicyOf,
  type VfmInput,
  type VfmLine,
  type VfmPolicy,
} from './index.js';

// ---------------------------------------------------------------------------------------------
// Worked example (computed by hand). One unit (DPMPTSP 2026), two objectives:
//   SS-01: IKU-01 result 110 %, IKK-01 process 90 %, IKK-02 process 100 %
//   SS-02: IKU-02 result 80 %, IKU-03 result not measurable (no realization)
// Initiatives (pagu) and what was reported on each (realisasi):
//   P-01 program      [SS-01]  1 000 000 000   own   50 000 000
//     K-01 kegiatan   []         600 000 000   own  360 000 000   (inherits SS-01 from P-01)
//       SK-01 sub     [SS-01]    250 000 000   own  200 000 000
//     K-02 kegiatan   [SS-02]    300 000 000   own  330 000 000   (over its pagu)
//   P-02 program      [SS-02]    200 000 000   nothing reported
//   P-03 program      [SS-02]              0   own    5 000 000   (zero pagu)
// Output KPIs per objective: SS-01 has process KPIs -> IKK-01, IKK-02; SS-02 has none -> all its KPIs.
//   output(SS-01) = (90 + 100) / 2 = 95;  output(SS-02) = 80 (IKU-03 not measurable, left out)
//   output(SS-01 + SS-02) = (90 + 100 + 80) / 3 = 90
//   outcome(SS-01) = 110; outcome(SS-02) = 80; outcome(both) = (110 + 80) / 2 = 95
// SK-01: absorption 200/250 = 80 %, savings 50 000 000; efficiency 95 / 80 = 1.1875; effectiveness 110.
// K-01 (+SK-01): pagu max(600, 250) = 600 M; realized 360 + 200 = 560 M; absorption 93.33.. %;
//   savings 40 M; efficiency 95 / 93.33.. = 95 x 600 / (560 x 100) = 57/56 = 1.017857..; no flag.
// K-02: absorption 330/300 = 110 %, over by 30 M (no savings); efficiency 80 / 110 = 8/11 = 0.7272..
//   -> flags over_ceiling and inefficient (< 1).
// P-01 (+K-01, SK-01, K-02): pagu max(1000, 600 + 300) = 1000 M; realized 50 + 560 + 330 = 940 M;
//   absorption 94 %; savings 60 M (the program is within its pagu though K-02 is not);
//   output 90 -> efficiency 90 / 94 = 0.95744..: inefficient; effectiveness 95.
// P-02: nothing reported -> economy and efficiency not measurable (no_budget_reported);
//   effectiveness 80 is still known.
// P-03: zero pagu -> absorption not measurable (zero_ceiling), over the ceiling by 5 M (flagged).
// Unit: pagu 1000 + 200 + 0 = 1200 M; realized 940 + 5 = 945 M; absorption 78.75 %; savings 255 M;
//   output 90 -> efficiency 90 / 78.75 = 8/7 = 1.142857..; effectiveness 95; no flag.
// ---------------------------------------------------------------------------------------------
const kpi = (kpiId: string, objectiveId: string, level: 'result' | 'process') => ({ kpiId, code: kpiId.toUpperCase(), name: kpiId, objectiveId, level });
const initiative = (initiativeId: string, level: 'program' | 'kegiatan' | 'sub_kegiatan', parentId: string | null, objectiveIds: string[], budgetCeiling: string) => ({
  initiativeId,
  code: initiativeId.toUpperCase(),
  level,
  name: `Inisiatif ${initiativeId}`,
  parentId,
  objectiveIds,
  budgetCeiling,
});
const measured = (percent: string): AchievementLike => ({ measurable: true, percent });

const example: VfmInput = {
  plan: {
    scorecardId: 'dpmptsp-2026',
    unitId: 'dpmptsp',
    unitName: 'DPMPTSP',
    year: 2026,
    objectives: [{ objectiveId: 'ss-01' }, { objectiveId: 'ss-02' }],
    kpis: [kpi('iku-01', 'ss-01', 'result'), kpi('ikk-01', 'ss-01', 'process'), kpi('ikk-02', 'ss-01', 'process'), kpi('iku-02', 'ss-02', 'result'), kpi('iku-03', 'ss-02', 'result')],
    initiatives: [
      initiative('p-01', 'program', null, ['ss-01'], '1000000000'),
      initiative('k-01', 'kegiatan', 'p-01', [], '600000000'),
      initiative('sk-01', 'sub_kegiatan', 'k-01', ['ss-01'], '250000000'),
      initiative('k-02', 'kegiatan', 'p-01', ['ss-02'], '300000000'),
      initiative('p-02', 'program', null, ['ss-02'], '200000000'),
      initiative('p-03', 'program', null, ['ss-02'], '0'),
    ],
  },
  budget: new Map([
    ['p-01', { realized: '50000000' }],
    ['k-01', { realized: '360000000' }],
    ['sk-01', { realized: '200000000' }],
    ['k-02', { realized: '330000000' }],
    ['p-03', { realized: '5000000' }],
  ]),
  achievements: new Map<string, AchievementLike>([
    ['iku-01', measured('110')],
    ['ikk-01', measured('90')],
    ['ikk-02', measured('100')],
    ['iku-02', measured('80')],
    ['iku-03', { measurable: false, reason: 'missing_realization' }],
  ]),
};

const byId = (lines: VfmLine[], id: string) => lines.find((l) => l.id === id)!;

describe('value for money: the worked example', () => {
  const vfm = valueForMoney(example);

  it('names the policy and lists every initiative, the programs and the unit', () => {
    expect(vfm.policy).toEqual({ policyId: 'vfm-3e', version: 0 });
    expect(vfm.initiatives.map((l) => l.id)).toEqual(['p-01', 'k-01', 'sk-01', 'k-02', 'p-02', 'p-03']);
    expect(vfm.programs.map((l) => l.id)).toEqual(['p-01', 'p-02', 'p-03']);
    expect(vfm.unit).toMatchObject({ scope: 'unit', id: 'dpmptsp', name: 'DPMPTSP', own: null });
  });

  it('a leaf sub kegiatan: absorption 80 %, savings, efficiency 95/80 = 1.1875, effectiveness 110', () => {
    const sk = byId(vfm.initiatives, 'sk-01');
    expect(sk.includes).toEqual(['sk-01']);
    expect(sk.objectivesFrom).toBe('own');
    expect(sk.economy).toEqual({ measurable: true, reason: null, ceiling: '250000000', realized: '200000000', absorption: '80', savings: '50000000', overCeiling: false, excess: null });
    expect(sk.efficiency).toMatchObject({ measurable: true, ratio: '1.1875', absorption: '80' });
    expect(sk.efficiency.output).toMatchObject({ measurable: true, percent: '95', selection: [{ objectiveId: 'ss-01', basis: 'process' }] });
    expect(sk.efficiency.output.used.map((u) => u.kpiId)).toEqual(['ikk-01', 'ikk-02']);
    expect(sk.effectiveness).toMatchObject({ measurable: true, percent: '110', selection: [{ objectiveId: 'ss-01', basis: 'result' }] });
    expect(sk.flags).toEqual([]);
  });

  it('a kegiatan covers its sub kegiatan: pagu max(600, 250) M, realized 560 M, efficiency 57/56', () => {
    const k = byId(vfm.initiatives, 'k-01');
    expect(k.includes).toEqual(['k-01', 'sk-01']);
    expect(k.own).toEqual({ ceiling: '600000000', realized: '360000000' });
    expect(k.objectiveIds).toEqual(['ss-01']);
    expect(k.objectivesFrom).toBe('covered');
    expect(k.economy).toMatchObject({ ceiling: '600000000', realized: '560000000', absorption: '93.33333333333333333333333333333333', savings: '40000000' });
    expect(k.efficiency.ratio).toBe('1.017857142857142857142857142857143');
    expect(k.flags).toEqual([]);
  });

  it('a kegiatan over its pagu, with no process KPI in its objective: flagged over ceiling and inefficient (8/11)', () => {
    const k = byId(vfm.initiatives, 'k-02');
    expect(k.economy).toEqual({ measurable: true, reason: null, ceiling: '300000000', realized: '330000000', absorption: '110', savings: null, overCeiling: true, excess: '30000000' });
    expect(k.efficiency.output).toMatchObject({ percent: '80', selection: [{ objectiveId: 'ss-02', basis: 'all' }] });
    expect(k.efficiency.output.excluded).toEqual([{ kpiId: 'iku-03', code: 'IKU-03', objectiveId: 'ss-02', level: 'result', reason: 'missing_realization' }]);
    expect(k.efficiency.ratio).toBe('0.7272727272727272727272727272727273');
    expect(k.flags.map((f) => f.code)).toEqual(['over_ceiling', 'inefficient']);
    const [over, inefficient] = k.flags;
    expect(over).toMatchObject({ rule: 'flags.overCeiling', policy: { policyId: 'vfm-3e', version: 0 }, numbers: { realized: '330000000', ceiling: '300000000', excess: '30000000' } });
    expect(over!.message.id).toBe('Realisasi anggaran Rp 330000000 melebihi pagu Rp 300000000 (lebih Rp 30000000)');
    expect(inefficient).toMatchObject({ rule: 'flags.inefficient', numbers: { efficiency: '0.7272727272727272727272727272727273', below: '1', outputAchievement: '80', absorption: '110' } });
    expect(inefficient!.message.en).toBe('Inefficient: efficiency 0.73 (output achievement 80.00% / budget absorption 110.00%) is below 1');
  });

  it('a program rolls up its kegiatan and sub kegiatan (pagu not counted twice): 940 M of 1000 M, efficiency 90/94', () => {
    const p = byId(vfm.programs, 'p-01');
    expect(p.includes).toEqual(['p-01', 'k-01', 'sk-01', 'k-02']);
    expect(p.budgetReported).toEqual(['p-01', 'k-01', 'sk-01', 'k-02']);
    expect(p.objectiveIds).toEqual(['ss-01', 'ss-02']);
    expect(p.economy).toMatchObject({ measurable: true, ceiling: '1000000000', realized: '940000000', absorption: '94', savings: '60000000', overCeiling: false });
    expect(p.efficiency.output).toMatchObject({
      percent: '90',
      selection: [
        { objectiveId: 'ss-01', basis: 'process' },
        { objectiveId: 'ss-02', basis: 'all' },
      ],
    });
    expect(p.efficiency.ratio).toBe('0.9574468085106382978723404255319149');
    expect(p.effectiveness.percent).toBe('95');
    expect(p.flags.map((f) => f.code)).toEqual(['inefficient']);
  });

  it('not measurable: nothing reported (P-02) and a zero pagu (P-03), each with its reason', () => {
    const p2 = byId(vfm.programs, 'p-02');
    expect(p2.economy).toEqual({ measurable: false, reason: 'no_budget_reported', ceiling: '200000000', realized: null, absorption: null, savings: null, overCeiling: false, excess: null });
    expect(p2.efficiency).toMatchObject({ measurable: false, reason: 'no_budget_reported', ratio: null });
    expect(p2.effectiveness).toMatchObject({ measurable: true, percent: '80' });
    expect(p2.budgetUnreported).toEqual(['p-02']);
    expect(p2.flags).toEqual([]);
    const p3 = byId(vfm.programs, 'p-03');
    expect(p3.economy).toEqual({ measurable: false, reason: 'zero_ceiling', ceiling: '0', realized: '5000000', absorption: null, savings: null, overCeiling: true, excess: '5000000' });
    expect(p3.efficiency).toMatchObject({ measurable: false, reason: 'zero_ceiling' });
    expect(p3.flags.map((f) => f.code)).toEqual(['over_ceiling']);
  });

  it('the unit sums its programs: 945 M of 1200 M = 78.75 %, efficiency 90/78.75 = 8/7', () => {
    const u = vfm.unit;
    expect(u.includes).toEqual(['p-01', 'k-01', 'sk-01', 'k-02', 'p-02', 'p-03']);
    expect(u.budgetUnreported).toEqual(['p-02']);
    expect(u.economy).toMatchObject({ measurable: true, ceiling: '1200000000', realized: '945000000', absorption: '78.75', savings: '255000000', overCeiling: false });
    expect(u.efficiency.ratio).toBe('1.142857142857142857142857142857143');
    expect(u.effectiveness.percent).toBe('95');
    expect(u.flags).toEqual([]);
  });

  it('is deterministic: the same input gives the same result', () => {
    expect(valueForMoney(example)).toEqual(vfm);
  });

  it('headline figures and the budget summary (as the LKjIP reads them)', () => {
    expect(vfmFigures(vfm.unit)).toEqual({ economy: '78.75', savings: '255000000', efficiency: '1.142857142857142857142857142857143', effectiveness: '95', flags: [] });
    const summary = budgetSummary(vfm);
    expect(summary).toMatchObject({ ceiling: '1200000000', realized: '945000000', absorption: '78.75' });
    expect(summary.perInitiative[3]).toEqual({ initiativeId: 'k-02', ceiling: '300000000', realized: '330000000', absorption: '110' });
  });
});

describe('value for money: not measurable cases and policy', () => {
  const plan = (initiatives: VfmInput['plan']['initiatives'], kpis = example.plan.kpis): VfmInput['plan'] => ({ ...example.plan, kpis, initiatives });

  it('budget reported as 0: absorption 0 % (low absorption flagged), efficiency not measurable (no_budget_realized)', () => {
    const v = valueForMoney({ ...example, plan: plan([initiative('p-01', 'program', null, ['ss-01'], '100')]), budget: new Map([['p-01', { realized: '0' }]]) });
    const p = v.programs[0]!;
    expect(p.economy).toMatchObject({ measurable: true, absorption: '0', savings: '100', overCeiling: false });
    expect(p.efficiency).toMatchObject({ measurable: false, reason: 'no_budget_realized', ratio: null });
    expect(p.flags.map((f) => [f.code, f.numbers])).toEqual([['low_absorption', { absorption: '0', below: '60', realized: '0', ceiling: '100' }]]);
  });

  it('zero pagu and nothing spent: savings 0, not over the ceiling, absorption not measurable', () => {
    const v = valueForMoney({ ...example, plan: plan([initiative('p-01', 'program', null, ['ss-01'], '0')]), budget: new Map([['p-01', { realized: '0' }]]) });
    expect(v.programs[0]!.economy).toEqual({ measurable: false, reason: 'zero_ceiling', ceiling: '0', realized: '0', absorption: null, savings: '0', overCeiling: false, excess: null });
    expect(v.programs[0]!.flags).toEqual([]);
  });

  it('no KPI achievement: efficiency and effectiveness not measurable, the KPIs listed with their reasons', () => {
    const v = valueForMoney({
      ...example,
      plan: plan([initiative('p-01', 'program', null, ['ss-01'], '100')]),
      budget: new Map([['p-01', { realized: '70' }]]),
      achievements: new Map<string, AchievementLike>([['ikk-01', { measurable: false, reason: 'zero_target' }]]),
    });
    const p = v.programs[0]!;
    expect(p.economy.absorption).toBe('70');
    expect(p.efficiency).toMatchObject({ measurable: false, reason: 'no_output_achievement', output: { measurable: false, reason: 'nothing_measurable' } });
    expect(p.efficiency.output.excluded.map((e) => [e.kpiId, e.reason])).toEqual([
      ['ikk-01', 'zero_target'],
      ['ikk-02', 'no_achievement'],
    ]);
    expect(p.effectiveness).toMatchObject({ measurable: false, reason: 'nothing_measurable', percent: null });
    expect(p.flags).toEqual([]);
  });

  it('an objective without result KPIs: no outcome (no_kpis); an initiative without objectives anywhere: no_objectives', () => {
    const v = valueForMoney({
      ...example,
      plan: plan([initiative('p-01', 'program', null, ['ss-01'], '100'), initiative('p-09', 'program', null, [], '100')], [kpi('ikk-01', 'ss-01', 'process')]),
      budget: new Map([
        ['p-01', { realized: '50' }],
        ['p-09', { realized: '50' }],
      ]),
    });
    expect(v.programs[0]!.effectiveness).toMatchObject({ measurable: false, reason: 'no_kpis' });
    expect(v.programs[0]!.efficiency.ratio).toBe('1.8'); // 90 / 50
    expect(v.programs[1]!.objectivesFrom).toBe('none');
    expect(v.programs[1]!.efficiency).toMatchObject({ measurable: false, reason: 'no_output_achievement', output: { reason: 'no_objectives' } });
  });

  it('a plan without initiatives: the unit says so (no_initiatives)', () => {
    const v = valueForMoney({ ...example, plan: plan([]), budget: new Map() });
    expect(v.initiatives).toEqual([]);
    expect(v.unit.economy).toMatchObject({ measurable: false, reason: 'no_initiatives', ceiling: '0', realized: null });
    expect(v.unit.efficiency.reason).toBe('no_initiatives');
  });

  it('output from all KPIs when the policy says so; thresholds and switches come from the policy', () => {
    const policy: VfmPolicy = {
      ...DEFAULT_VFM_POLICY,
      version: 2,
      outputKpis: 'all',
      flags: { inefficient: { enabled: true, below: '0.9' }, lowAbsorption: { enabled: true, below: '95' }, overCeiling: { enabled: false } },
    };
    const v = valueForMoney(example, policy);
    expect(v.policy).toEqual({ policyId: 'vfm-3e', version: 2 });
    // SK-01 output over all SS-01 KPIs: (110 + 90 + 100) / 3 = 100; efficiency 100 / 80 = 1.25
    expect(byId(v.initiatives, 'sk-01').efficiency.ratio).toBe('1.25');
    expect(byId(v.initiatives, 'sk-01').flags.map((f) => f.code)).toEqual(['low_absorption']); // 80 < 95
    // K-02: 0.727 < 0.9 inefficient; over ceiling not flagged (switched off); 110 % not low
    expect(byId(v.initiatives, 'k-02').flags.map((f) => f.code)).toEqual(['inefficient']);
    // P-01 output (110 + 90 + 100 + 80) / 4 = 95 -> 95 / 94 = 1.0106..: efficient; 94 % < 95: low absorption
    expect(byId(v.programs, 'p-01').flags.map((f) => f.code)).toEqual(['low_absorption']);
  });

  it('an efficiency exactly at the threshold is not flagged', () => {
    const v = valueForMoney({ ...example, plan: plan([initiative('p-01', 'program', null, ['ss-01'], '100')]), budget: new Map([['p-01', { realized: '95' }]]) });
    expect(v.programs[0]!.efficiency.ratio).toBe('1'); // 95 / 95
    expect(v.programs[0]!.flags).toEqual([]);
  });

  it('refuses an invalid policy (422)', () => {
    expect(() => valueForMoney(example, { ...DEFAULT_VFM_POLICY, flags: { ...DEFAULT_VFM_POLICY.flags, lowAbsorption: { enabled: true, below: 'sixty' } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_VFM_POLICY', kind: 'unprocessable', field: 'policy.flags.lowAbsorption.below' }),
    );
  });

  it('validates a policy', () => {
    expect(validateVfmPolicy(DEFAULT_VFM_POLICY)).toEqual([]);
    expect(
      validateVfmPolicy({
        ...DEFAULT_VFM_POLICY,
        version: -1,
        outputKpis: 'some',
        flags: { inefficient: { enabled: 'yes', below: '-1' }, lowAbsorption: { enabled: true, below: 60 }, overCeiling: {} },
      }).map(problemLine),
    ).toEqual([
      'version: must be an integer >= 0',
      "outputKpis: must be 'process_else_all' or 'all'",
      'flags.inefficient.enabled: must be a boolean',
      'flags.inefficient.below: must be >= 0',
      'flags.lowAbsorption.below: must be a decimal written as a string',
      'flags.overCeiling.enabled: must be a boolean',
    ]);
    expect(validateVfmPolicy({ ...DEFAULT_VFM_POLICY, flags: { ...DEFAULT_VFM_POLICY.flags, overCeiling: {} } })).toEqual([{ field: 'flags.overCeiling.enabled', message: 'must be a boolean' }]);
    expect(validateVfmPolicy(null)).toEqual([{ field: 'policy', message: 'must be an object' }]);
  });
});

describe('VFM policy decider', () => {
  const spec = DeciderSpecification.for(vfmPolicyDecider);
  const { version: _v, ...withoutVersion } = DEFAULT_VFM_POLICY;
  const set = (policy = withoutVersion, reason = 'Kebijakan Bupati 2026') => ({ type: 'set-vfm-policy' as const, tenantId: 'kab', year: 2026, policy, reason });

  it("sets version 1 under the tenant's own policy id, then the next version; an unchanged policy gives no event", () => {
    spec
      .given([])
      .when(set())
      .then(
        [
          {
            type: 'vfm-policy-set',
            data: { tenantId: 'kab', year: 2026, version: 1, policy: { ...DEFAULT_VFM_POLICY, policyId: 'vfm-policy-kab.2026', version: 1 }, reason: 'Kebijakan Bupati 2026' },
          },
        ],
        (a, e) => expect(a).toEqual(e),
      );
    const v1 = spec.given([]).when(set()).events();
    expect(spec.given(v1).when(set()).events()).toEqual([]);
    const changed = { ...withoutVersion, flags: { ...withoutVersion.flags, inefficient: { enabled: true, below: '0.9' } } };
    expect(spec.given(v1).when(set(changed)).events()[0]!.data.version).toBe(2);
  });

  it('refuses a missing reason or an invalid policy', () => {
    expect(spec.given([]).when(set(withoutVersion, ' ')).error()).toMatchObject({ code: 'REASON_REQUIRED' });
    const bad = { ...withoutVersion, outputKpis: 'x' } as unknown as typeof withoutVersion;
    expect(spec.given([]).when(set(bad)).error()).toMatchObject({ code: 'INVALID_VFM_POLICY', kind: 'unprocessable', field: 'policy.outputKpis' });
  });

  it('reads the policy in force, a given version, or the default', () => {
    expect(vfmPolicyOf({ versions: [], records: [] })).toBe(DEFAULT_VFM_POLICY);
    expect(vfmPolicyOf({ versions: [], records: [] }, 0)).toBe(DEFAULT_VFM_POLICY);
    expect(vfmPolicyOf({ versions: [], records: [] }, 1)).toBeUndefined();
    const v2 = { ...DEFAULT_VFM_POLICY, version: 2 };
    expect(
      vfmPolicyOf({
        versions: [{ ...DEFAULT_VFM_POLICY }, v2],
        records: [
          { version: 1, policyId: 'vfm-3e', reason: 'v1' },
          { version: 2, policyId: 'vfm-3e', reason: 'v2' },
        ],
      }),
    ).toBe(v2);
    expect(vfmPolicyOf({ versions: [v2], records: [{ version: 2, policyId: 'vfm-3e', reason: 'v2' }] }, 3)).toBeUndefined();
    expect(vfmPolicyOf({ versions: [v2], records: [{ version: 2, policyId: 'vfm-3e', reason: 'v2' }] }, 0)).toBe(DEFAULT_VFM_POLICY);
  });

  it("reads a stored vfm-policy-set with a client policy id as the tenant's version; the default stays version 0", () => {
    const legacy = {
      type: 'vfm-policy-set' as const,
      data: { tenantId: 'kab', year: 2026, version: 1, policy: { ...DEFAULT_VFM_POLICY, version: 1, outputKpis: 'all' as const }, reason: 'Kebijakan 2026' },
    };
    const state = vfmPolicyDecider.evolve(vfmPolicyDecider.initialState(), legacy);
    expect(policyRef(vfmPolicyOf(state)!)).toEqual({ policyId: 'vfm-policy-kab.2026', version: 1 });
    expect(policyRef(vfmPolicyOf(state, 0)!)).toEqual({ policyId: 'vfm-3e', version: 0 });
    expect(vfmPolicyOf(state, 0)!.outputKpis).toBe('process_else_all');
  });
});

// ---------------------------------------------------------------------------------------------
// From stored integration events: the budget fold and valueForMoneyOf (plan + values + budget).
// ---------------------------------------------------------------------------------------------

describe('budget facts folded from the stored events', () => {
  const history = [
    storedInput('measurement.budget-realization-recorded', exampleBudgetRealizationRecorded({ period: 'Q1', amount: '100', amountRevision: 1 }), '2026-04-05T00:00:00.000Z'),
    storedInput('measurement.budget-realization-recorded', exampleBudgetRealizationRecorded({ period: 'Q2', amount: '200', amountRevision: 1 }), '2026-07-05T00:00:00.000Z'),
    storedInput('measurement.budget-realization-corrected', exampleBudgetRealizationCorrected({ period: 'Q2', amount: '250.5', amountRevision: 3, previousAmount: '240' }), '2026-07-20T00:00:00.000Z'),
    // revision 2 arrives after revision 3: older, ignored
    storedInput('measurement.budget-realization-corrected', exampleBudgetRealizationCorrected({ period: 'Q2', amount: '240', amountRevision: 2, previousAmount: '200' }), '2026-07-10T00:00:00.000Z'),
    storedInput('measurement.budget-realization-recorded', exampleBudgetRealizationRecorded({ period: 'Q1', amount: '999' }), '2026-04-05T00:00:00.000Z', 'other'),
    storedInput('measurement.budget-realization-recorded', exampleBudgetRealizationRecorded({ period: 'Q1', amount: '7', year: 2025 }), '2025-04-05T00:00:00.000Z'),
  ];

  it('keeps the latest revision of each period and sums the periods; per tenant and year', () => {
    const facts = foldBudgetFacts(history);
    const fact = budgetFactOf(facts, 'kab', 'dpmptsp-2026.p-01', 2026)!;
    expect(fact.realized).toBe('350.5');
    expect([...fact.periods.entries()].map(([p, a]) => [p, a.amount, a.amountRevision])).toEqual([
      ['Q1', '100', 1],
      ['Q2', '250.5', 3],
    ]);
    expect(fact.positions).toEqual({ from: history[0]!.position, to: history[3]!.position });
    expect(budgetFactOf(facts, 'other', 'dpmptsp-2026.p-01', 2026)!.realized).toBe('999');
    expect(budgetFactOf(facts, 'kab', 'dpmptsp-2026.p-01', 2025)!.realized).toBe('7');
    expect(facts.position).toBe(history[5]!.position);
  });

  it('as known at an instant or up to a position', () => {
    expect(budgetFactOf(foldBudgetFacts(history, { asOf: new Date('2026-07-06T00:00:00Z') }), 'kab', 'dpmptsp-2026.p-01', 2026)!.realized).toBe('300');
    expect(budgetFactOf(foldBudgetFacts(history, { toPosition: history[0]!.position }), 'kab', 'dpmptsp-2026.p-01', 2026)!.realized).toBe('100');
  });
});

describe('valueForMoneyOf: from evaluation inputs and budget facts', () => {
  // Example plan: one objective, IKU-01 (IKM, result, quarterly average, year target 82.5) and a
  // process KPI IKK-01 (permits processed, sum, year target 1000); program P-01 pagu 1 250 000 000.
  const plan: ScorecardApprovedV1 = exampleScorecardApproved({
    kpis: [
      exampleApprovedKpi(),
      exampleApprovedKpi({ kpiId: 'dpmptsp-2026.ikk-01', code: 'IKK-01', name: 'Izin diproses', level: 'process', aggregation: 'sum', yearlyTarget: { value: '1000' }, periodTargets: [] }),
    ],
  });
  const realization = (kpiId: string, period: string, value: string) =>
    storedInput(
      'measurement.realization-recorded',
      {
        realizationId: `${kpiId}-${period}`,
        kpiId,
        unitId: 'dpmptsp',
        year: 2026,
        period,
        value,
        valueType: 'number',
        valueRevision: 1,
        evidence: [],
        note: null,
        submittedAt: '2026-04-05T00:00:00.000Z',
        deadline: null,
        late: false,
        afterLock: false,
      },
      '2026-04-05T00:00:00.000Z',
    );
  const history = [
    storedInput('planning.scorecard-approved', plan, '2026-01-10T00:00:00.000Z'),
    realization('dpmptsp-2026.iku-01', 'Q1', '82.5'),
    realization('dpmptsp-2026.ikk-01', 'Q1', '300'),
    storedInput('measurement.budget-realization-recorded', exampleBudgetRealizationRecorded({ period: 'Q1', amount: '500000000' }), '2026-04-06T00:00:00.000Z'),
  ];

  it('uses the year achievements of the evaluation and the folded budget; names what it was computed from', () => {
    const r = valueForMoneyOf(inputsAsOf(history, {}), foldBudgetFacts(history), 'kab', 'dpmptsp-2026')!;
    const p = r.programs[0]!;
    // absorption 500 M / 1 250 M = 40 %; output = IKK-01 300 / 1000 = 30 %; efficiency 30 / 40 = 0.75
    expect(p.economy.absorption).toBe('40');
    expect(p.efficiency.output).toMatchObject({ percent: '30', selection: [{ objectiveId: 'dpmptsp-2026.ss-01', basis: 'process' }] });
    expect(p.efficiency.ratio).toBe('0.75');
    // outcome: IKM 82.5 / 82.5 = 100 %
    expect(p.effectiveness.percent).toBe('100');
    expect(p.flags.map((f) => f.code)).toEqual(['low_absorption', 'inefficient']);
    expect(r.basis).toEqual({
      planVersion: 1,
      scoringPolicy: { policyId: 'permendagri-86-2017', version: 0 },
      positions: { from: history[0]!.position, to: history[2]!.position },
      budgetPositions: { from: history[3]!.position, to: history[3]!.position },
    });
    expect(valueForMoneyOf(inputsAsOf(history, {}), foldBudgetFacts(history), 'kab', 'nope')).toBeUndefined();
  });
});
