import type { ValueForMoney, VfmLine } from './types';

/** The three measures of value for money (3E). */
export const DIMENSIONS = ['economy', 'efficiency', 'effectiveness'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Why one or more measures of a line could not be computed: the API's reason code and the measures it concerns. */
export interface ReasonNote {
  reason: string;
  dimensions: Dimension[];
}

/** The reasons a line's measures are not measurable, one note per reason (economy's reason often repeats in efficiency). */
export function reasonNotes(line: VfmLine): ReasonNote[] {
  const notes = new Map<string, Dimension[]>();
  const add = (dimension: Dimension, measurable: boolean, reason: string | null) => {
    if (measurable || !reason) return;
    notes.set(reason, [...(notes.get(reason) ?? []), dimension]);
  };
  add('economy', line.economy.measurable, line.economy.reason);
  add('efficiency', line.efficiency.measurable, line.efficiency.reason);
  add('effectiveness', line.effectiveness.measurable, line.effectiveness.reason);
  return [...notes].map(([reason, dimensions]) => ({ reason, dimensions }));
}

/** A line's depth in the initiative tree (program 0, kegiatan 1, sub kegiatan 2), from its parents. */
export function depthOf(line: VfmLine, byId: ReadonlyMap<string, VfmLine>): number {
  let depth = 0;
  let parent = line.parentId ? byId.get(line.parentId) : undefined;
  const seen = new Set<string>([line.id]);
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    depth++;
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return depth;
}

/** One row of the initiative table: the line and its depth (for indentation). */
export interface InitiativeRow {
  line: VfmLine;
  depth: number;
}

/** The initiatives in plan order, each under its parent (the API lists them in plan order already; children follow their parent). */
export function initiativeRows(vfm: Pick<ValueForMoney, 'initiatives'>): InitiativeRow[] {
  const byId = new Map(vfm.initiatives.map((l) => [l.id, l]));
  const children = new Map<string | null, VfmLine[]>();
  for (const l of vfm.initiatives) {
    const parent = l.parentId && byId.has(l.parentId) ? l.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), l]);
  }
  const rows: InitiativeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null) => {
    for (const l of children.get(parent) ?? []) {
      if (seen.has(l.id)) continue;
      seen.add(l.id);
      rows.push({ line: l, depth: depthOf(l, byId) });
      walk(l.id);
    }
  };
  walk(null);
  return rows;
}

/** How many lines carry each flag (the summary above the tables), in a fixed order. */
export function flagCounts(vfm: Pick<ValueForMoney, 'initiatives' | 'unit'>): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const l of [...vfm.initiatives, vfm.unit]) for (const f of l.flags) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return ['over_ceiling', 'low_absorption', 'inefficient'].filter((c) => counts.has(c)).map((code) => ({ code, count: counts.get(code) ?? 0 }));
}
