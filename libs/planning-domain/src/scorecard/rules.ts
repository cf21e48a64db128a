import { periodsOf, type PeriodCode } from '@capaian/contracts';
import { Decimal, isDecimal, isIsoDate } from '@capaian/kernel';
import type { UnitKind } from '../organization.js';
import { itemId, isRangeTarget, slug, type InitiativeSpec, type KpiSpec, type KpiTarget, type ObjectiveSpec, type PerspectiveSpec, type StrategyLink, type ValueType } from './model.js';

/**
 * What a decision needs to know beyond the scorecard's own events, looked up by the command
 * handler before it calls the (pure) decider: the organization tree and the parent scorecards'
 * items that cascading refers to.
 */
export interface PlanContext {
  /** Units of the organization tree, by unit id (Maps: ids and codes come from people, see ScorecardState). */
  org: ReadonlyMap<string, PlanUnit>;
  /** Objectives of other scorecards, by global id (only those referred to). */
  parentObjectives: ReadonlyMap<string, ParentObjective>;
  /** KPIs of other scorecards, by global id (only those referred to). */
  parentKpis: ReadonlyMap<string, ParentKpi>;
}
export interface PlanUnit {
  name: string;
  kind: UnitKind;
  parentId: string | null;
  status: 'active' | 'closed' | 'merged';
}
export interface ParentObjective {
  objectiveId: string;
  scorecardId: string;
  unitId: string;
  year: number;
  name: string;
}
export interface ParentKpi {
  kpiId: string;
  scorecardId: string;
  unitId: string;
  year: number;
  valueType: ValueType;
  polarity: KpiSpec['polarity'];
  frequency: KpiSpec['frequency'];
  unitOfMeasure: string;
  grades: string[] | null;
  yearlyTarget: KpiTarget | null;
  periodTargets: KpiSpec['periodTargets'];
}

export const EMPTY_CONTEXT: PlanContext = { org: new Map(), parentObjectives: new Map(), parentKpis: new Map() };

export type ItemKind = 'profile' | 'perspective' | 'objective' | 'link' | 'kpi' | 'initiative';

/** One broken rule, pointing at the item (by code) and the field. */
export interface Issue {
  code: string;
  item: ItemKind;
  itemCode: string | null;
  field: string;
  message: string;
  kind?: 'conflict' | 'unprocessable' | 'not_found' | 'forbidden';
}

/** The plan as the validators see it (keys are code slugs). */
export interface PlanView {
  scorecardId: string;
  unitId: string;
  year: number;
  perspectives: Map<string, PerspectiveSpec>;
  objectives: Map<string, ObjectiveSpec>;
  links: StrategyLink[];
  kpis: Map<string, KpiSpec>;
  initiatives: Map<string, InitiativeSpec>;
}

const issue = (item: ItemKind, itemCode: string | null, field: string, code: string, message: string, kind?: Issue['kind']): Issue => ({
  item,
  itemCode,
  field,
  code,
  message,
  ...(kind ? { kind } : {}),
});

function checkCode(item: ItemKind, code: string): Issue[] {
  return slug(code).length === 0 ? [issue(item, code, 'code', 'INVALID_CODE', `Kode "${code}" harus memuat huruf atau angka / a code needs letters or digits`)] : [];
}

function checkWeight(item: ItemKind, code: string, field: string, weight: string): Issue[] {
  if (!isDecimal(weight)) return [issue(item, code, field, 'INVALID_WEIGHT', `Bobot "${weight}" bukan angka desimal / weight must be a decimal number`)];
  const w = new Decimal(weight);
  if (w.lte(0) || w.gt(100)) return [issue(item, code, field, 'INVALID_WEIGHT', `Bobot harus > 0 dan <= 100 (diberikan ${weight}) / weight must be > 0 and <= 100`)];
  return [];
}

function activeUnit(ctx: PlanContext, unitId: string): boolean {
  return ctx.org.get(unitId)?.status === 'active';
}

