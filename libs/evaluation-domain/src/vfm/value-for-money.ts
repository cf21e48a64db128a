import type { ApprovedKpiV1, ScorecardApprovedV1 } from '@capaian/contracts';
import { invalid } from '@capaian/ddd';
import { Decimal, formatPercent, policyRef, readDecimal, type AchievementLike, type PolicyRef } from '@capaian/scoring';
import { quotient, str, sum, Wide } from './arith.js';
import { DEFAULT_VFM_POLICY, validateVfmPolicy, type VfmPolicy } from './policy.js';

/*
 * Value for money (3E) of a unit's plan for a year, per initiative, per program and for the unit.
 *
 * Economy (ekonomi): budget realization against the ceiling (pagu).
 *   absorption % = realized / ceiling x 100; savings = ceiling - realized (when realized <= ceiling);
 *   over ceiling when realized > ceiling (excess = realized - ceiling).
 * Efficiency (efisiensi): output achievement % / absorption %  (= output x ceiling / (realized x 100));
 *   > 1: more output than the share of the budget spent; 1: in proportion; < 1: less.
 * Effectiveness (efektivitas): outcome achievement %.
 *
 * Output and outcome achievements come from the KPIs of the objectives an initiative supports
 * (its `objectiveIds`; an initiative without objectives of its own supports those of its nearest
 * ancestor that has some). For each such objective the KPIs are chosen on the plan (by level, not
 * by which ones happen to be measurable):
 * - output: the objective's process-level KPIs when it has any, else all its KPIs
 *   (policy `outputKpis: 'process_else_all'`; `'all'`: always all its KPIs);
 * - outcome: the objective's result-level KPIs.
 * The achievement is the unweighted mean of the year achievements (after the scoring policy's cap
 * and floor) of the chosen KPIs that are measurable, over all the objectives together. KPI weights
 * are not used: they are weights within one objective, not across objectives.
 *
 * Every line covers an initiative and its descendants (a kegiatan its sub kegiatan, a program its
 * kegiatan and their sub kegiatan), because the pagu of a parent already covers its children
 * (planning refuses children whose pagu exceed the parent's):
 * - realized = what was reported on the initiative itself + the rolled-up realized of its children
 *   (each initiative's budget realization is its own spending); nothing reported anywhere = null;
 * - ceiling = the larger of its own ceiling and the sum of its children's rolled-up ceilings (in a
 *   valid plan: its own pagu; adding the parent's pagu to its children's would count twice);
 * - objectives = the union of those of every initiative it covers.
 * A leaf (most sub kegiatan) is just itself. `programs` are the lines of the program-level
 * initiatives. The unit sums the rolled-up realized and ceilings of its top-level initiatives
 * (programs, or any initiative whose parent is not in the plan) over the union of every
 * initiative's objectives.
 *
 * An initiative of a roll-up with nothing reported adds nothing to `realized` and is listed in
 * `budgetUnreported`. Value for money is a year analysis: during the year absorption is naturally
 * low, so the caller decides when the `low_absorption` flag is meaningful (e.g. once Q4 is in).
 *
 * Never a division by zero nor a silent 0: every figure that cannot be computed is null with a
 * reason (no budget reported, zero ceiling, nothing realized, no KPI measurable...).
 * Everything is decimal (34 significant digits for ratios, exact sums); round only for display.
 */

export type VfmInitiativeLevel = ScorecardApprovedV1['initiatives'][number]['level'];
type PlanInitiative = ScorecardApprovedV1['initiatives'][number];

/** What value for money reads of an approved plan (ScorecardApprovedV1 fits). */
export interface VfmPlan {
  scorecardId: string;
  unitId: string;
  unitName: string;
  year: number;
  objectives?: ReadonlyArray<{ objectiveId: string }>;
  kpis: ReadonlyArray<Pick<ApprovedKpiV1, 'kpiId' | 'code' | 'name' | 'objectiveId' | 'level'>>;
  initiatives: ReadonlyArray<Pick<PlanInitiative, 'initiativeId' | 'code' | 'level' | 'name' | 'parentId' | 'objectiveIds' | 'budgetCeiling'>>;
}

