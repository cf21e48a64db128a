import DecimalModule from 'decimal.js';

// decimal.js ships ESM with a default export but CommonJS-style typings; this keeps both honest.
const DecimalJs = DecimalModule as unknown as typeof DecimalModule.Decimal;

/** 34 significant digits (IEEE decimal128), half-even: the precision of every score computation. */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = InstanceType<typeof Decimal>;

/**
 * Achievement (capaian) of a KPI for a period, in percent, computed with decimal arithmetic.
 * The policy (formulas, cap, floor) is data chosen per tenant and year; nothing here is a
 * hidden constant. Values are full-precision decimal strings; round only for display.
 */
export type Polarity = 'higher_is_better' | 'lower_is_better' | 'range' | 'milestone';

export interface AchievementPolicy {
  /** Identifies the policy version a result was computed under. */
  policyId: string;
  /** lower is better: `ratio` = T / R x 100, `difference` = (2T - R) / T x 100. */
  lowerIsBetter: 'ratio' | 'difference';
  /** Upper bound in percent (e.g. "120"); null for none. */
  cap: string | null;
  /** Lower bound in percent (normally "0"). */
  floor: string;
}

export const DEFAULT_ACHIEVEMENT_POLICY: AchievementPolicy = Object.freeze({
  policyId: 'default-2026.1',
  lowerIsBetter: 'ratio',
  cap: '120',
  floor: '0',
});

export type NotMeasurableReason = 'missing_target' | 'zero_target' | 'missing_realization' | 'zero_realization' | 'unsupported_polarity';

export type Achievement =
  | { measurable: true; percent: string; capped: boolean }
  | { measurable: false; reason: NotMeasurableReason };

export interface AchievementInput {
  polarity: Polarity;
  target: string | null | undefined;
  realization: string | null | undefined;
}

const HUNDRED = new Decimal(100);

export function achievement(input: AchievementInput, policy: AchievementPolicy = DEFAULT_ACHIEVEMENT_POLICY): Achievement {
  if (input.target === null || input.target === undefined || input.target === '') return { measurable: false, reason: 'missing_target' };
  if (input.realization === null || input.realization === undefined || input.realization === '') {
    return { measurable: false, reason: 'missing_realization' };
  }
  const target = new Decimal(input.target);
  const realization = new Decimal(input.realization);
  if (target.isZero()) return { measurable: false, reason: 'zero_target' };

  let raw: Decimal;
  switch (input.polarity) {
    case 'higher_is_better':
      raw = realization.div(target).times(HUNDRED);
      break;
    case 'lower_is_better':
      if (policy.lowerIsBetter === 'ratio') {
        if (realization.isZero()) return { measurable: false, reason: 'zero_realization' };
        raw = target.div(realization).times(HUNDRED);
      } else {
        raw = target.times(2).minus(realization).div(target).times(HUNDRED);
      }
      break;
    default:
      // range and milestone need their own inputs (range bounds, due date); see the scoring issue.
      return { measurable: false, reason: 'unsupported_polarity' };
  }
  return bound(raw, policy);
}

function bound(raw: Decimal, policy: AchievementPolicy): Achievement {
  const floor = new Decimal(policy.floor);
  if (raw.lessThan(floor)) return { measurable: true, percent: floor.toString(), capped: true };
  if (policy.cap !== null) {
    const cap = new Decimal(policy.cap);
    if (raw.greaterThan(cap)) return { measurable: true, percent: cap.toString(), capped: true };
  }
  return { measurable: true, percent: raw.toString(), capped: false };
}

/** Rounds a decimal string for display only (half-up, fixed decimals). */
export function formatPercent(percent: string, decimals = 2): string {
  return new Decimal(percent).toDecimalPlaces(decimals, DecimalJs.ROUND_HALF_UP).toFixed(decimals);
}
