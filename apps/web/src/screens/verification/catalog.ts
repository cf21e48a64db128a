import { useEffect, useMemo, useRef, useState } from 'react';
import { unwrap, useApi } from '../../api/clients';
import { useLoad, type Loaded } from '../../api/hooks';
import type { OrgTree, OrgTreeNode, PlanKpi } from './types';

export interface UnitOption {
  unitId: string;
  name: string;
  depth: number;
}

/** The active units of the organization tree, parents before children, with their depth. */
export function flattenUnits(roots: readonly OrgTreeNode[]): UnitOption[] {
  const out: UnitOption[] = [];
  const walk = (nodes: readonly OrgTreeNode[], depth: number) => {
    for (const n of [...nodes].sort((a, b) => a.name.localeCompare(b.name, 'id'))) {
      if (n.status !== 'active') continue;
      out.push({ unitId: n.unitId, name: n.name, depth });
      walk(n.children, depth + 1);
    }
  };
  walk(roots, 0);
  return out;
}

export interface Units {
  loaded: Loaded<OrgTree>;
  options: UnitOption[];
  nameOf(unitId: string): string;
}

/** The organization tree (planning), for unit names and unit choices. */
export function useUnits(): Units {
  const api = useApi();
  const loaded = useLoad(() => unwrap(api.planning.GET('/org/tree', {})), [api]);
  return useMemo(() => {
    const options = flattenUnits(loaded.data?.roots ?? []);
    const names = new Map(options.map((u) => [u.unitId, u.name]));
    return { loaded, options, nameOf: (id: string) => names.get(id) ?? id };
  }, [loaded]);
}

/** What measurement knows of each KPI shown (name, code, unit of measure), each asked once. */
export function useKpiCatalog(kpiIds: readonly string[]): ReadonlyMap<string, PlanKpi> {
  const api = useApi();
  const asked = useRef(new Set<string>());
  const [known, setKnown] = useState<ReadonlyMap<string, PlanKpi>>(() => new Map());
  const wanted = [...new Set(kpiIds)].sort().join('\n');
  useEffect(() => {
    for (const kpiId of wanted ? wanted.split('\n') : []) {
      if (asked.current.has(kpiId)) continue;
      asked.current.add(kpiId);
      unwrap(api.measurement.GET('/plan/kpis/{kpiId}', { params: { path: { kpiId } } })).then(
        (kpi) => setKnown((prev) => new Map(prev).set(kpiId, kpi)),
        () => asked.current.delete(kpiId),
      );
    }
  }, [wanted, api]);
  return known;
}