/** True when `ancestor` lies strictly above `unitId` in the organization tree. */
export function isAncestor(ctx: PlanContext, ancestor: string, unitId: string): boolean {
  const seen = new Set<string>();
  for (let cur = ctx.org.get(unitId)?.parentId ?? null; cur !== null && !seen.has(cur); cur = ctx.org.get(cur)?.parentId ?? null) {
    if (cur === ancestor) return true;
    seen.add(cur);
  }
  return false;
}

export function checkPerspective(p: PerspectiveSpec): Issue[] {
  const out = [...checkCode('perspective', p.code), ...checkWeight('perspective', p.code, 'weight', p.weight)];
  if (!p.name.trim()) out.push(issue('perspective', p.code, 'name', 'NAME_REQUIRED', 'Nama perspektif wajib diisi / name is required'));
  if (!Number.isInteger(p.order) || p.order < 1) out.push(issue('perspective', p.code, 'order', 'INVALID_ORDER', 'Urutan harus bilangan bulat >= 1 / order must be an integer >= 1'));
  return out;
}

export function checkObjective(o: ObjectiveSpec, plan: PlanView, ctx: PlanContext): Issue[] {
  const out = checkCode('objective', o.code);
  if (!o.name.trim()) out.push(issue('objective', o.code, 'name', 'NAME_REQUIRED', 'Nama sasaran wajib diisi / name is required'));
  if (!plan.perspectives.has(slug(o.perspectiveCode))) {
    out.push(issue('objective', o.code, 'perspectiveCode', 'UNKNOWN_PERSPECTIVE', `Perspektif "${o.perspectiveCode}" tidak ada di kartu kinerja ini / no such perspective in this scorecard`));
  }
  if (o.weight !== null) out.push(...checkWeight('objective', o.code, 'weight', o.weight));
  if (o.contributesTo !== null) {
    const parent = ctx.parentObjectives.get(o.contributesTo);
    if (!parent) {
      out.push(issue('objective', o.code, 'contributesTo', 'PARENT_OBJECTIVE_NOT_FOUND', `Sasaran induk "${o.contributesTo}" tidak ditemukan / parent objective not found`));
    } else if (parent.year !== plan.year || !isAncestor(ctx, parent.unitId, plan.unitId)) {
      out.push(
        issue(
          'objective',
          o.code,
          'contributesTo',
          'CONTRIBUTION_NOT_TO_ANCESTOR',
          `Sasaran "${o.contributesTo}" bukan milik unit atasan pada tahun ${plan.year} / the parent objective must belong to an ancestor unit's scorecard of the same year`,
        ),
      );
    }
  }
  return out;
}

/** Cause -> effect links must keep the strategy map acyclic; returns the cycle if `add` closes one. */
export function findCycle(links: StrategyLink[], add: StrategyLink): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const l of [...links, add]) next.set(slug(l.from), [...(next.get(slug(l.from)) ?? []), slug(l.to)]);
  // A cycle through `add` exists when add.to reaches add.from.
  const target = slug(add.from);
  const path: string[] = [];
  const visited = new Set<string>();
  const dfs = (n: string): boolean => {
    path.push(n);
    if (n === target) return true;
    if (!visited.has(n)) {
      visited.add(n);
      for (const m of next.get(n) ?? []) if (dfs(m)) return true;
    }
    path.pop();
    return false;
  };
  return dfs(slug(add.to)) ? [target, ...path] : undefined;
}

export function checkLink(l: StrategyLink, plan: PlanView, existing: StrategyLink[]): Issue[] {
  const code = `${l.from}->${l.to}`;
  const out: Issue[] = [];
  for (const side of ['from', 'to'] as const) {
    if (!plan.objectives.has(slug(l[side]))) out.push(issue('link', code, side, 'UNKNOWN_OBJECTIVE', `Sasaran "${l[side]}" tidak ada di kartu kinerja ini / no such objective`));
  }
  if (out.length > 0) return out;
  if (slug(l.from) === slug(l.to)) return [issue('link', code, 'to', 'SELF_LINK', 'Sasaran tidak dapat menjadi sebab dirinya sendiri / an objective cannot cause itself')];
  const cycle = findCycle(existing, l);
  if (cycle) {
    return [issue('link', code, 'to', 'STRATEGY_MAP_CYCLE', `Tautan ${l.from} -> ${l.to} membentuk siklus (${cycle.join(' -> ')}) / the link would create a cycle in the strategy map`)];
  }
  return [];
}

