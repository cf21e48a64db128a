import type { AchievementLike, KpiAchievement, ValueType } from './achievement.js';
import { Decimal, ROUND_HALF_UP, readDecimal } from './decimal.js';
import type { KpiScore, PeriodScore } from './periods.js';
import { DEFAULT_DISPLAY_SETTINGS, type DisplaySettings, type ScoringPolicy } from './policy.js';
import type { ObjectiveScore, PerspectiveScore, RollupPart, ScorecardScore, UnitScore, WeightedMean } from './rollup.js';

/*
 * Display values. Every score and achievement stays an exact decimal string; next to it an answer
 * carries its display value (`score` -> `scoreDisplay`, `percent` -> `percentDisplay`), rounded
 * ROUND_HALF_UP to the policy's `display.decimals` (2 when the policy has no display setting) and
 * written with exactly that many decimals ("87.50"). Display values are never computed with.
 */

/** The display settings of a policy (the default ones when it has none, as policy versions stored before the setting). */
export function displaySettings(policy: Pick<ScoringPolicy, 'display'> | null | undefined): DisplaySettings {
  return policy?.display ?? DEFAULT_DISPLAY_SETTINGS;
}

/** Rounds a decimal string half-up to a fixed number of decimals ("66.666" -> "66.67", "100" -> "100.00"). */
export function formatPercent(percent: string, decimals = DEFAULT_DISPLAY_SETTINGS.decimals): string {
  return new Decimal(percent).toDecimalPlaces(decimals, ROUND_HALF_UP).toFixed(decimals);
}

/** The display value of a score or percent under the policy; null when there is no number. */
export function displayScore(value: string | null | undefined, policy: Pick<ScoringPolicy, 'display'> | null | undefined): string | null {
  return readDecimal(value) === null ? null : formatPercent(value as string, displaySettings(policy).decimals);
}

/**
 * The display value of a KPI figure (realization, target, baseline) by its value type: a decimal
 * (number, percent, duration) with more decimals than the policy's is rounded half-up to them,
 * otherwise kept as written ("85.00" stays "85.00", "1200" stays "1200"); money is shown in whole
 * Rupiah (half-up, no decimals); grades and dates as written. Null stays null.
 */
export function displayFigure(value: string | null | undefined, valueType: ValueType, policy: Pick<ScoringPolicy, 'display'> | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const d = readDecimal(value);
  if (d === null || valueType === 'categorical' || valueType === 'milestone_date') return value;
  const places = valueType === 'money' ? 0 : displaySettings(policy).decimals;
  return d.decimalPlaces() > places ? formatPercent(value, places) : value;
}

// ---------------------------------------------------------------------------------------------
// The scoring results with their display values
// ---------------------------------------------------------------------------------------------

export type AchievementWithDisplay<A extends AchievementLike = KpiAchievement> = A & { percentDisplay?: string };

/** A measurable achievement gets `percentDisplay`; a not-measurable one is returned as it is. */
export function achievementWithDisplay<A extends AchievementLike>(a: A, policy: Pick<ScoringPolicy, 'display'>): AchievementWithDisplay<A> {
  return a.measurable ? { ...a, percentDisplay: displayScore(a.percent, policy) ?? undefined } : a;
}

export type PeriodScoreWithDisplay = Omit<PeriodScore, 'achievement'> & { achievement: AchievementWithDisplay };
export type KpiScoreWithDisplay<K extends KpiScore = KpiScore> = Omit<K, 'year' | 'periods'> & {
  year: Omit<KpiScore['year'], 'achievement'> & { achievement: AchievementWithDisplay };
  periods: PeriodScoreWithDisplay[];
};

export function kpiScoreWithDisplay<K extends KpiScore>(k: K, policy: Pick<ScoringPolicy, 'display'>): KpiScoreWithDisplay<K> {
  return {
    ...k,
    year: { ...k.year, achievement: achievementWithDisplay(k.year.achievement, policy) },
    periods: k.periods.map((p) => ({ ...p, achievement: achievementWithDisplay(p.achievement, policy) })),
  };
}

export type WithMeanDisplay<M extends WeightedMean> = Omit<M, 'used'> & { scoreDisplay: string | null; used: Array<RollupPart & { scoreDisplay: string }> };
export type PerspectiveScoreWithDisplay = Omit<WithMeanDisplay<PerspectiveScore>, 'objectives'> & { objectives: Array<WithMeanDisplay<ObjectiveScore>> };
export type ScorecardScoreWithDisplay = Omit<WithMeanDisplay<ScorecardScore>, 'perspectives'> & { perspectives: PerspectiveScoreWithDisplay[] };

function meanWithDisplay<M extends WeightedMean>(m: M, policy: Pick<ScoringPolicy, 'display'>): WithMeanDisplay<M> {
  return { ...m, scoreDisplay: displayScore(m.score, policy), used: m.used.map((u) => ({ ...u, scoreDisplay: displayScore(u.score, policy) as string })) };
}

/** The scorecard score with `scoreDisplay` at every level (scorecard, perspectives, objectives, and every part used). */
export function scorecardScoreWithDisplay(s: ScorecardScore, policy: Pick<ScoringPolicy, 'display'>): ScorecardScoreWithDisplay {
  return {
    ...meanWithDisplay(s, policy),
    perspectives: s.perspectives.map((p) => ({ ...meanWithDisplay(p, policy), objectives: p.objectives.map((o) => meanWithDisplay(o, policy)) })),
  };
}

export type UnitScoreWithDisplay = UnitScore & {
  ownScoreDisplay: string | null;
  scoreDisplay: string | null;
  childMeanDisplay: string | null;
  children: Array<{ unitId: string; score: string | null; scoreDisplay: string | null }>;
};

export function unitScoreWithDisplay(u: UnitScore, policy: Pick<ScoringPolicy, 'display'>): UnitScoreWithDisplay {
  return {
    ...u,
    ownScoreDisplay: displayScore(u.ownScore, policy),
    scoreDisplay: displayScore(u.score, policy),
    childMeanDisplay: displayScore(u.childMean, policy),
    children: u.children.map((c) => ({ ...c, scoreDisplay: displayScore(c.score, policy) })),
  };
}
