import { fold } from '@capaian/ddd';
import { PROPERTY_RUNS, anyKeyArb, assertPrototypeIntact, codeArb, decideSafely, fc } from '@capaian/ddd/testing';
import { documentOf, scorecardDecider, slug, snapshotOf, validateDocument, type KpiSpec, type PlanContext, type ScorecardCommand, type ScorecardEvent } from '../index.js';
import { kpiSpec as fixtureKpi } from './kpi-spec.test-helpers.js';

/**
 * Properties: whatever codes a scorecard stream holds (including "constructor", "__proto__",
 * "toString"...), folding it never throws, every lookup of a code answers "not found" unless the
 * stream defined it, and a code defined then read comes back unchanged.
 */
const sid = 'dpmptsp-2026';
const ctx: PlanContext = {
  org: new Map([
    ['pemda', { name: 'Pemda', kind: 'pemda', parentId: null, status: 'active' }],
    ['dpmptsp', { name: 'DPMPTSP', kind: 'opd', parentId: 'pemda', status: 'active' }],
  ]),
  parentObjectives: new Map(),
  parentKpis: new Map(),
};
const created: ScorecardEvent = {
  type: 'scorecard-created',
  data: { header: { scorecardId: sid, tenantId: 'kab', unitId: 'dpmptsp', year: 2026, theme: null, title: 'Kartu', vision: '', missions: [], goals: [] } },
};
const kpiSpec = (code: string, objectiveCode: string, ownerUnitId: string | null = 'dpmptsp'): KpiSpec => fixtureKpi(code, objectiveCode, { name: `IKU ${code}`, definition: 'd', ownerUnitId });
const program = (code: string, objectiveCode: string) => ({
  code,
  level: 'program' as const,
  name: `Program ${code}`,
  parentCode: null,
  objectiveCodes: [objectiveCode],
  budgetCeiling: '100',
  ownerUnitId: 'dpmptsp',
  schedule: { start: '2026-01-01', end: '2026-12-31' },
});
const id = (code: string) => `${sid}.${slug(code)}`;

/** One arbitrary event about a code (defined or removed, of any kind), as a stream could hold it. */
const eventArb: fc.Arbitrary<ScorecardEvent> = fc.oneof(
  codeArb.map((c): ScorecardEvent => ({ type: 'perspective-defined', data: { perspective: { code: c, name: c, order: 1, weight: '100', perspectiveId: id(c) } } })),
  anyKeyArb.map((c): ScorecardEvent => ({ type: 'perspective-removed', data: { code: c } })),
  fc
    .tuple(codeArb, codeArb)
    .map(([c, p]): ScorecardEvent => ({ type: 'objective-defined', data: { objective: { code: c, perspectiveCode: p, name: c, weight: null, contributesTo: null, objectiveId: id(c) } } })),
  anyKeyArb.map((c): ScorecardEvent => ({ type: 'objective-removed', data: { code: c } })),
  fc.tuple(codeArb, codeArb).map(([from, to]): ScorecardEvent => ({ type: 'objectives-linked', data: { from, to } })),
  fc.tuple(anyKeyArb, anyKeyArb).map(([from, to]): ScorecardEvent => ({ type: 'objectives-unlinked', data: { from, to } })),
  fc.tuple(codeArb, codeArb).map(([c, o]): ScorecardEvent => ({ type: 'scorecard-kpi-defined', data: { kpi: { ...kpiSpec(c, o), kpiId: id(c) } } })),
  anyKeyArb.map((c): ScorecardEvent => ({ type: 'scorecard-kpi-removed', data: { code: c, kpiId: `${sid}.${c}` } })),
  fc.tuple(codeArb, codeArb).map(([c, o]): ScorecardEvent => ({ type: 'initiative-defined', data: { initiative: { ...program(c, o), initiativeId: id(c) } } })),
  anyKeyArb.map((c): ScorecardEvent => ({ type: 'initiative-removed', data: { code: c } })),
);

