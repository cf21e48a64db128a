import { DeciderSpecification, fold } from '@capaian/ddd';
import { orgDecider, orgTree, type OrgEvent } from './index.js';

const spec = DeciderSpecification.for(orgDecider);
const reg = (unitId: string, kind: 'pemda' | 'opd' | 'bidang' | 'seksi' | 'asn_position', parentId: string | null, name = unitId): OrgEvent => ({
  type: 'unit-registered',
  data: { unitId, name, kind, parentId },
});
const base: OrgEvent[] = [
  reg('kab', 'pemda', null, 'Pemerintah Kabupaten Contoh'),
  reg('dinkes', 'opd', 'kab', 'Dinas Kesehatan'),
  reg('diskominfo', 'opd', 'kab', 'Dinas Komunikasi dan Informatika'),
  reg('dinkes-p2p', 'bidang', 'dinkes', 'Bidang P2P'),
  reg('dinkes-p2p-surv', 'seksi', 'dinkes-p2p', 'Seksi Surveilans'),
];

describe('organization tree decider', () => {
  it('registers units under a parent of an allowed kind', () => {
    spec
      .given(base)
      .when({ type: 'register-unit', unitId: 'kominfo-aptika', name: 'Bidang Aptika', kind: 'bidang', parentId: 'diskominfo' })
      .then([reg('kominfo-aptika', 'bidang', 'diskominfo', 'Bidang Aptika')], (a, e) => expect(a).toEqual(e));
  });

  it('refuses a second Pemda root, an unknown parent, a wrong parent kind and a duplicate id', () => {
    expect(spec.given(base).when({ type: 'register-unit', unitId: 'kab2', name: 'x', kind: 'pemda', parentId: null }).error()).toMatchObject({ code: 'PEMDA_EXISTS' });
    expect(spec.given(base).when({ type: 'register-unit', unitId: 'x', name: 'x', kind: 'bidang', parentId: 'nope' }).error()).toMatchObject({
      code: 'UNIT_NOT_FOUND',
      field: 'parentId',
      kind: 'not_found',
    });
    expect(spec.given(base).when({ type: 'register-unit', unitId: 'x', name: 'x', kind: 'seksi', parentId: 'dinkes' }).error()).toMatchObject({ code: 'INVALID_PARENT_KIND', field: 'parentId' });
    expect(spec.given(base).when({ type: 'register-unit', unitId: 'x', name: 'x', kind: 'opd', parentId: null }).error()).toMatchObject({ code: 'PARENT_REQUIRED' });
    expect(spec.given(base).when({ type: 'register-unit', unitId: 'dinkes', name: 'x', kind: 'opd', parentId: 'kab' }).error()).toMatchObject({ code: 'UNIT_EXISTS', kind: 'conflict' });
  });

  it('renames with the old name kept in the event; the same name is a no-op', () => {
    spec
      .given(base)
      .when({ type: 'rename-unit', unitId: 'diskominfo', name: 'Dinas Kominfo dan Persandian', reason: 'Perda 3/2026' })
      .then([{ type: 'unit-renamed', data: { unitId: 'diskominfo', oldName: 'Dinas Komunikasi dan Informatika', name: 'Dinas Kominfo dan Persandian', reason: 'Perda 3/2026' } }], (a, e) =>
        expect(a).toEqual(e),
      );
    expect(spec.given(base).when({ type: 'rename-unit', unitId: 'dinkes', name: 'Dinas Kesehatan', reason: null }).events()).toEqual([]);
  });

  it('moves a unit, but never under its own subtree', () => {
    spec
      .given([...base, reg('kominfo-aptika', 'bidang', 'diskominfo')])
      .when({ type: 'move-unit', unitId: 'dinkes-p2p-surv', newParentId: 'kominfo-aptika', reason: null })
      .then([{ type: 'unit-moved', data: { unitId: 'dinkes-p2p-surv', oldParentId: 'dinkes-p2p', newParentId: 'kominfo-aptika', reason: null } }], (a, e) => expect(a).toEqual(e));
    const withPosition = [...base, reg('pos-1', 'asn_position', 'dinkes-p2p-surv')];
    expect(spec.given(withPosition).when({ type: 'move-unit', unitId: 'dinkes-p2p', newParentId: 'dinkes-p2p-surv', reason: null }).error()).toMatchObject({ code: 'INVALID_PARENT_KIND' });
  });

  it('refuses to merge a unit into itself', () => {
    expect(spec.given(base).when({ type: 'merge-units', sourceUnitId: 'dinkes', targetUnitId: 'dinkes' }).error()).toMatchObject({ code: 'MERGE_INTO_ITSELF' });
  });

  it('merges two OPDs: children move to the target, the source stays readable as merged', () => {
    const events = spec.given(base).when({ type: 'merge-units', sourceUnitId: 'dinkes', targetUnitId: 'diskominfo', reason: 'SOTK 2026' }).events();
    expect(events).toEqual([{ type: 'units-merged', data: { sourceUnitId: 'dinkes', targetUnitId: 'diskominfo', movedChildIds: ['dinkes-p2p'], reason: 'SOTK 2026' } }]);
    const state = fold(orgDecider, [...base, ...events]);
    expect(state.units.get('dinkes')).toMatchObject({ status: 'merged', mergedInto: 'diskominfo' });
    expect(state.units.get('dinkes-p2p')!.parentId).toBe('diskominfo');
    expect(
      spec
        .given([...base, ...events])
        .when({ type: 'rename-unit', unitId: 'dinkes', name: 'x', reason: null })
        .error(),
    ).toMatchObject({ code: 'UNIT_NOT_ACTIVE' });
    expect(spec.given(base).when({ type: 'merge-units', sourceUnitId: 'dinkes-p2p', targetUnitId: 'diskominfo', reason: 'x' }).error()).toMatchObject({ code: 'MERGE_KIND_MISMATCH' });
  });

  it('closes a unit only when it has no active sub-unit', () => {
    expect(spec.given(base).when({ type: 'close-unit', unitId: 'dinkes-p2p', reason: 'x' }).error()).toMatchObject({ code: 'UNIT_HAS_ACTIVE_CHILDREN', kind: 'conflict' });
    spec
      .given(base)
      .when({ type: 'close-unit', unitId: 'dinkes-p2p-surv', reason: 'dilebur' })
      .then([{ type: 'unit-closed', data: { unitId: 'dinkes-p2p-surv', reason: 'dilebur' } }], (a, e) => expect(a).toEqual(e));
  });

  it('builds the tree of active units', () => {
    const tree = orgTree(fold(orgDecider, base));
    expect(tree).toHaveLength(1);
    expect(tree[0]!.children.map((c) => c.unitId)).toEqual(['dinkes', 'diskominfo']);
    expect(tree[0]!.children[0]!.children[0]!.children[0]!.unitId).toBe('dinkes-p2p-surv');
  });
});