function checkTargetValue(k: KpiSpec, field: string, t: KpiTarget, needRange: boolean): Issue[] {
  const bad = (msg: string) => [issue('kpi', k.code, field, 'INVALID_TARGET', msg)];
  if (needRange) {
    if (!isRangeTarget(t)) return bad('IKU berpolaritas rentang memerlukan target {min, max} / a range KPI needs a {min, max} target');
    if (!isDecimal(t.min) || !isDecimal(t.max)) return bad('Batas rentang harus angka desimal / range bounds must be decimal numbers');
    if (new Decimal(t.min).gt(new Decimal(t.max))) return bad(`Batas bawah ${t.min} lebih besar dari batas atas ${t.max} / min must not exceed max`);
    return [];
  }
  if (isRangeTarget(t)) return bad('Target {min, max} hanya untuk polaritas rentang / a {min, max} target is for range KPIs only');
  return checkSingleValue(k, field, t.value, 'INVALID_TARGET');
}

function checkSingleValue(k: KpiSpec, field: string, v: string, code: string): Issue[] {
  const bad = (msg: string) => [issue('kpi', k.code, field, code, msg)];
  switch (k.valueType) {
    case 'categorical':
      return (k.grades ?? []).includes(v) ? [] : bad(`"${v}" bukan salah satu kategori (${(k.grades ?? []).join(' > ')}) / not one of the KPI's grades`);
    case 'milestone_date':
      return isIsoDate(v) ? [] : bad(`"${v}" bukan tanggal YYYY-MM-DD / must be a date YYYY-MM-DD`);
    case 'money':
    case 'duration':
      if (!isDecimal(v)) return bad(`"${v}" bukan angka desimal (titik sebagai pemisah desimal) / must be a decimal number`);
      return v.startsWith('-') ? bad(`${k.valueType === 'money' ? 'Nilai uang' : 'Durasi'} tidak boleh negatif / must not be negative`) : [];
    default:
      return isDecimal(v) ? [] : bad(`"${v}" bukan angka desimal (titik sebagai pemisah desimal) / must be a decimal number`);
  }
}