export interface VfmInput {
  plan: VfmPlan;
  /** initiativeId -> the budget realized in the plan's year (a `BudgetFact` fits); absent = nothing reported. */
  budget: ReadonlyMap<string, { realized: string }>;
  /** kpiId -> the KPI's year achievement (`evaluateScorecard(...).kpis[].year.achievement`); absent = no achievement. */
  achievements: ReadonlyMap<string, AchievementLike>;
}

export type EconomyReason = 'no_initiatives' | 'invalid_ceiling' | 'no_budget_reported' | 'zero_ceiling';

export interface Economy {
  /** True when the absorption could be computed. */
  measurable: boolean;
  reason: EconomyReason | null;
  /** Pagu (Rupiah); null only when a ceiling of the plan is not a decimal >= 0. */
  ceiling: string | null;
  /** Realisasi (Rupiah); null when nothing was reported. */
  realized: string | null;
  /** realized / ceiling x 100 (percent); null when not measurable. */
  absorption: string | null;
  /** ceiling - realized when realized <= ceiling; null otherwise or when not known. */
  savings: string | null;
  overCeiling: boolean;
  /** realized - ceiling when over the ceiling. */
  excess: string | null;
}

export type KpiMeanReason = 'no_objectives' | 'no_kpis' | 'nothing_measurable';

/** The mean achievement of a set of KPIs, with the KPIs used and left out (and why). */
export interface KpiMean {
  measurable: boolean;
  reason: KpiMeanReason | null;
  /** Percent; null when not measurable. */
  percent: string | null;
  /** Per objective, which of its KPIs were chosen: its process-level ones, all, or its result-level ones. */
  selection: Array<{ objectiveId: string; basis: 'process' | 'all' | 'result' }>;
  used: Array<{ kpiId: string; code: string; objectiveId: string; level: string; percent: string }>;
  excluded: Array<{ kpiId: string; code: string; objectiveId: string; level: string; reason: string }>;
}

export type EfficiencyReason = EconomyReason | 'no_budget_realized' | 'no_output_achievement';

export interface Efficiency {
  measurable: boolean;
  reason: EfficiencyReason | null;
  /** output % / absorption %; null when not measurable. */
  ratio: string | null;
  output: KpiMean;
  absorption: string | null;
}

/** Effectiveness: the outcome achievement (mean of the result-level KPIs). */
export type Effectiveness = KpiMean;

export type VfmFlagCode = 'over_ceiling' | 'low_absorption' | 'inefficient';

export interface VfmFlag {
  code: VfmFlagCode;
  /** The policy rule that raised it: `flags.overCeiling`, `flags.lowAbsorption`, `flags.inefficient`. */
  rule: string;
  policy: PolicyRef;
  /** The numbers compared (full precision). */
  numbers: Record<string, string>;
  message: { id: string; en: string };
}

export interface VfmLine {
  scope: 'initiative' | 'unit';
  /** Initiative id, or the unit id. */
  id: string;
  code: string | null;
  name: string;
  level: VfmInitiativeLevel | null;
  parentId: string | null;
  /** The objectives whose KPIs measure it. */
  objectiveIds: string[];
  /** `own`: the initiative's; `ancestor`: inherited (it has none); `covered`: union over it and its descendants (or the unit's initiatives); `none`. */
  objectivesFrom: 'own' | 'ancestor' | 'covered' | 'none';
  /** The initiatives covered: itself and its descendants (the unit: all), plan order. */
  includes: string[];
  /** Of those, the ones with / without a budget realization reported. */
  budgetReported: string[];
  budgetUnreported: string[];
  /** The initiative's own pagu and what was reported on it directly (null for the unit). */
  own: { ceiling: string; realized: string | null } | null;
  economy: Economy;
  efficiency: Efficiency;
  effectiveness: Effectiveness;
  flags: VfmFlag[];
}

