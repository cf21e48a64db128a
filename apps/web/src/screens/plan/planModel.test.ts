import { describe, expect, it } from 'vitest';
import { kpiDto, planObjective, planPerspective, scorecardKpi } from '../../fixtures';
import {
  ancestorsOf,
  approvalBlockers,
  decimalText,
  EMPTY_TARGET,
  initiativeBody,
  kpiBody,
  kpiFormOf,
  mapGraph,
  newInitiativeForm,
  newKpiForm,
  newPerspectiveForm,
  objectiveBody,
  parentCandidates,
  parentItems,
  parentOptions,
  perspectiveBody,
  profileBody,
  sumDecimals,
  targetBody,
  weightSum,
  type KpiForm,
} from './planModel';
import type { Initiative, Kpi, Objective, Perspective, ScorecardPlan } from './types';

const perspective = (code: string, weight: string, order = 1): Perspective => planPerspective('s', code, `Perspektif ${code}`, order, weight);
const objective = (code: string, perspectiveCode: string): Objective => planObjective('s', code, perspectiveCode, `Sasaran ${code}`);
const kpi = (over: Partial<Kpi> = {}): Kpi => scorecardKpi({ periodTargets: { Q1: { value: '80' }, Q2: { value: '82' } }, ...over });

describe('weight sums', () => {
  it('adds decimal strings exactly, without floating point', () => {
    expect(sumDecimals(['33.3', '33.3', '33.4'])).toBe('100');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['40', '30.50', '29.5'])).toBe('100');
    expect(sumDecimals(['-5', '2.25'])).toBe('-2.75');
    expect(sumDecimals([])).toBe('0');
    expect(sumDecimals(['40', 'abc'])).toBeUndefined();
  });

  it('says whether the perspectives sum to exactly 100', () => {
    expect(weightSum([perspective('A', '60'), perspective('B', '30')])).toEqual({ sum: '90', is100: false });
    expect(weightSum([perspective('A', '60'), perspective('B', '40.00')])).toEqual({ sum: '100', is100: true });
    expect(weightSum([perspective('A', '100.01')]).is100).toBe(false);
  });
});

describe('approval blockers', () => {
  const plan = (over: Partial<ScorecardPlan>): Pick<ScorecardPlan, 'status' | 'perspectives' | 'kpis'> => ({ status: 'draft', perspectives: [], kpis: [], ...over });

  it('refuses a plan without perspectives', () => {
    expect(approvalBlockers(plan({}))).toEqual([{ kind: 'noPerspectives' }]);
  });

  it('refuses weights that do not sum to 100, naming the sum, and KPIs without owner', () => {
    expect(approvalBlockers(plan({ perspectives: [perspective('A', '60'), perspective('B', '30')], kpis: [kpi({ ownerUnitId: null }), kpi({ code: 'IKU-02' })] }))).toEqual([
      { kind: 'weights', sum: '90' },
      { kind: 'owners', codes: ['IKU-01'] },
    ]);
  });

  it('lets a plan summing to 100 with owned KPIs through, and an approved plan always', () => {
    expect(approvalBlockers(plan({ perspectives: [perspective('A', '60'), perspective('B', '40')], kpis: [kpi()] }))).toEqual([]);
    expect(approvalBlockers(plan({ status: 'approved', perspectives: [perspective('A', '10')] }))).toEqual([]);
  });
});