type Kind = 'perspectives' | 'objectives' | 'kpis' | 'initiatives';
/** What the stream defines, by kind and slug (the model the fold must agree with). */
function model(events: readonly ScorecardEvent[]): Record<Kind, Map<string, string>> {
  const m: Record<Kind, Map<string, string>> = { perspectives: new Map(), objectives: new Map(), kpis: new Map(), initiatives: new Map() };
  for (const e of events) {
    if (e.type === 'perspective-defined') m.perspectives.set(slug(e.data.perspective.code), e.data.perspective.code);
    if (e.type === 'perspective-removed') m.perspectives.delete(slug(e.data.code));
    if (e.type === 'objective-defined') m.objectives.set(slug(e.data.objective.code), e.data.objective.code);
    if (e.type === 'objective-removed') m.objectives.delete(slug(e.data.code));
    if (e.type === 'scorecard-kpi-defined') m.kpis.set(slug(e.data.kpi.code), e.data.kpi.code);
    if (e.type === 'scorecard-kpi-removed') m.kpis.delete(slug(e.data.code));
    if (e.type === 'initiative-defined') m.initiatives.set(slug(e.data.initiative.code), e.data.initiative.code);
    if (e.type === 'initiative-removed') m.initiatives.delete(slug(e.data.code));
  }
  return m;
}

const NOT_FOUND: Record<Kind, string> = { perspectives: 'PERSPECTIVE_NOT_FOUND', objectives: 'OBJECTIVE_NOT_FOUND', kpis: 'KPI_NOT_FOUND', initiatives: 'INITIATIVE_NOT_FOUND' };
const REMOVE: Record<Kind, (code: string) => ScorecardCommand> = {
  perspectives: (code) => ({ type: 'remove-perspective', code }),
  objectives: (code) => ({ type: 'remove-objective', code }),
  kpis: (code) => ({ type: 'remove-kpi', code }),
  initiatives: (code) => ({ type: 'remove-initiative', code }),
};
const KINDS: Kind[] = ['perspectives', 'objectives', 'kpis', 'initiatives'];

