import type { PeriodCode } from '@capaian/contracts';
import type { InitiativeSpec, KpiSpec, KpiTarget, ObjectiveSpec, ScorecardDocument, ScorecardProfile, StrategyLink, Thresholds } from '@capaian/planning-domain';
import { DEMO_YEAR } from './organization.js';

/**
 * Builders that let a demo scorecard read as a balanced scorecard does: perspectives, their
 * objectives, each objective's KPIs. Internal to this library: the exported data are plain
 * ScorecardDocument objects.
 */

export const v = (value: string): KpiTarget => ({ value });
export const range = (min: string, max: string): KpiTarget => ({ min, max });
const target = (t: string | KpiTarget): KpiTarget => (typeof t === 'string' ? v(t) : t);

export type PeriodTargets = Partial<Record<PeriodCode, KpiTarget>>;

/** The same target (a value or a band) for M01..M12. */
export function everyMonth(t: KpiTarget): PeriodTargets {
  const out: PeriodTargets = {};
  for (let m = 1; m <= 12; m++) out[`M${String(m).padStart(2, '0')}` as PeriodCode] = { ...t };
  return out;
}

export const STANDARD_THRESHOLDS: Thresholds = { green: '100', yellow: '75' };
export const STRICT_THRESHOLDS: Thresholds = { green: '100', yellow: '90' };

/** What a KPI's values are: unit of measure and value type (with the grades or polarity they imply). */
export interface Measure {
  unitOfMeasure: string;
  valueType: KpiSpec['valueType'];
  grades?: string[];
  polarity?: KpiSpec['polarity'];
}
export const percent: Measure = { unitOfMeasure: '%', valueType: 'percent' };
export const rupiah: Measure = { unitOfMeasure: 'Rp', valueType: 'money' };
export const number = (unitOfMeasure: string): Measure => ({ unitOfMeasure, valueType: 'number' });
export const duration = (unitOfMeasure: string): Measure => ({ unitOfMeasure, valueType: 'duration' });
/** Categorical values, best grade first. */
export const graded = (unitOfMeasure: string, grades: string[]): Measure => ({ unitOfMeasure, valueType: 'categorical', grades });
/** A date to be met (milestone polarity). */
export const milestoneDate: Measure = { unitOfMeasure: 'tanggal', valueType: 'milestone_date', polarity: 'milestone' };

/** How often a KPI is reported, with its yearly target and the target of each period (the yearly target first). */
export type Schedule = Pick<KpiSpec, 'frequency' | 'yearlyTarget' | 'periodTargets'>;
export const yearly = (year: string | KpiTarget): Schedule => ({ frequency: 'yearly', yearlyTarget: target(year), periodTargets: {} });
export const semesterly = (year: string, s1: string, s2: string): Schedule => ({ frequency: 'semester', yearlyTarget: v(year), periodTargets: { S1: v(s1), S2: v(s2) } });
export const quarterly = (year: string, q1: string, q2: string, q3: string, q4: string): Schedule => ({
  frequency: 'quarterly',
  yearlyTarget: v(year),
  periodTargets: { Q1: v(q1), Q2: v(q2), Q3: v(q3), Q4: v(q4) },
});
/** Every month against the yearly target (a value or a band). */
export const monthly = (year: KpiTarget): Schedule => ({ frequency: 'monthly', yearlyTarget: year, periodTargets: everyMonth(year) });

/** A KPI as written under its objective: `scorecard` sets its objectiveCode. */
export type KpiDraft = KpiSpec;

export interface KpiDetails extends Pick<KpiSpec, 'dataSource' | 'ownerUnitId' | 'level' | 'aggregation' | 'weight' | 'baseline'> {
  endOfTerm: string | KpiTarget;
  /** Default: the measure's, else higher is better. */
  polarity?: KpiSpec['polarity'];
  /** Default: STANDARD_THRESHOLDS. */
  thresholds?: Thresholds;
}

/** A KPI of its own (not cascaded); `definition` is its definition or formula text. */
export function kpi(code: string, name: string, measure: Measure, schedule: Schedule, details: KpiDetails, definition: string): KpiDraft {
  const { dataSource, ownerUnitId, level, aggregation, weight, baseline, endOfTerm, polarity, thresholds = STANDARD_THRESHOLDS } = details;
  // Fields in the order of the scorecard document.
  return {
    grades: measure.grades ?? null,
    cascadedFrom: null,
    thresholds,
    periodTargets: schedule.periodTargets,
    endOfTermTarget: target(endOfTerm),
    code,
    objectiveCode: '',
    name,
    unitOfMeasure: measure.unitOfMeasure,
    definition,
    dataSource,
    ownerUnitId,
    frequency: schedule.frequency,
    level,
    polarity: polarity ?? measure.polarity ?? 'higher_is_better',
    valueType: measure.valueType,
    aggregation,
    weight,
    baseline,
    yearlyTarget: schedule.yearlyTarget,
  };
}