describe('form → request body', () => {
  it('reads decimals as typed in Indonesian and leaves what it cannot read for the API to name', () => {
    expect(decimalText('12,5')).toBe('12.5');
    expect(decimalText(' 40 ')).toBe('40');
    expect(decimalText('1.250.000', 'money')).toBe('1250000');
    expect(decimalText('-5')).toBe('-5');
    expect(decimalText('empat puluh')).toBe('empat puluh');
    expect(decimalText('')).toBe('');
  });

  it('profile: missions and goals one per line, empty lines dropped', () => {
    expect(profileBody({ title: ' Kartu ', vision: 'Maju', missions: 'Satu\n\n Dua \n', goals: '' })).toEqual({ title: 'Kartu', vision: 'Maju', missions: ['Satu', 'Dua'], goals: [] });
  });

  it('perspective: order as a number, weight as a decimal string (a negative one is sent: the API refuses it)', () => {
    expect(perspectiveBody({ code: 'PLG', name: ' Masyarakat ', order: '2', weight: '37,5' })).toEqual({ name: 'Masyarakat', order: 2, weight: '37.5' });
    expect(perspectiveBody({ code: 'PLG', name: '', order: '1', weight: '-10' })).toEqual({ name: '', order: 1, weight: '-10' });
    expect(JSON.stringify(perspectiveBody({ code: 'X', name: 'n', order: 'satu', weight: '1' }))).toBe('{"name":"n","order":null,"weight":"1"}');
    expect(newPerspectiveForm([perspective('A', '50', 1), perspective('B', '50', 3)]).order).toBe('4');
  });

  it('objective: weight and parent objective only when given (indirect cascading)', () => {
    expect(objectiveBody({ code: 'SS-01', perspectiveCode: 'PLG', name: 'Sasaran', weight: '', contributesTo: '' })).toEqual({ perspectiveCode: 'PLG', name: 'Sasaran' });
    expect(objectiveBody({ code: 'SS-01', perspectiveCode: 'PLG', name: 'Sasaran', weight: '60', contributesTo: 'pemda-2026.ss-01' })).toEqual({
      perspectiveCode: 'PLG',
      name: 'Sasaran',
      weight: '60',
      contributesTo: 'pemda-2026.ss-01',
    });
  });

  it('KPI: every attribute, targets per period of its frequency only, optional parts left out', () => {
    const form: KpiForm = {
      ...newKpiForm([objective('SS-01', 'PLG')], 'bpkad'),
      code: 'IKU-01',
      name: ' Opini BPK ',
      unitOfMeasure: '%',
      weight: '2,5',
      baseline: '70,5',
      yearlyTarget: { ...EMPTY_TARGET, value: '85' },
      periodTargets: new Map([
        ['Q1', { ...EMPTY_TARGET, value: '80' }],
        ['Q2', { ...EMPTY_TARGET, value: '' }],
        ['S1', { ...EMPTY_TARGET, value: '99' }],
      ]),
      thresholdGreen: '100',
      thresholdYellow: '75',
    };
    expect(kpiBody(form)).toEqual(
      kpiDto({ name: 'Opini BPK', weight: '2.5', baseline: '70.5', yearlyTarget: { value: '85' }, periodTargets: { Q1: { value: '80' } }, thresholds: { green: '100', yellow: '75' } }),
    );
  });

  it('KPI: a range target as {min, max}, grades for a categorical KPI, dates as typed', () => {
    expect(targetBody({ value: '', min: '2', max: '4,5' }, 'range', 'number')).toEqual({ min: '2', max: '4.5' });
    expect(targetBody(EMPTY_TARGET, 'range', 'number')).toBeUndefined();
    expect(targetBody({ ...EMPTY_TARGET, value: '2027-09-30' }, 'milestone', 'milestone_date')).toEqual({ value: '2027-09-30' });
    const categorical = kpiBody({
      ...newKpiForm([], ''),
      code: 'K',
      objectiveCode: 'SS-01',
      valueType: 'categorical',
      aggregation: 'last',
      grades: 'WTP, WDP,, TW ',
      yearlyTarget: { ...EMPTY_TARGET, value: 'WTP' },
    });
    expect(categorical.grades).toEqual(['WTP', 'WDP', 'TW']);
    expect(categorical.yearlyTarget).toEqual({ value: 'WTP' });
    expect(categorical).not.toHaveProperty('ownerUnitId');
  });

  it('KPI: direct cascading from a parent KPI with its share; no share = the whole target', () => {
    const base = { ...newKpiForm([], 'bpkad'), code: 'IKU-02', objectiveCode: 'SS-01' };
    expect(kpiBody({ ...base, cascadeKpiId: 'pemda-2027.iku-01', cascadeShare: '25' }).cascadedFrom).toEqual({ kpiId: 'pemda-2027.iku-01', share: '25' });
    expect(kpiBody({ ...base, cascadeKpiId: 'pemda-2027.iku-01' }).cascadedFrom).toEqual({ kpiId: 'pemda-2027.iku-01' });
    expect(kpiBody({ ...base, cascadeShare: '25' })).not.toHaveProperty('cascadedFrom');
  });

  it('KPI: a read KPI fills the form and goes back as the same definition', () => {
    const k = kpi({ thresholds: { green: '100', yellow: '80' }, cascadedFrom: { kpiId: 'pemda-2027.iku-01', share: null }, baseline: '70' });
    const body = kpiBody(kpiFormOf(k));
    expect(body).toMatchObject({ weight: '1', baseline: '70', yearlyTarget: { value: '85' }, periodTargets: { Q1: { value: '80' }, Q2: { value: '82' } }, thresholds: { green: '100', yellow: '80' } });
    expect(body.cascadedFrom).toEqual({ kpiId: 'pemda-2027.iku-01' });
    expect(kpiFormOf(kpi({ polarity: 'range', yearlyTarget: { min: '2', max: '4' } })).yearlyTarget).toEqual({ value: '', min: '2', max: '4' });
  });

  it('initiative: budget in Rupiah as typed, parent only below a program, schedule as dates', () => {
    const form = { ...newInitiativeForm('bpkad', 2027), code: 'P-01', name: 'Program', objectiveCodes: ['SS-01'], budgetCeiling: '1.250.000.000', parentCode: 'X' };
    expect(initiativeBody(form)).toEqual({
      level: 'program',
      name: 'Program',
      objectiveCodes: ['SS-01'],
      budgetCeiling: '1250000000',
      ownerUnitId: 'bpkad',
      schedule: { start: '2027-01-01', end: '2027-12-31' },
    });
    expect(initiativeBody({ ...form, level: 'kegiatan', parentCode: 'P-01' }).parentCode).toBe('P-01');
    const initiatives = [
      { code: 'P-01', level: 'program' },
      { code: 'K-01', level: 'kegiatan' },
    ] as Initiative[];
    expect(parentCandidates(initiatives, 'kegiatan').map((i) => i.code)).toEqual(['P-01']);
    expect(parentCandidates(initiatives, 'sub_kegiatan').map((i) => i.code)).toEqual(['K-01']);
    expect(parentCandidates(initiatives, 'program')).toEqual([]);
  });
});