export interface ValueForMoney {
  scorecardId: string;
  unitId: string;
  unitName: string;
  year: number;
  policy: PolicyRef;
  /** Every initiative (with its descendants), plan order. */
  initiatives: VfmLine[];
  /** The program-level lines of `initiatives` (each with its kegiatan and sub kegiatan), plan order. */
  programs: VfmLine[];
  unit: VfmLine;
}

interface Money {
  /** null: some ceiling is invalid. */
  ceiling: Wide | null;
  /** null: nothing reported. */
  realized: Wide | null;
}

/** Value for money of a plan (see the rules above). Throws DomainError INVALID_VFM_POLICY (422) when the policy is not valid. */
export function valueForMoney(input: VfmInput, policy: VfmPolicy = DEFAULT_VFM_POLICY): ValueForMoney {
  const problems = validateVfmPolicy(policy);
  if (problems.length > 0) throw invalid('INVALID_VFM_POLICY', { id: 'Kebijakan value for money tidak sah', en: 'invalid value for money policy' }, problems, 'policy');
  const { plan } = input;
  const ref = policyRef(policy);
  const byId = new Map(plan.initiatives.map((i) => [i.initiativeId, i]));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const i of plan.initiatives) {
    if (i.parentId !== null && byId.has(i.parentId) && i.parentId !== i.initiativeId) {
      children.set(i.parentId, [...(children.get(i.parentId) ?? []), i.initiativeId]);
    } else roots.push(i.initiativeId);
  }
  const objectiveOrder = objectiveOrderOf(plan);

  // Objectives of each initiative: its own, else its nearest ancestor's.
  const objectivesOf = (id: string): { ids: string[]; from: VfmLine['objectivesFrom'] } => {
    const own = byId.get(id)!;
    if (own.objectiveIds.length > 0) return { ids: sortObjectives(own.objectiveIds, objectiveOrder), from: 'own' };
    const seen = new Set([id]);
    for (let cur = own.parentId; cur !== null && byId.has(cur) && !seen.has(cur); cur = byId.get(cur)!.parentId) {
      seen.add(cur);
      const a = byId.get(cur)!;
      if (a.objectiveIds.length > 0) return { ids: sortObjectives(a.objectiveIds, objectiveOrder), from: 'ancestor' };
    }
    return { ids: [], from: 'none' };
  };

  // Subtree of each initiative (itself first, then descendants depth-first in plan order); guards cycles.
  const subtree = (id: string): string[] => {
    const out: string[] = [];
    const visit = (cur: string) => {
      if (out.includes(cur)) return;
      out.push(cur);
      for (const c of children.get(cur) ?? []) visit(c);
    };
    visit(id);
    return out;
  };

  const ownMoney = (id: string): Money => {
    const ceiling = readDecimal(byId.get(id)!.budgetCeiling);
    const fact = input.budget.get(id);
    const realized = fact ? readDecimal(fact.realized) : null;
    return { ceiling: ceiling === null || ceiling.isNegative() ? null : new Wide(ceiling.toString()), realized: realized === null ? null : new Wide(realized.toString()) };
  };

  const rolledMoney = (id: string, path: Set<string> = new Set()): Money => {
    const own = ownMoney(id);
    const kids = (children.get(id) ?? []).filter((c) => !path.has(c));
    if (kids.length === 0) return own;
    const next = new Set(path).add(id);
    const parts = kids.map((c) => rolledMoney(c, next));
    const childCeilings = parts.some((p) => p.ceiling === null) ? null : sum(parts.map((p) => p.ceiling!));
    const ceiling = own.ceiling === null || childCeilings === null ? null : Wide.max(own.ceiling, childCeilings);
    const reported = [own.realized, ...parts.map((p) => p.realized)].filter((r): r is Wide => r !== null);
    return { ceiling, realized: reported.length === 0 ? null : sum(reported) };
  };

  const line = (base: Omit<VfmLine, 'economy' | 'efficiency' | 'effectiveness' | 'flags' | 'budgetReported' | 'budgetUnreported'>, money: Money, noInitiatives = false): VfmLine => {
    const economy = economyOf(money, noInitiatives);
    const output = kpiMean(plan, input.achievements, base.objectiveIds, policy.outputKpis === 'process_else_all' ? 'output_process_else_all' : 'output_all');
    const efficiency = efficiencyOf(economy, money, output);
    const effectiveness = kpiMean(plan, input.achievements, base.objectiveIds, 'outcome');
    return {
      ...base,
      budgetReported: base.includes.filter((id) => input.budget.has(id)),
      budgetUnreported: base.includes.filter((id) => !input.budget.has(id)),
      economy,
      efficiency,
      effectiveness,
      flags: flagsOf(economy, efficiency, policy, ref),
    };
  };

  const initiatives = plan.initiatives.map((i) => {
    const includes = inPlanOrder(plan, subtree(i.initiativeId));
    const own = objectivesOf(i.initiativeId);
    const objectiveIds =
      includes.length > 1
        ? sortObjectives(
            includes.flatMap((id) => objectivesOf(id).ids),
            objectiveOrder,
          )
        : own.ids;
    const objectivesFrom = objectiveIds.length === 0 ? 'none' : includes.length > 1 ? 'covered' : own.from;
    const m = ownMoney(i.initiativeId);
    return line(
      {
        scope: 'initiative',
        id: i.initiativeId,
        code: i.code,
        name: i.name,
        level: i.level,
        parentId: i.parentId,
        objectiveIds,
        objectivesFrom,
        includes,
        own: { ceiling: i.budgetCeiling, realized: m.realized === null ? null : str(m.realized) },
      },
      rolledMoney(i.initiativeId),
    );
  });
  const programs = initiatives.filter((l) => l.level === 'program');

  const rootMoney = roots.map((r) => rolledMoney(r));
  const unitMoney: Money = {
    ceiling: rootMoney.some((m) => m.ceiling === null) ? null : sum(rootMoney.map((m) => m.ceiling!)),
    realized: rootMoney.every((m) => m.realized === null) ? null : sum(rootMoney.flatMap((m) => (m.realized === null ? [] : [m.realized]))),
  };
  const unitObjectives = sortObjectives(
    plan.initiatives.flatMap((i) => objectivesOf(i.initiativeId).ids),
    objectiveOrder,
  );
  const unit = line(
    {
      scope: 'unit',
      id: plan.unitId,
      code: null,
      name: plan.unitName,
      level: null,
      parentId: null,
      objectiveIds: unitObjectives,
      objectivesFrom: unitObjectives.length > 0 ? 'covered' : 'none',
      includes: plan.initiatives.map((i) => i.initiativeId),
      own: null,
    },
    unitMoney,
    plan.initiatives.length === 0,
  );

  return { scorecardId: plan.scorecardId, unitId: plan.unitId, unitName: plan.unitName, year: plan.year, policy: ref, initiatives, programs, unit };
}

