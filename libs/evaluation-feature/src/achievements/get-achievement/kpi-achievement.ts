import type { PeriodCode, Polarity, ValueTypeV1 } from '@capaian/contracts';
import { achievementInPeriod, type KpiEvaluation, type ValueStatus } from '@capaian/evaluation-domain';
import { achievementWithDisplay, type AchievementWithDisplay, type KpiAchievement, type PolicyRef, type ScoringPolicy, type Target, type TargetSource } from '@capaian/scoring';

type PeriodResult = AchievementWithDisplay<KpiAchievement | { measurable: false; reason: 'not_reported_in_period' }>;

/** A KPI's figure for one period, as its scorecard's evaluation computes it for that period. */
export interface PeriodAchievement {
  period: PeriodCode;
  realization: string;
  valueType: ValueTypeV1;
  /** 1 = as recorded; higher = corrected that many times. */
  valueRevision: number;
  /** `rejected`: the value does not count (the achievement is then `missing_realization`, as in /scores). */
  status: ValueStatus;
  /** The target the period is compared with (null: none, or the KPI is not reported for that period). */
  target: Target | null;
  targetSource: TargetSource;
  achievement: PeriodResult;
  /** `achievement.percentDisplay`, or null when not measurable. */
  achievementDisplay: string | null;
}

export interface KpiAchievementView {
  tenantId: string;
  kpiId: string;
  code: string;
  name: string;
  ownerUnitId: string;
  scorecardId: string;
  planVersion: number;
  year: number;
  /** The yearly target's value ('' when the plan gives none, e.g. a range). */
  yearlyTarget: string;
  polarity: Polarity;
  valueType: ValueTypeV1;
  /** Every period with a value, in period-code order. */
  periods: PeriodAchievement[];
  /** The year's figure: the values aggregated per the plan against the year's target (the KPI's figure in /scores for period Y). */
  yearAchievement: { value: string | null; target: Target | null; targetSource: TargetSource; achievement: PeriodResult; achievementDisplay: string | null };
  policyId: string;
  policy: PolicyRef;
  /** Highest position of evaluation's store that contributed to this answer. */
  computedFromPosition: number;
}

const shown = (a: PeriodResult) => (a.measurable ? (a.percentDisplay ?? null) : null);

/** The /achievements answer of a KPI evaluation (every figure from the KPI's score, with its display value under the policy). */
export function kpiAchievementView(e: KpiEvaluation, policy: ScoringPolicy): KpiAchievementView {
  const { kpi, score } = e;
  const periods = e.values.map((v): PeriodAchievement => {
    const planned = score.periods.find((p) => p.period === v.period);
    const achievement = achievementWithDisplay(achievementInPeriod(score, v.period), policy);
    return {
      period: v.period,
      realization: v.value,
      valueType: v.valueType,
      valueRevision: v.valueRevision,
      status: v.status,
      target: v.period === 'Y' ? score.year.target : (planned?.target ?? null),
      targetSource: v.period === 'Y' ? score.year.targetSource : (planned?.targetSource ?? 'none'),
      achievement,
      achievementDisplay: shown(achievement),
    };
  });
  const year = achievementWithDisplay(score.year.achievement, policy);
  return {
    tenantId: e.tenantId,
    kpiId: kpi.kpiId,
    code: kpi.code,
    name: kpi.name,
    ownerUnitId: kpi.ownerUnitId ?? '',
    scorecardId: e.scorecardId,
    planVersion: e.planVersion,
    year: e.year,
    yearlyTarget: kpi.yearlyTarget?.value ?? '',
    polarity: kpi.polarity,
    valueType: kpi.valueType,
    periods,
    yearAchievement: { value: score.year.value, target: score.year.target, targetSource: score.year.targetSource, achievement: year, achievementDisplay: shown(year) },
    policyId: e.policy.policyId,
    policy: e.policy,
    computedFromPosition: e.position,
  };
}