describe('scorecard decider: prototype-safe codes (property)', () => {
  afterEach(() => assertPrototypeIntact());

  it('any stream folds; lookups of any code answer not found unless defined; every command decides or refuses with a DomainError', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), fc.array(anyKeyArb, { minLength: 1, maxLength: 6 }), (body, probes) => {
        const events = [created, ...body];
        const state = fold(scorecardDecider, events);
        const expected = model(events);
        for (const kind of KINDS) {
          expect(new Set(state[kind].keys())).toEqual(new Set(expected[kind].keys()));
          for (const p of probes) {
            expect(state[kind].get(slug(p))?.code).toBe(expected[kind].get(slug(p)));
            const r = decideSafely(scorecardDecider, events, REMOVE[kind](p));
            if (!expected[kind].has(slug(p))) expect(r).toMatchObject({ error: { code: NOT_FOUND[kind] } });
          }
        }
        const [first] = probes;
        for (const command of [
          { type: 'define-kpi', kpi: kpiSpec(first!, probes[probes.length - 1]!), context: ctx },
          { type: 'define-objective', objective: { code: first!, perspectiveCode: first!, name: 'x', weight: null, contributesTo: first! }, context: ctx },
          { type: 'define-initiative', initiative: { ...program(first!, first!), level: 'kegiatan', parentCode: first! }, context: ctx },
          { type: 'link-objectives', link: { from: first!, to: probes[probes.length - 1]! } },
          { type: 'unlink-objectives', link: { from: first!, to: first! } },
          { type: 'approve', signedBy: 'Kepala', context: ctx },
        ] as ScorecardCommand[]) {
          decideSafely(scorecardDecider, events, command);
        }
        expect(() => documentOf(state)).not.toThrow();
        expect(() => snapshotOf(state, 1)).not.toThrow();
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('define then read round-trips for any code, also through a whole-document import', () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        fc.pre(slug(code) !== '');
        const base = [created, { type: 'perspective-defined', data: { perspective: { code: 'PLG', name: 'P', order: 1, weight: '100', perspectiveId: id('PLG') } } } as ScorecardEvent];
        const steps: ScorecardCommand[] = [
          { type: 'define-objective', objective: { code, perspectiveCode: 'PLG', name: 'Sasaran', weight: null, contributesTo: null }, context: ctx },
          { type: 'define-kpi', kpi: kpiSpec(code, code), context: ctx },
          { type: 'define-initiative', initiative: program(code, code), context: ctx },
        ];
        let events = base;
        for (const step of steps) events = [...events, ...scorecardDecider.decide(step, fold(scorecardDecider, events))];
        const state = fold(scorecardDecider, events);
        expect(state.objectives.get(slug(code))?.code).toBe(code);
        expect(state.kpis.get(slug(code))).toMatchObject({ code, kpiId: id(code), objectiveCode: code });
        expect(state.initiatives.get(slug(code))?.code).toBe(code);
        const doc = documentOf(state);
        expect(validateDocument(doc, sid, ctx)).toEqual([]);
        const imported = scorecardDecider.decide({ type: 'import-document', tenantId: 'kab', document: doc, context: ctx }, fold(scorecardDecider, []));
        expect(documentOf(fold(scorecardDecider, imported))).toEqual(doc);
        expect(scorecardDecider.decide({ type: 'approve', signedBy: 'Kepala', context: ctx }, state).map((e) => e.type)).toEqual(['scorecard-approved']);
        const removed = scorecardDecider.decide({ type: 'remove-initiative', code }, state);
        expect(fold(scorecardDecider, [...events, ...removed]).initiatives.has(slug(code))).toBe(false);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('context lookups (organization, parent objectives and KPIs) by any id answer "not found"', () => {
    fc.assert(
      fc.property(anyKeyArb, (key) => {
        const base = [created, { type: 'perspective-defined', data: { perspective: { code: 'PLG', name: 'P', order: 1, weight: '100', perspectiveId: id('PLG') } } } as ScorecardEvent];
        const withObjective = [
          ...base,
          ...scorecardDecider.decide(
            { type: 'define-objective', objective: { code: 'SS-01', perspectiveCode: 'PLG', name: 's', weight: null, contributesTo: null }, context: ctx },
            fold(scorecardDecider, base),
          ),
        ];
        const known = new Set(['pemda', 'dpmptsp']);
        const owner = decideSafely(scorecardDecider, withObjective, { type: 'define-kpi', kpi: kpiSpec('IKU-01', 'SS-01', key), context: ctx });
        if (!known.has(key)) expect(owner).toMatchObject({ error: { code: 'UNKNOWN_UNIT', field: 'ownerUnitId' } });
        const parent = decideSafely(scorecardDecider, withObjective, { type: 'define-kpi', kpi: { ...kpiSpec('IKU-01', 'SS-01'), cascadedFrom: { kpiId: key, share: null } }, context: ctx });
        expect(parent).toMatchObject({ error: { code: 'PARENT_KPI_NOT_FOUND' } });
        const contributes = decideSafely(scorecardDecider, withObjective, {
          type: 'define-objective',
          objective: { code: 'SS-02', perspectiveCode: 'PLG', name: 's', weight: null, contributesTo: key },
          context: ctx,
        });
        expect(contributes).toMatchObject({ error: { code: 'PARENT_OBJECTIVE_NOT_FOUND' } });
        const unit = decideSafely(scorecardDecider, [], {
          type: 'create-scorecard',
          tenantId: 'kab',
          unitId: key,
          year: 2026,
          theme: null,
          profile: { title: 't', vision: '', missions: [], goals: [] },
          context: ctx,
        });
        if (!known.has(key)) expect(unit).toMatchObject({ error: { code: 'UNKNOWN_UNIT' } });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