function objectiveOrderOf(plan: VfmPlan): Map<string, number> {
  const order = new Map<string, number>();
  for (const o of plan.objectives ?? []) if (!order.has(o.objectiveId)) order.set(o.objectiveId, order.size);
  for (const k of plan.kpis) if (!order.has(k.objectiveId)) order.set(k.objectiveId, order.size);
  return order;
}

/** Distinct objective ids in plan order (unknown ones last, by id). */
function sortObjectives(ids: readonly string[], order: Map<string, number>): string[] {
  return [...new Set(ids)].sort((a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b));
}

function inPlanOrder(plan: VfmPlan, ids: string[]): string[] {
  const set = new Set(ids);
  return plan.initiatives.map((i) => i.initiativeId).filter((id) => set.has(id));
}

function economyOf(money: Money, noInitiatives: boolean): Economy {
  const realized = money.realized === null ? null : str(money.realized);
  const base: Economy = { measurable: false, reason: null, ceiling: money.ceiling === null ? null : str(money.ceiling), realized, absorption: null, savings: null, overCeiling: false, excess: null };
  if (noInitiatives) return { ...base, reason: 'no_initiatives' };
  if (money.ceiling === null) return { ...base, reason: 'invalid_ceiling' };
  if (money.realized === null) return { ...base, reason: 'no_budget_reported' };
  const over = money.realized.gt(money.ceiling);
  const withTotals: Economy = {
    ...base,
    overCeiling: over,
    excess: over ? str(money.realized.minus(money.ceiling)) : null,
    savings: over ? null : str(money.ceiling.minus(money.realized)),
  };
  if (money.ceiling.isZero()) return { ...withTotals, reason: 'zero_ceiling' };
  return { ...withTotals, measurable: true, absorption: quotient(money.realized.times(100), money.ceiling) };
}

