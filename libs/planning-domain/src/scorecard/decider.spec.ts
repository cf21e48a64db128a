import { DeciderSpecification, fold, type DomainError } from '@capaian/ddd';
import { documentOf, scorecardDecider, slug, type KpiSpec, type PlanContext, type ScorecardCommand, type ScorecardDocument, type ScorecardEvent } from '../index.js';
import { kpiSpec as fixtureKpi } from './kpi-spec.test-helpers.js';

const spec = DeciderSpecification.for(scorecardDecider);
const eq = (a: unknown, e: unknown) => expect(a).toEqual(e);

const ctx: PlanContext = {
  org: new Map([
    ['pemda', { name: 'Pemerintah Kabupaten Contoh', kind: 'pemda', parentId: null, status: 'active' }],
    ['dpmptsp', { name: 'DPMPTSP', kind: 'opd', parentId: 'pemda', status: 'active' }],
    ['dinkes', { name: 'Dinas Kesehatan', kind: 'opd', parentId: 'pemda', status: 'active' }],
    ['lama', { name: 'Dinas Lama', kind: 'opd', parentId: 'pemda', status: 'closed' }],
  ]),
  parentObjectives: new Map([
    ['pemda-2026.ss-01', { objectiveId: 'pemda-2026.ss-01', scorecardId: 'pemda-2026', unitId: 'pemda', year: 2026, name: 'Pelayanan publik prima' }],
    ['dinkes-2026.ss-01', { objectiveId: 'dinkes-2026.ss-01', scorecardId: 'dinkes-2026', unitId: 'dinkes', year: 2026, name: 'Sibling objective' }],
  ]),
  parentKpis: new Map([
    [
      'pemda-2026.iku-01',
      {
        kpiId: 'pemda-2026.iku-01',
        scorecardId: 'pemda-2026',
        unitId: 'pemda',
        year: 2026,
        valueType: 'number',
        polarity: 'higher_is_better',
        frequency: 'quarterly',
        unitOfMeasure: 'izin',
        grades: null,
        yearlyTarget: { value: '1200' },
        periodTargets: { Q1: { value: '300' }, Q2: { value: '300' }, Q3: { value: '300' }, Q4: { value: '300' } },
      },
    ],
  ]),
};

const profile = { title: 'Kartu Kinerja DPMPTSP 2026', vision: 'Pelayanan perizinan prima', missions: ['Mempercepat izin'], goals: ['Investasi naik'] };
const header = { scorecardId: 'dpmptsp-2026', tenantId: 'kab', unitId: 'dpmptsp', year: 2026, theme: null, ...profile };
const created: ScorecardEvent = { type: 'scorecard-created', data: { header } };
const persp = (code: string, weight: string, order = 1): ScorecardEvent => ({
  type: 'perspective-defined',
  data: { perspective: { code, name: `Perspektif ${code}`, order, weight, perspectiveId: `dpmptsp-2026.${code.toLowerCase()}` } },
});
const obj = (code: string, perspectiveCode = 'PLG', contributesTo: string | null = null): ScorecardEvent => ({
  type: 'objective-defined',
  data: { objective: { code, perspectiveCode, name: `Sasaran ${code}`, weight: null, contributesTo, objectiveId: `dpmptsp-2026.${code.toLowerCase()}` } },
});
const kpiSpec = (over: Partial<KpiSpec> = {}): KpiSpec =>
  fixtureKpi('IKU-01', 'SS-01', {
    name: 'Indeks Kepuasan Masyarakat',
    unitOfMeasure: 'indeks',
    definition: 'Survei IKM',
    dataSource: 'Survei IKM',
    frequency: 'quarterly',
    valueType: 'number',
    aggregation: 'average',
    baseline: '78',
    yearlyTarget: { value: '82.5' },
    periodTargets: { Q1: { value: '80' } },
    endOfTermTarget: { value: '88' },
    thresholds: { green: '100', yellow: '75' },
    ...over,
  });
const kpiDefined = (over: Partial<KpiSpec> = {}): ScorecardEvent => {
  const k = kpiSpec(over);
  return { type: 'scorecard-kpi-defined', data: { kpi: { ...k, kpiId: `dpmptsp-2026.${k.code.toLowerCase()}` } } };
};
const draft: ScorecardEvent[] = [created, persp('PLG', '60', 1), persp('PBI', '40', 2), obj('SS-01'), obj('SS-02', 'PBI'), kpiDefined()];
const approved: ScorecardEvent[] = [...draft, ...spec.given(draft).when({ type: 'approve', signedBy: 'Kepala DPMPTSP', context: ctx }).events()];

