/** The organization screen's model: the tree as rows, the unit's place in it, its history, and the asOf instant. */
import type { operations } from '../../api/generated/planning';
import { flatten, type OrgNode, type OrgTree } from '../dashboard/org';

export type { OrgNode, OrgTree };
export type UnitKind = OrgNode['kind'];
export type UnitStatus = OrgNode['status'];
export type HistoryEvent = operations['GetOrgTreeController_unitHistory']['responses'][200]['content']['application/json'][number];

/** The kinds of unit, from the Pemda down to an ASN position. */
export const UNIT_KINDS: readonly UnitKind[] = ['pemda', 'opd', 'bidang', 'seksi', 'asn_position'];

/** Every unit of the tree (active or not) by id: a Map, since ids are typed by people ("constructor"). */
export function indexUnits(roots: readonly OrgNode[]): Map<string, OrgNode> {
  const out = new Map<string, OrgNode>();
  const walk = (n: OrgNode) => {
    out.set(n.unitId, n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

export interface TreeRow {
  unitId: string;
  name: string;
  kind: UnitKind;
  depth: number;
  parentId: string | null;
  status: UnitStatus;
  mergedInto?: string;
  childCount: number;
}

/**
 * The tree in reading order (parent before its children). Inactive units only when asked; a
 * query keeps the units whose name or code contains it, with their ancestors so each stays in place.
 */
export function treeRows(roots: readonly OrgNode[], { inactive = false, query = '' }: { inactive?: boolean; query?: string } = {}): TreeRow[] {
  const index = indexUnits(roots);
  const q = query.trim().toLocaleLowerCase('id');
  const rows = flatten(roots).map((u): TreeRow => {
    const n = index.get(u.unitId)!;
    return { ...u, kind: n.kind, status: n.status, mergedInto: n.mergedInto, childCount: n.children.filter((c) => inactive || c.status === 'active').length };
  });
  const shown = rows.filter((r) => inactive || (r.status === 'active' && ancestors(r.unitId, index).every((a) => a.status === 'active')));
  if (!q) return shown;
  const keep = new Set<string>();
  for (const r of shown) {
    if (!r.name.toLocaleLowerCase('id').includes(q) && !r.unitId.includes(q)) continue;
    keep.add(r.unitId);
    ancestors(r.unitId, index).forEach((a) => keep.add(a.unitId));
  }
  return shown.filter((r) => keep.has(r.unitId));
}

/** The units above `unitId`, from the root down (not the unit itself). */
export function ancestors(unitId: string, index: ReadonlyMap<string, OrgNode>): OrgNode[] {
  const out: OrgNode[] = [];
  const seen = new Set<string>([unitId]);
  for (let id = index.get(unitId)?.parentId ?? null; id !== null && !seen.has(id); id = index.get(id)?.parentId ?? null) {
    seen.add(id);
    const n = index.get(id);
    if (!n) break;
    out.unshift(n);
  }
  return out;
}

/** Active units, in tree order, as choices for a code field (parent, new parent, merge target). */
export function unitChoices(roots: readonly OrgNode[], keep: (n: OrgNode) => boolean = () => true): { unitId: string; label: string }[] {
  const index = indexUnits(roots);
  return treeRows(roots)
    .map((r) => index.get(r.unitId)!)
    .filter(keep)
    .map((n) => ({ unitId: n.unitId, label: n.name }));
}

/** The units another unit can be merged into: active, of its kind, not itself. */
export const mergeTargets = (roots: readonly OrgNode[], unit: OrgNode) => unitChoices(roots, (n) => n.kind === unit.kind && n.unitId !== unit.unitId);

/** One line of a unit's history, as the screen says it (`key` under `history.what.` with `params`). */
export interface HistoryLine {
  revision: number;
  recordedAt: string;
  actor: string | null;
  key: string;
  params: Record<string, string | number>;
  reason: string | null;
}

/**
 * The events that concern `unitId`, newest first, each with what happened to this unit (a merge
 * reads differently for the unit merged, the unit absorbing it, and a sub-unit carried along).
 */
export function historyLines(unitId: string, events: readonly HistoryEvent[], nameOf: (unitId: string) => string): HistoryLine[] {
  const lines = events.map((e): HistoryLine => {
    const base = { revision: e.revision, recordedAt: e.recordedAt, actor: e.actor };
    switch (e.type) {
      case 'unit-registered':
        return {
          ...base,
          key: e.data.parentId ? 'registered' : 'registeredRoot',
          params: { name: e.data.name, kind: e.data.kind, parent: e.data.parentId ? nameOf(e.data.parentId) : '' },
          reason: null,
        };
      case 'unit-renamed':
        return { ...base, key: 'renamed', params: { from: e.data.oldName, to: e.data.name }, reason: e.data.reason };
      case 'unit-moved':
        return { ...base, key: 'moved', params: { from: e.data.oldParentId ? nameOf(e.data.oldParentId) : '—', to: nameOf(e.data.newParentId) }, reason: e.data.reason };
      case 'units-merged': {
        const { sourceUnitId, targetUnitId, movedChildIds } = e.data;
        const params = { source: nameOf(sourceUnitId), target: nameOf(targetUnitId), count: movedChildIds.length };
        const key = sourceUnitId === unitId ? 'mergedInto' : targetUnitId === unitId ? 'absorbed' : 'carried';
        return { ...base, key, params, reason: e.data.reason };
      }
      case 'unit-closed':
        return { ...base, key: 'closed', params: {}, reason: e.data.reason };
    }
  });
  return lines.sort((a, b) => b.revision - a.revision);
}

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The ISO instant of a `datetime-local` value read in WIB (Asia/Jakarta, UTC+7); undefined when not a date. */
export function instantFromWib(local: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d{1,3})?)?$/.exec(local.trim());
  if (!m) return undefined;
  const d = new Date(`${m[1]}T${m[2]}${m[3] ?? ':00'}+07:00`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** An instant as a `datetime-local` value in WIB, to the second. */
export function wibFromInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 19);
}
