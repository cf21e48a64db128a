import type { PeriodCode } from '@capaian/contracts';
import type { KpiSpec, KpiTarget, Thresholds } from '@capaian/planning-domain';

/**
 * Small builders that keep the demo scorecards readable. Internal to this library: the exported
 * data are plain ScorecardDocument objects.
 */

export const v = (value: string): KpiTarget => ({ value });
export const range = (min: string, max: string): KpiTarget => ({ min, max });

export type PeriodTargets = Partial<Record<PeriodCode, KpiTarget>>;

/** Q1..Q4 targets. */
export function quarters(q1: string, q2: string, q3: string, q4: string): PeriodTargets {
  return { Q1: v(q1), Q2: v(q2), Q3: v(q3), Q4: v(q4) };
}

/** S1, S2 targets. */
export function semesters(s1: string, s2: string): PeriodTargets {
  return { S1: v(s1), S2: v(s2) };
}

/** The same target (a value or a band) for M01..M12. */
export function everyMonth(target: KpiTarget): PeriodTargets {
  const out: PeriodTargets = {};
  for (let m = 1; m <= 12; m++) out[`M${String(m).padStart(2, '0')}` as PeriodCode] = { ...target };
  return out;
}

export const STANDARD_THRESHOLDS: Thresholds = { green: '100', yellow: '75' };
export const STRICT_THRESHOLDS: Thresholds = { green: '100', yellow: '90' };

type KpiInput = Omit<KpiSpec, 'grades' | 'cascadedFrom' | 'thresholds' | 'periodTargets' | 'endOfTermTarget'> &
  Partial<Pick<KpiSpec, 'grades' | 'cascadedFrom' | 'thresholds' | 'periodTargets' | 'endOfTermTarget'>>;

/** A KPI with the usual defaults: no grades, not cascaded, standard thresholds, no period targets. */
export function kpi(input: KpiInput): KpiSpec {
  return {
    grades: null,
    cascadedFrom: null,
    thresholds: STANDARD_THRESHOLDS,
    periodTargets: {},
    endOfTermTarget: null,
    ...input,
  };
}

type CascadeInput = Pick<KpiSpec, 'code' | 'objectiveCode' | 'weight'> &
  Partial<Pick<KpiSpec, 'name' | 'definition' | 'dataSource' | 'ownerUnitId' | 'level' | 'baseline' | 'yearlyTarget' | 'periodTargets' | 'endOfTermTarget' | 'thresholds'>> & {
    /** Share (%) of the parent's target this unit takes; null = the whole KPI. */
    share?: string | null;
  };

/**
 * Direct cascading: the child's KPI is the parent's KPI (same name, unit of measure, value type,
 * polarity, frequency and aggregation). With a share, the caller gives the child's own targets.
 */
export function cascadeKpi(parentKpiId: string, parent: KpiSpec, input: CascadeInput): KpiSpec {
  const { share = null, ...rest } = input;
  return {
    ...parent,
    periodTargets: { ...parent.periodTargets },
    ...rest,
    cascadedFrom: { kpiId: parentKpiId, share },
  };
}
