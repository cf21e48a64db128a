import type { Frequency, ScorecardApprovedV1 } from '@capaian/contracts';
import type { InitiativeLevel, ValueType } from '@capaian/kernel';

export { NUMERIC_VALUE_TYPES, type InitiativeLevel, type ValueType } from '@capaian/kernel';

/**
 * What measurement knows of a KPI, learnt only from planning's `planning.scorecard-approved` v1
 * (measurement's own read model; never planning's database or API).
 */
export interface KnownKpi {
  tenantId: string;
  kpiId: string;
  scorecardId: string;
  /** Version of the approved plan (Perjanjian Kinerja = 1, revisions 2, 3...). */
  planVersion: number;
  /** null: the plan names no owner yet, so no unit may report it. */
  ownerUnitId: string | null;
  frequency: Frequency;
  year: number;
  valueType: ValueType;
  /** categorical only, best first; null otherwise. */
  grades: string[] | null;
  unitOfMeasure: string;
  name: string;
  code: string;
}

/** What measurement knows of a strategic initiative (program / kegiatan / sub kegiatan) of an approved plan. */
export interface KnownInitiative {
  tenantId: string;
  initiativeId: string;
  scorecardId: string;
  ownerUnitId: string;
  /** Pagu anggaran, Rupiah (decimal string). */
  budgetCeiling: string;
  year: number;
  level: InitiativeLevel;
}

/** The KPIs an approved plan makes known (event-carried state transfer: replaces the scorecard's earlier ones). */
export function knownKpisFromScorecard(tenantId: string, plan: ScorecardApprovedV1): KnownKpi[] {
  return plan.kpis.map((k) => ({
    tenantId,
    kpiId: k.kpiId,
    scorecardId: plan.scorecardId,
    planVersion: plan.version,
    ownerUnitId: k.ownerUnitId,
    frequency: k.frequency,
    year: plan.year,
    valueType: k.valueType,
    grades: k.grades,
    unitOfMeasure: k.unitOfMeasure,
    name: k.name,
    code: k.code,
  }));
}

export function knownInitiativesFromScorecard(tenantId: string, plan: ScorecardApprovedV1): KnownInitiative[] {
  return plan.initiatives.map((i) => ({
    tenantId,
    initiativeId: i.initiativeId,
    scorecardId: plan.scorecardId,
    ownerUnitId: i.ownerUnitId,
    budgetCeiling: i.budgetCeiling,
    year: plan.year,
    level: i.level,
  }));
}
