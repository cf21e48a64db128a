import type { AchievementLike } from './achievement.js';
import { isDecimalString, readDecimal } from './decimal.js';
import { DEFAULT_SCORING_POLICY, type RatingBand, type ScoringPolicy } from './policy.js';

/**
 * The rating band (predikat) a score falls in under the policy, or null when the score is missing,
 * not a decimal, or outside every band (a valid policy's bands cover [floor, cap]).
 */
export function ratingBand(score: string | null | undefined, policy: ScoringPolicy = DEFAULT_SCORING_POLICY): RatingBand | null {
  const s = readDecimal(score);
  if (s === null) return null;
  for (const band of policy.bands) {
    const aboveMin = band.min === null || (band.minInclusive ? s.gte(band.min) : s.gt(band.min));
    const belowMax = band.max === null || (band.maxInclusive ? s.lte(band.max) : s.lt(band.max));
    if (aboveMin && belowMax) return band;
  }
  return null;
}

export type TrafficLightColor = 'green' | 'yellow' | 'red' | 'none';

export interface TrafficLight {
  /** `none` when the achievement is not measurable (or its percent is not a number). */
  color: TrafficLightColor;
  /** The thresholds applied (achievement percent): green when >= green, yellow when >= yellow, else red. */
  green: string;
  yellow: string;
  /** `kpi`: the KPI's own thresholds; `policy`: the policy's defaults (the KPI has none, or not two decimals). */
  source: 'kpi' | 'policy';
}

/** Traffic light of a KPI's achievement, from the KPI's thresholds, else the policy's defaults. */
export function trafficLight(achievement: AchievementLike, thresholds: { green: string; yellow: string } | null | undefined, policy: ScoringPolicy = DEFAULT_SCORING_POLICY): TrafficLight {
  const own = thresholds && isDecimalString(thresholds.green) && isDecimalString(thresholds.yellow);
  const green = own ? thresholds.green : policy.trafficLight.defaultGreen;
  const yellow = own ? thresholds.yellow : policy.trafficLight.defaultYellow;
  const source = own ? 'kpi' : 'policy';
  const p = achievement.measurable ? readDecimal(achievement.percent) : null;
  if (p === null) return { color: 'none', green, yellow, source };
  const color = p.gte(green) ? 'green' : p.gte(yellow) ? 'yellow' : 'red';
  return { color, green, yellow, source };
}
