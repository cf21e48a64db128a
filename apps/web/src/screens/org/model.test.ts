import { describe, expect, it } from 'vitest';
import { history, node, roots } from './fixtures';
import { ancestors, historyLines, indexUnits, instantFromWib, mergeTargets, treeRows, unitChoices, wibFromInstant } from './model';

describe('organization tree model', () => {
  const index = indexUnits(roots);

  it('indexes every unit by its code in a Map, "constructor" included', () => {
    expect(index.get('constructor')?.name).toBe('Bidang Konstruksi');
    expect(index.get('toString')).toBeUndefined();
    expect(index.size).toBe(8);
  });

  it('lists active units parent before children with their depth, hiding closed and merged ones and what lies under them', () => {
    expect(treeRows(roots).map((r) => [r.unitId, r.depth, r.childCount])).toEqual([
      ['pemda', 0, 2],
      ['bpkad', 1, 1],
      ['bpkad-aset', 2, 1],
      ['bpkad-aset-seksi', 3, 0],
      ['dpmptsp', 1, 1],
      ['constructor', 2, 0],
    ]);
    const all = treeRows(roots, { inactive: true });
    expect(all.map((r) => r.unitId)).toContain('bpkad-lama');
    expect(all.find((r) => r.unitId === 'bpkad')?.childCount).toBe(3);
    expect(all.find((r) => r.unitId === 'bpkad-x')).toMatchObject({ status: 'merged', mergedInto: 'bpkad-aset' });
    const hidden = [node('pemda', 'P', 'pemda', null, [node('opd', 'O', 'opd', 'pemda', [node('b', 'B', 'bidang', 'opd')], 'closed')])];
    expect(treeRows(hidden).map((r) => r.unitId)).toEqual(['pemda']);
  });

  it('a query keeps matching units by name or code, with their ancestors', () => {
    expect(treeRows(roots, { query: 'inventaris' }).map((r) => r.unitId)).toEqual(['pemda', 'bpkad', 'bpkad-aset', 'bpkad-aset-seksi']);
    expect(treeRows(roots, { query: 'CONSTRUCTOR' }).map((r) => r.unitId)).toEqual(['pemda', 'dpmptsp', 'constructor']);
    expect(treeRows(roots, { query: 'tidak ada' })).toEqual([]);
  });

  it("gives a unit's ancestors from the root down, and stops on a loop or a missing parent", () => {
    expect(ancestors('bpkad-aset-seksi', index).map((a) => a.unitId)).toEqual(['pemda', 'bpkad', 'bpkad-aset']);
    expect(ancestors('pemda', index)).toEqual([]);
    const loop = indexUnits([node('a', 'A', 'opd', 'b'), node('b', 'B', 'opd', 'a')]);
    expect(ancestors('a', loop).map((n) => n.unitId)).toEqual(['b']);
    expect(ancestors('x', indexUnits([node('x', 'X', 'opd', 'gone')]))).toEqual([]);
  });

  it('offers active units as code choices; merge targets are of the same kind and not the unit itself', () => {
    expect(unitChoices(roots).map((c) => c.unitId)).toEqual(['pemda', 'bpkad', 'bpkad-aset', 'bpkad-aset-seksi', 'dpmptsp', 'constructor']);
    expect(mergeTargets(roots, index.get('bpkad-aset')!)).toEqual([{ unitId: 'constructor', label: 'Bidang Konstruksi' }]);
  });
});

describe('unit history model', () => {
  const names = new Map([
    ['bpkad', 'BPKAD'],
    ['dpmptsp', 'DPMPTSP'],
    ['bpkad-x', 'Bidang X'],
    ['bpkad-aset', 'Bidang Aset'],
  ]);
  const nameOf = (id: string) => names.get(id) ?? id;

  it('lists the changes newest first with who, when, what and why', () => {
    const lines = historyLines('bpkad-aset', history, nameOf);
    expect(lines.map((l) => [l.revision, l.key, l.reason])).toEqual([
      [4, 'absorbed', 'SOTK 2026'],
      [3, 'moved', 'Perbup 7/2026'],
      [2, 'renamed', null],
      [1, 'registered', null],
    ]);
    expect(lines[0]).toMatchObject({ actor: 'planner@kab-contoh', recordedAt: '2026-12-06T04:00:00.000Z', params: { source: 'Bidang X', target: 'Bidang Aset', count: 0 } });
    expect(lines[1].params).toEqual({ from: 'DPMPTSP', to: 'BPKAD' });
    expect(lines[2].params).toEqual({ from: 'Bidang Aset Lama', to: 'Bidang Aset' });
    expect(lines[3].params).toEqual({ name: 'Bidang Aset Lama', kind: 'bidang', parent: 'DPMPTSP' });
  });

  it('reads a merge for the unit merged, the unit absorbing it and a sub-unit carried along', () => {
    const merge = history[3];
    expect(historyLines('bpkad-x', [merge], nameOf)[0].key).toBe('mergedInto');
    expect(historyLines('bpkad-aset', [merge], nameOf)[0].key).toBe('absorbed');
    expect(historyLines('child', [merge], nameOf)[0].key).toBe('carried');
    const root = historyLines(
      'pemda',
      [{ type: 'unit-registered', revision: 0, recordedAt: '2026-12-06T00:00:00Z', actor: null, data: { unitId: 'pemda', name: 'Pemkab', kind: 'pemda', parentId: null } }],
      nameOf,
    );
    expect(root[0].key).toBe('registeredRoot');
    const closed = historyLines('x', [{ type: 'unit-closed', revision: 9, recordedAt: '2026-12-06T09:00:00Z', actor: null, data: { unitId: 'x', reason: 'Perda 3/2026' } }], nameOf);
    expect(closed[0]).toMatchObject({ key: 'closed', reason: 'Perda 3/2026', actor: null });
  });
});

describe('asOf instants in WIB', () => {
  it('reads a datetime-local value as WIB (UTC+7), with or without seconds', () => {
    expect(instantFromWib('2026-12-06T10:15:30')).toBe('2026-12-06T03:15:30.000Z');
    expect(instantFromWib('2026-12-06T06:00')).toBe('2026-12-05T23:00:00.000Z');
    expect(instantFromWib('')).toBeUndefined();
    expect(instantFromWib('06-12-2026 10:00')).toBeUndefined();
    expect(instantFromWib('2026-13-45T10:00')).toBeUndefined();
  });

  it('writes an instant back as WIB to the second', () => {
    expect(wibFromInstant('2026-12-06T03:15:30.250Z')).toBe('2026-12-06T10:15:30');
    expect(wibFromInstant(instantFromWib('2026-01-01T00:00:01')!)).toBe('2026-01-01T00:00:01');
    expect(wibFromInstant('nope')).toBe('');
  });
});
