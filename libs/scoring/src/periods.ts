import { kpiAchievement, NUMERIC_VALUE_TYPES, type KpiAchievement, type KpiScoringSpec, type Target, type ValueType } from './achievement.js';
import { trafficLight, type TrafficLight } from './bands.js';
import { Decimal, Exact, decimalString, isDecimalString, quotient34 } from './decimal.js';
import { DEFAULT_SCORING_POLICY, policyRef, type PolicyRef, type ScoringPolicy } from './policy.js';
import { periodsOf as periodsOfFrequency, type Aggregation, type Frequency } from '@capaian/kernel';

export type { Aggregation, Frequency } from '@capaian/kernel';
/** The sub-periods a KPI of this frequency is reported for, in chronological order (the kernel's `periodsOf`). */
export { periodsOf as periodsOfFrequency } from '@capaian/kernel';

/** A reported value of one sub-period (null / undefined / "" = nothing reported). */
export interface PeriodValue {
  period: string;
  value: string | null | undefined;
}

export interface AggregationResult {
  /** As planned. */
  aggregation: Aggregation;
  /** What was applied: the planned one for numeric KPIs, `last` for grades and dates. */
  applied: Aggregation;
  /** The year's figure; null when there is none (see `reason`). */
  value: string | null;
  reason: 'missing_realization' | 'non_numeric_value' | null;
  /** Periods whose values made the figure, in period order. */
  usedPeriods: string[];
  /** Expected periods without a value, in period order. */
  missingPeriods: string[];
  /** Numeric KPIs: periods whose value is not a decimal (the year is then not measurable). */
  invalidPeriods: string[];
  /** Values for periods the KPI is not reported for: ignored. */
  unexpectedPeriods: string[];
  /** Every expected period has a value. */
  complete: boolean;
}

/**
 * The year's figure of a KPI from its sub-period values, over the periods that have one:
 * sum, average (sum / number of periods with a value), last (latest period, in the order of
 * `expectedPeriods`), min or max. Grades and dates (categorical, milestone_date) always take the
 * last value. When one period appears twice in `values`, the later entry wins. Exact sums; the
 * average is one division rounded to 34 digits.
 */
export function aggregatePeriods(aggregation: Aggregation, expectedPeriods: readonly string[], values: readonly PeriodValue[], valueType: ValueType = 'number'): AggregationResult {
  const numeric = NUMERIC_VALUE_TYPES.includes(valueType);
  const applied: Aggregation = numeric ? aggregation : 'last';
  const byPeriod = new Map<string, string>();
  const unexpected = new Set<string>();
  for (const v of values) {
    if (!expectedPeriods.includes(v.period)) {
      if (v.value !== null && v.value !== undefined && v.value !== '') unexpected.add(v.period);
      continue;
    }
    if (v.value === null || v.value === undefined || v.value === '') byPeriod.delete(v.period);
    else byPeriod.set(v.period, v.value);
  }
  const usedPeriods = expectedPeriods.filter((p) => byPeriod.has(p));
  const missingPeriods = expectedPeriods.filter((p) => !byPeriod.has(p));
  const invalidPeriods = numeric ? usedPeriods.filter((p) => !isDecimalString(byPeriod.get(p))) : [];
  const base = { aggregation, applied, usedPeriods, missingPeriods, invalidPeriods, unexpectedPeriods: [...unexpected], complete: missingPeriods.length === 0 };
  if (usedPeriods.length === 0) return { ...base, value: null, reason: 'missing_realization' };
  if (invalidPeriods.length > 0) return { ...base, value: null, reason: 'non_numeric_value' };
  const raw = usedPeriods.map((p) => byPeriod.get(p) as string);
  if (!numeric) return { ...base, value: raw[raw.length - 1], reason: null };
  const ds = raw.map((v) => new Decimal(v));
  let value: Decimal;
  switch (applied) {
    case 'sum':
      value = new Decimal(sumExact(raw).toString()).toSignificantDigits(34);
      break;
    case 'average':
      value = quotient34(sumExact(raw), raw.length);
      break;
    case 'last':
      value = ds[ds.length - 1];
      break;
    case 'min':
      value = Decimal.min(...ds);
      break;
    case 'max':
      value = Decimal.max(...ds);
      break;
  }
  return { ...base, value: decimalString(value), reason: null };
}

function sumExact(values: readonly string[]): Exact {
  return values.reduce((acc, v) => acc.plus(v), new Exact(0));
}

export type TargetSource = 'period' | 'yearly' | 'yearly_share' | 'none';

export interface ResolvedTarget {
  target: Target | null;
  /** `period`: the plan's target for that period; `yearly`: the yearly target; `yearly_share`: yearly / number of periods (sum KPIs); `none`: no target. */
  source: TargetSource;
}

