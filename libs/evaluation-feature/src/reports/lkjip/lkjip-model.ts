import type { ApprovedKpiV1, ScorecardApprovedV1 } from '@capaian/contracts';
import { DEFAULT_SCORING_POLICY_V0, type ScorecardEvaluation } from '@capaian/evaluation-domain';
import {
  formatPercent,
  kpiAchievement,
  ratingBand,
  readDecimal,
  type PolicyRef,
  type ScoringPolicy,
  type Target,
  type TrafficLightColor,
} from '@capaian/scoring';

/*
 * LKjIP (Laporan Kinerja Instansi Pemerintah): the yearly performance report of a unit, SAKIP
 * stage 3. `buildLkjip` is pure: the same input gives the same report (no clock, no I/O); the
 * renderers (XLSX, PDF, HTML) only lay the report out. All figures stay exact decimal strings in
 * the report; the `*Text` fields are the display forms (2 decimals, half-up) computed once here.
 */

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
  /** The year's target as text: a value, or `min - max` for a range. */
  target: string | null;
  /** Realisasi: the year's figure (aggregated over the sub-periods). */
  realization: string | null;
  /** Capaian: exact percent (after cap and floor); null when not measurable. */
  achievement: string | null;
  /** Capaian with 2 decimals (half-up), e.g. "98.48"; null when not measurable. */
  achievementText: string | null;
  /** Why the achievement is not measurable (e.g. `missing_realization`). */
  notMeasurableReason: string | null;
  /** Last year's figure (same KPI code); null when there is none. */
  previousRealization: string | null;
  previousAchievementText: string | null;
  /** realization - previous realization (numeric KPIs with both figures), exact. */
  changeFromPrevious: string | null;
  /** Target akhir Renstra (five-year, end-of-term) as text. */
  endOfTermTarget: string | null;
  /** This year's figure against the end-of-term target, 2 decimals (null when not measurable). */
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
  score: string | null;
  scoreText: string | null;
  band: LkjipBand | null;
  objectives: LkjipObjective[];
}