describe('scorecard decider: creation and profile', () => {
  it('creates a scorecard for an active unit, id = <unit>-<year>[-<theme>]', () => {
    spec.given([]).when({ type: 'create-scorecard', tenantId: 'kab', unitId: 'dpmptsp', year: 2026, theme: null, profile, context: ctx }).then([created], eq);
    const themed = spec.given([]).when({ type: 'create-scorecard', tenantId: 'kab', unitId: 'dpmptsp', year: 2026, theme: 'SPBE', profile, context: ctx }).events();
    expect(themed[0]).toMatchObject({ data: { header: { scorecardId: 'dpmptsp-2026-spbe', theme: 'spbe' } } });
  });
  it('refuses a second creation (409), an unknown or closed unit (422), an empty title', () => {
    const c = (unitId: string, title = 'x'): ScorecardCommand => ({ type: 'create-scorecard', tenantId: 'kab', unitId, year: 2026, theme: null, profile: { ...profile, title }, context: ctx });
    expect(spec.given([created]).when(c('dpmptsp')).error()).toMatchObject({ code: 'SCORECARD_EXISTS', kind: 'conflict' });
    expect(spec.given([]).when(c('nope')).error()).toMatchObject({ code: 'UNKNOWN_UNIT', field: 'unitId' });
    expect(spec.given([]).when(c('lama')).error()).toMatchObject({ code: 'UNKNOWN_UNIT' });
    expect(spec.given([]).when(c('dpmptsp', ' ')).error()).toMatchObject({ code: 'TITLE_REQUIRED', field: 'title' });
  });
  it('updates the profile; the same profile is a no-op; commands on a missing scorecard are 404', () => {
    const p2 = { ...profile, missions: ['Mempercepat izin', 'Digitalisasi layanan'] };
    spec
      .given([created])
      .when({ type: 'update-profile', profile: p2 })
      .then([{ type: 'scorecard-profile-updated', data: { profile: p2 } }], eq);
    expect(spec.given([created]).when({ type: 'update-profile', profile }).events()).toEqual([]);
    expect(spec.given([]).when({ type: 'update-profile', profile }).error()).toMatchObject({ code: 'SCORECARD_NOT_FOUND', kind: 'not_found' });
  });
});

