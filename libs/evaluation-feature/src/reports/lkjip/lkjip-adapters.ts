import type { ScorecardEvaluation } from '@capaian/evaluation-domain';
import type { Target } from '@capaian/scoring';
import type { LkjipBudgetInput, LkjipSakipInput, LkjipTrendInput, LkjipValueForMoneyInput, LkjipVfmFigures } from './lkjip-types.js';

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

/**
 * A target as text: its value, or `min - max` (`>= min`, `<= max` for an open side). With a value
 * type and a policy, each number is the display figure (see @capaian/scoring `displayFigure`).
 */
export function targetText(target: Target | null | undefined, shown: (v: string) => string | null = (v) => v): string | null {
  if (!target) return null;
  if (target.value !== undefined && target.value !== null && target.value !== '') return shown(target.value);
  const min = target.min ?? null;
  const max = target.max ?? null;
  if (min !== null && max !== null) return `${shown(min)} - ${shown(max)}`;
  if (min !== null) return `>= ${shown(min)}`;
  if (max !== null) return `<= ${shown(max)}`;
  return null;
}
