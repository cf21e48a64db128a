import { Decimal, Exact, decimalString, isDecimalString } from './decimal.js';
import type { Polarity, ValueType } from '@capaian/kernel';
import { DEFAULT_SCORING_POLICY, type AchievementSettings, type LowerIsBetterFormula, type ScoringPolicy } from './policy.js';

/**
 * Achievement (capaian) of a KPI for a period, in percent (T target, R realization): higher is
 * better R / T x 100; lower is better by the KPI's `lowerIsBetter`, else the policy's: `ratio`
 * T / R x 100 (default, Permendagri 86/2017) or `difference` (2T - R) / T x 100; range and milestone
 * below. Then bounded by the policy's floor and cap (default 0 and 120). T <= 0, or R <= 0 with
 * `ratio`, is not measurable (`NotMeasurableReason`), never a silent 0. Exact decimal strings.
 */
export { NUMERIC_VALUE_TYPES, type Polarity, type ValueType } from '@capaian/kernel';

/**
 * Why an achievement could not be computed. Never a silent 0 and never a division by zero.
 * - missing_target / missing_realization: no value (null, undefined or "").
 * - zero_target: a ratio with a target of 0 (also a range band [0, 0], a categorical target grade worth 0 % in relative mode).
 * - zero_realization / negative_realization: lower is better, ratio formula, with R <= 0.
 * - negative_target: higher/lower is better with T < 0 (the formulas would move the wrong way).
 * - non_numeric_value: a numeric KPI's realization is not a decimal.
 * - invalid_target: the target cannot be read for the KPI (not a decimal, not a date, range min > max, grade not in the scale).
 * - invalid_date: a milestone realization is not a YYYY-MM-DD date.
 * - unknown_grade: a categorical realization is not a grade of the KPI's scale (or the KPI has no scale).
 */
export type NotMeasurableReason =
  | 'missing_target'
  | 'zero_target'
  | 'missing_realization'
  | 'zero_realization'
  | 'negative_target'
  | 'negative_realization'
  | 'non_numeric_value'
  | 'invalid_target'
  | 'invalid_date'
  | 'unknown_grade';

/** Any achievement result the roll-ups and traffic lights accept (`KpiAchievement` or a stored copy). */
export type AchievementLike = { measurable: true; percent: string } | { measurable: false; reason: string };

const HUNDRED = new Decimal(100);

/** A target as planned: `value` (decimal, grade or YYYY-MM-DD per the KPI's value type) or a `min`/`max` band (range KPIs). */
export interface Target {
  value?: string | null;
  min?: string | null;
  max?: string | null;
}

/** What `kpiAchievement()` needs to know of a KPI (a subset of the approved plan's KPI). */
export interface KpiScoringSpec {
  polarity: Polarity;
  /** Defaults to 'number'. */
  valueType?: ValueType;
  /** Categorical KPIs: the grades, best first. */
  grades?: readonly string[] | null;
  /** Per-KPI choice of the lower-is-better formula; the policy's when absent. */
  lowerIsBetter?: LowerIsBetterFormula | null;
}

/** Which formula produced an achievement (for the UI's explanation). */
export type AchievementFormula = 'higher_ratio' | 'lower_ratio' | 'lower_difference' | 'range_linear' | 'milestone_late_penalty' | 'categorical_policy' | 'categorical_position';

export type KpiAchievement =
  | {
      measurable: true;
      /** After floor and cap. */
      percent: string;
      /** True when the floor or the cap was applied. */
      capped: boolean;
      /** Before floor and cap. */
      raw: string;
      formula: AchievementFormula;
      /** Milestones: whole days after the target date (0 when on time or early). */
      daysLate?: number;
      /** Range KPIs: where the realization lies. */
      position?: 'below' | 'inside' | 'above';
    }
  | { measurable: false; reason: NotMeasurableReason };
type Measured = Extract<KpiAchievement, { measurable: true }>;

/**
 * Achievement of any KPI (every polarity and value type) against a target, under a scoring policy.
 * Dispatch: categorical value type -> grade scale; milestone_date value type or milestone polarity
 * -> lateness; range polarity -> distance to the band; otherwise higher/lower is better.
 * The floor and cap of the policy are applied to every formula.
 */