describe('scorecard decider: perspectives, objectives and the strategy map', () => {
  it('defines a perspective (upsert by code slug) and rejects bad weights and orders', () => {
    spec
      .given([created])
      .when({ type: 'define-perspective', perspective: { code: 'PLG', name: 'Perspektif PLG', order: 1, weight: '60' } })
      .then([persp('PLG', '60')], eq);
    expect(
      spec
        .given([created, persp('PLG', '60')])
        .when({ type: 'define-perspective', perspective: { code: 'PLG', name: 'Perspektif PLG', order: 1, weight: '60' } })
        .events(),
    ).toEqual([]);
    const refusals: Array<[{ code: string; order: number; weight: string }, { code: string; field?: string }]> = [
      [
        { code: 'X', order: 1, weight: '0' },
        { code: 'INVALID_WEIGHT', field: 'weight' },
      ],
      [{ code: 'X', order: 1, weight: '12,5' }, { code: 'INVALID_WEIGHT' }],
      [
        { code: 'X', order: 0, weight: '10' },
        { code: 'INVALID_ORDER', field: 'order' },
      ],
      [{ code: '--', order: 1, weight: '10' }, { code: 'INVALID_CODE' }],
    ];
    for (const [perspective, error] of refusals) {
      expect(
        spec
          .given([created])
          .when({ type: 'define-perspective', perspective: { ...perspective, name: 'x' } })
          .error(),
      ).toMatchObject(error);
    }
  });
  it('an objective needs an existing perspective; a perspective in use cannot be removed', () => {
    spec
      .given([created, persp('PLG', '60')])
      .when({ type: 'define-objective', objective: { code: 'SS-01', perspectiveCode: 'plg', name: 'Sasaran SS-01', weight: null, contributesTo: null }, context: ctx })
      .then(
        [{ type: 'objective-defined', data: { objective: { code: 'SS-01', perspectiveCode: 'plg', name: 'Sasaran SS-01', weight: null, contributesTo: null, objectiveId: 'dpmptsp-2026.ss-01' } } }],
        eq,
      );
    expect(
      spec
        .given([created])
        .when({ type: 'define-objective', objective: { code: 'SS-01', perspectiveCode: 'PLG', name: 'x', weight: null, contributesTo: null }, context: ctx })
        .error(),
    ).toMatchObject({ code: 'UNKNOWN_PERSPECTIVE', field: 'perspectiveCode' });
    expect(spec.given(draft).when({ type: 'remove-perspective', code: 'PLG' }).error()).toMatchObject({ code: 'PERSPECTIVE_IN_USE', kind: 'conflict' });
    expect(spec.given(draft).when({ type: 'remove-perspective', code: 'NOPE' }).error()).toMatchObject({ code: 'PERSPECTIVE_NOT_FOUND', kind: 'not_found' });
  });
  it('indirect cascading: an objective contributes to an objective of an ancestor unit of the same year', () => {
    const o = { code: 'SS-03', perspectiveCode: 'PLG', name: 'x', weight: null, contributesTo: 'pemda-2026.ss-01' };
    expect(spec.given(draft).when({ type: 'define-objective', objective: o, context: ctx }).events()).toHaveLength(1);
    expect(
      spec
        .given(draft)
        .when({ type: 'define-objective', objective: { ...o, contributesTo: 'pemda-2026.ss-99' }, context: ctx })
        .error(),
    ).toMatchObject({ code: 'PARENT_OBJECTIVE_NOT_FOUND', field: 'contributesTo' });
    expect(
      spec
        .given(draft)
        .when({ type: 'define-objective', objective: { ...o, contributesTo: 'dinkes-2026.ss-01' }, context: ctx })
        .error(),
    ).toMatchObject({ code: 'CONTRIBUTION_NOT_TO_ANCESTOR' });
  });
  it('links objectives cause -> effect and rejects a link that closes a cycle, naming it', () => {
    const three = [...draft, obj('SS-03', 'PBI')];
    const linked = [...three, { type: 'objectives-linked', data: { from: 'SS-03', to: 'SS-02' } }, { type: 'objectives-linked', data: { from: 'SS-02', to: 'SS-01' } }] as ScorecardEvent[];
    spec
      .given(three)
      .when({ type: 'link-objectives', link: { from: 'ss-03', to: 'SS-02' } })
      .then([{ type: 'objectives-linked', data: { from: 'SS-03', to: 'SS-02' } }], eq);
    const err = spec
      .given(linked)
      .when({ type: 'link-objectives', link: { from: 'SS-01', to: 'SS-03' } })
      .error();
    expect(err).toMatchObject({ code: 'STRATEGY_MAP_CYCLE', field: 'to' });
    expect(err.message).toContain('ss-01 -> ss-03 -> ss-02 -> ss-01');
    expect(
      spec
        .given(linked)
        .when({ type: 'link-objectives', link: { from: 'SS-01', to: 'SS-01' } })
        .error(),
    ).toMatchObject({ code: 'SELF_LINK' });
    expect(
      spec
        .given(linked)
        .when({ type: 'link-objectives', link: { from: 'SS-01', to: 'SS-09' } })
        .error(),
    ).toMatchObject({ code: 'UNKNOWN_OBJECTIVE', field: 'to' });
    expect(
      spec
        .given(linked)
        .when({ type: 'link-objectives', link: { from: 'SS-03', to: 'SS-02' } })
        .events(),
    ).toEqual([]);
    spec
      .given(linked)
      .when({ type: 'unlink-objectives', link: { from: 'SS-02', to: 'SS-01' } })
      .then([{ type: 'objectives-unlinked', data: { from: 'SS-02', to: 'SS-01' } }], eq);
  });
  it('removing an objective used by a KPI is 409; an unused one takes its links with it', () => {
    expect(spec.given(draft).when({ type: 'remove-objective', code: 'SS-01' }).error()).toMatchObject({ code: 'OBJECTIVE_IN_USE', kind: 'conflict' });
    const withLink = [...draft, { type: 'objectives-linked', data: { from: 'SS-02', to: 'SS-01' } }] as ScorecardEvent[];
    spec
      .given(withLink)
      .when({ type: 'remove-objective', code: 'SS-02' })
      .then(
        [
          { type: 'objectives-unlinked', data: { from: 'SS-02', to: 'SS-01' } },
          { type: 'objective-removed', data: { code: 'SS-02' } },
        ],
        eq,
      );
  });
});