describe('strategy map and cascading', () => {
  it('draws each link from cause to effect between the objectives', () => {
    const g = mapGraph({
      perspectives: [perspective('PLG', '60', 1), perspective('PRS', '40', 2)],
      objectives: [objective('SS-02', 'PRS'), objective('SS-01', 'PLG')],
      links: [
        { from: 'SS-02', to: 'SS-01' },
        { from: 'SS-09', to: 'SS-01' },
      ],
    });
    expect(g.nodes.map((n) => [n.id, n.detail])).toEqual([
      ['s.ss-01', 'Perspektif PLG'],
      ['s.ss-02', 'Perspektif PRS'],
    ]);
    expect(g.edges).toEqual([{ id: 's.ss-02->s.ss-01', source: 's.ss-02', target: 's.ss-01' }]);
  });

  it('finds the ancestors of a unit, nearest first, and their scorecards’ items', () => {
    const units = [
      { unitId: 'pemda', parentId: null },
      { unitId: 'bpkad', parentId: 'pemda' },
      { unitId: 'bpkad-aset', parentId: 'bpkad' },
    ];
    expect(ancestorsOf(units, 'bpkad-aset')).toEqual(['bpkad', 'pemda']);
    expect(ancestorsOf(units, 'pemda')).toEqual([]);
    const header = (unitId: string) => ({ scorecardId: `${unitId}-2027`, tenantId: 't', unitId, year: 2027, theme: null, title: `KK ${unitId}`, vision: '', missions: [], goals: [] });
    const items = parentItems(
      [
        { header: header('pemda'), objectives: [objective('SS-01', 'PLG')], kpis: [kpi({ kpiId: 'pemda-2027.iku-01' })] },
        { header: header('bpkad'), objectives: [], kpis: [kpi({ kpiId: 'bpkad-2027.iku-01' })] },
        { header: header('dinkes'), objectives: [], kpis: [kpi({ kpiId: 'dinkes-2027.iku-01' })] },
      ],
      ['bpkad', 'pemda'],
    );
    expect(items.kpis.map((k) => k.id)).toEqual(['bpkad-2027.iku-01', 'pemda-2027.iku-01']);
    expect(items.objectives[0]).toEqual({ id: 's.ss-01', label: 'KK pemda · SS-01 Sasaran SS-01' });
    expect(parentOptions(items.kpis, 'lain-2027.iku-09')[0]).toEqual(['lain-2027.iku-09', 'lain-2027.iku-09']);
  });
});