export function kpiAchievement(kpi: KpiScoringSpec, target: Target | null | undefined, realization: string | null | undefined, policy: ScoringPolicy = DEFAULT_SCORING_POLICY): KpiAchievement {
  const settings = policy.achievement;
  const valueType = kpi.valueType ?? 'number';
  if (valueType === 'categorical') return categoricalAchievement(kpi.grades ?? null, target?.value, realization, settings);
  if (valueType === 'milestone_date' || kpi.polarity === 'milestone') return milestoneAchievement(target?.value, realization, settings);
  if (kpi.polarity === 'range') return rangeAchievement(target, realization, settings);
  return ratioAchievement(kpi.polarity, target?.value, realization, settings, kpi.lowerIsBetter ?? settings.lowerIsBetter);
}

function isMissing(v: string | null | undefined): v is null | undefined | '' {
  return v === null || v === undefined || v === '';
}

function ratioAchievement(
  polarity: 'higher_is_better' | 'lower_is_better',
  targetValue: string | null | undefined,
  realizationValue: string | null | undefined,
  settings: AchievementSettings,
  lowerIsBetter: LowerIsBetterFormula,
): KpiAchievement {
  if (isMissing(targetValue)) return { measurable: false, reason: 'missing_target' };
  if (isMissing(realizationValue)) return { measurable: false, reason: 'missing_realization' };
  if (!isDecimalString(targetValue)) return { measurable: false, reason: 'invalid_target' };
  if (!isDecimalString(realizationValue)) return { measurable: false, reason: 'non_numeric_value' };
  const target = new Decimal(targetValue);
  const realization = new Decimal(realizationValue);
  if (target.isZero()) return { measurable: false, reason: 'zero_target' };
  if (target.isNegative()) return { measurable: false, reason: 'negative_target' };
  // Each formula is one correctly rounded division (x 100 and 2T - R are exact), so it is monotone in R.
  if (polarity === 'higher_is_better') return bound(realization.times(HUNDRED).div(target), 'higher_ratio', settings);
  if (lowerIsBetter === 'ratio') {
    if (realization.isZero()) return { measurable: false, reason: 'zero_realization' };
    if (realization.isNegative()) return { measurable: false, reason: 'negative_realization' };
    return bound(target.times(HUNDRED).div(realization), 'lower_ratio', settings);
  }
  return bound(exactMinus(target.times(2), realization).times(HUNDRED).div(target), 'lower_difference', settings);
}

/** a - b without rounding (a Decimal result keeps every digit of an exact difference of decimals). */
function exactMinus(a: Decimal, b: Decimal): Decimal {
  // decimal.js rounds a sum to `precision` digits; plan decimals have far fewer, but be exact anyway.
  return new Decimal(new Exact(a.toString()).minus(b.toString()).toString());
}

