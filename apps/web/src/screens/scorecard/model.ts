import { toneOf, type Tone } from '../../components/Band';
import type { GraphEdge, GraphNode } from '../../components/GraphView';
import { bandFor } from './decimal';
import type { Achievement, AlignmentGap, Band, KpiScore, PerformanceTree, PlanKpi, Rollup, ScorecardPlan, ScorecardScore, Target, TreeUnit } from './types';

/** The traffic light of a KPI's figures (the evaluation's colour; no colour yet is grey). */
export function toneOfLight(color: string | null | undefined): Tone {
  return color === 'green' || color === 'yellow' || color === 'red' ? color : 'grey';
}

export interface Figures {
  value: string | null;
  target: Target | null;
  achievement: Achievement | null;
  tone: Tone;
}

/**
 * A KPI's figures for the chosen period: the year's for Y, else that period's. A KPI not reported
 * in that period (a yearly KPI in Q2, a quarterly KPI in S1) has no figures there.
 */
export function figuresFor(kpi: KpiScore | undefined, period: string): Figures | undefined {
  if (!kpi) return undefined;
  const f = period === 'Y' ? kpi.year : kpi.periods.find((p) => p.period === period);
  if (!f) return undefined;
  return { value: f.value, target: f.target ?? null, achievement: f.achievement, tone: toneOfLight(f.trafficLight?.color) };
}

export interface TrendPoint {
  period: string;
  percent: string | null;
}

/** Achievement per reporting period, in the order the evaluation lists them. */
export function trendOf(kpi: KpiScore | undefined): TrendPoint[] {
  return (kpi?.periods ?? []).map((p) => ({ period: p.period, percent: p.achievement.measurable ? (p.achievement.percent ?? null) : null }));
}

export interface KpiRow {
  kpi: PlanKpi;
  /** Target from the plan when the evaluation has no figures for the period. */
  target: Target | null;
  figures: Figures | undefined;
  trend: TrendPoint[];
}
export interface ObjectiveBlock {
  objectiveId: string;
  code: string;
  name: string;
  score: Rollup | undefined;
  kpis: KpiRow[];
}
export interface PerspectiveBlock {
  perspectiveId: string;
  code: string;
  name: string;
  weight: string | null;
  score: Rollup | undefined;
  objectives: ObjectiveBlock[];
}

function planTarget(kpi: PlanKpi, period: string): Target | null {
  return (period === 'Y' ? kpi.yearlyTarget : kpi.periodTargets[period]) ?? null;
}

/** A target as text: one value, or a range "min – max". */
export function targetText(target: Target | null | undefined, show: (v: string) => string): string {
  if (!target) return '—';
  if (target.value != null) return show(target.value);
  if (target.min != null && target.max != null) return `${show(target.min)} – ${show(target.max)}`;
  return '—';
}

/** Perspectives → objectives → KPIs of the plan, with the period's scores and figures. */
export function buildBlocks(plan: ScorecardPlan, score: ScorecardScore | undefined, period: string): PerspectiveBlock[] {
  const perspectiveScores = new Map((score?.score.perspectives ?? []).map((p) => [p.perspectiveId, p]));
  const objectiveScores = new Map((score?.score.perspectives ?? []).flatMap((p) => p.objectives.map((o) => [o.objectiveId, o] as const)));
  const kpiScores = new Map((score?.kpis ?? []).map((k) => [k.kpiId, k]));
  return [...plan.perspectives]
    .sort((a, b) => a.order - b.order)
    .map((p) => ({
      perspectiveId: p.perspectiveId,
      code: p.code,
      name: p.name,
      weight: p.weight,
      score: perspectiveScores.get(p.perspectiveId),
      objectives: plan.objectives
        .filter((o) => o.perspectiveCode === p.code)
        .map((o) => ({
          objectiveId: o.objectiveId,
          code: o.code,
          name: o.name,
          score: objectiveScores.get(o.objectiveId),
          kpis: plan.kpis
            .filter((k) => k.objectiveCode === o.code)
            .map((k) => {
              const figures = figuresFor(kpiScores.get(k.kpiId), period);
              return { kpi: k, target: figures?.target ?? planTarget(k, period), figures, trend: trendOf(kpiScores.get(k.kpiId)) };
            }),
        })),
    }));
}

