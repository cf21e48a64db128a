import { rewardPeriodLabel } from './periods.js';
import type { RewardFact } from './recommend.js';

/**
 * Reward facts from rankings: one `rankUnits(...).ranking` per period (a year's ranking is period
 * `2026`; a sub-period's, e.g. from scorecards evaluated for Q2, `2026-Q2`).
 */
export function rewardFactsFromRanking(year: number, ranking: ReadonlyArray<{ unitId: string; unitName: string; score: string | null; rank: number | null }>, period: string = 'Y'): RewardFact[] {
  const label = rewardPeriodLabel(year, period);
  return ranking.map((u) => ({ unitId: u.unitId, unitName: u.unitName, period: label, score: u.score, rank: u.rank }));
}
