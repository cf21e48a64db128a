import type { ApprovedKpiV1, ScorecardApprovedV1 } from '@capaian/contracts';
import type { ScorecardEvaluation } from '@capaian/evaluation-domain';
import type { PolicyRef, ScoringPolicy, TrafficLightColor } from '@capaian/scoring';

/** The LKjIP's input (what `buildLkjip` reads) and report model (what the renderers lay out). */

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/** One sub-period of a KPI's trend: the value reported and its achievement (exact percent; null when not measurable). */
export interface LkjipTrendPointInput {
  period: string;
  value: string | null;
  achievement: string | null;
}

export interface LkjipTrendInput {
  kpiId: string;
  points: LkjipTrendPointInput[];
}

/** Budget used (anggaran), computed elsewhere from budget realizations. Money in Rupiah, percents in percent points; decimal strings. */
export interface LkjipBudgetInput {
  /** Pagu: sum of the ceilings. */
  ceiling: string;
  /** Realisasi: sum of what was spent; null when nothing was reported. */
  realized: string | null;
  /** Penyerapan: realized / ceiling x 100 (null when not computable, e.g. a zero ceiling). */
  absorption: string | null;
  perInitiative: Array<{ initiativeId: string; ceiling: string; realized: string | null; absorption: string | null }>;
}

/** A value-for-money flag: its code (e.g. `inefficient`), with the computing module's message when it has one. */
export type LkjipVfmFlag = string | { code: string; message?: { id: string; en: string } };

/**
 * Value for money (3E), computed elsewhere (as evaluation-domain's value-for-money does). Read as:
 * economy = budget absorption in percent (realized / ceiling x 100), with the savings in Rupiah;
 * efficiency = output achievement % / absorption % (a ratio; > 1 is efficient); effectiveness =
 * outcome KPI achievement in percent. Null = not computable.
 */
export interface LkjipVfmFigures {
  economy: string | null;
  /** ceiling - realized (Rupiah) when not over the ceiling. */
  savings?: string | null;
  efficiency: string | null;
  effectiveness: string | null;
  flags: LkjipVfmFlag[];
}

export interface LkjipValueForMoneyInput {
  unit: LkjipVfmFigures;
  initiatives: Array<LkjipVfmFigures & { initiativeId: string }>;
}

/** The unit's SAKIP evaluation result for the year (LKE total 0-100 as a decimal string, and its grade). */
export interface LkjipSakipInput {
  total: string;
  grade: string;
  /** Version of the LKE worksheet the total was computed with. */
  worksheetVersion: number | string;
  worksheetId?: string;
}

export interface LkjipProvenanceInput {
  /** The scoring policy version the scores were computed under (must be the evaluation's). */
  policy: PolicyRef;
  /** Store positions of everything the report was computed from. */
  positions: { from: number; to: number };
  /** When the report was generated (ISO instant), passed in: the report never reads a clock. */
  generatedAt: string;
}

export interface LkjipInput {
  unit: { id: string; name: string };
  year: number;
  /** The plan in force (the version `current` was computed on). */
  plan: ScorecardApprovedV1;
  /** This year's evaluation (period 'Y'). */
  current: ScorecardEvaluation;
  /** Last year's evaluation of the unit, for "last year's figure" (KPIs matched by code); null when none. */
  previous: ScorecardEvaluation | null;
  /** Per KPI, its sub-periods in order. Omitted: taken from `current.kpis[].periods` (see `trendFromEvaluation`). */
  trend?: LkjipTrendInput[] | null;
  budget: LkjipBudgetInput | null;
  valueForMoney: LkjipValueForMoneyInput | null;
  sakip: LkjipSakipInput | null;
  provenance: LkjipProvenanceInput;
  /**
   * The scoring policy named by `provenance.policy` (for the KPI rating bands and the end-of-term
   * achievement). May be omitted only when that is the default policy.
   */
  scoringPolicy?: ScoringPolicy;
}

export class LkjipInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LkjipInputError';
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

export interface LkjipBand {
  code: string;
  label: { id: string; en: string };
}