function efficiencyOf(economy: Economy, money: Money, output: KpiMean): Efficiency {
  const base: Efficiency = { measurable: false, reason: null, ratio: null, output, absorption: economy.absorption };
  if (!economy.measurable) return { ...base, reason: economy.reason };
  if (money.realized!.isZero()) return { ...base, reason: 'no_budget_realized' };
  if (!output.measurable) return { ...base, reason: 'no_output_achievement' };
  // output / (realized / ceiling x 100) = output x ceiling / (realized x 100): one rounding.
  return { ...base, measurable: true, ratio: quotient(new Wide(output.percent!).times(money.ceiling!), money.realized!.times(100)) };
}

type KpiChoice = 'output_process_else_all' | 'output_all' | 'outcome';

function kpiMean(plan: VfmPlan, achievements: ReadonlyMap<string, AchievementLike>, objectiveIds: readonly string[], choice: KpiChoice): KpiMean {
  const selection: KpiMean['selection'] = [];
  const chosen: Array<VfmPlan['kpis'][number]> = [];
  for (const objectiveId of objectiveIds) {
    const kpis = plan.kpis.filter((k) => k.objectiveId === objectiveId);
    let basis: KpiMean['selection'][number]['basis'];
    if (choice === 'outcome') basis = 'result';
    else if (choice === 'output_process_else_all' && kpis.some((k) => k.level === 'process')) basis = 'process';
    else basis = 'all';
    selection.push({ objectiveId, basis });
    chosen.push(...(basis === 'all' ? kpis : kpis.filter((k) => k.level === basis)));
  }
  const used: KpiMean['used'] = [];
  const excluded: KpiMean['excluded'] = [];
  for (const k of chosen) {
    const part = { kpiId: k.kpiId, code: k.code, objectiveId: k.objectiveId, level: k.level };
    const a = achievements.get(k.kpiId);
    if (!a) excluded.push({ ...part, reason: 'no_achievement' });
    else if (!a.measurable) excluded.push({ ...part, reason: a.reason });
    else {
      const p = readDecimal(a.percent);
      if (p === null) excluded.push({ ...part, reason: 'invalid_percent' });
      else used.push({ ...part, percent: p.isZero() ? '0' : p.toString() });
    }
  }
  const notMeasurable = (reason: KpiMeanReason): KpiMean => ({ measurable: false, reason, percent: null, selection, used, excluded });
  if (objectiveIds.length === 0) return notMeasurable('no_objectives');
  if (chosen.length === 0) return notMeasurable('no_kpis');
  if (used.length === 0) return notMeasurable('nothing_measurable');
  return { measurable: true, reason: null, percent: quotient(sum(used.map((u) => u.percent)), used.length), selection, used, excluded };
}

