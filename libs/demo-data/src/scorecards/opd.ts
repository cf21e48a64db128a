import type { ScorecardDocument } from '@capaian/planning-domain';
import {
  cascadeKpi,
  FINANCIAL,
  kpi,
  objective,
  percent,
  perspective,
  scorecard,
  type CascadeOptions,
  type KpiDetails,
  type KpiDraft,
  type PerspectiveDraft,
  type Schedule,
  type ScorecardInput,
} from '../build.js';
import { bupatiItem } from '../ids.js';
import { bupatiKpi, bupatiScorecard } from './bupati.js';

/** What a Perangkat Daerah's scorecard takes from the Bupati's. */

/** A Perangkat Daerah's scorecard: since Permendagri 86/2017 it adopts the regional head's vision. */
export const opdScorecard = (input: Omit<ScorecardInput, 'vision'>): ScorecardDocument => scorecard({ ...input, vision: bupatiScorecard.vision });

/** The Bupati's missions a Perangkat Daerah serves, by number (1 = the first). */
export function bupatiMissions(...numbers: number[]): string[] {
  return numbers.map((n) => {
    const mission = bupatiScorecard.missions[n - 1];
    if (mission === undefined) throw new Error(`demo-data: no Bupati mission ${n}`);
    return mission;
  });
}

/** Direct cascading of the Bupati's KPI `parentCode`, taken over as the unit's KPI `code`. */
export const fromBupati = (parentCode: string, code: string, weight: string, options?: CascadeOptions): KpiDraft => cascadeKpi(bupatiItem(parentCode), bupatiKpi(parentCode), code, weight, options);

export interface BudgetKpi extends Pick<KpiDetails, 'ownerUnitId' | 'weight' | 'baseline' | 'endOfTerm'> {
  code: string;
  /** The unit as SIPD names it. */
  unit: string;
  schedule: Schedule;
}

/** The budget-realization KPI of a Perangkat Daerah: cumulative spending against its ceiling (pagu). */
const budgetRealization = ({ code, unit, schedule, ownerUnitId, ...targets }: BudgetKpi): KpiDraft =>
  kpi(
    code,
    `Persentase realisasi anggaran ${unit}`,
    percent,
    schedule,
    { dataSource: `SIPD - Laporan Realisasi Anggaran ${unit}`, ownerUnitId, level: 'result', aggregation: 'last', ...targets },
    `Realisasi belanja ${unit} kumulatif sampai dengan akhir triwulan dibagi pagu belanja ${unit} x 100.`,
  );

/**
 * The financial perspective of a Perangkat Daerah that is not a finance agency: one objective on
 * its own budget, serving the Bupati's SS-08 (effective spending), measured by budget realization.
 */
export const budgetPerspective = (weight: string, objectiveCode: string, objectiveName: string, budget: BudgetKpi): PerspectiveDraft =>
  perspective(FINANCIAL, weight, [objective(objectiveCode, objectiveName, { contributesTo: bupatiItem('SS-08') }, [budgetRealization(budget)])]);
