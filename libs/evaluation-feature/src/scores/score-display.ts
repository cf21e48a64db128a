import type { RankedUnit, ScorecardEvaluation, TimelinePoint, rankUnits } from '@capaian/evaluation-domain';
import { displayScore, kpiScoreWithDisplay, scorecardScoreWithDisplay, unitScoreWithDisplay, type ScoringPolicy } from '@capaian/scoring';

/*
 * The answers of /scores with a display value next to every exact score and achievement
 * (`score` -> `scoreDisplay`, `percent` -> `percentDisplay`...), rounded per the policy they were
 * computed under (see @capaian/scoring display.ts). The exact values are unchanged.
 */

export function evaluationWithDisplay(e: ScorecardEvaluation, policy: ScoringPolicy) {
  return { ...e, score: scorecardScoreWithDisplay(e.score, policy), kpis: e.kpis.map((k) => kpiScoreWithDisplay(k, policy)) };
}

export function rankedUnitWithDisplay(r: RankedUnit, policy: ScoringPolicy) {
  return { ...r, ownScoreDisplay: displayScore(r.ownScore, policy), scoreDisplay: displayScore(r.score, policy) };
}

export function rankingWithDisplay(r: ReturnType<typeof rankUnits>, policy: ScoringPolicy) {
  return { ...r, units: r.units.map((u) => unitScoreWithDisplay(u, policy)), ranking: r.ranking.map((u) => rankedUnitWithDisplay(u, policy)) };
}

export function timelinePointWithDisplay(p: TimelinePoint, policy: ScoringPolicy) {
  return { ...p, scoreDisplay: displayScore(p.score, policy), changeDisplay: displayScore(p.change, policy) };
}
