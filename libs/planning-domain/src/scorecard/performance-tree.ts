import type { OrgUnit } from '../organization.js';
import { slug, type KpiTarget, type ScorecardStatus } from './model.js';
import type { ScorecardState } from './decider.js';

/**
 * The performance tree (pohon kinerja) of a unit for a year: its scorecards, and below them the
 * scorecards of its sub-units, linked by cascading; with the alignment gaps a planner should fix.
 * Pure: the caller supplies the organization and the scorecards of the tenant.
 */
export const GAP_TYPES = ['orphan_objective', 'broken_contribution', 'objective_without_result_kpi', 'kpi_without_target', 'kpi_without_owner', 'kpi_without_data_source'] as const;
export type GapType = (typeof GAP_TYPES)[number];

export interface AlignmentGap {
  type: GapType;
  unitId: string;
  scorecardId: string;
  itemId: string;
  message: string;
}

export interface TreeKpi {
  kpiId: string;
  code: string;
  name: string;
  level: string;
  ownerUnitId: string | null;
  yearlyTarget: KpiTarget | null;
  cascadedFrom: { kpiId: string; share: string | null } | null;
}
export interface TreeObjective {
  objectiveId: string;
  code: string;
  name: string;
  perspectiveCode: string;
  contributesTo: string | null;
  kpis: TreeKpi[];
}
export interface TreeScorecard {
  scorecardId: string;
  theme: string | null;
  title: string;
  status: ScorecardStatus;
  version: number;
  objectives: TreeObjective[];
}
export interface PerformanceTreeNode {
  unitId: string;
  name: string;
  kind: string;
  scorecards: TreeScorecard[];
  children: PerformanceTreeNode[];
}
export interface PerformanceTree {
  year: number;
  root: PerformanceTreeNode;
  gaps: AlignmentGap[];
}

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code, 'id', { numeric: true });

export function performanceTree(units: ReadonlyMap<string, OrgUnit>, scorecards: ScorecardState[], rootUnitId: string, year: number): PerformanceTree | undefined {
  const root = units.get(rootUnitId);
  if (!root) return undefined;
  const ofYear = scorecards.filter((s) => s.header?.year === year);
  const byUnit = new Map<string, ScorecardState[]>();
  for (const s of ofYear) byUnit.set(s.header!.unitId, [...(byUnit.get(s.header!.unitId) ?? []), s]);
  const objectiveIds = new Set(ofYear.flatMap((s) => [...s.objectives.values()].map((o) => o.objectiveId)));
  const kpiIds = new Set(ofYear.flatMap((s) => [...s.kpis.values()].map((k) => k.kpiId)));
  const gaps: AlignmentGap[] = [];

  const hasAncestorPlan = (unitId: string): boolean => {
    const seen = new Set<string>();
    for (let cur = units.get(unitId)?.parentId ?? null; cur !== null && !seen.has(cur); cur = units.get(cur)?.parentId ?? null) {
      if (byUnit.has(cur)) return true;
      seen.add(cur);
    }
    return false;
  };

  const scorecardNode = (s: ScorecardState): TreeScorecard => {
    const h = s.header!;
    const gap = (type: GapType, itemId: string, message: string) => gaps.push({ type, unitId: h.unitId, scorecardId: h.scorecardId, itemId, message });
    const expectsParent = hasAncestorPlan(h.unitId);
    const kpis = [...s.kpis.values()].sort(byCode);
    const objectives = [...s.objectives.values()].sort(byCode).map((o): TreeObjective => {
      const mine = kpis.filter((k) => slug(k.objectiveCode) === slug(o.code));
      const cascaded = mine.some((k) => k.cascadedFrom !== null && kpiIds.has(k.cascadedFrom.kpiId));
      if (o.contributesTo !== null && !objectiveIds.has(o.contributesTo)) {
        gap('broken_contribution', o.objectiveId, `Sasaran ${o.code} berkontribusi ke ${o.contributesTo} yang tidak ada di tahun ${year} / contributes to an objective that does not exist`);
      } else if (expectsParent && o.contributesTo === null && !cascaded) {
        gap('orphan_objective', o.objectiveId, `Sasaran ${o.code} tidak terhubung ke sasaran atau IKU unit atasan / the objective does not trace to the parent unit's plan`);
      }
      if (!mine.some((k) => k.level === 'result')) gap('objective_without_result_kpi', o.objectiveId, `Sasaran ${o.code} belum memiliki IKU hasil (outcome) / the objective has no result KPI`);
      return {
        objectiveId: o.objectiveId,
        code: o.code,
        name: o.name,
        perspectiveCode: o.perspectiveCode,
        contributesTo: o.contributesTo,
        kpis: mine.map((k) => ({ kpiId: k.kpiId, code: k.code, name: k.name, level: k.level, ownerUnitId: k.ownerUnitId, yearlyTarget: k.yearlyTarget, cascadedFrom: k.cascadedFrom })),
      };
    });
    for (const k of kpis) {
      if (k.yearlyTarget === null) gap('kpi_without_target', k.kpiId, `IKU ${k.code} belum memiliki target tahunan / the KPI has no yearly target`);
      if (k.ownerUnitId === null) gap('kpi_without_owner', k.kpiId, `IKU ${k.code} belum memiliki unit pemilik / the KPI has no owner unit`);
      if (k.dataSource === null || k.dataSource.trim() === '') gap('kpi_without_data_source', k.kpiId, `IKU ${k.code} belum memiliki sumber data / the KPI has no data source`);
    }
    return { scorecardId: h.scorecardId, theme: h.theme, title: h.title, status: s.status, version: s.version, objectives };
  };

  const node = (u: OrgUnit, seen: Set<string>): PerformanceTreeNode => {
    seen.add(u.unitId);
    const children = [...units.values()]
      .filter((c) => c.parentId === u.unitId && c.status === 'active' && !seen.has(c.unitId))
      .sort((a, b) => a.unitId.localeCompare(b.unitId))
      .map((c) => node(c, seen))
      .filter((c) => c.scorecards.length > 0 || c.children.length > 0);
    const own = (byUnit.get(u.unitId) ?? []).sort((a, b) => (a.header!.theme ?? '').localeCompare(b.header!.theme ?? '')).map(scorecardNode);
    return { unitId: u.unitId, name: u.name, kind: u.kind, scorecards: own, children };
  };
  return { year, root: node(root, new Set()), gaps };
}