/** A name cut at a word boundary to fit a graph box (the full name is in the text list). */
export function shorten(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : cut).trimEnd()}…`;
}

export interface MapObjective {
  objectiveId: string;
  code: string;
  name: string;
  perspective: string;
  score: string | null;
  band: Band | null;
  tone: Tone;
}
export interface StrategyMap {
  objectives: MapObjective[];
  links: { from: MapObjective; to: MapObjective }[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The strategy map: objectives (perspective order) coloured by their score's band, with the plan's cause→effect links. */
export function buildStrategyMap(blocks: PerspectiveBlock[], links: ScorecardPlan['links'], bands: readonly Band[], scoreText: (score: string | null, band: Band | null) => string): StrategyMap {
  const objectives = blocks.flatMap((p) =>
    p.objectives.map((o) => {
      const score = o.score?.measurable ? o.score.score : null;
      const band = bandFor(score, bands);
      return { objectiveId: o.objectiveId, code: o.code, name: o.name, perspective: p.name, score, band, tone: toneOf(band) };
    }),
  );
  const byCode = new Map(objectives.map((o) => [o.code, o]));
  const resolved = links.flatMap((l) => {
    const from = byCode.get(l.from);
    const to = byCode.get(l.to);
    return from && to ? [{ from, to }] : [];
  });
  return {
    objectives,
    links: resolved,
    nodes: objectives.map((o) => ({ id: o.objectiveId, label: `${o.code} ${shorten(o.name, 56)}`, detail: scoreText(o.score, o.band), tone: o.tone })),
    // Drawn top-down from effect to cause, so the drivers (learning, processes) sit below what they drive.
    edges: resolved.map((l) => ({ id: `${l.from.objectiveId}->${l.to.objectiveId}`, source: l.to.objectiveId, target: l.from.objectiveId })),
  };
}

export interface TreeItem {
  id: string;
  kind: 'unit' | 'objective' | 'kpi';
  label: string;
  /** What the item is, in words (the unit's kind, objective, KPI). */
  detail: string;
  depth: number;
  gaps: AlignmentGap[];
}
export interface PohonKinerja {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The same tree as an indented list, parents before children. */
  items: TreeItem[];
  /** Gaps with the name of the item they are about. */
  gaps: { gap: AlignmentGap; item: string }[];
}

const nodeId = (kind: TreeItem['kind'], id: string) => `${kind}:${id}`;

/**
 * The pohon kinerja as a graph: unit → its objectives → their KPIs, a child unit's objective
 * under the parent objective it contributes to (when that is in the tree), gaps flagged.
 */
export function buildPohonKinerja(tree: PerformanceTree, kindLabel: (kind: string) => string): PohonKinerja {
  const gapsByItem = new Map<string, AlignmentGap[]>();
  for (const g of tree.gaps) gapsByItem.set(g.itemId, [...(gapsByItem.get(g.itemId) ?? []), g]);
  const objectiveIds = new Set<string>();
  const kpiIds = new Set<string>();
  const walk = (u: TreeUnit) => {
    for (const s of u.scorecards)
      for (const o of s.objectives) {
        objectiveIds.add(o.objectiveId);
        for (const k of o.kpis) kpiIds.add(k.kpiId);
      }
    u.children.forEach(walk);
  };
  walk(tree.root);

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const items: TreeItem[] = [];
  const names = new Map<string, string>();
  const seen = new Set<string>();
  const add = (kind: TreeItem['kind'], id: string, label: string, detail: string, depth: number, href?: string) => {
    const gaps = gapsByItem.get(id) ?? [];
    names.set(id, label);
    if (seen.has(nodeId(kind, id))) return;
    seen.add(nodeId(kind, id));
    nodes.push({ id: nodeId(kind, id), label, detail, flagged: gaps.length > 0, href });
    items.push({ id, kind, label, detail, depth, gaps });
  };
  const visit = (u: TreeUnit, depth: number, parent?: string) => {
    names.set(u.unitId, u.name);
    add('unit', u.unitId, u.name, kindLabel(u.kind), depth);
    if (parent) edges.push({ id: `${parent}->${u.unitId}`, source: nodeId('unit', parent), target: nodeId('unit', u.unitId), dashed: true });
    for (const s of u.scorecards)
      for (const o of s.objectives) {
        add('objective', o.objectiveId, `${o.code} ${o.name}`, kindLabel('objective'), depth + 1);
        const up =
          o.contributesTo && objectiveIds.has(o.contributesTo)
            ? nodeId('objective', o.contributesTo)
            : o.contributesTo && kpiIds.has(o.contributesTo)
              ? nodeId('kpi', o.contributesTo)
              : nodeId('unit', u.unitId);
        edges.push({ id: `${up}->${o.objectiveId}`, source: up, target: nodeId('objective', o.objectiveId) });
        for (const k of o.kpis) {
          add('kpi', k.kpiId, `${k.code} ${k.name}`, kindLabel('kpi'), depth + 2, `/kpis/${encodeURIComponent(k.kpiId)}`);
          edges.push({ id: `${o.objectiveId}->${k.kpiId}`, source: nodeId('objective', o.objectiveId), target: nodeId('kpi', k.kpiId) });
        }
      }
    for (const c of u.children) visit(c, depth + 1, u.unitId);
  };
  visit(tree.root, 0);
  return { nodes, edges, items, gaps: tree.gaps.map((gap) => ({ gap, item: names.get(gap.itemId) ?? gap.itemId })) };
}
