import { DomainError, type Decider } from '@capaian/ddd';

/**
 * The organization tree of one tenant (Pemda): Pemda -> OPD -> bidang -> seksi -> ASN positions.
 * One stream per tenant (`org-<tenant>`): the tree is small, and rules such as "a move must not
 * create a cycle" need the whole tree. Units are never deleted: renames, moves, merges and
 * closures are events, so any earlier shape of the tree can be replayed.
 */
export const UNIT_KINDS = ['pemda', 'opd', 'bidang', 'seksi', 'asn_position'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Which kinds a unit of each kind may sit under. */
export const ALLOWED_PARENTS: Record<UnitKind, readonly UnitKind[]> = {
  pemda: [],
  opd: ['pemda'],
  bidang: ['opd'],
  seksi: ['bidang'],
  asn_position: ['opd', 'bidang', 'seksi'],
};

export const ORG_EVENT_TYPES = {
  registered: 'unit-registered',
  renamed: 'unit-renamed',
  moved: 'unit-moved',
  merged: 'units-merged',
  closed: 'unit-closed',
} as const;
export const ORG_EVENT_SCHEMA_VERSION: Record<string, number> = Object.fromEntries(Object.values(ORG_EVENT_TYPES).map((t) => [t, 1]));

export type OrgCommand =
  | { type: 'register-unit'; unitId: string; name: string; kind: UnitKind; parentId: string | null }
  | { type: 'rename-unit'; unitId: string; name: string; reason: string | null }
  | { type: 'move-unit'; unitId: string; newParentId: string; reason: string | null }
  | { type: 'merge-units'; sourceUnitId: string; targetUnitId: string; reason: string }
  | { type: 'close-unit'; unitId: string; reason: string };

export type OrgEvent =
  | { type: 'unit-registered'; data: { unitId: string; name: string; kind: UnitKind; parentId: string | null } }
  | { type: 'unit-renamed'; data: { unitId: string; oldName: string; name: string; reason: string | null } }
  | { type: 'unit-moved'; data: { unitId: string; oldParentId: string | null; newParentId: string; reason: string | null } }
  | { type: 'units-merged'; data: { sourceUnitId: string; targetUnitId: string; movedChildIds: string[]; reason: string } }
  | { type: 'unit-closed'; data: { unitId: string; reason: string } };

export interface OrgUnit {
  unitId: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  status: 'active' | 'closed' | 'merged';
  mergedInto?: string;
}

/** Units by id: a Map, since ids are typed by people (a plain object would find "constructor"). */
export interface OrgState {
  units: ReadonlyMap<string, OrgUnit>;
}

const notFound = (unitId: string, field = 'unitId') => new DomainError('UNIT_NOT_FOUND', `Unit ${unitId} tidak ditemukan / unit not found`, field, 'not_found');

function activeUnit(state: OrgState, unitId: string, field = 'unitId'): OrgUnit {
  const u = state.units.get(unitId);
  if (!u) throw notFound(unitId, field);
  if (u.status !== 'active') throw new DomainError('UNIT_NOT_ACTIVE', `Unit ${unitId} sudah ${u.status === 'merged' ? 'digabung' : 'ditutup'} / unit is ${u.status}`, field, 'conflict');
  return u;
}

function checkParent(state: OrgState, kind: UnitKind, parentId: string | null, field: string): void {
  const allowed = ALLOWED_PARENTS[kind];
  if (parentId === null) {
    if (allowed.length > 0) throw new DomainError('PARENT_REQUIRED', `Unit ${kind} harus memiliki induk (${allowed.join('/')}) / a ${kind} needs a parent`, field);
    if ([...state.units.values()].some((u) => u.kind === 'pemda' && u.status === 'active')) {
      throw new DomainError('PEMDA_EXISTS', 'Pemda sudah terdaftar / the tenant already has its Pemda root', 'kind', 'conflict');
    }
    return;
  }
  const parent = activeUnit(state, parentId, field);
  if (!allowed.includes(parent.kind)) {
    throw new DomainError(
      'INVALID_PARENT_KIND',
      `${kind} tidak dapat berada di bawah ${parent.kind}; induk yang sah: ${allowed.join(', ') || '-'} / a ${kind} cannot sit under a ${parent.kind}`,
      field,
    );
  }
}

function isDescendant(state: OrgState, candidate: string, ancestor: string): boolean {
  for (let cur: string | null = candidate; cur !== null; cur = state.units.get(cur)?.parentId ?? null) {
    if (cur === ancestor) return true;
  }
  return false;
}

export const orgDecider: Decider<OrgCommand, OrgEvent, OrgState> = {
  initialState: () => ({ units: new Map() }),

  evolve(state, event) {
    const units = new Map(state.units);
    // An event about a unit the stream never registered changes nothing (the fold never throws).
    const update = (unitId: string, change: Partial<OrgUnit>) => {
      const u = units.get(unitId);
      if (u) units.set(unitId, { ...u, ...change });
    };
    switch (event.type) {
      case 'unit-registered':
        units.set(event.data.unitId, { ...event.data, status: 'active' });
        break;
      case 'unit-renamed':
        update(event.data.unitId, { name: event.data.name });
        break;
      case 'unit-moved':
        update(event.data.unitId, { parentId: event.data.newParentId });
        break;
      case 'units-merged':
        update(event.data.sourceUnitId, { status: 'merged', mergedInto: event.data.targetUnitId });
        for (const child of event.data.movedChildIds) update(child, { parentId: event.data.targetUnitId });
        break;
      case 'unit-closed':
        update(event.data.unitId, { status: 'closed' });
        break;
    }
    return { units };
  },

  decide(command, state) {
    switch (command.type) {
      case 'register-unit': {
        if (state.units.has(command.unitId)) throw new DomainError('UNIT_EXISTS', `Unit ${command.unitId} sudah ada / unit already exists`, 'unitId', 'conflict');
        checkParent(state, command.kind, command.parentId, 'parentId');
        return [{ type: 'unit-registered', data: { unitId: command.unitId, name: command.name, kind: command.kind, parentId: command.parentId } }];
      }
      case 'rename-unit': {
        const u = activeUnit(state, command.unitId);
        if (u.name === command.name) return [];
        return [{ type: 'unit-renamed', data: { unitId: u.unitId, oldName: u.name, name: command.name, reason: command.reason } }];
      }
      case 'move-unit': {
        const u = activeUnit(state, command.unitId);
        if (u.parentId === command.newParentId) return [];
        checkParent(state, u.kind, command.newParentId, 'newParentId');
        if (isDescendant(state, command.newParentId, u.unitId)) {
          throw new DomainError('MOVE_CREATES_CYCLE', `Unit ${u.unitId} tidak dapat dipindah ke bawah dirinya sendiri / a unit cannot move under its own subtree`, 'newParentId');
        }
        return [{ type: 'unit-moved', data: { unitId: u.unitId, oldParentId: u.parentId, newParentId: command.newParentId, reason: command.reason } }];
      }
      case 'merge-units': {
        if (command.sourceUnitId === command.targetUnitId) throw new DomainError('MERGE_INTO_ITSELF', 'Unit tidak dapat digabung ke dirinya sendiri / cannot merge a unit into itself', 'targetUnitId');
        const source = activeUnit(state, command.sourceUnitId, 'sourceUnitId');
        const target = activeUnit(state, command.targetUnitId, 'targetUnitId');
        if (source.kind !== target.kind)
          throw new DomainError('MERGE_KIND_MISMATCH', `Hanya unit sejenis yang dapat digabung (${source.kind} vs ${target.kind}) / only units of the same kind merge`, 'targetUnitId');
        if (isDescendant(state, target.unitId, source.unitId)) throw new DomainError('MERGE_CREATES_CYCLE', 'Unit tujuan berada di bawah unit sumber / target lies under the source', 'targetUnitId');
        const movedChildIds = [...state.units.values()]
          .filter((u) => u.parentId === source.unitId && u.status === 'active')
          .map((u) => u.unitId)
          .sort();
        return [{ type: 'units-merged', data: { sourceUnitId: source.unitId, targetUnitId: target.unitId, movedChildIds, reason: command.reason } }];
      }
      case 'close-unit': {
        const u = activeUnit(state, command.unitId);
        const open = [...state.units.values()].filter((c) => c.parentId === u.unitId && c.status === 'active');
        if (open.length > 0) {
          throw new DomainError(
            'UNIT_HAS_ACTIVE_CHILDREN',
            `Unit ${u.unitId} masih memiliki ${open.length} sub-unit aktif (${open.map((c) => c.unitId).join(', ')}) / close or move its active sub-units first`,
            'unitId',
            'conflict',
          );
        }
        return [{ type: 'unit-closed', data: { unitId: u.unitId, reason: command.reason } }];
      }
    }
  },
};

export function orgStreamId(tenantId: string): string {
  return `org-${tenantId}`;
}

export interface OrgTreeNode extends OrgUnit {
  children: OrgTreeNode[];
}

/** The tree of active units (closed and merged ones are listed separately by the caller if wanted). */
export function orgTree(state: OrgState, includeInactive = false): OrgTreeNode[] {
  const visible = [...state.units.values()].filter((u) => includeInactive || u.status === 'active');
  const nodes = new Map(visible.map((u) => [u.unitId, { ...u, children: [] as OrgTreeNode[] }]));
  const roots: OrgTreeNode[] = [];
  for (const n of [...nodes.values()].sort((a, b) => a.unitId.localeCompare(b.unitId))) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}