const pct = (p: string) => `${formatPercent(p)}%`;
const ratio = (r: string) => new Decimal(r).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const rupiah = (v: string) => `Rp ${v}`;

function flagsOf(economy: Economy, efficiency: Efficiency, policy: VfmPolicy, ref: PolicyRef): VfmFlag[] {
  const flags: VfmFlag[] = [];
  if (policy.flags.overCeiling.enabled && economy.overCeiling) {
    flags.push({
      code: 'over_ceiling',
      rule: 'flags.overCeiling',
      policy: ref,
      numbers: { realized: economy.realized!, ceiling: economy.ceiling!, excess: economy.excess! },
      message: {
        id: `Realisasi anggaran ${rupiah(economy.realized!)} melebihi pagu ${rupiah(economy.ceiling!)} (lebih ${rupiah(economy.excess!)})`,
        en: `Budget realization ${rupiah(economy.realized!)} exceeds the ceiling ${rupiah(economy.ceiling!)} by ${rupiah(economy.excess!)}`,
      },
    });
  }
  const low = policy.flags.lowAbsorption;
  if (low.enabled && economy.absorption !== null && new Decimal(economy.absorption).lt(low.below)) {
    flags.push({
      code: 'low_absorption',
      rule: 'flags.lowAbsorption',
      policy: ref,
      numbers: { absorption: economy.absorption, below: low.below, realized: economy.realized!, ceiling: economy.ceiling! },
      message: {
        id: `Penyerapan anggaran ${pct(economy.absorption)} di bawah batas ${low.below}%`,
        en: `Budget absorption ${pct(economy.absorption)} is below ${low.below}%`,
      },
    });
  }
  const ineff = policy.flags.inefficient;
  if (ineff.enabled && efficiency.ratio !== null && new Decimal(efficiency.ratio).lt(ineff.below)) {
    const output = efficiency.output.percent!;
    const absorption = efficiency.absorption!;
    flags.push({
      code: 'inefficient',
      rule: 'flags.inefficient',
      policy: ref,
      numbers: { efficiency: efficiency.ratio, below: ineff.below, outputAchievement: output, absorption },
      message: {
        id: `Tidak efisien: rasio efisiensi ${ratio(efficiency.ratio)} (capaian output ${pct(output)} / penyerapan anggaran ${pct(absorption)}) di bawah batas ${ineff.below}`,
        en: `Inefficient: efficiency ${ratio(efficiency.ratio)} (output achievement ${pct(output)} / budget absorption ${pct(absorption)}) is below ${ineff.below}`,
      },
    });
  }
  return flags;
}

/** The headline figures of a line (as the LKjIP report reads them): absorption, savings, efficiency ratio, outcome achievement, flags. */
export function vfmFigures(line: VfmLine): { economy: string | null; savings: string | null; efficiency: string | null; effectiveness: string | null; flags: VfmFlag[] } {
  return { economy: line.economy.absorption, savings: line.economy.savings, efficiency: line.efficiency.ratio, effectiveness: line.effectiveness.percent, flags: line.flags };
}

/** Budget used by the unit and per initiative (pagu, realisasi, penyerapan); ceilings that are not valid decimals read as null. */
export function budgetSummary(vfm: ValueForMoney): {
  ceiling: string | null;
  realized: string | null;
  absorption: string | null;
  perInitiative: Array<{ initiativeId: string; ceiling: string | null; realized: string | null; absorption: string | null }>;
} {
  const { ceiling, realized, absorption } = vfm.unit.economy;
  return {
    ceiling,
    realized,
    absorption,
    perInitiative: vfm.initiatives.map((l) => ({ initiativeId: l.id, ceiling: l.economy.ceiling, realized: l.economy.realized, absorption: l.economy.absorption })),
  };
}