/** What the target rules need of a KPI's plan. */
export interface KpiTargetPlan {
  aggregation: Aggregation;
  valueType?: ValueType;
  yearlyTarget: Target | null;
  periodTargets?: ReadonlyArray<{ period: string; target: Target }> | null;
}

/** The year's target: the yearly target, else the plan's target for period `Y`. */
export function yearTarget(kpi: KpiTargetPlan): ResolvedTarget {
  if (kpi.yearlyTarget) return { target: kpi.yearlyTarget, source: 'yearly' };
  const y = kpi.periodTargets?.find((t) => t.period === 'Y');
  return y ? { target: y.target, source: 'period' } : { target: null, source: 'none' };
}

/**
 * The target a sub-period's own value is compared with:
 * 1. the plan's target for that period when there is one;
 * 2. else, for a numeric `sum` KPI, the yearly target's pro-rata share: yearly / periodCount
 *    (value, min and max each divided; a sub-period's value is that period's own count, not a running total);
 * 3. else the yearly target itself (average, last, min, max: the year's figure is on the same scale
 *    as each period's; grades and dates);
 * 4. else none (the period is not measurable: missing_target).
 * Period `Y` always takes the year's target.
 */
export function periodTarget(kpi: KpiTargetPlan, period: string, periodCount: number): ResolvedTarget {
  if (period === 'Y') return yearTarget(kpi);
  const own = kpi.periodTargets?.find((t) => t.period === period);
  if (own) return { target: own.target, source: 'period' };
  if (!kpi.yearlyTarget) return { target: null, source: 'none' };
  const numeric = NUMERIC_VALUE_TYPES.includes(kpi.valueType ?? 'number');
  if (kpi.aggregation === 'sum' && numeric && periodCount > 1) {
    const share = (v: string | null | undefined) => (isDecimalString(v) ? decimalString(new Decimal(v).div(periodCount)) : v);
    const t = kpi.yearlyTarget;
    const target: Target = {};
    if (t.value !== undefined) target.value = share(t.value);
    if (t.min !== undefined) target.min = share(t.min);
    if (t.max !== undefined) target.max = share(t.max);
    return { target, source: 'yearly_share' };
  }
  return { target: kpi.yearlyTarget, source: 'yearly' };
}

/** A KPI's plan as scoring reads it: a structural subset of the approved plan's KPI (ApprovedKpiV1 fits). */
export interface KpiPlan extends KpiScoringSpec, KpiTargetPlan {
  kpiId: string;
  frequency: Frequency;
  /** Achievement percentages for the traffic light; the policy's defaults when null. */
  thresholds?: { green: string; yellow: string } | null;
}

export interface PeriodScore {
  period: string;
  value: string | null;
  target: Target | null;
  targetSource: TargetSource;
  achievement: KpiAchievement;
  trafficLight: TrafficLight;
}

export interface KpiScore {
  kpiId: string;
  policy: PolicyRef;
  /** The year: aggregated value against the year's target. */
  year: {
    value: string | null;
    aggregation: AggregationResult;
    target: Target | null;
    targetSource: TargetSource;
    achievement: KpiAchievement;
    trafficLight: TrafficLight;
  };
  /** Every expected period, in order (a period without a value is not measurable: missing_realization). */
  periods: PeriodScore[];
}

/**
 * Scores one KPI for a year: each sub-period against its target, and the year's aggregated
 * figure against the year's target, with traffic lights. `options.periods` overrides the expected
 * periods (default: those of the KPI's frequency).
 */
export function scoreKpi(kpi: KpiPlan, values: readonly PeriodValue[], policy: ScoringPolicy = DEFAULT_SCORING_POLICY, options: { periods?: readonly string[] } = {}): KpiScore {
  const expected = options.periods ?? periodsOfFrequency(kpi.frequency);
  const aggregation = aggregatePeriods(kpi.aggregation, expected, values, kpi.valueType ?? 'number');
  const year = yearTarget(kpi);
  const yearAchievement: KpiAchievement = aggregation.reason === 'non_numeric_value' ? { measurable: false, reason: 'non_numeric_value' } : kpiAchievement(kpi, year.target, aggregation.value, policy);
  const latest = new Map<string, string | null>();
  for (const v of values) latest.set(v.period, v.value === undefined || v.value === '' ? null : v.value);
  const periods = expected.map((period): PeriodScore => {
    const value = latest.get(period) ?? null;
    const t = periodTarget(kpi, period, expected.length);
    const a = kpiAchievement(kpi, t.target, value, policy);
    return { period, value, target: t.target, targetSource: t.source, achievement: a, trafficLight: trafficLight(a, kpi.thresholds, policy) };
  });
  return {
    kpiId: kpi.kpiId,
    policy: policyRef(policy),
    year: {
      value: aggregation.value,
      aggregation,
      target: year.target,
      targetSource: year.source,
      achievement: yearAchievement,
      trafficLight: trafficLight(yearAchievement, kpi.thresholds, policy),
    },
    periods,
  };
}