function rangeAchievement(target: Target | null | undefined, realizationValue: string | null | undefined, settings: AchievementSettings): KpiAchievement {
  // A range is a {min, max} band; a single value is read as the band [value, value].
  const minValue = isMissing(target?.min) ? target?.value : target?.min;
  const maxValue = isMissing(target?.max) ? target?.value : target?.max;
  if (isMissing(minValue) || isMissing(maxValue)) return { measurable: false, reason: 'missing_target' };
  if (isMissing(realizationValue)) return { measurable: false, reason: 'missing_realization' };
  if (!isDecimalString(minValue) || !isDecimalString(maxValue)) return { measurable: false, reason: 'invalid_target' };
  if (!isDecimalString(realizationValue)) return { measurable: false, reason: 'non_numeric_value' };
  const min = new Decimal(minValue);
  const max = new Decimal(maxValue);
  if (min.gt(max)) return { measurable: false, reason: 'invalid_target' };
  const width = exactMinus(max, min);
  const scale = width.isZero() ? min.abs() : width;
  if (scale.isZero()) return { measurable: false, reason: 'zero_target' };
  const r = new Decimal(realizationValue);
  const position = r.lt(min) ? 'below' : r.gt(max) ? 'above' : 'inside';
  if (position === 'inside') return { ...bound(HUNDRED, 'range_linear', settings), position };
  const distance = position === 'below' ? exactMinus(min, r) : exactMinus(r, max);
  // 100 - 100 x d / (scale x widthPercent / 100) = 100 - (d x 10000) / (scale x widthPercent): one rounding.
  const drop = distance.times(10000).div(new Decimal(scale).times(settings.range.widthPercent));
  return { ...bound(HUNDRED.minus(drop), 'range_linear', settings), position };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date, or null when it is not one. */
export function dayNumber(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

function milestoneAchievement(targetValue: string | null | undefined, realizationValue: string | null | undefined, settings: AchievementSettings): KpiAchievement {
  if (isMissing(targetValue)) return { measurable: false, reason: 'missing_target' };
  if (isMissing(realizationValue)) return { measurable: false, reason: 'missing_realization' };
  const due = dayNumber(targetValue);
  if (due === null) return { measurable: false, reason: 'invalid_target' };
  const done = dayNumber(realizationValue);
  if (done === null) return { measurable: false, reason: 'invalid_date' };
  const daysLate = Math.max(0, done - due);
  const penalised = HUNDRED.minus(new Decimal(settings.milestone.latePenaltyPerDay).times(daysLate));
  const minimum = new Decimal(settings.milestone.minimum);
  const raw = daysLate === 0 ? HUNDRED : Decimal.max(minimum, penalised);
  return { ...bound(raw, 'milestone_late_penalty', settings), daysLate };
}

/** The grade scale a categorical KPI is scored with: grade -> percent, and where it came from. */
export interface GradeScale {
  source: 'policy' | 'position';
  percents: Record<string, string>;
}

/**
 * The policy's mapping when it maps every grade of the KPI (or the KPI lists none); otherwise the
 * KPI's grades by position, best first: grade i of n (0-based) is (n - 1 - i) / (n - 1) x 100
 * (a single grade is 100). Null when there is neither.
 */
export function gradeScale(grades: readonly string[] | null | undefined, policy: ScoringPolicy = DEFAULT_SCORING_POLICY): GradeScale | null {
  const mapped = policy.achievement.categorical.percents;
  const list = grades ?? [];
  if (mapped && list.every((g) => Object.prototype.hasOwnProperty.call(mapped, g))) {
    const percents = Object.create(null) as Record<string, string>; // grades are user text (`__proto__` is a grade like any other)
    for (const [g, p] of Object.entries(mapped)) if (list.length === 0 || list.includes(g)) percents[g] = decimalString(new Decimal(p));
    return { source: 'policy', percents };
  }
  if (list.length === 0) return null;
  const percents = Object.create(null) as Record<string, string>;
  const n = list.length;
  list.forEach((g, i) => {
    // Duplicates keep their first (better) position.
    if (!Object.prototype.hasOwnProperty.call(percents, g)) percents[g] = n === 1 ? '100' : decimalString(new Decimal(n - 1 - i).times(HUNDRED).div(n - 1));
  });
  return { source: 'position', percents };
}

function categoricalAchievement(grades: readonly string[] | null, targetValue: string | null | undefined, realizationValue: string | null | undefined, settings: AchievementSettings): KpiAchievement {
  if (isMissing(targetValue)) return { measurable: false, reason: 'missing_target' };
  if (isMissing(realizationValue)) return { measurable: false, reason: 'missing_realization' };
  const scale = gradeScale(grades, { ...DEFAULT_SCORING_POLICY, achievement: settings });
  if (!scale) return { measurable: false, reason: 'unknown_grade' };
  const has = (g: string) => Object.prototype.hasOwnProperty.call(scale.percents, g);
  if (!has(targetValue)) return { measurable: false, reason: 'invalid_target' };
  if (!has(realizationValue)) return { measurable: false, reason: 'unknown_grade' };
  const formula = scale.source === 'policy' ? 'categorical_policy' : 'categorical_position';
  const realized = new Decimal(scale.percents[realizationValue]);
  if (!settings.categorical.relativeToTarget) return bound(realized, formula, settings);
  const targeted = new Decimal(scale.percents[targetValue]);
  if (targeted.isZero()) return { measurable: false, reason: 'zero_target' };
  return bound(realized.times(HUNDRED).div(targeted), formula, settings);
}

function bound(raw: Decimal, formula: AchievementFormula, settings: Pick<AchievementSettings, 'cap' | 'floor'>): Measured {
  const rawString = decimalString(raw);
  const floor = new Decimal(settings.floor);
  if (raw.lessThan(floor)) return { measurable: true, percent: decimalString(floor), capped: true, raw: rawString, formula };
  if (settings.cap !== null) {
    const cap = new Decimal(settings.cap);
    if (raw.greaterThan(cap)) return { measurable: true, percent: decimalString(cap), capped: true, raw: rawString, formula };
  }
  return { measurable: true, percent: rawString, capped: false, raw: rawString, formula };
}
