/** A small organization tree and history for the screen's tests. */
import type { HistoryEvent, OrgNode, UnitKind, UnitStatus } from './model';

export const node = (unitId: string, name: string, kind: UnitKind, parentId: string | null, children: OrgNode[] = [], status: UnitStatus = 'active', mergedInto?: string): OrgNode => ({
  unitId,
  name,
  kind,
  parentId,
  status,
  ...(mergedInto ? { mergedInto } : {}),
  children,
});

/** Pemda → BPKAD (with a bidang, a closed bidang and a merged one) and DPMPTSP; a unit coded "constructor". */
export const roots: OrgNode[] = [
  node('pemda', 'Pemerintah Kabupaten Contoh', 'pemda', null, [
    node('bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'opd', 'pemda', [
      node('bpkad-aset', 'Bidang Aset', 'bidang', 'bpkad', [node('bpkad-aset-seksi', 'Seksi Inventarisasi', 'seksi', 'bpkad-aset')]),
      node('bpkad-lama', 'Bidang Lama', 'bidang', 'bpkad', [], 'closed'),
      node('bpkad-x', 'Bidang Digabung', 'bidang', 'bpkad', [], 'merged', 'bpkad-aset'),
    ]),
    node('dpmptsp', 'Dinas Penanaman Modal dan PTSP', 'opd', 'pemda', [node('constructor', 'Bidang Konstruksi', 'bidang', 'dpmptsp')]),
  ]),
];

const at = (revision: number, type: string, data: object): HistoryEvent => ({ type, data, revision, recordedAt: `2026-12-06T0${revision}:00:00.000Z`, actor: 'planner@kab-contoh' }) as HistoryEvent;

/** The history of bpkad-aset as planning answers it (oldest first). */
export const history: HistoryEvent[] = [
  at(1, 'unit-registered', { unitId: 'bpkad-aset', name: 'Bidang Aset Lama', kind: 'bidang', parentId: 'dpmptsp' }),
  at(2, 'unit-renamed', { unitId: 'bpkad-aset', oldName: 'Bidang Aset Lama', name: 'Bidang Aset', reason: null }),
  at(3, 'unit-moved', { unitId: 'bpkad-aset', oldParentId: 'dpmptsp', newParentId: 'bpkad', reason: 'Perbup 7/2026' }),
  at(4, 'units-merged', { sourceUnitId: 'bpkad-x', targetUnitId: 'bpkad-aset', movedChildIds: [], reason: 'SOTK 2026' }),
];
