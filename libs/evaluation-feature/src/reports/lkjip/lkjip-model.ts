import type { ApprovedKpiV1, ScorecardApprovedV1 } from '@capaian/contracts';
import { DEFAULT_SCORING_POLICY_V0 } from '@capaian/evaluation-domain';
import { displayFigure, displayScore, displaySettings, kpiAchievement, ratingBand, readDecimal, type PolicyRef, type ScoringPolicy } from '@capaian/scoring';
import { targetText, trendFromEvaluation } from './lkjip-adapters.js';
import { FLAG_LABELS, LKJIP_LABELS } from './lkjip-format.js';
import type { LkjipBand, LkjipInput, LkjipKpiRow, LkjipKpiTrend, LkjipPerspective, LkjipProvenance, LkjipReport, LkjipVfmFigures, LkjipVfmRow } from './lkjip-types.js';
import { LkjipInputError } from './lkjip-types.js';

/*
 * LKjIP (Laporan Kinerja Instansi Pemerintah): the yearly performance report of a unit, SAKIP
 * stage 3. `buildLkjip` is pure: the same input gives the same report (no clock, no I/O); the
 * renderers (XLSX, PDF, HTML) only lay the report out. All figures stay exact decimal strings in
 * the report; the `*Text` fields are their display forms, computed once here under the scoring
 * policy's display setting (see `LkjipReport.display`), and the only numbers the renderers print.
 */

export * from './lkjip-types.js';
export * from './lkjip-adapters.js';
export * from './lkjip-format.js';

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
  if (!sameRef(current.policy, provenance.policy))
    problems.push(`current was computed under ${current.policy.policyId} v${current.policy.version}, provenance names ${provenance.policy.policyId} v${provenance.policy.version}`);
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

type Shown = (d: string | null | undefined) => string | null;

function vfmRow(f: LkjipVfmFigures, head: { initiativeId: string | null; code: string | null; name: string }, text2: Shown): LkjipVfmRow {
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
  // Scores, achievements, percents and ratios; KPI figures by their value type.
  const text2: Shown = (d) => displayScore(d, policy);
  const figure = (v: string | null | undefined, kpi: Pick<ApprovedKpiV1, 'valueType'>) => displayFigure(v, kpi.valueType, policy);
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
      baselineText: figure(kpi.baseline, kpi),
      target: targetText(s ? s.year.target : kpi.yearlyTarget),
      targetText: targetText(s ? s.year.target : kpi.yearlyTarget, (v) => figure(v, kpi)),
      realization,
      realizationText: figure(realization, kpi),
      achievement,
      achievementText: text2(achievement),
      notMeasurableReason: a ? (a.measurable ? null : a.reason) : 'not_evaluated',
      previousRealization,
      previousRealizationText: figure(previousRealization, kpi),
      previousAchievementText: prev?.year.achievement.measurable ? text2(prev.year.achievement.percent) : null,
      changeFromPrevious: change === null ? null : change.isZero() ? '0' : change.toString(),
      changeFromPreviousText: change === null ? null : figure(change.isZero() ? '0' : change.toString(), kpi),
      endOfTermTarget: targetText(kpi.endOfTermTarget),
      endOfTermTargetText: targetText(kpi.endOfTermTarget, (v) => figure(v, kpi)),
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
        weightText: displayFigure(p.weight, 'number', policy) ?? p.weight,
        score,
        scoreText: text2(score),
        band: bandOf(score, policy),
        objectives: plan.objectives
          .filter((o) => o.perspectiveId === p.perspectiveId)
          .map((o) => {
            const os = objectiveScores.get(o.objectiveId);
            const oscore = os?.measurable ? os.score : null;
            const kpis = plan.kpis
              .filter((k) => k.objectiveId === o.objectiveId)
              .map((k) => {
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
    points: (trendById.get(row.kpiId)?.points ?? []).map((pt) => ({
      period: pt.period,
      value: pt.value,
      valueText: kpiPlan.has(row.kpiId) ? figure(pt.value, kpiPlan.get(row.kpiId)!) : pt.value,
      achievement: pt.achievement,
      achievementText: text2(pt.achievement),
    })),
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
        initiatives: input.budget.perInitiative.map((b) => ({
          ...initiativeHead(b.initiativeId),
          ceiling: b.ceiling,
          realized: b.realized,
          absorption: b.absorption,
          absorptionText: text2(b.absorption),
        })),
      }
    : null;
  const valueForMoney = input.valueForMoney
    ? {
        unit: vfmRow(input.valueForMoney.unit, { initiativeId: null, code: null, name: input.unit.name }, text2),
        initiatives: input.valueForMoney.initiatives.map((v) => {
          const h = initiativeHead(v.initiativeId);
          return vfmRow(v, { initiativeId: h.initiativeId, code: h.code, name: h.name }, text2);
        }),
      }
    : null;
  const sakip = input.sakip
    ? {
        total: input.sakip.total,
        totalText: text2(input.sakip.total) ?? input.sakip.total,
        grade: input.sakip.grade,
        worksheetVersion: String(input.sakip.worksheetVersion),
        worksheetId: input.sakip.worksheetId ?? null,
      }
    : null;

  const score = current.score.measurable ? current.score.score : null;
  return {
    formatVersion: 1,
    display: { decimals: displaySettings(policy).decimals },
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