export function checkKpi(k: KpiSpec, plan: PlanView, ctx: PlanContext): Issue[] {
  const out = checkCode('kpi', k.code);
  const add = (field: string, code: string, message: string) => out.push(issue('kpi', k.code, field, code, message));
  if (!k.name.trim()) add('name', 'NAME_REQUIRED', 'Nama IKU wajib diisi / name is required');
  if (!plan.objectives.has(slug(k.objectiveCode))) add('objectiveCode', 'UNKNOWN_OBJECTIVE', `Sasaran "${k.objectiveCode}" tidak ada di kartu kinerja ini / no such objective in this scorecard`);
  if (k.ownerUnitId !== null && !activeUnit(ctx, k.ownerUnitId))
    add('ownerUnitId', 'UNKNOWN_UNIT', `Unit pemilik "${k.ownerUnitId}" tidak terdaftar atau tidak aktif / the owner unit is not an active unit`);
  out.push(...checkWeight('kpi', k.code, 'weight', k.weight));

  // Value type, grades, polarity and aggregation must fit together.
  if (k.valueType === 'categorical') {
    const grades = k.grades ?? [];
    if (grades.length < 2) add('grades', 'GRADES_REQUIRED', 'IKU kategori memerlukan minimal 2 kategori, terbaik lebih dulu / a categorical KPI needs at least 2 grades, best first');
    else if (new Set(grades).size !== grades.length) add('grades', 'DUPLICATE_GRADE', 'Kategori tidak boleh berulang / grades must be distinct');
    if (k.polarity !== 'higher_is_better')
      add('polarity', 'POLARITY_VALUE_TYPE_MISMATCH', 'IKU kategori memakai polaritas higher_is_better (kategori terbaik pertama) / categorical KPIs use higher_is_better');
  } else if (k.grades !== null && k.grades.length > 0) {
    add('grades', 'GRADES_NOT_ALLOWED', 'Daftar kategori hanya untuk tipe nilai categorical / grades are for categorical KPIs only');
  }
  if ((k.polarity === 'milestone') !== (k.valueType === 'milestone_date')) {
    add('polarity', 'POLARITY_VALUE_TYPE_MISMATCH', 'Polaritas milestone dipakai bersama tipe nilai milestone_date / milestone polarity goes with the milestone_date value type');
  }
  if ((k.valueType === 'categorical' || k.valueType === 'milestone_date') && k.aggregation !== 'last') {
    add('aggregation', 'AGGREGATION_NOT_ALLOWED', `Agregasi ${k.aggregation} tidak berlaku untuk ${k.valueType}; gunakan last / use last for ${k.valueType}`);
  }

  const needRange = k.polarity === 'range';
  if (k.baseline !== null) out.push(...checkSingleValue(k, 'baseline', k.baseline, 'INVALID_BASELINE'));
  if (k.yearlyTarget !== null) out.push(...checkTargetValue(k, 'yearlyTarget', k.yearlyTarget, needRange));
  if (k.endOfTermTarget !== null) out.push(...checkTargetValue(k, 'endOfTermTarget', k.endOfTermTarget, needRange));
  const allowed = new Set<string>(periodsOf(k.frequency).filter((p) => p !== 'Y'));
  for (const [period, t] of Object.entries(k.periodTargets) as Array<[PeriodCode, KpiTarget | undefined]>) {
    if (!t) continue;
    if (!allowed.has(period)) {
      add(
        `periodTargets.${period}`,
        'PERIOD_NOT_IN_FREQUENCY',
        `Periode ${period} bukan sub-periode IKU ${k.frequency} (${[...allowed].join(', ') || 'hanya tahunan'}) / not a sub-period of this KPI`,
      );
      continue;
    }
    out.push(...checkTargetValue(k, `periodTargets.${period}`, t, needRange));
  }
  if (k.thresholds !== null) {
    const { green, yellow } = k.thresholds;
    if (!isDecimal(green) || !isDecimal(yellow)) add('thresholds', 'INVALID_THRESHOLDS', 'Ambang warna harus angka desimal (persen capaian) / thresholds are achievement percentages');
    else if (!new Decimal(green).gt(new Decimal(yellow)) || new Decimal(yellow).lt(0))
      add('thresholds', 'INVALID_THRESHOLDS', `Ambang hijau (${green}) harus lebih besar dari ambang kuning (${yellow}) dan keduanya >= 0 / green must exceed yellow`);
  }

  if (k.cascadedFrom !== null) {
    const parent = ctx.parentKpis.get(k.cascadedFrom.kpiId);
    if (!parent) {
      add('cascadedFrom.kpiId', 'PARENT_KPI_NOT_FOUND', `IKU induk "${k.cascadedFrom.kpiId}" tidak ditemukan / parent KPI not found`);
    } else {
      if (parent.year !== plan.year || !isAncestor(ctx, parent.unitId, plan.unitId)) {
        add(
          'cascadedFrom.kpiId',
          'CASCADE_NOT_FROM_ANCESTOR',
          `IKU "${parent.kpiId}" bukan milik unit atasan pada tahun ${plan.year} / a KPI is cascaded from an ancestor unit's scorecard of the same year`,
        );
      }
      for (const f of ['valueType', 'polarity', 'frequency'] as const) {
        if (parent[f] !== k[f]) add(f, 'CASCADE_MISMATCH', `IKU turunan harus sama ${f} dengan induknya (${parent[f]}) / a cascaded KPI keeps its parent's ${f}`);
      }
    }
    const share = k.cascadedFrom.share;
    if (share !== null) {
      if (!isDecimal(share) || new Decimal(share).lte(0) || new Decimal(share).gt(100))
        add('cascadedFrom.share', 'INVALID_SHARE', `Porsi "${share}" harus > 0 dan <= 100 (persen) / share is a percent in (0, 100]`);
      else if (!['number', 'percent', 'money', 'duration'].includes(k.valueType) || k.polarity === 'range') {
        add('cascadedFrom.share', 'INVALID_SHARE', 'Porsi target hanya untuk IKU angka (bukan kategori, tanggal atau rentang) / a share applies to numeric, non-range KPIs');
      }
    }
  }
  return out;
}