describe('scorecard decider: KPIs', () => {
  const define = (over: Partial<KpiSpec>) => spec.given(draft).when({ type: 'define-kpi', kpi: kpiSpec({ code: 'IKU-02', ...over }), context: ctx });
  it('defines a KPI with its global id; redefining the same code is an update, identical is a no-op', () => {
    define({}).then([kpiDefined({ code: 'IKU-02' })], eq);
    expect(spec.given(draft).when({ type: 'define-kpi', kpi: kpiSpec(), context: ctx }).events()).toEqual([]);
    expect(
      spec
        .given(draft)
        .when({ type: 'define-kpi', kpi: kpiSpec({ code: 'iku 01', weight: '50' }), context: ctx })
        .events()[0],
    ).toMatchObject({ data: { kpi: { kpiId: 'dpmptsp-2026.iku-01', weight: '50' } } });
  });
  it('checks the objective, owner unit, weight and target decimals', () => {
    expect(define({ objectiveCode: 'SS-99' }).error()).toMatchObject({ code: 'UNKNOWN_OBJECTIVE', field: 'objectiveCode' });
    expect(define({ ownerUnitId: 'lama' }).error()).toMatchObject({ code: 'UNKNOWN_UNIT', field: 'ownerUnitId' });
    expect(define({ weight: '-1' }).error()).toMatchObject({ code: 'INVALID_WEIGHT' });
    expect(define({ yearlyTarget: { value: '82,5' } }).error()).toMatchObject({ code: 'INVALID_TARGET', field: 'yearlyTarget' });
    expect(define({ valueType: 'money', yearlyTarget: { value: '-5' } }).error()).toMatchObject({ code: 'INVALID_TARGET' });
    expect(define({ baseline: 'abc' }).error()).toMatchObject({ code: 'INVALID_BASELINE', field: 'baseline' });
  });
  it('sub-period targets must belong to the frequency', () => {
    const err = define({ periodTargets: { M01: { value: '1' } } }).error();
    expect(err).toMatchObject({ code: 'PERIOD_NOT_IN_FREQUENCY', field: 'periodTargets.M01' });
    expect(define({ frequency: 'yearly', periodTargets: { Q1: { value: '1' } } }).error()).toMatchObject({ code: 'PERIOD_NOT_IN_FREQUENCY' });
    expect(define({ frequency: 'semester', periodTargets: { S1: { value: '40' }, S2: { value: '82.5' } } }).events()).toHaveLength(1);
  });
  it('categorical KPIs need ordered distinct grades, targets among them, higher_is_better and last', () => {
    const opinion = {
      valueType: 'categorical' as const,
      grades: ['WTP', 'WDP', 'TW', 'TMP'],
      aggregation: 'last' as const,
      frequency: 'yearly' as const,
      periodTargets: {},
      baseline: 'WDP',
      yearlyTarget: { value: 'WTP' },
      endOfTermTarget: { value: 'WTP' },
    };
    expect(define(opinion).events()).toHaveLength(1);
    expect(define({ ...opinion, yearlyTarget: { value: 'BAIK' } }).error()).toMatchObject({ code: 'INVALID_TARGET' });
    expect(define({ ...opinion, grades: ['WTP'] }).error()).toMatchObject({ code: 'GRADES_REQUIRED', field: 'grades' });
    expect(define({ ...opinion, grades: ['WTP', 'WTP'] }).error()).toMatchObject({ code: 'DUPLICATE_GRADE' });
    expect(define({ ...opinion, aggregation: 'average' }).error()).toMatchObject({ code: 'AGGREGATION_NOT_ALLOWED', field: 'aggregation' });
    expect(define({ ...opinion, polarity: 'lower_is_better' }).error()).toMatchObject({ code: 'POLARITY_VALUE_TYPE_MISMATCH' });
    expect(define({ grades: ['A', 'B'] }).error()).toMatchObject({ code: 'GRADES_NOT_ALLOWED' });
  });
  it('milestone KPIs use dates; range KPIs use {min, max}', () => {
    const ms = {
      polarity: 'milestone' as const,
      valueType: 'milestone_date' as const,
      aggregation: 'last' as const,
      frequency: 'yearly' as const,
      periodTargets: {},
      baseline: null,
      yearlyTarget: { value: '2026-09-30' },
      endOfTermTarget: null,
    };
    expect(define(ms).events()).toHaveLength(1);
    expect(define({ ...ms, yearlyTarget: { value: '2026-02-30' } }).error()).toMatchObject({ code: 'INVALID_TARGET' });
    expect(define({ ...ms, valueType: 'number' }).error()).toMatchObject({ code: 'POLARITY_VALUE_TYPE_MISMATCH' });
    const range = { polarity: 'range' as const, yearlyTarget: { min: '2', max: '4' }, periodTargets: { Q1: { min: '2', max: '4.5' } }, endOfTermTarget: null };
    expect(define(range).events()).toHaveLength(1);
    expect(define({ ...range, yearlyTarget: { min: '5', max: '4' } }).error()).toMatchObject({ code: 'INVALID_TARGET', field: 'yearlyTarget' });
    expect(define({ ...range, yearlyTarget: { value: '3' } }).error()).toMatchObject({ code: 'INVALID_TARGET' });
    expect(define({ yearlyTarget: { min: '1', max: '2' } }).error()).toMatchObject({ code: 'INVALID_TARGET' });
  });
  it('thresholds: green above yellow', () => {
    expect(define({ thresholds: { green: '75', yellow: '90' } }).error()).toMatchObject({ code: 'INVALID_THRESHOLDS', field: 'thresholds' });
  });
  it('direct cascading: takes the parent KPI, with its targets or a share of them', () => {
    const cascaded = define({ cascadedFrom: { kpiId: 'pemda-2026.iku-01', share: '50' }, yearlyTarget: null, periodTargets: {}, unitOfMeasure: 'izin', aggregation: 'sum' }).events()[0]!;
    expect(cascaded).toMatchObject({ data: { kpi: { yearlyTarget: { value: '600' }, periodTargets: { Q1: { value: '150' }, Q4: { value: '150' } } } } });
    const whole = define({ cascadedFrom: { kpiId: 'pemda-2026.iku-01', share: null }, yearlyTarget: null, periodTargets: {} }).events()[0]!;
    expect(whole).toMatchObject({ data: { kpi: { yearlyTarget: { value: '1200' } } } });
    expect(define({ cascadedFrom: { kpiId: 'pemda-2026.iku-77', share: null } }).error()).toMatchObject({ code: 'PARENT_KPI_NOT_FOUND', field: 'cascadedFrom.kpiId' });
    expect(define({ cascadedFrom: { kpiId: 'pemda-2026.iku-01', share: '0' } }).error()).toMatchObject({ code: 'INVALID_SHARE' });
    expect(define({ cascadedFrom: { kpiId: 'pemda-2026.iku-01', share: null }, frequency: 'monthly', periodTargets: {} }).error()).toMatchObject({ code: 'CASCADE_MISMATCH', field: 'frequency' });
  });
  it('a code named like an Object.prototype member is an ordinary code: removing an unknown one is KPI_NOT_FOUND, the stream stays readable', () => {
    for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(spec.given(draft).when({ type: 'remove-kpi', code }).error()).toMatchObject({ code: 'KPI_NOT_FOUND', kind: 'not_found' });
      expect(spec.given(draft).when({ type: 'remove-perspective', code }).error()).toMatchObject({ code: 'PERSPECTIVE_NOT_FOUND' });
      expect(spec.given(draft).when({ type: 'remove-objective', code }).error()).toMatchObject({ code: 'OBJECTIVE_NOT_FOUND' });
      expect(spec.given(draft).when({ type: 'remove-initiative', code }).error()).toMatchObject({ code: 'INITIATIVE_NOT_FOUND' });
      const removed: ScorecardEvent = { type: 'scorecard-kpi-removed', data: { code, kpiId: `dpmptsp-2026.${code}` } };
      const state = fold(scorecardDecider, [...draft, removed]);
      expect([...state.kpis.keys()]).toEqual(['iku-01']);
      expect(documentOf(state).kpis.map((k) => k.code)).toEqual(['IKU-01']);
      const defined = spec
        .given(draft)
        .when({ type: 'define-kpi', kpi: kpiSpec({ code }), context: ctx })
        .events();
      expect(fold(scorecardDecider, [...draft, ...defined]).kpis.get(slug(code))?.code).toBe(code);
    }
  });
  it('removes a KPI by code', () => {
    spec
      .given(draft)
      .when({ type: 'remove-kpi', code: 'iku-01' })
      .then([{ type: 'scorecard-kpi-removed', data: { code: 'IKU-01', kpiId: 'dpmptsp-2026.iku-01' } }], eq);
    expect(spec.given(draft).when({ type: 'remove-kpi', code: 'IKU-09' }).error()).toMatchObject({ code: 'KPI_NOT_FOUND', kind: 'not_found' });
  });
});