export interface CascadeOptions {
  /** Share (%) of the parent's target this unit takes; the caller then gives the child's own targets. */
  share?: string;
  ownerUnitId?: string;
  definition?: string;
  schedule?: Schedule;
  endOfTerm?: string | KpiTarget;
}

/**
 * Direct cascading: the child's KPI is the parent's KPI (same name, unit of measure, value type,
 * polarity, frequency and aggregation) with its own code and weight.
 */
export function cascadeKpi(parentKpiId: string, parent: KpiSpec, code: string, weight: string, options: CascadeOptions = {}): KpiDraft {
  const { share = null, schedule, endOfTerm, ...rest } = options;
  return {
    ...parent,
    periodTargets: { ...parent.periodTargets },
    code,
    weight,
    ...schedule,
    ...rest,
    ...(endOfTerm === undefined ? {} : { endOfTermTarget: target(endOfTerm) }),
    cascadedFrom: { kpiId: parentKpiId, share },
  };
}

export interface ObjectiveOptions {
  /** Weight within its perspective; default none (equal shares). */
  weight?: string;
  /** Global id of the parent scorecard's objective this one serves (indirect cascading). */
  contributesTo?: string;
}

export interface ObjectiveDraft {
  code: string;
  name: string;
  options: ObjectiveOptions;
  kpis: KpiDraft[];
}

/** A strategic objective (sasaran strategis) and its KPIs. */
export function objective(code: string, name: string, ...rest: [KpiDraft[]] | [ObjectiveOptions, KpiDraft[]]): ObjectiveDraft {
  const [options, kpis] = rest.length === 1 ? [{}, rest[0]] : rest;
  return { code, name, options, kpis };
}

/** A perspective's code and name. */
export interface PerspectiveKind {
  code: string;
  name: string;
}
export const stakeholders = (name: string): PerspectiveKind => ({ code: 'MAS', name });
export const FINANCIAL: PerspectiveKind = { code: 'KEU', name: 'Keuangan' };
export const INTERNAL_PROCESS: PerspectiveKind = { code: 'PBI', name: 'Proses Bisnis Internal' };
export const LEARNING_AND_GROWTH: PerspectiveKind = { code: 'PDP', name: 'Pembelajaran dan Pertumbuhan' };

export interface PerspectiveDraft extends PerspectiveKind {
  weight: string;
  objectives: ObjectiveDraft[];
}

export const perspective = (kind: PerspectiveKind, weight: string, objectives: ObjectiveDraft[]): PerspectiveDraft => ({ ...kind, weight, objectives });

/** Cause-and-effect links of the strategy map, one group per cause: [cause, ...its effects]. */
export const causes = (...groups: [string, ...string[]][]): StrategyLink[] => groups.flatMap(([from, ...effects]) => effects.map((to) => ({ from, to })));

export interface ScorecardInput extends ScorecardProfile {
  unitId: string;
  /** Default: the unit's main scorecard (no theme). */
  theme?: string;
  /** In order: the first is perspective 1. */
  perspectives: PerspectiveDraft[];
  links: StrategyLink[];
  initiatives?: InitiativeSpec[];
}

/** A scorecard of the demo year: perspectives numbered in order, objectives and KPIs in the order given. */
export function scorecard(input: ScorecardInput): ScorecardDocument {
  const objectives: ObjectiveSpec[] = [];
  const kpis: KpiSpec[] = [];
  for (const p of input.perspectives) {
    for (const o of p.objectives) {
      objectives.push({ code: o.code, perspectiveCode: p.code, name: o.name, weight: o.options.weight ?? null, contributesTo: o.options.contributesTo ?? null });
      for (const k of o.kpis) kpis.push({ ...k, objectiveCode: o.code });
    }
  }
  return {
    unitId: input.unitId,
    year: DEMO_YEAR,
    theme: input.theme ?? null,
    title: input.title,
    vision: input.vision,
    missions: input.missions,
    goals: input.goals,
    perspectives: input.perspectives.map((p, i) => ({ code: p.code, name: p.name, order: i + 1, weight: p.weight })),
    objectives,
    links: input.links,
    kpis,
    initiatives: input.initiatives ?? [],
  };
}
