/**
 * The scorecard editor's model: weight sums (exact, on the API's decimal strings), what keeps a
 * plan from approval, and each form's fields turned into the planning API's request bodies.
 * Nothing is validated here beyond reading what was typed: the API's rules and messages decide.
 */
import type { GraphEdge, GraphNode } from '../../components/Graph';
import { periodsOf } from '../kpi/kpiModel';
import { parseDecimalInput } from '../realizations/valueInput';
import { shorten } from '../scorecard/model';
import type { InitiativeBody, Initiative, Kpi, KpiBody, Objective, ObjectiveBody, Perspective, PerspectiveBody, ProfileBody, ScorecardPlan, ValueType } from './types';

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** The exact sum of decimal strings ("33.3" + "66.7" = "100"); undefined when one is not a decimal. */
export function sumDecimals(values: readonly string[]): string | undefined {
  const parsed = values.map((v) => DECIMAL.exec(v.trim()));
  if (parsed.some((m) => m === null)) return undefined;
  const scale = Math.max(0, ...parsed.map((m) => (m?.[3] ?? '').length));
  let total = 0n;
  for (const m of parsed) {
    if (!m) continue;
    const digits = BigInt(`${m[2]}${(m[3] ?? '').padEnd(scale, '0')}`);
    total += m[1] === '-' ? -digits : digits;
  }
  const negative = total < 0n;
  const abs = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const int = abs.slice(0, abs.length - scale);
  const frac = abs.slice(abs.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** The perspectives' weight sum and whether it is exactly 100 (the rule of approval). */
export function weightSum(perspectives: readonly Pick<Perspective, 'weight'>[]): { sum: string | undefined; is100: boolean } {
  const sum = sumDecimals(perspectives.map((p) => p.weight));
  return { sum, is100: sum === '100' };
}

/** Why a draft cannot be sent to approval yet (the API refuses it for the same reasons). */
export type Blocker = { kind: 'noPerspectives' } | { kind: 'weights'; sum: string } | { kind: 'owners'; codes: string[] };

export function approvalBlockers(plan: Pick<ScorecardPlan, 'status' | 'perspectives' | 'kpis'>): Blocker[] {
  if (plan.status === 'approved') return [];
  if (plan.perspectives.length === 0) return [{ kind: 'noPerspectives' }];
  const out: Blocker[] = [];
  const { sum, is100 } = weightSum(plan.perspectives);
  if (!is100) out.push({ kind: 'weights', sum: sum ?? '?' });
  const ownerless = plan.kpis.filter((k) => !k.ownerUnitId).map((k) => k.code);
  if (ownerless.length > 0) out.push({ kind: 'owners', codes: ownerless });
  return out;
}

/** A decimal as typed ("12,5", "1.250.000") in the API's spelling; what cannot be read goes as typed, for the API to name. */
export function decimalText(raw: string, valueType: ValueType = 'number'): string {
  const parsed = parseDecimalInput(raw, valueType);
  return parsed.ok ? parsed.value : raw.trim();
}

/** A value of the KPI's value type: a decimal in the API's spelling, a grade or a date as typed. */
export function valueText(raw: string, valueType: ValueType): string {
  return valueType === 'categorical' || valueType === 'milestone_date' ? raw.trim() : decimalText(raw, valueType);
}

/** An optional text: absent when left empty. */
const optional = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

// ---- Profile -------------------------------------------------------------------------------

export interface ProfileForm {
  title: string;
  vision: string;
  /** One mission per line. */
  missions: string;
  /** One goal per line. */
  goals: string;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export const profileFormOf = (h: ScorecardPlan['header']): ProfileForm => ({ title: h.title, vision: h.vision, missions: h.missions.join('\n'), goals: h.goals.join('\n') });

export const profileBody = (f: ProfileForm): ProfileBody => ({ title: f.title.trim(), vision: f.vision.trim(), missions: lines(f.missions), goals: lines(f.goals) });

// ---- Perspectives --------------------------------------------------------------------------

export interface PerspectiveForm {
  code: string;
  name: string;
  order: string;
  weight: string;
}

export const perspectiveFormOf = (p: Perspective): PerspectiveForm => ({ code: p.code, name: p.name, order: String(p.order), weight: p.weight });

/** A new perspective's form: the next order on the map. */
export const newPerspectiveForm = (existing: readonly Perspective[]): PerspectiveForm => ({
  code: '',
  name: '',
  order: String(Math.max(0, ...existing.map((p) => p.order)) + 1),
  weight: '',
});

/** `order` goes as a number (what is not one is NaN, sent as null: the API names it). */
export const perspectiveBody = (f: PerspectiveForm): PerspectiveBody => ({ name: f.name.trim(), order: f.order.trim() === '' ? NaN : Number(f.order.trim()), weight: decimalText(f.weight) });

// ---- Objectives ----------------------------------------------------------------------------

export interface ObjectiveForm {
  code: string;
  perspectiveCode: string;
  name: string;
  /** Empty: equal weights within the perspective. */
  weight: string;
  /** Indirect cascading: the parent unit's objective (global id); empty when none. */
  contributesTo: string;
}

export const objectiveFormOf = (o: Objective): ObjectiveForm => ({ code: o.code, perspectiveCode: o.perspectiveCode, name: o.name, weight: o.weight ?? '', contributesTo: o.contributesTo ?? '' });

export const newObjectiveForm = (perspectives: readonly Perspective[]): ObjectiveForm => ({ code: '', perspectiveCode: perspectives[0]?.code ?? '', name: '', weight: '', contributesTo: '' });

export function objectiveBody(f: ObjectiveForm): ObjectiveBody {
  const weight = optional(f.weight);
  const contributesTo = optional(f.contributesTo);
  return { perspectiveCode: f.perspectiveCode, name: f.name.trim(), ...(weight ? { weight: decimalText(weight) } : {}), ...(contributesTo ? { contributesTo } : {}) };
}

// ---- KPIs ----------------------------------------------------------------------------------

/** A target as typed: a value, or min and max for a range KPI. */
export interface TargetForm {
  value: string;
  min: string;
  max: string;
}

export const EMPTY_TARGET: TargetForm = { value: '', min: '', max: '' };

export interface KpiForm {
  code: string;
  objectiveCode: string;
  name: string;
  unitOfMeasure: string;
  definition: string;
  dataSource: string;
  ownerUnitId: string;
  frequency: Kpi['frequency'];
  level: Kpi['level'];
  polarity: Kpi['polarity'];
  valueType: Kpi['valueType'];
  /** categorical only: grades, best first, separated by commas. */
  grades: string;
  aggregation: Kpi['aggregation'];
  weight: string;
  baseline: string;
  yearlyTarget: TargetForm;
  endOfTermTarget: TargetForm;
  /** By period code of the frequency (Q1..Q4, S1..S2, M01..M12). */
  periodTargets: ReadonlyMap<string, TargetForm>;
  thresholdGreen: string;
  thresholdYellow: string;
  /** Direct cascading: the parent unit's KPI (global id); empty when not cascaded. */
  cascadeKpiId: string;
  /** Share (%) of the parent's target; empty = the whole target. */
  cascadeShare: string;
}

export const newKpiForm = (objectives: readonly Objective[], ownerUnitId: string): KpiForm => ({
  code: '',
  objectiveCode: objectives[0]?.code ?? '',
  name: '',
  unitOfMeasure: '',
  definition: '',
  dataSource: '',
  ownerUnitId,
  frequency: 'quarterly',
  level: 'result',
  polarity: 'higher_is_better',
  valueType: 'number',
  grades: '',
  aggregation: 'average',
  weight: '1',
  baseline: '',
  yearlyTarget: EMPTY_TARGET,
  endOfTermTarget: EMPTY_TARGET,
  periodTargets: new Map(),
  thresholdGreen: '',
  thresholdYellow: '',
  cascadeKpiId: '',
  cascadeShare: '',
});

function targetFormOf(t: Kpi['yearlyTarget'] | undefined): TargetForm {
  if (!t) return EMPTY_TARGET;
  return 'value' in t ? { ...EMPTY_TARGET, value: t.value } : { value: '', min: t.min, max: t.max };
}

export function kpiFormOf(k: Kpi): KpiForm {
  return {
    code: k.code,
    objectiveCode: k.objectiveCode,
    name: k.name,
    unitOfMeasure: k.unitOfMeasure,
    definition: k.definition,
    dataSource: k.dataSource ?? '',
    ownerUnitId: k.ownerUnitId ?? '',
    frequency: k.frequency,
    level: k.level,
    polarity: k.polarity,
    valueType: k.valueType,
    grades: (k.grades ?? []).join(', '),
    aggregation: k.aggregation,
    weight: k.weight,
    baseline: k.baseline ?? '',
    yearlyTarget: targetFormOf(k.yearlyTarget),
    endOfTermTarget: targetFormOf(k.endOfTermTarget),
    periodTargets: new Map(Object.entries(k.periodTargets).map(([p, t]) => [p, targetFormOf(t)])),
    thresholdGreen: k.thresholds?.green ?? '',
    thresholdYellow: k.thresholds?.yellow ?? '',
    cascadeKpiId: k.cascadedFrom?.kpiId ?? '',
    cascadeShare: k.cascadedFrom?.share ?? '',
  };
}

/** The sub-periods a KPI of this frequency has targets for (none for a yearly KPI). */
export const targetPeriodsOf = (frequency: Kpi['frequency']): string[] => periodsOf(frequency).filter((p) => p !== 'Y');

type TargetBody = { value: string } | { min: string; max: string };

/** A target to send: {min, max} for a range KPI, else the value; absent when left empty. */
export function targetBody(t: TargetForm, polarity: Kpi['polarity'], valueType: ValueType): TargetBody | undefined {
  if (polarity === 'range') {
    if (t.min.trim() === '' && t.max.trim() === '') return undefined;
    return { min: decimalText(t.min, valueType), max: decimalText(t.max, valueType) };
  }
  return t.value.trim() === '' ? undefined : { value: valueText(t.value, valueType) };
}

export function kpiBody(f: KpiForm): KpiBody {
  const target = (t: TargetForm) => targetBody(t, f.polarity, f.valueType);
  const periodTargets = Object.fromEntries(
    targetPeriodsOf(f.frequency).flatMap((p) => {
      const t = target(f.periodTargets.get(p) ?? EMPTY_TARGET);
      return t ? [[p, t] as const] : [];
    }),
  );
  const yearlyTarget = target(f.yearlyTarget);
  const endOfTermTarget = target(f.endOfTermTarget);
  const grades = f.grades
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  const definition = optional(f.definition);
  const dataSource = optional(f.dataSource);
  const ownerUnitId = optional(f.ownerUnitId);
  const baseline = optional(f.baseline);
  const thresholds = f.thresholdGreen.trim() === '' && f.thresholdYellow.trim() === '' ? undefined : { green: decimalText(f.thresholdGreen), yellow: decimalText(f.thresholdYellow) };
  const cascadeKpiId = optional(f.cascadeKpiId);
  const share = optional(f.cascadeShare);
  return {
    objectiveCode: f.objectiveCode,
    name: f.name.trim(),
    unitOfMeasure: f.unitOfMeasure.trim(),
    ...(definition ? { definition } : {}),
    ...(dataSource ? { dataSource } : {}),
    ...(ownerUnitId ? { ownerUnitId } : {}),
    frequency: f.frequency,
    level: f.level,
    polarity: f.polarity,
    valueType: f.valueType,
    ...(f.valueType === 'categorical' ? { grades } : {}),
    aggregation: f.aggregation,
    weight: decimalText(f.weight),
    ...(baseline ? { baseline: valueText(baseline, f.valueType) } : {}),
    ...(yearlyTarget ? { yearlyTarget } : {}),
    periodTargets,
    ...(endOfTermTarget ? { endOfTermTarget } : {}),
    ...(thresholds ? { thresholds } : {}),
    ...(cascadeKpiId ? { cascadedFrom: { kpiId: cascadeKpiId, ...(share ? { share: decimalText(share) } : {}) } } : {}),
  };
}

// ---- Initiatives ---------------------------------------------------------------------------

export interface InitiativeForm {
  code: string;
  level: Initiative['level'];
  name: string;
  /** kegiatan: its program; sub_kegiatan: its kegiatan; empty for a program. */
  parentCode: string;
  objectiveCodes: readonly string[];
  budgetCeiling: string;
  ownerUnitId: string;
  start: string;
  end: string;
}

export const newInitiativeForm = (ownerUnitId: string, year: number): InitiativeForm => ({
  code: '',
  level: 'program',
  name: '',
  parentCode: '',
  objectiveCodes: [],
  budgetCeiling: '',
  ownerUnitId,
  start: `${year}-01-01`,
  end: `${year}-12-31`,
});

export const initiativeFormOf = (i: Initiative): InitiativeForm => ({
  code: i.code,
  level: i.level,
  name: i.name,
  parentCode: i.parentCode ?? '',
  objectiveCodes: i.objectiveCodes,
  budgetCeiling: i.budgetCeiling,
  ownerUnitId: i.ownerUnitId,
  start: i.schedule.start,
  end: i.schedule.end,
});

export function initiativeBody(f: InitiativeForm): InitiativeBody {
  const parentCode = f.level === 'program' ? undefined : optional(f.parentCode);
  return {
    level: f.level,
    name: f.name.trim(),
    ...(parentCode ? { parentCode } : {}),
    objectiveCodes: [...f.objectiveCodes],
    budgetCeiling: decimalText(f.budgetCeiling, 'money'),
    ownerUnitId: f.ownerUnitId,
    schedule: { start: f.start, end: f.end },
  };
}

/** The initiatives a new one of `level` may sit under: programs for a kegiatan, kegiatan for a sub kegiatan. */
export function parentCandidates(initiatives: readonly Initiative[], level: Initiative['level']): Initiative[] {
  const parentLevel = level === 'kegiatan' ? 'program' : level === 'sub_kegiatan' ? 'kegiatan' : undefined;
  return parentLevel ? initiatives.filter((i) => i.level === parentLevel) : [];
}

// ---- Strategy map --------------------------------------------------------------------------

/** The strategy map drawn from the plan: objectives as boxes, each link from cause up to effect. */
export function mapGraph(plan: Pick<ScorecardPlan, 'perspectives' | 'objectives' | 'links'>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const perspectiveName = new Map(plan.perspectives.map((p) => [p.code, p.name]));
  const order = new Map(plan.perspectives.map((p) => [p.code, p.order]));
  const objectives = [...plan.objectives].sort((a, b) => (order.get(a.perspectiveCode) ?? 99) - (order.get(b.perspectiveCode) ?? 99) || a.code.localeCompare(b.code));
  const ids = new Map(objectives.map((o) => [o.code, o.objectiveId]));
  return {
    nodes: objectives.map((o) => ({ id: o.objectiveId, label: `${o.code} ${shorten(o.name, 56)}`, detail: perspectiveName.get(o.perspectiveCode) ?? o.perspectiveCode })),
    edges: plan.links.flatMap((l) => {
      const source = ids.get(l.from);
      const target = ids.get(l.to);
      return source && target ? [{ id: `${source}->${target}`, source, target }] : [];
    }),
  };
}

// ---- Cascading -----------------------------------------------------------------------------

/** The units above `unitId` in the tree, nearest first (cascading comes from their scorecards of the same year). */
export function ancestorsOf(units: readonly { unitId: string; parentId: string | null }[], unitId: string): string[] {
  const parent = new Map(units.map((u) => [u.unitId, u.parentId]));
  const out: string[] = [];
  for (let cur = parent.get(unitId) ?? null; cur !== null && !out.includes(cur); cur = parent.get(cur) ?? null) out.push(cur);
  return out;
}

/** An item of a parent scorecard a cascaded item may point at: its global id and how it reads in a list. */
export interface ParentItem {
  id: string;
  label: string;
}

/** The objectives and KPIs of the ancestors' scorecards, nearest unit first. */
export function parentItems(plans: readonly Pick<ScorecardPlan, 'header' | 'objectives' | 'kpis'>[], ancestors: readonly string[]): { objectives: ParentItem[]; kpis: ParentItem[] } {
  const rank = (p: Pick<ScorecardPlan, 'header'>) => ancestors.indexOf(p.header.unitId);
  const sorted = [...plans].filter((p) => rank(p) >= 0).sort((a, b) => rank(a) - rank(b) || a.header.scorecardId.localeCompare(b.header.scorecardId));
  return {
    objectives: sorted.flatMap((p) => p.objectives.map((o) => ({ id: o.objectiveId, label: `${p.header.title} · ${o.code} ${o.name}` }))),
    kpis: sorted.flatMap((p) => p.kpis.map((k) => ({ id: k.kpiId, label: `${p.header.title} · ${k.code} ${k.name}` }))),
  };
}

/** Options of a picker of parent items, keeping the current value even when it is not among them. */
export function parentOptions(items: readonly ParentItem[], current: string): [string, string][] {
  const options: [string, string][] = items.map((i) => [i.id, i.label]);
  return current && !items.some((i) => i.id === current) ? [[current, current], ...options] : options;
}

/** The options of a choice of plan items: each by its code, shown with its name. */
export const itemOptions = (items: readonly { code: string; name: string }[]): [string, string][] => items.map((i) => [i.code, `${i.code} · ${i.name}`]);

/** The options of a choice of units, indented by their depth in the tree. */
export const unitOptions = (units: readonly { unitId: string; name: string; depth: number }[]): [string, string][] => units.map((u) => [u.unitId, `${'· '.repeat(u.depth)}${u.name}`]);
