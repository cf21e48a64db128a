import { fold } from '@capaian/ddd';
import { PROPERTY_RUNS, anyKeyArb, assertPrototypeIntact, decideSafely, distinctArb, fc } from '@capaian/ddd/testing';
import { orgDecider, orgTree, performanceTree, type OrgCommand, type OrgEvent } from './index.js';

/** Properties: unit ids such as "constructor" or "__proto__" are ordinary ids of the organization tree. */
const eventArb: fc.Arbitrary<OrgEvent> = fc.oneof(
  fc
    .tuple(anyKeyArb, fc.option(anyKeyArb, { nil: null }))
    .map(([unitId, parentId]): OrgEvent => ({ type: 'unit-registered', data: { unitId, name: unitId, kind: parentId === null ? 'pemda' : 'opd', parentId } })),
  anyKeyArb.map((unitId): OrgEvent => ({ type: 'unit-renamed', data: { unitId, oldName: 'a', name: 'b', reason: null } })),
  fc.tuple(anyKeyArb, anyKeyArb).map(([unitId, newParentId]): OrgEvent => ({ type: 'unit-moved', data: { unitId, oldParentId: null, newParentId, reason: null } })),
  fc
    .tuple(anyKeyArb, anyKeyArb, fc.array(anyKeyArb, { maxLength: 3 }))
    .map(([s, t, movedChildIds]): OrgEvent => ({ type: 'units-merged', data: { sourceUnitId: s, targetUnitId: t, movedChildIds, reason: 'x' } })),
  anyKeyArb.map((unitId): OrgEvent => ({ type: 'unit-closed', data: { unitId, reason: 'x' } })),
);

describe('organization decider: prototype-safe unit ids (property)', () => {
  afterEach(() => assertPrototypeIntact());

  it('any stream folds; a unit is found only when registered; every command decides or refuses with a DomainError', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 20 }), fc.array(anyKeyArb, { minLength: 1, maxLength: 5 }), (events, probes) => {
        const state = fold(orgDecider, events);
        const registered = new Set(events.flatMap((e) => (e.type === 'unit-registered' ? [e.data.unitId] : [])));
        expect(new Set(state.units.keys())).toEqual(registered);
        expect(() => orgTree(state, true)).not.toThrow();
        for (const p of probes) {
          expect(state.units.has(p)).toBe(registered.has(p));
          const commands: OrgCommand[] = [
            { type: 'rename-unit', unitId: p, name: 'Nama', reason: null },
            { type: 'move-unit', unitId: p, newParentId: probes[0]!, reason: null },
            { type: 'merge-units', sourceUnitId: p, targetUnitId: probes[probes.length - 1]!, reason: 'SOTK baru' },
            { type: 'close-unit', unitId: p, reason: 'dilebur' },
            { type: 'register-unit', unitId: p, name: p, kind: 'opd', parentId: probes[0]! },
          ];
          for (const c of commands) {
            const r = decideSafely(orgDecider, events, c);
            if (!registered.has(p) && c.type === 'rename-unit') expect(r).toMatchObject({ error: { code: 'UNIT_NOT_FOUND' } });
          }
          expect(performanceTree(state.units, [], p, 2026) === undefined).toBe(!registered.has(p));
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('register then read round-trips for any ids', () => {
    fc.assert(
      fc.property(
        distinctArb(
          anyKeyArb.filter((k) => k.trim() !== ''),
          { minLength: 2, maxLength: 5 },
        ),
        ([root, ...opds]) => {
          let events: OrgEvent[] = orgDecider.decide({ type: 'register-unit', unitId: root!, name: root!, kind: 'pemda', parentId: null }, fold(orgDecider, []));
          for (const u of opds) events = [...events, ...orgDecider.decide({ type: 'register-unit', unitId: u, name: u, kind: 'opd', parentId: root! }, fold(orgDecider, events))];
          const state = fold(orgDecider, events);
          expect(state.units.get(root!)).toMatchObject({ unitId: root, kind: 'pemda', status: 'active' });
          const tree = orgTree(state);
          expect(tree.map((n) => n.unitId)).toEqual([root]);
          expect(new Set(tree[0]!.children.map((c) => c.unitId))).toEqual(new Set(opds));
          const closed = orgDecider.decide({ type: 'close-unit', unitId: opds[0]!, reason: 'dilebur' }, state);
          expect(fold(orgDecider, [...events, ...closed]).units.get(opds[0]!)?.status).toBe('closed');
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
