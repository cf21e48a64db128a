import { fold } from '@capaian/ddd';
import { performanceTree, scorecardDecider, type KpiSpec, type OrgUnit, type PlanContext, type ScorecardDocument, type ScorecardEvent, type ScorecardState } from '../index.js';
import { kpiSpec } from './kpi-spec.test-helpers.js';

const unit = (unitId: string, kind: OrgUnit['kind'], parentId: string | null): OrgUnit => ({ unitId, name: unitId.toUpperCase(), kind, parentId, status: 'active' });
const units: ReadonlyMap<string, OrgUnit> = new Map(
  [unit('pemda', 'pemda', null), unit('dpmptsp', 'opd', 'pemda'), unit('dinkes', 'opd', 'pemda'), unit('dpmptsp-yan', 'bidang', 'dpmptsp')].map((u) => [u.unitId, u]),
);
const ctxOf = (parents: ScorecardState[]): PlanContext => ({
  org: new Map([...units.values()].map((u) => [u.unitId, { name: u.name, kind: u.kind, parentId: u.parentId, status: u.status }])),
  parentObjectives: new Map(
    parents.flatMap((s) =>
      [...s.objectives.values()].map((o) => [o.objectiveId, { objectiveId: o.objectiveId, scorecardId: s.header!.scorecardId, unitId: s.header!.unitId, year: s.header!.year, name: o.name }]),
    ),
  ),
  parentKpis: new Map(parents.flatMap((s) => [...s.kpis.values()].map((k) => [k.kpiId, { ...k, scorecardId: s.header!.scorecardId, unitId: s.header!.unitId, year: s.header!.year }]))),
});
const kpi = (code: string, objectiveCode: string, over: Partial<KpiSpec> = {}): KpiSpec => kpiSpec(code, objectiveCode, { dataSource: 'BPS', ...over });
const doc = (unitId: string, over: Partial<ScorecardDocument>): ScorecardDocument => ({
  unitId,
  year: 2026,
  theme: null,
  title: `Kartu ${unitId}`,
  vision: '',
  missions: [],
  goals: [],
  perspectives: [{ code: 'P', name: 'Masyarakat', order: 1, weight: '100' }],
  objectives: [],
  links: [],
  kpis: [],
  initiatives: [],
  ...over,
});
const build = (d: ScorecardDocument, parents: ScorecardState[]): ScorecardState => {
  const events: ScorecardEvent[] = scorecardDecider.decide({ type: 'import-document', tenantId: 'kab', document: d, context: ctxOf(parents) }, scorecardDecider.initialState());
  return fold(scorecardDecider, events);
};

describe('performance tree (pohon kinerja)', () => {
  const pemda = build(doc('pemda', { objectives: [{ code: 'SS-01', perspectiveCode: 'P', name: 'Investasi', weight: null, contributesTo: null }], kpis: [kpi('IKU-01', 'SS-01')] }), []);
  const dpmptsp = build(
    doc('dpmptsp', {
      objectives: [
        { code: 'SS-01', perspectiveCode: 'P', name: 'Izin cepat', weight: null, contributesTo: 'pemda-2026.ss-01' },
        { code: 'SS-02', perspectiveCode: 'P', name: 'Cascaded only', weight: null, contributesTo: null },
        { code: 'SS-03', perspectiveCode: 'P', name: 'Orphan', weight: null, contributesTo: null },
      ],
      kpis: [
        kpi('IKU-01', 'SS-01', { dataSource: null }),
        kpi('IKU-02', 'SS-02', { cascadedFrom: { kpiId: 'pemda-2026.iku-01', share: null }, yearlyTarget: null }),
        kpi('IKU-03', 'SS-03', { level: 'process', ownerUnitId: null, yearlyTarget: null }),
      ],
    }),
    [pemda],
  );
  const tree = performanceTree(units, [pemda, dpmptsp], 'pemda', 2026)!;

  it("nests the sub-units' scorecards under the unit, skipping units without a plan", () => {
    expect(tree.root.scorecards.map((s) => s.scorecardId)).toEqual(['pemda-2026']);
    expect(tree.root.children.map((c) => c.unitId)).toEqual(['dpmptsp']);
    expect(tree.root.children[0]!.scorecards[0]!.objectives.map((o) => [o.code, o.kpis.map((k) => k.code)])).toEqual([
      ['SS-01', ['IKU-01']],
      ['SS-02', ['IKU-02']],
      ['SS-03', ['IKU-03']],
    ]);
  });

  it('flags orphans, objectives without a result KPI, and KPIs without target, owner or data source', () => {
    expect(tree.gaps.map((g) => [g.type, g.itemId])).toEqual([
      ['orphan_objective', 'dpmptsp-2026.ss-03'],
      ['objective_without_result_kpi', 'dpmptsp-2026.ss-03'],
      ['kpi_without_data_source', 'dpmptsp-2026.iku-01'],
      ['kpi_without_target', 'dpmptsp-2026.iku-03'],
      ['kpi_without_owner', 'dpmptsp-2026.iku-03'],
    ]);
  });

  it("a cascaded KPI gets its parent's target, so no missing-target gap; another year has no tree content", () => {
    expect(tree.root.children[0]!.scorecards[0]!.objectives[1]!.kpis[0]!.yearlyTarget).toEqual({ value: '80' });
    expect(performanceTree(units, [pemda, dpmptsp], 'pemda', 2027)!.root.scorecards).toEqual([]);
    expect(performanceTree(units, [], 'nope', 2026)).toBeUndefined();
  });
});