export function checkInitiative(i: InitiativeSpec, plan: PlanView, ctx: PlanContext): Issue[] {
  const out = checkCode('initiative', i.code);
  const add = (field: string, code: string, message: string) => out.push(issue('initiative', i.code, field, code, message));
  if (!i.name.trim()) add('name', 'NAME_REQUIRED', 'Nama inisiatif wajib diisi / name is required');
  const expectedParent = i.level === 'kegiatan' ? 'program' : i.level === 'sub_kegiatan' ? 'kegiatan' : null;
  if (expectedParent === null && i.parentCode !== null) add('parentCode', 'INVALID_INITIATIVE_PARENT', 'Program tidak memiliki induk / a program has no parent');
  if (expectedParent !== null) {
    const parent = i.parentCode === null ? undefined : plan.initiatives.get(slug(i.parentCode));
    if (!parent) add('parentCode', 'INVALID_INITIATIVE_PARENT', `${i.level} harus berada di bawah sebuah ${expectedParent} yang ada / a ${i.level} needs an existing ${expectedParent} as parent`);
    else if (parent.level !== expectedParent)
      add('parentCode', 'INVALID_INITIATIVE_PARENT', `Induk "${parent.code}" adalah ${parent.level}, seharusnya ${expectedParent} / the parent must be a ${expectedParent}`);
  }
  if (i.level === 'program' && i.objectiveCodes.length === 0) add('objectiveCodes', 'OBJECTIVE_REQUIRED', 'Program harus terkait minimal satu sasaran / a program supports at least one objective');
  for (const o of i.objectiveCodes) if (!plan.objectives.has(slug(o))) add('objectiveCodes', 'UNKNOWN_OBJECTIVE', `Sasaran "${o}" tidak ada di kartu kinerja ini / no such objective`);
  if (!isDecimal(i.budgetCeiling) || i.budgetCeiling.startsWith('-'))
    add('budgetCeiling', 'INVALID_BUDGET', `Pagu "${i.budgetCeiling}" harus angka desimal >= 0 (Rupiah) / the budget ceiling is a non-negative decimal`);
  if (!activeUnit(ctx, i.ownerUnitId)) add('ownerUnitId', 'UNKNOWN_UNIT', `Unit pelaksana "${i.ownerUnitId}" tidak terdaftar atau tidak aktif / the owner unit is not an active unit`);
  const schedule: unknown = i.schedule;
  if (typeof schedule !== 'object' || schedule === null || Array.isArray(schedule)) {
    add('schedule', 'SCHEDULE_REQUIRED', 'Jadwal {start, end} wajib diisi (tanggal YYYY-MM-DD) / the schedule {start, end} is required');
    return out;
  }
  const { start, end } = schedule as { start?: unknown; end?: unknown };
  if (typeof start !== 'string' || start.trim() === '') add('schedule.start', 'SCHEDULE_REQUIRED', 'Tanggal mulai wajib diisi / the start date is required');
  else if (typeof end !== 'string' || end.trim() === '') add('schedule.end', 'SCHEDULE_REQUIRED', 'Tanggal selesai wajib diisi / the end date is required');
  else if (!isIsoDate(start)) add('schedule.start', 'INVALID_SCHEDULE', `Tanggal mulai "${start}" bukan tanggal YYYY-MM-DD / not a date`);
  else if (!isIsoDate(end)) add('schedule.end', 'INVALID_SCHEDULE', `Tanggal selesai "${end}" bukan tanggal YYYY-MM-DD / not a date`);
  else if (start > end) add('schedule.end', 'INVALID_SCHEDULE', `Tanggal selesai ${end} sebelum tanggal mulai ${start} / the end is before the start`);
  else if (!start.startsWith(`${plan.year}-`) || !end.startsWith(`${plan.year}-`))
    add('schedule', 'INVALID_SCHEDULE', `Jadwal harus di dalam tahun anggaran ${plan.year} / the schedule must lie within the budget year`);
  return out;
}

