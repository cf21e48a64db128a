import { DEFAULT_YEAR } from '../../components/PeriodPicker';
import type { EvaluatedKpi, EvidenceLink, KpiDefinition, Light, OrgNode, RealizationHistory, ScorecardHistoryEntry, Target } from './types';
export type RealizationStatus = 'submitted' | 'verified' | 'rejected' | 'missing';

/** The periods a KPI is reported in, by its frequency. */
export function periodsOf(frequency: KpiDefinition['frequency']): string[] {
  switch (frequency) {
    case 'monthly':
      return Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);
    case 'quarterly':
      return ['Q1', 'Q2', 'Q3', 'Q4'];
    case 'semester':
      return ['S1', 'S2'];
    default:
      return ['Y'];
  }
}

/** A target as one text: the value, or "min – max" for a range KPI. */
export function targetText(target: Target | null | undefined, format: (v: string) => string): string {
  if (!target) return '—';
  if (target.value !== undefined && target.value !== null) return format(target.value);
  if (target.min != null && target.max != null) return `${format(target.min)} – ${format(target.max)}`;
  return '—';
}

/** The single number a target draws on a chart (the midpoint of a range); undefined when not numeric. */
export function targetNumber(target: Target | null | undefined): number | undefined {
  if (!target) return undefined;
  const n = target.value != null ? Number(target.value) : target.min != null && target.max != null ? (Number(target.min) + Number(target.max)) / 2 : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export interface PeriodRow {
  period: string;
  target: Target | undefined;
  realization: string | undefined;
  /** Exact achievement percent of the API; undefined when not measurable or not reported. */
  achievement: string | undefined;
  notMeasurableReason: string | undefined;
  valueRevision: number | undefined;
  light: Light;
  status: RealizationStatus;
  late: boolean;
}

/** One row per reporting period: target, realization, evaluation's achievement and light, status. */
export function periodRows(kpi: KpiDefinition, evaluated: EvaluatedKpi | undefined, realizations: ReadonlyMap<string, RealizationHistory | null>): PeriodRow[] {
  const byPeriod = new Map((evaluated?.periods ?? []).map((p) => [p.period as string, p]));
  const periods = periodsOf(kpi.frequency);
  for (const p of Object.keys(kpi.periodTargets)) if (!periods.includes(p)) periods.push(p);
  return periods.map((period) => {
    const e = byPeriod.get(period);
    const current = realizations.get(period)?.current ?? null;
    const percent = e?.achievement.measurable ? e.achievement.percent : undefined;
    return {
      period,
      target: e?.target ?? kpi.periodTargets[period],
      realization: current?.value ?? e?.value ?? undefined,
      achievement: percent,
      notMeasurableReason: e && !e.achievement.measurable && e.value !== null ? e.achievement.reason : undefined,
      valueRevision: current?.valueRevision,
      light: e?.trafficLight.color ?? 'none',
      status: current?.status ?? 'missing',
      late: current?.late ?? false,
    };
  });
}

export type HistoryKind = 'recorded' | 'corrected' | 'verified' | 'rejected' | 'plan';

export interface HistoryItem {
  key: string;
  kind: HistoryKind;
  at: string;
  actor: string | null;
  period?: string;
  value?: string;
  previousValue?: string;
  /** The reason of a correction or a rejection, a revision's reason. */
  reason?: string | null;
  note?: string | null;
  evidence: EvidenceLink[];
  /** Plan entries: which change of the plan (approved, revision opened, KPI defined or removed). */
  planEvent?: 'approved' | 'revision-opened' | 'kpi-defined' | 'kpi-removed';
  version?: number;
}

const REALIZATION_KIND = new Map<string, HistoryKind>([
  ['realization-recorded', 'recorded'],
  ['realization-corrected', 'corrected'],
  ['realization-verified', 'verified'],
  ['realization-rejected', 'rejected'],
]);

/** Plan history entries that concern this KPI: its definitions, the plan's approvals and revisions. */
function planItem(e: ScorecardHistoryEntry, kpiId: string): HistoryItem | undefined {
  const base = { key: `plan-${e.revision}`, kind: 'plan' as const, at: e.recordedAt, actor: e.actor, evidence: [] };
  switch (e.type) {
    case 'scorecard-approved':
      return { ...base, planEvent: 'approved', version: e.data.version, reason: e.data.reason ?? null };
    case 'scorecard-revision-opened':
      return { ...base, planEvent: 'revision-opened', version: e.data.fromVersion, reason: e.data.reason ?? null };
    case 'scorecard-kpi-defined':
      return e.data.kpi?.kpiId === kpiId ? { ...base, planEvent: 'kpi-defined' } : undefined;
    case 'scorecard-kpi-removed':
      return e.data.kpiId === kpiId ? { ...base, planEvent: 'kpi-removed' } : undefined;
    default:
      return undefined;
  }
}

/** Every change of the KPI in one list, newest first: realization events of each period and plan changes. */
export function historyItems(kpiId: string, realizations: ReadonlyMap<string, RealizationHistory | null>, plan: readonly ScorecardHistoryEntry[]): HistoryItem[] {
  const items: HistoryItem[] = [];
  for (const [period, h] of realizations) {
    for (const e of h?.history ?? []) {
      const kind = REALIZATION_KIND.get(e.type);
      if (!kind) continue;
      items.push({
        key: `${period}-${e.revision}`,
        kind,
        at: e.recordedAt,
        actor: e.actor,
        period,
        value: kind === 'recorded' || kind === 'corrected' ? e.data.value : undefined,
        previousValue: kind === 'corrected' ? e.data.previousValue : undefined,
        reason: e.data.reason,
        note: kind === 'verified' ? e.data.evaluatorNote : e.data.note,
        evidence: e.data.evidence ?? [],
      });
    }
  }
  for (const e of plan) {
    const item = planItem(e, kpiId);
    if (item) items.push(item);
  }
  return items.sort((a, b) => (a.at === b.at ? b.key.localeCompare(a.key) : a.at < b.at ? 1 : -1));
}

/** Unit names by id from the organisation tree. */
export function unitNames(roots: readonly OrgNode[]): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (n: OrgNode) => {
    names.set(n.unitId, n.name);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return names;
}

/** The plan year in a KPI id (`dpmptsp-2026.iku-03`), else the default year. */
export function yearOf(kpiId: string): number {
  const m = /-(\d{4})(?:[.-]|$)/.exec(kpiId);
  return m ? Number(m[1]) : DEFAULT_YEAR;
}