export interface LkjipTrendPoint {
  period: string;
  value: string | null;
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

/** Labels (Indonesian, with an English subtitle) shared by the renderers. */
export const LKJIP_LABELS = {
  title: { id: 'Laporan Kinerja Instansi Pemerintah (LKjIP)', en: 'Government Agency Performance Report' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  kpis: { id: 'Capaian Indikator Kinerja', en: 'KPI achievement' },
  budget: { id: 'Anggaran & Value for Money', en: 'Budget and value for money' },
  trend: { id: 'Tren Indikator', en: 'KPI trends' },
  perspectives: { id: 'Skor Perspektif', en: 'Perspective scores' },
  sakip: { id: 'Nilai Evaluasi SAKIP', en: 'SAKIP evaluation' },
  provenance: { id: 'Sumber data', en: 'Provenance' },
  unit: { id: 'Unit kerja', en: 'Unit' },
  year: { id: 'Tahun', en: 'Year' },
  score: { id: 'Nilai kinerja', en: 'Scorecard score' },
  band: { id: 'Predikat', en: 'Rating' },
  grade: { id: 'Predikat SAKIP', en: 'SAKIP grade' },
  columns: {
    no: 'No',
    code: 'Kode',
    name: 'Indikator Kinerja',
    unitOfMeasure: 'Satuan',
    target: 'Target',
    realization: 'Realisasi',
    achievement: 'Capaian (%)',
    previous: 'Realisasi Tahun Lalu',
    endOfTerm: 'Target Akhir Renstra',
    band: 'Predikat',
    trafficLight: 'Status',
  },
  columnsEn: {
    no: 'No',
    code: 'Code',
    name: 'KPI',
    unitOfMeasure: 'Unit',
    target: 'Target',
    realization: 'Realization',
    achievement: 'Achievement (%)',
    previous: "Last year's figure",
    endOfTerm: 'Five-year target',
    band: 'Rating',
    trafficLight: 'Status',
  },
  trafficLight: { green: 'Hijau', yellow: 'Kuning', red: 'Merah', none: '-' } as Record<TrafficLightColor, string>,
  notMeasurable: 'tidak terukur',
  noData: '-',
} as const;

const FLAG_LABELS: Record<string, string> = {
  inefficient: 'tidak efisien',
  over_ceiling: 'melebihi pagu',
  low_absorption: 'penyerapan rendah',
  not_effective: 'tidak efektif',
  uneconomical: 'tidak ekonomis',
};

// ---------------------------------------------------------------------------------------------
// Adapters from what other modules compute (typed by shape, so this file depends on none of them)
// ---------------------------------------------------------------------------------------------

/** What the adapters read of one line of a value-for-money result (evaluation-domain's `VfmLine` fits). */
export interface VfmLineLike {
  scope: 'initiative' | 'unit';
  id: string;
  economy: { ceiling: string | null; realized: string | null; absorption: string | null; savings: string | null };
  efficiency: { ratio: string | null };
  effectiveness: { percent: string | null };
  flags: ReadonlyArray<{ code: string; message?: { id: string; en: string } }>;
}

/** What the adapters read of a value-for-money result (evaluation-domain's `ValueForMoney` fits). */
export interface ValueForMoneyLike {
  unit: VfmLineLike;
  initiatives: readonly VfmLineLike[];
}

const vfmFigures = (l: VfmLineLike): LkjipVfmFigures => ({
  economy: l.economy.absorption,
  savings: l.economy.savings,
  efficiency: l.efficiency.ratio,
  effectiveness: l.effectiveness.percent,
  flags: l.flags.map((f) => ({ code: f.code, ...(f.message ? { message: { id: f.message.id, en: f.message.en } } : {}) })),
});

/** The report's value-for-money input from a value-for-money result (unit line and every initiative line). */
export function lkjipValueForMoneyOf(v: ValueForMoneyLike): LkjipValueForMoneyInput {
  return { unit: vfmFigures(v.unit), initiatives: v.initiatives.map((l) => ({ initiativeId: l.id, ...vfmFigures(l) })) };
}

/** The report's budget input from a value-for-money result (its economy lines); null when the unit's ceiling is unknown. */
export function lkjipBudgetOf(v: ValueForMoneyLike): LkjipBudgetInput | null {
  if (v.unit.economy.ceiling === null) return null;
  return {
    ceiling: v.unit.economy.ceiling,
    realized: v.unit.economy.realized,
    absorption: v.unit.economy.absorption,
    perInitiative: v.initiatives
      .filter((l) => l.economy.ceiling !== null)
      .map((l) => ({ initiativeId: l.id, ceiling: l.economy.ceiling as string, realized: l.economy.realized, absorption: l.economy.absorption })),
  };
}

/** The report's SAKIP input from an LKE score (evaluation-domain's `LkeScore` fits). */
export function lkjipSakipOf(score: { total: string; grade: string; worksheet: { worksheetId: string; version: number } }): LkjipSakipInput {
  return { total: score.total, grade: score.grade, worksheetVersion: score.worksheet.version, worksheetId: score.worksheet.worksheetId };
}

/** The trend of every KPI of an evaluation, from its sub-period scores. */
export function trendFromEvaluation(evaluation: ScorecardEvaluation): LkjipTrendInput[] {
  return evaluation.kpis.map((k) => ({
    kpiId: k.kpiId,
    points: k.periods.map((p) => ({ period: p.period, value: p.value, achievement: p.achievement.measurable ? p.achievement.percent : null })),
  }));
}

/** A target as text: its value, or `min - max` (`>= min`, `<= max` for an open side). */
export function targetText(target: Target | null | undefined): string | null {
  if (!target) return null;
  if (target.value !== undefined && target.value !== null && target.value !== '') return target.value;
  const min = target.min ?? null;
  const max = target.max ?? null;
  if (min !== null && max !== null) return `${min} - ${max}`;
  if (min !== null) return `>= ${min}`;
  if (max !== null) return `<= ${max}`;
  return null;
}

const text2 = (d: string | null | undefined): string | null => (readDecimal(d) === null ? null : formatPercent(d as string));
const bandOf = (score: string | null, policy: ScoringPolicy): LkjipBand | null => {
  const b = score === null ? null : ratingBand(score, policy);
  return b ? { code: b.code, label: { id: b.label.id, en: b.label.en } } : null;
};
const sameRef = (a: PolicyRef, b: PolicyRef) => a.policyId === b.policyId && a.version === b.version;

function checkInput(input: LkjipInput): ScoringPolicy {
  const { plan, current, previous, provenance } = input;
  const problems: string[] = [];
  if (plan.unitId !== input.unit.id) problems.push(`plan.unitId ${plan.unitId} is not unit ${input.unit.id}`);
  if (plan.year !== input.year) problems.push(`plan.year ${plan.year} is not ${input.year}`);
  if (current.scorecardId !== plan.scorecardId) problems.push(`current.scorecardId ${current.scorecardId} is not the plan's ${plan.scorecardId}`);
  if (current.planVersion !== plan.version) problems.push(`current was computed on plan version ${current.planVersion}, not ${plan.version}`);
  if (current.period !== 'Y') problems.push(`current must be the year's evaluation (period Y), not ${current.period}`);
  if (!sameRef(current.policy, provenance.policy)) problems.push(`current was computed under ${current.policy.policyId} v${current.policy.version}, provenance names ${provenance.policy.policyId} v${provenance.policy.version}`);
  if (previous && previous.year >= input.year) problems.push(`previous is of year ${previous.year}, not before ${input.year}`);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(provenance.generatedAt) || Number.isNaN(Date.parse(provenance.generatedAt))) problems.push(`provenance.generatedAt ${provenance.generatedAt} is not an ISO instant`);
  const policy = input.scoringPolicy ?? (sameRef(provenance.policy, DEFAULT_SCORING_POLICY_V0) ? DEFAULT_SCORING_POLICY_V0 : null);
  if (!policy) problems.push(`scoringPolicy is required for ${provenance.policy.policyId} v${provenance.policy.version} (not the default policy)`);
  else if (!sameRef(policy, provenance.policy)) problems.push(`scoringPolicy is ${policy.policyId} v${policy.version}, provenance names ${provenance.policy.policyId} v${provenance.policy.version}`);
  if (problems.length > 0) throw new LkjipInputError(`LKjIP input: ${problems.join('; ')}`);
  return policy as ScoringPolicy;
}

function provenanceOf(input: LkjipInput): LkjipProvenance {
  const { provenance: p, plan, previous } = input;
  const prev = previous ? { scorecardId: previous.scorecardId, year: previous.year, policy: { ...previous.policy }, positions: { ...previous.positions } } : null;
  const text =
    `Posisi peristiwa ${p.positions.from}-${p.positions.to}; kebijakan ${p.policy.policyId} v${p.policy.version}; ` +
    `rencana ${plan.scorecardId} v${plan.version}` +
    (prev ? `; tahun lalu ${prev.scorecardId} posisi ${prev.positions.from}-${prev.positions.to} (${prev.policy.policyId} v${prev.policy.version})` : '') +
    `; dibuat ${p.generatedAt}`;
  return { policy: { ...p.policy }, positions: { ...p.positions }, generatedAt: p.generatedAt, scorecardId: plan.scorecardId, planVersion: plan.version, previous: prev, text };
}

function vfmRow(f: LkjipVfmFigures, head: { initiativeId: string | null; code: string | null; name: string }): LkjipVfmRow {
  return {
    ...head,
    economy: f.economy,
    savings: f.savings ?? null,
    efficiency: f.efficiency,
    effectiveness: f.effectiveness,
    economyText: text2(f.economy),
    efficiencyText: text2(f.efficiency),
    effectivenessText: text2(f.effectiveness),
    flags: f.flags.map((x) => (typeof x === 'string' ? x : x.code)),
    flagLabels: f.flags.map((x) => (typeof x === 'string' ? (FLAG_LABELS[x] ?? x) : (x.message?.id ?? FLAG_LABELS[x.code] ?? x.code))),
  };
}

export function buildLkjip(input: LkjipInput): LkjipReport {
  const policy = checkInput(input);
  const { plan, current, previous } = input;
  const scoreByKpi = new Map(current.kpis.map((k) => [k.kpiId, k]));
  const previousByCode = new Map((previous?.kpis ?? []).map((k) => [k.code, k]));
  const perspectiveScores = new Map(current.score.perspectives.map((p) => [p.perspectiveId, p]));
  const objectiveScores = new Map(current.score.perspectives.flatMap((p) => p.objectives.map((o) => [o.objectiveId, o] as const)));

  const rows: LkjipKpiRow[] = [];
  const kpiRow = (kpi: ApprovedKpiV1, objective: ScorecardApprovedV1['objectives'][number]): LkjipKpiRow => {
    const s = scoreByKpi.get(kpi.kpiId);
    const a = s?.year.achievement;
    const achievement = a?.measurable ? a.percent : null;
    const realization = s?.year.value ?? null;
    const prev = previousByCode.get(kpi.code);
    const previousRealization = prev?.year.value ?? null;
    const numeric = ['number', 'percent', 'money', 'duration'].includes(kpi.valueType);
    const r = readDecimal(realization);
    const pr = readDecimal(previousRealization);
    const change = numeric && r !== null && pr !== null ? r.minus(pr) : null;
    const endOfTerm = kpi.endOfTermTarget ? kpiAchievement(kpi, kpi.endOfTermTarget, realization, policy) : null;
    return {
      no: rows.length + 1,
      kpiId: kpi.kpiId,
      code: kpi.code,
      name: kpi.name,
      unitOfMeasure: kpi.unitOfMeasure,
      level: kpi.level,
      polarity: kpi.polarity,
      perspectiveId: objective.perspectiveId,
      objectiveId: objective.objectiveId,
      objectiveCode: objective.code,
      objectiveName: objective.name,
      baseline: kpi.baseline,
      target: targetText(s ? s.year.target : kpi.yearlyTarget),
      realization,
      achievement,
      achievementText: text2(achievement),
      notMeasurableReason: a ? (a.measurable ? null : a.reason) : 'not_evaluated',
      previousRealization,
      previousAchievementText: prev?.year.achievement.measurable ? text2(prev.year.achievement.percent) : null,
      changeFromPrevious: change === null ? null : change.isZero() ? '0' : change.toString(),
      endOfTermTarget: targetText(kpi.endOfTermTarget),
      endOfTermAchievementText: endOfTerm?.measurable ? text2(endOfTerm.percent) : null,
      band: bandOf(achievement, policy),
      trafficLight: s?.year.trafficLight.color ?? 'none',
    };
  };

  const perspectives: LkjipPerspective[] = [...plan.perspectives]
    .sort((a, b) => a.order - b.order || a.code.localeCompare(b.code))
    .map((p) => {
      const ps = perspectiveScores.get(p.perspectiveId);
      const score = ps?.measurable ? ps.score : null;
      return {
        perspectiveId: p.perspectiveId,
        code: p.code,
        name: p.name,
        order: p.order,
        weight: p.weight,
        score,
        scoreText: text2(score),
        band: bandOf(score, policy),
        objectives: plan.objectives
          .filter((o) => o.perspectiveId === p.perspectiveId)
          .map((o) => {
            const os = objectiveScores.get(o.objectiveId);
            const oscore = os?.measurable ? os.score : null;
            const kpis = plan.kpis.filter((k) => k.objectiveId === o.objectiveId).map((k) => {
              const row = kpiRow(k, o);
              rows.push(row);
              return row;
            });
            return { objectiveId: o.objectiveId, code: o.code, name: o.name, score: oscore, scoreText: text2(oscore), band: bandOf(oscore, policy), kpis };
          }),
      };
    });

  const kpiPlan = new Map(plan.kpis.map((k) => [k.kpiId, k]));
  const trendInput = input.trend ?? trendFromEvaluation(current);
  const trendById = new Map(trendInput.map((t) => [t.kpiId, t]));
  const kpiTrends: LkjipKpiTrend[] = rows.map((row) => ({
    kpiId: row.kpiId,
    code: row.code,
    name: row.name,
    unitOfMeasure: kpiPlan.get(row.kpiId)?.unitOfMeasure ?? '',
    points: (trendById.get(row.kpiId)?.points ?? []).map((pt) => ({ period: pt.period, value: pt.value, achievement: pt.achievement, achievementText: text2(pt.achievement) })),
  }));

  const initiatives = new Map(plan.initiatives.map((i) => [i.initiativeId, i]));
  const initiativeHead = (id: string) => {
    const i = initiatives.get(id);
    return { initiativeId: id, code: i?.code ?? id, name: i?.name ?? id, level: i?.level ?? null };
  };
  const budget = input.budget
    ? {
        ceiling: input.budget.ceiling,
        realized: input.budget.realized,
        absorption: input.budget.absorption,
        absorptionText: text2(input.budget.absorption),
        initiatives: input.budget.perInitiative.map((b) => ({ ...initiativeHead(b.initiativeId), ceiling: b.ceiling, realized: b.realized, absorption: b.absorption, absorptionText: text2(b.absorption) })),
      }
    : null;
  const valueForMoney = input.valueForMoney
    ? {
        unit: vfmRow(input.valueForMoney.unit, { initiativeId: null, code: null, name: input.unit.name }),
        initiatives: input.valueForMoney.initiatives.map((v) => {
          const h = initiativeHead(v.initiativeId);
          return vfmRow(v, { initiativeId: h.initiativeId, code: h.code, name: h.name });
        }),
      }
    : null;
  const sakip = input.sakip
    ? { total: input.sakip.total, totalText: text2(input.sakip.total) ?? input.sakip.total, grade: input.sakip.grade, worksheetVersion: String(input.sakip.worksheetVersion), worksheetId: input.sakip.worksheetId ?? null }
    : null;

  const score = current.score.measurable ? current.score.score : null;
  return {
    formatVersion: 1,
    title: { ...LKJIP_LABELS.title },
    unit: { id: input.unit.id, name: input.unit.name },
    year: input.year,
    scorecard: {
      scorecardId: plan.scorecardId,
      title: plan.title,
      planVersion: plan.version,
      vision: plan.vision,
      missions: [...plan.missions],
      score,
      scoreText: text2(score),
      band: current.score.band ? { code: current.score.band.code, label: { ...current.score.band.label } } : null,
      notMeasurableReason: current.score.measurable ? null : current.score.reason,
    },
    perspectives,
    kpis: rows,
    budget,
    valueForMoney,
    sakip,
    charts: {
      perspectiveScores: perspectives.map((p) => ({ perspectiveId: p.perspectiveId, code: p.code, name: p.name, score: p.score, scoreText: p.scoreText })),
      kpiTrends,
    },
    provenance: provenanceOf(input),
  };
}

// ---------------------------------------------------------------------------------------------
// Display helpers shared by the renderers (PDF, HTML): Indonesian number format.
// ---------------------------------------------------------------------------------------------

/** A decimal string in Indonesian notation (thousands `.`, decimals `,`), optionally fixed decimals; non-numbers as given. */
export function formatIdNumber(value: string | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || value === '') return LKJIP_LABELS.noData;
  const plain = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return value;
  // As written (a display text such as "93.80" keeps its zeros), or rounded half-up to `decimals`.
  const fixed = decimals === undefined ? plain : formatPercent(plain, decimals);
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `,${frac}` : ''}`;
}

/** An achievement / score display text ("98.48") in Indonesian notation ("98,48"), or the not-measurable label. */
export function formatIdPercent(text: string | null): string {
  return text === null ? LKJIP_LABELS.notMeasurable : formatIdNumber(text);
}

/** Rupiah, no decimals unless the amount has some: "Rp 1.250.000.000". */
export function formatRupiah(value: string | null): string {
  if (value === null) return LKJIP_LABELS.noData;
  return `Rp ${formatIdNumber(value)}`;
}
