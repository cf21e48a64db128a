import { applyBudgetInput, emptyBudgetFacts, type BudgetFacts } from './vfm/budget.js';
import type { AnyIntegrationEvent, ApprovedKpiV1, OrgChangedV1, PeriodCode, ScorecardApprovedV1, ValueTypeV1 } from '@capaian/contracts';

/**
 * What evaluation knows, folded from the integration events it keeps in its own store: the plans
 * (latest approved version of each scorecard), the value of every KPI period (latest value
 * revision, with its verification status) and the organization. Pure and replayable: the same
 * events in the same order give the same state, whatever the clock.
 */
export type ValueStatus = 'submitted' | 'verified' | 'rejected';

export interface PeriodValue {
  value: string;
  valueType: ValueTypeV1;
  valueRevision: number;
  status: ValueStatus;
  late: boolean;
  /** Number of evidence links (bukti dukung) of the value. */
  evidence: number;
  /** Position (in evaluation's store) of the event that gave this value or status. */
  position: number;
  /** When the producing service stored it. */
  occurredAt: string;
}

export interface OrgUnitFact {
  unitId: string;
  name: string | null;
  kind: string | null;
  parentId: string | null;
  status: 'active' | 'closed' | 'merged';
}

export interface EvaluationInputs {
  /** `<tenant>/<scorecardId>` -> the plan in force (highest version received). */
  scorecards: Map<string, ScorecardApprovedV1 & { tenantId: string; position: number }>;
  /** `<tenant>/<kpiId>` -> period -> current value. */
  values: Map<string, Map<PeriodCode, PeriodValue>>;
  /** `<tenant>/<unitId>`. */
  org: Map<string, OrgUnitFact>;
  /** Budget realizations per initiative and year (value for money). */
  budget: BudgetFacts;
  /** Highest store position folded in. */
  position: number;
  /** How many events were folded. */
  events: number;
}

export function emptyInputs(): EvaluationInputs {
  return { scorecards: new Map(), values: new Map(), org: new Map(), budget: emptyBudgetFacts(), position: 0, events: 0 };
}

/**
 * A stored event as evaluation reads it back (structurally a RecordedEvent): its data is the
 * integration event in the latest version of its type. Events the intake kept in an older version
 * are upcast on read by evaluation's store (EVALUATION_UPCASTERS in evaluation-feature), so the
 * folds below read one shape per type.
 */
export interface StoredInputLike {
  position: number;
  data: unknown;
}

export interface InputEvent {
  event: AnyIntegrationEvent;
  /** Position in evaluation's store. */
  position: number;
}

const key = (tenantId: string, id: string) => `${tenantId}/${id}`;

/** Folds one stored integration event into the inputs (mutates and returns `state`; idempotent per event id is the store's job). */
export function applyInput(state: EvaluationInputs, { event, position }: InputEvent): EvaluationInputs {
  state.position = Math.max(state.position, position);
  state.events++;
  switch (event.type) {
    case 'planning.scorecard-approved': {
      const k = key(event.tenantId, event.data.scorecardId);
      const current = state.scorecards.get(k);
      if (!current || current.version < event.data.version) state.scorecards.set(k, { ...event.data, tenantId: event.tenantId, position });
      return state;
    }
    case 'measurement.realization-recorded':
    case 'measurement.realization-corrected': {
      const d = event.data;
      const periods = state.values.get(key(event.tenantId, d.kpiId)) ?? new Map<PeriodCode, PeriodValue>();
      const current = periods.get(d.period);
      if (!current || current.valueRevision <= d.valueRevision) {
        periods.set(d.period, {
          value: d.value,
          valueType: d.valueType,
          valueRevision: d.valueRevision,
          status: 'submitted',
          late: d.late,
          evidence: d.evidence.length,
          position,
          occurredAt: event.occurredAt,
        });
      }
      state.values.set(key(event.tenantId, d.kpiId), periods);
      return state;
    }
    case 'measurement.realization-verified':
    case 'measurement.realization-rejected': {
      const d = event.data;
      const current = state.values.get(key(event.tenantId, d.kpiId))?.get(d.period);
      const revision = event.type === 'measurement.realization-verified' ? event.data.verifiedValueRevision : event.data.rejectedValueRevision;
      if (current && current.valueRevision === revision) {
        current.status = event.type === 'measurement.realization-verified' ? 'verified' : 'rejected';
        current.position = position;
      }
      return state;
    }
    case 'planning.org-changed':
      applyOrgChange(state, event.tenantId, event.data);
      return state;
    case 'measurement.budget-realization-recorded':
    case 'measurement.budget-realization-corrected':
      applyBudgetInput(state.budget, { event, position });
      return state;
    default:
      return state;
  }
}

function applyOrgChange(state: EvaluationInputs, tenantId: string, d: OrgChangedV1): void {
  const get = (unitId: string): OrgUnitFact => state.org.get(key(tenantId, unitId)) ?? { unitId, name: null, kind: null, parentId: null, status: 'active' };
  const unit = get(d.unitId);
  switch (d.change) {
    case 'unit-registered':
      state.org.set(key(tenantId, d.unitId), { unitId: d.unitId, name: d.name, kind: d.kind, parentId: d.parentId, status: 'active' });
      break;
    case 'unit-renamed':
      state.org.set(key(tenantId, d.unitId), { ...unit, name: d.name });
      break;
    case 'unit-moved':
      state.org.set(key(tenantId, d.unitId), { ...unit, parentId: d.parentId });
      break;
    case 'units-merged':
      state.org.set(key(tenantId, d.unitId), { ...unit, status: 'merged' });
      for (const child of d.movedChildIds) state.org.set(key(tenantId, child), { ...get(child), parentId: d.mergedInto });
      break;
    case 'unit-closed':
      state.org.set(key(tenantId, d.unitId), { ...unit, status: 'closed' });
      break;
  }
}

export function kpiValues(state: EvaluationInputs, tenantId: string, kpiId: string): Map<PeriodCode, PeriodValue> {
  return state.values.get(key(tenantId, kpiId)) ?? new Map();
}

export function scorecardOf(state: EvaluationInputs, tenantId: string, scorecardId: string) {
  return state.scorecards.get(key(tenantId, scorecardId));
}

export function scorecardsOf(state: EvaluationInputs, tenantId: string, year?: number) {
  return [...state.scorecards.values()].filter((s) => s.tenantId === tenantId && (year === undefined || s.year === year)).sort((a, b) => a.scorecardId.localeCompare(b.scorecardId));
}

export type { ApprovedKpiV1 };
