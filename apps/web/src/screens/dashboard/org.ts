/** The organization tree as planning answers it (GET /org/tree), and helpers to walk it. */
import type { components } from '../../api/generated/planning';

export type OrgTree = components['schemas']['OrgTreeResponse'];
export type OrgNode = components['schemas']['OrgTreeNodeResponse'];

export interface FlatUnit {
  unitId: string;
  name: string;
  kind: string;
  depth: number;
  parentId: string | null;
}

/** The tree in reading order (parent before its children), each with its depth. */
export function flatten(roots: readonly OrgNode[]): FlatUnit[] {
  const out: FlatUnit[] = [];
  const walk = (n: OrgNode, depth: number) => {
    out.push({ unitId: n.unitId, name: n.name, kind: n.kind, depth, parentId: n.parentId });
    n.children.forEach((c) => walk(c, depth + 1));
  };
  roots.forEach((r) => walk(r, 0));
  return out;
}

/** Unit names by id. */
export function unitNames(roots: readonly OrgNode[]): Map<string, string> {
  return new Map(flatten(roots).map((u) => [u.unitId, u.name]));
}