export interface LkjipKpiRow {
  no: number;
  kpiId: string;
  code: string;
  name: string;
  unitOfMeasure: string;
  level: ApprovedKpiV1['level'];
  polarity: ApprovedKpiV1['polarity'];
  perspectiveId: string;
  objectiveId: string;
  objectiveCode: string;
  objectiveName: string;
  baseline: string | null;
  baselineText: string | null;
  /** The year's target as text: a value, or `min - max` for a range. */
  target: string | null;
  targetText: string | null;
  /** Realisasi: the year's figure (aggregated over the sub-periods), exact. */
  realization: string | null;
  realizationText: string | null;
  /** Capaian: exact percent (after cap and floor); null when not measurable. */
  achievement: string | null;
  /** Capaian for display: the policy's decimals (half-up), e.g. "98.48"; null when not measurable. */
  achievementText: string | null;
  /** Why the achievement is not measurable (e.g. `missing_realization`). */
  notMeasurableReason: string | null;
  /** Last year's figure (same KPI code); null when there is none. */
  previousRealization: string | null;
  previousRealizationText: string | null;
  previousAchievementText: string | null;
  /** realization - previous realization (numeric KPIs with both figures), exact. */
  changeFromPrevious: string | null;
  changeFromPreviousText: string | null;
  /** Target akhir Renstra (five-year, end-of-term) as text. */
  endOfTermTarget: string | null;
  endOfTermTargetText: string | null;
  /** This year's figure against the end-of-term target, for display (null when not measurable). */
  endOfTermAchievementText: string | null;
  /** Predikat of the achievement under the policy's bands. */
  band: LkjipBand | null;
  trafficLight: TrafficLightColor;
}

export interface LkjipObjective {
  objectiveId: string;
  code: string;
  name: string;
  score: string | null;
  scoreText: string | null;
  band: LkjipBand | null;
  kpis: LkjipKpiRow[];
}

export interface LkjipPerspective {
  perspectiveId: string;
  code: string;
  name: string;
  order: number;
  weight: string;
  weightText: string;
  score: string | null;
  scoreText: string | null;
  band: LkjipBand | null;
  objectives: LkjipObjective[];
}

export interface LkjipTrendPoint {
  period: string;
  value: string | null;
  valueText: string | null;
  achievement: string | null;
  achievementText: string | null;
}

export interface LkjipKpiTrend {
  kpiId: string;
  code: string;
  name: string;
  unitOfMeasure: string;
  points: LkjipTrendPoint[];
}

export interface LkjipBudgetRow {
  initiativeId: string;
  code: string;
  name: string;
  level: string | null;
  ceiling: string;
  realized: string | null;
  absorption: string | null;
  absorptionText: string | null;
}

export interface LkjipVfmRow {
  /** null for the unit's row. */
  initiativeId: string | null;
  code: string | null;
  name: string;
  economyText: string | null;
  efficiencyText: string | null;
  effectivenessText: string | null;
  economy: string | null;
  savings: string | null;
  efficiency: string | null;
  effectiveness: string | null;
  /** Flag codes. */
  flags: string[];
  /** The flags in Indonesian: the computing module's message, else a known code translated, else the code. */
  flagLabels: string[];
}

export interface LkjipProvenance {
  policy: PolicyRef;
  positions: { from: number; to: number };
  generatedAt: string;
  scorecardId: string;
  planVersion: number;
  /** Where last year's figures came from. */
  previous: { scorecardId: string; year: number; policy: PolicyRef; positions: { from: number; to: number } } | null;
  /** One line naming all of the above (printed in every section / page). */
  text: string;
}

export interface LkjipReport {
  /** Layout version of this report model. */
  formatVersion: 1;
  /**
   * How every `*Text` field is rounded: the scoring policy's `display.decimals`, half-up. Scores,
   * achievements, percents and ratios are written with exactly that many decimals; KPI figures
   * (targets, realizations, baselines, weights) are rounded to it only when they have more, and
   * written as planned otherwise; money KPIs and Rupiah amounts are shown in whole Rupiah.
   */
  display: { decimals: number };
  title: { id: string; en: string };
  unit: { id: string; name: string };
  year: number;
  scorecard: {
    scorecardId: string;
    title: string;
    planVersion: number;
    vision: string;
    missions: string[];
    score: string | null;
    scoreText: string | null;
    band: LkjipBand | null;
    notMeasurableReason: string | null;
  };
  perspectives: LkjipPerspective[];
  /** Every KPI row, in report order (perspective order, then objective, then KPI as planned). */
  kpis: LkjipKpiRow[];
  budget: {
    ceiling: string;
    realized: string | null;
    absorption: string | null;
    absorptionText: string | null;
    initiatives: LkjipBudgetRow[];
  } | null;
  valueForMoney: { unit: LkjipVfmRow; initiatives: LkjipVfmRow[] } | null;
  sakip: { total: string; totalText: string; grade: string; worksheetVersion: string; worksheetId: string | null } | null;
  charts: {
    perspectiveScores: Array<{ perspectiveId: string; code: string; name: string; score: string | null; scoreText: string | null }>;
    kpiTrends: LkjipKpiTrend[];
  };
  provenance: LkjipProvenance;
}