/** Children's budget ceilings must not exceed their parent's. */
export function checkBudgets(plan: PlanView): Issue[] {
  const out: Issue[] = [];
  for (const parent of plan.initiatives.values()) {
    const children = [...plan.initiatives.values()].filter((c) => c.parentCode !== null && slug(c.parentCode) === slug(parent.code));
    if (children.length === 0 || !isDecimal(parent.budgetCeiling) || children.some((c) => !isDecimal(c.budgetCeiling))) continue;
    const sum = children.reduce((acc, c) => acc.plus(c.budgetCeiling), new Decimal(0));
    if (sum.gt(parent.budgetCeiling)) {
      out.push(
        issue(
          'initiative',
          parent.code,
          'budgetCeiling',
          'BUDGET_EXCEEDS_PARENT',
          `Jumlah pagu turunan ${sum.toFixed()} melebihi pagu ${parent.code} (${parent.budgetCeiling}) / the children's ceilings exceed the parent's`,
        ),
      );
    }
  }
  return out;
}

/** Rules checked when the plan is approved as a Perjanjian Kinerja. */
export function checkApprovable(plan: PlanView): Issue[] {
  if (plan.perspectives.size === 0) return [issue('perspective', null, 'perspectives', 'NO_PERSPECTIVES', 'Kartu kinerja belum memiliki perspektif / the scorecard has no perspectives')];
  const sum = [...plan.perspectives.values()].reduce((acc, p) => acc.plus(p.weight), new Decimal(0));
  const out: Issue[] = [];
  if (!sum.eq(100)) {
    const parts = [...plan.perspectives.values()].map((p) => `${p.code} ${p.weight}`).join(' + ');
    out.push(
      issue('perspective', null, 'weight', 'PERSPECTIVE_WEIGHTS_NOT_100', `Jumlah bobot perspektif ${sum.toFixed()} (${parts}), harus 100 / perspective weights sum to ${sum.toFixed()}, not 100`),
    );
  }
  // Measurement accepts a realization only from the KPI's owner unit: an ownerless KPI could never be reported.
  const ownerless = [...plan.kpis.values()].filter((k) => k.ownerUnitId === null).sort((a, b) => slug(a.code).localeCompare(slug(b.code), 'id', { numeric: true }));
  for (const k of ownerless) {
    out.push(
      issue(
        'kpi',
        k.code,
        `kpis.${k.code}.ownerUnitId`,
        'KPI_OWNER_REQUIRED',
        `IKU ${k.code} belum memiliki unit pemilik; tetapkan ownerUnitId sebelum penetapan Perjanjian Kinerja / KPI ${k.code} has no owner unit: set ownerUnitId before approval`,
      ),
    );
  }
  return out;
}

/** Targets derived for a cascaded KPI that gave none: the parent's, scaled by the share. */
export function deriveCascadedTargets(k: KpiSpec, ctx: PlanContext): KpiSpec {
  if (k.cascadedFrom === null) return k;
  const parent = ctx.parentKpis.get(k.cascadedFrom.kpiId);
  if (!parent) return k;
  const share = k.cascadedFrom.share;
  const scale = (t: KpiTarget | null): KpiTarget | null => {
    if (t === null || share === null || isRangeTarget(t) || !isDecimal(t.value)) return t;
    return { value: new Decimal(t.value).times(share).div(100).toFixed() };
  };
  const yearlyTarget = k.yearlyTarget ?? scale(parent.yearlyTarget);
  const periodTargets =
    Object.keys(k.periodTargets).length > 0 ? k.periodTargets : (Object.fromEntries(Object.entries(parent.periodTargets).map(([p, t]) => [p, scale(t ?? null)])) as KpiSpec['periodTargets']);
  return { ...k, yearlyTarget, periodTargets };
}

export { itemId };