describe('scorecard decider: initiatives', () => {
  const program = {
    code: 'P-01',
    level: 'program' as const,
    name: 'Program Pelayanan Perizinan',
    parentCode: null,
    objectiveCodes: ['SS-01'],
    budgetCeiling: '1000000000',
    ownerUnitId: 'dpmptsp',
    schedule: { start: '2026-01-01', end: '2026-12-31' },
  };
  const withProgram = [...draft, { type: 'initiative-defined', data: { initiative: { ...program, initiativeId: 'dpmptsp-2026.p-01' } } }] as ScorecardEvent[];
  const kegiatan = { ...program, code: 'K-01', level: 'kegiatan' as const, parentCode: 'P-01', objectiveCodes: [], budgetCeiling: '600000000' };
  it('defines programs and kegiatan under them, with ceiling, owner and schedule', () => {
    spec
      .given(draft)
      .when({ type: 'define-initiative', initiative: program, context: ctx })
      .then([withProgram[withProgram.length - 1]!], eq);
    expect(spec.given(withProgram).when({ type: 'define-initiative', initiative: kegiatan, context: ctx }).events()).toHaveLength(1);
  });
  it('rejects a wrong parent level, a missing objective, bad schedule, bad budget, and children above the parent ceiling', () => {
    const when = (i: object) =>
      spec
        .given(withProgram)
        .when({ type: 'define-initiative', initiative: { ...kegiatan, ...i }, context: ctx })
        .error();
    expect(when({ level: 'sub_kegiatan' })).toMatchObject({ code: 'INVALID_INITIATIVE_PARENT', field: 'parentCode' });
    expect(when({ level: 'program', parentCode: null, objectiveCodes: [] })).toMatchObject({ code: 'OBJECTIVE_REQUIRED' });
    expect(when({ objectiveCodes: ['SS-77'] })).toMatchObject({ code: 'UNKNOWN_OBJECTIVE', field: 'objectiveCodes' });
    expect(when({ schedule: { start: '2026-05-01', end: '2026-04-01' } })).toMatchObject({ code: 'INVALID_SCHEDULE', field: 'schedule.end' });
    expect(when({ schedule: { start: '2025-12-01', end: '2026-04-01' } })).toMatchObject({ code: 'INVALID_SCHEDULE', field: 'schedule' });
    expect(when({ budgetCeiling: '1.000.000' })).toMatchObject({ code: 'INVALID_BUDGET' });
    expect(when({ budgetCeiling: '1000000000.01' })).toMatchObject({ code: 'BUDGET_EXCEEDS_PARENT' });
    expect(when({ ownerUnitId: 'nope' })).toMatchObject({ code: 'UNKNOWN_UNIT' });
  });
  it('a missing or partial schedule is a problem of the initiative (SCHEDULE_REQUIRED naming the field), never a crash', () => {
    const when = (i: object) =>
      spec
        .given(withProgram)
        .when({ type: 'define-initiative', initiative: { ...kegiatan, ...i } as typeof kegiatan, context: ctx })
        .error();
    expect(when({ schedule: undefined })).toMatchObject({ code: 'SCHEDULE_REQUIRED', field: 'schedule', kind: 'unprocessable' });
    expect(when({ schedule: null })).toMatchObject({ code: 'SCHEDULE_REQUIRED', field: 'schedule' });
    expect(when({ schedule: { end: '2026-12-31' } })).toMatchObject({ code: 'SCHEDULE_REQUIRED', field: 'schedule.start' });
    expect(when({ schedule: { start: '2026-01-01', end: '' } })).toMatchObject({ code: 'SCHEDULE_REQUIRED', field: 'schedule.end' });
    const d = documentOf(fold(scorecardDecider, withProgram));
    d.initiatives = d.initiatives.map((i) => ({ ...i, schedule: undefined as unknown as typeof i.schedule }));
    const err = spec.given([]).when({ type: 'import-document', tenantId: 'kab', document: d, context: ctx }).error();
    expect(err).toMatchObject({ code: 'SCHEDULE_REQUIRED', field: 'schedule' });
    expect((err as DomainError).details?.map((x) => [x['item'], x['itemCode'], x.field])).toEqual([['initiative', 'P-01', 'schedule']]);
  });
  it('a program with kegiatan cannot be removed first', () => {
    const both = [...withProgram, { type: 'initiative-defined', data: { initiative: { ...kegiatan, initiativeId: 'dpmptsp-2026.k-01' } } }] as ScorecardEvent[];
    expect(spec.given(both).when({ type: 'remove-initiative', code: 'P-01' }).error()).toMatchObject({ code: 'INITIATIVE_HAS_CHILDREN', kind: 'conflict' });
  });
});

