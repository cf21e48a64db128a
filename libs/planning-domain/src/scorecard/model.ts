import type { Frequency, PeriodCode, Polarity } from '@capaian/contracts';
import type { Aggregation, InitiativeLevel, KpiLevel, ValueType } from '@capaian/kernel';

/**
 * The scorecard of one organization unit for one plan year (plus an optional theme, such as
 * "spbe" for an e-Government scorecard). Everything a planner sets up for the year lives in this
 * one aggregate: vision, mission, goals, perspectives, objectives, the strategy map, KPIs with
 * their targets, initiatives and the cascading links to the parent unit's scorecard. Rules that
 * span these (a code unique within the scorecard, weights summing to 100, no cycle in the map,
 * the plan locked once approved) are then checked by one decider on one stream.
 *
 * Identity: every item has a `code` typed by the planner ("SS-01", "IKU-03"), unique within its
 * kind in the scorecard (compared as a slug, so "IKU 01" and "iku-01" clash). Other scorecards
 * refer to an item by its global id `<scorecardId>.<slug(code)>` (see `itemId`).
 *
 * Decimals (weights, targets, money) are strings, never floats.
 */

export { AGGREGATIONS, INITIATIVE_LEVELS, KPI_LEVELS, VALUE_TYPES, type Aggregation, type InitiativeLevel, type KpiLevel, type ValueType } from '@capaian/kernel';

export const SCORECARD_STATUSES = ['draft', 'approved', 'in_revision'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

/**
 * A target: one value (a decimal for number/percent/money/duration, a grade for categorical, an
 * ISO date YYYY-MM-DD for milestone_date), or a band {min, max} for a range-polarity KPI.
 */
export type KpiTarget = { value: string } | { min: string; max: string };

/** Achievement percentages at or above which a KPI shows green / yellow (below yellow: red). */
export interface Thresholds {
  green: string;
  yellow: string;
}

export interface ScorecardProfile {
  title: string;
  vision: string;
  missions: string[];
  goals: string[];
}

export interface ScorecardHeader extends ScorecardProfile {
  scorecardId: string;
  tenantId: string;
  unitId: string;
  year: number;
  /** null for the unit's main scorecard; a slug such as "spbe" for a thematic one. */
  theme: string | null;
}

export interface PerspectiveSpec {
  code: string;
  name: string;
  order: number;
  /** Decimal percent; the perspectives of a scorecard must sum to 100 when it is approved. */
  weight: string;
}

export interface ObjectiveSpec {
  code: string;
  perspectiveCode: string;
  name: string;
  /** Weight within its perspective (decimal); null = equal weights. */
  weight: string | null;
  /** Indirect cascading: the global id of the parent unit's objective this one contributes to. */
  contributesTo: string | null;
}

export interface StrategyLink {
  /** Cause (objective code). */
  from: string;
  /** Effect (objective code). */
  to: string;
}

export interface KpiSpec {
  code: string;
  objectiveCode: string;
  name: string;
  unitOfMeasure: string;
  /** Definition or formula text. */
  definition: string;
  dataSource: string | null;
  ownerUnitId: string | null;
  frequency: Frequency;
  level: KpiLevel;
  polarity: Polarity;
  valueType: ValueType;
  /** categorical only: the grades, best first (e.g. WTP, WDP, TW, TMP). */
  grades: string[] | null;
  aggregation: Aggregation;
  /** Weight within its objective (decimal > 0). */
  weight: string;
  baseline: string | null;
  yearlyTarget: KpiTarget | null;
  /** Targets per sub-period of the KPI's frequency (Q1..Q4, S1..S2, M01..M12). */
  periodTargets: Partial<Record<PeriodCode, KpiTarget>>;
  /** Target at the end of the five-year plan (Renstra/RPJMD), for the LKjIP. */
  endOfTermTarget: KpiTarget | null;
  thresholds: Thresholds | null;
  /** Direct cascading: this KPI is the parent's KPI (global id), optionally with a share (%) of its target. */
  cascadedFrom: { kpiId: string; share: string | null } | null;
}

export interface InitiativeSpec {
  code: string;
  level: InitiativeLevel;
  name: string;
  /** program has none; kegiatan sits under a program, sub_kegiatan under a kegiatan. */
  parentCode: string | null;
  objectiveCodes: string[];
  /** Pagu anggaran (Rupiah, decimal string). */
  budgetCeiling: string;
  ownerUnitId: string;
  schedule: { start: string; end: string };
}

/**
 * A whole scorecard as one document: what the spreadsheet import produces and the export reads,
 * and the shape of the demo data.
 */
export interface ScorecardDocument extends ScorecardProfile {
  unitId: string;
  year: number;
  theme: string | null;
  perspectives: PerspectiveSpec[];
  objectives: ObjectiveSpec[];
  links: StrategyLink[];
  kpis: KpiSpec[];
  initiatives: InitiativeSpec[];
}

// Items as stored in the aggregate: the spec plus the global id.
export interface Perspective extends PerspectiveSpec {
  perspectiveId: string;
}
export interface Objective extends ObjectiveSpec {
  objectiveId: string;
}
export interface Kpi extends KpiSpec {
  kpiId: string;
}
export interface Initiative extends InitiativeSpec {
  initiativeId: string;
}

/** The plan as approved (Perjanjian Kinerja), carried whole by the approval event. */
export interface ScorecardSnapshot {
  header: ScorecardHeader;
  version: number;
  perspectives: Perspective[];
  objectives: Objective[];
  links: StrategyLink[];
  kpis: Kpi[];
  initiatives: Initiative[];
}

/** "IKU 01" -> "iku-01". Codes are compared by slug. */
export function slug(code: string): string {
  return code
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `<unitId>-<year>` or `<unitId>-<year>-<theme>`. */
export function scorecardIdOf(unitId: string, year: number, theme: string | null): string {
  return theme ? `${unitId}-${year}-${slug(theme)}` : `${unitId}-${year}`;
}

/** Global id of an item of a scorecard: `<scorecardId>.<slug(code)>`. */
export function itemId(scorecardId: string, code: string): string {
  return `${scorecardId}.${slug(code)}`;
}

/** Splits a global item id into its scorecard id and code slug; undefined when malformed. */
export function parseItemId(id: string): { scorecardId: string; codeSlug: string } | undefined {
  const dot = id.lastIndexOf('.');
  if (dot <= 0 || dot === id.length - 1) return undefined;
  return { scorecardId: id.slice(0, dot), codeSlug: id.slice(dot + 1) };
}

export function scorecardStreamId(tenantId: string, scorecardId: string): string {
  return `scorecard-${tenantId}.${scorecardId}`;
}

export function isRangeTarget(t: KpiTarget): t is { min: string; max: string } {
  return 'min' in t;
}