describe('scorecard decider: lifecycle (Perjanjian Kinerja and revisions)', () => {
  it('approval needs perspective weights summing to exactly 100 and says what they sum to', () => {
    const err = spec
      .given([created, persp('PLG', '60'), persp('PBI', '39.5', 2)])
      .when({ type: 'approve', signedBy: 'Kepala', context: ctx })
      .error();
    expect(err).toMatchObject({ code: 'PERSPECTIVE_WEIGHTS_NOT_100', kind: 'unprocessable' });
    expect(err.message).toContain('99.5');
    expect(spec.given([created]).when({ type: 'approve', signedBy: 'Kepala', context: ctx }).error()).toMatchObject({ code: 'NO_PERSPECTIVES' });
    expect(spec.given(draft).when({ type: 'approve', signedBy: ' ', context: ctx }).error()).toMatchObject({ code: 'SIGNER_REQUIRED', field: 'signedBy' });
  });
  it('approval refuses a KPI without an owner unit (KPI_OWNER_REQUIRED naming kpis.<code>.ownerUnitId): nobody could report on it', () => {
    const ownerless = [...draft, kpiDefined({ code: 'IKU-02', ownerUnitId: null }), kpiDefined({ code: 'IKU 03', ownerUnitId: null })];
    const err = spec.given(ownerless).when({ type: 'approve', signedBy: 'Kepala DPMPTSP', context: ctx }).error();
    expect(err).toMatchObject({ code: 'KPI_OWNER_REQUIRED', field: 'kpis.IKU-02.ownerUnitId', kind: 'unprocessable' });
    expect(err.message).toContain('IKU-02');
    expect(err.message).toMatch(/unit pemilik.* \/ KPI IKU-02 has no owner unit/);
    expect((err as DomainError).details?.map((x) => [x.field, x['code']])).toEqual([
      ['kpis.IKU-02.ownerUnitId', 'KPI_OWNER_REQUIRED'],
      ['kpis.IKU 03.ownerUnitId', 'KPI_OWNER_REQUIRED'],
    ]);
    const owned = [...ownerless, kpiDefined({ code: 'IKU-02' }), kpiDefined({ code: 'IKU 03' })];
    expect(
      spec
        .given(owned)
        .when({ type: 'approve', signedBy: 'Kepala DPMPTSP', context: ctx })
        .events()
        .map((e) => e.type),
    ).toEqual(['scorecard-approved']);
  });
  it('approval records version 1 with the whole plan and the unit', () => {
    const [e] = spec.given(draft).when({ type: 'approve', signedBy: 'Kepala DPMPTSP', context: ctx }).events();
    expect(e).toMatchObject({ type: 'scorecard-approved', data: { version: 1, signedBy: 'Kepala DPMPTSP', reason: null, unit: { unitId: 'dpmptsp', kind: 'opd', parentId: 'pemda' } } });
    const snap = (e as Extract<ScorecardEvent, { type: 'scorecard-approved' }>).data.snapshot;
    expect(snap.kpis.map((k) => k.kpiId)).toEqual(['dpmptsp-2026.iku-01']);
    expect(snap.perspectives.map((p) => p.code)).toEqual(['PLG', 'PBI']);
  });
  it('an approved plan is locked: edits are 409 until a revision with a reason is opened', () => {
    expect(
      spec
        .given(approved)
        .when({ type: 'define-kpi', kpi: kpiSpec({ weight: '90' }), context: ctx })
        .error(),
    ).toMatchObject({ code: 'SCORECARD_LOCKED', kind: 'conflict' });
    expect(spec.given(approved).when({ type: 'approve', signedBy: 'x', context: ctx }).error()).toMatchObject({ code: 'ALREADY_APPROVED', kind: 'conflict' });
    expect(spec.given(approved).when({ type: 'open-revision', reason: '' }).error()).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(spec.given(draft).when({ type: 'open-revision', reason: 'Perubahan APBD' }).error()).toMatchObject({ code: 'NOT_APPROVED' });
    const opened: ScorecardEvent = { type: 'scorecard-revision-opened', data: { scorecardId: 'dpmptsp-2026', unitId: 'dpmptsp', year: 2026, fromVersion: 1, reason: 'Perubahan APBD 2026' } };
    spec.given(approved).when({ type: 'open-revision', reason: 'Perubahan APBD 2026' }).then([opened], eq);
    const revised = [...approved, opened, kpiDefined({ yearlyTarget: { value: '84' } })];
    const [v2] = spec.given(revised).when({ type: 'approve', signedBy: 'Kepala DPMPTSP', context: ctx }).events();
    expect(v2).toMatchObject({ data: { version: 2, reason: 'Perubahan APBD 2026', snapshot: { version: 2, kpis: [{ yearlyTarget: { value: '84' } }] } } });
    const state = fold(scorecardDecider, [...revised, v2!]);
    expect(state.approvals.map((a) => [a.version, a.reason])).toEqual([
      [1, null],
      [2, 'Perubahan APBD 2026'],
    ]);
  });
});

describe('scorecard decider: import of a whole document (all or nothing)', () => {
  const doc = (): ScorecardDocument => documentOf(fold(scorecardDecider, draft));
  it('creates a scorecard from a document, and re-importing the same document writes nothing', () => {
    const events = spec.given([]).when({ type: 'import-document', tenantId: 'kab', document: doc(), context: ctx }).events();
    expect(events.map((e) => e.type)).toEqual(['scorecard-created', 'perspective-defined', 'perspective-defined', 'objective-defined', 'objective-defined', 'scorecard-kpi-defined']);
    expect(documentOf(fold(scorecardDecider, events))).toEqual(doc());
    expect(spec.given(events).when({ type: 'import-document', tenantId: 'kab', document: doc(), context: ctx }).events()).toEqual([]);
  });
  it('replaces the content of a draft: removals, then changes', () => {
    const d = doc();
    d.kpis = [];
    d.objectives = d.objectives.filter((o) => o.code !== 'SS-02');
    d.perspectives = d.perspectives.map((p) => ({ ...p, weight: p.code === 'PLG' ? '70' : '30' }));
    const events = spec.given(draft).when({ type: 'import-document', tenantId: 'kab', document: d, context: ctx }).events();
    expect(events.map((e) => e.type)).toEqual(['scorecard-kpi-removed', 'objective-removed', 'perspective-defined', 'perspective-defined']);
  });
  it('reports every problem at once, each naming its item and field, and writes nothing', () => {
    const d = doc();
    d.kpis.push({ ...kpiSpec({ code: 'IKU 01' }) }, kpiSpec({ code: 'IKU-03', objectiveCode: 'SS-09', yearlyTarget: { value: 'abc' } }));
    d.links.push({ from: 'SS-01', to: 'SS-02' }, { from: 'SS-02', to: 'SS-01' });
    const err = spec.given([]).when({ type: 'import-document', tenantId: 'kab', document: d, context: ctx }).error();
    expect(err.code).toBe('PLAN_INVALID');
    expect(err.details?.map((x) => [x['item'], x['itemCode'], x.field, x['code']])).toEqual([
      ['kpi', 'IKU 01', 'code', 'DUPLICATE_CODE'],
      ['link', 'SS-02->SS-01', 'to', 'STRATEGY_MAP_CYCLE'],
      ['kpi', 'IKU-03', 'objectiveCode', 'UNKNOWN_OBJECTIVE'],
      ['kpi', 'IKU-03', 'yearlyTarget', 'INVALID_TARGET'],
    ]);
  });
  it('refuses a document of another scorecard, and an approved plan', () => {
    expect(
      spec
        .given(draft)
        .when({ type: 'import-document', tenantId: 'kab', document: { ...doc(), year: 2027 }, context: ctx })
        .error(),
    ).toMatchObject({ code: 'DOCUMENT_FOR_ANOTHER_SCORECARD' });
    expect(spec.given(approved).when({ type: 'import-document', tenantId: 'kab', document: doc(), context: ctx }).error()).toMatchObject({ code: 'SCORECARD_LOCKED' });
  });
});
