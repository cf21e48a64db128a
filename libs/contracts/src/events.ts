import { ContractViolationError, type IntegrationEvent } from './envelope.js';
import { checkObject, type FieldSpec, type ObjectSpec } from './schema.js';
import { FREQUENCIES, PERIOD_CODES, type Frequency, type PeriodCode } from './periods.js';
import { Topics } from './topics.js';
import {
  RECOMMENDATION_DECIDED_V1,
  SAKIP_EVALUATION_FINALIZED_V1,
  SCORES_PUBLISHED_V1,
  type RecommendationDecidedV1,
  type SakipEvaluationFinalizedV1,
  type ScoresPublishedV1,
} from './events-evaluation.js';

export * from './events-evaluation.js';

export const POLARITIES = ['higher_is_better', 'lower_is_better', 'range', 'milestone'] as const;
export type Polarity = (typeof POLARITIES)[number];

const ID = { kind: 'string', minLength: 1 } as const;

export const KPI_LEVELS_V1 = ['result', 'process'] as const;
export const VALUE_TYPES_V1 = ['number', 'percent', 'money', 'duration', 'categorical', 'milestone_date'] as const;
export const AGGREGATIONS_V1 = ['sum', 'average', 'last', 'min', 'max'] as const;
export const INITIATIVE_LEVELS_V1 = ['program', 'kegiatan', 'sub_kegiatan'] as const;

/** A target: `value` (decimal, grade or YYYY-MM-DD per the KPI's value type) or a `min`/`max` band (range KPIs). */
export interface TargetV1 {
  value?: string;
  min?: string;
  max?: string;
}
const TARGET_V1: FieldSpec = {
  kind: 'object',
  fields: { value: { kind: 'string', optional: true }, min: { kind: 'decimal', optional: true }, max: { kind: 'decimal', optional: true } },
};
const NULLABLE_TARGET_V1: FieldSpec = { ...TARGET_V1, nullable: true };
const STRINGS: FieldSpec = { kind: 'array', items: { kind: 'string' } };

export interface ApprovedKpiV1 {
  /** Global id `<scorecardId>.<code-slug>`: what realizations refer to. */
  kpiId: string;
  code: string;
  objectiveId: string;
  name: string;
  unitOfMeasure: string;
  definition: string;
  dataSource: string | null;
  /** Unit whose operators report the KPI's realizations. */
  ownerUnitId: string | null;
  frequency: Frequency;
  level: (typeof KPI_LEVELS_V1)[number];
  polarity: Polarity;
  valueType: (typeof VALUE_TYPES_V1)[number];
  /** categorical only, best first. */
  grades: string[] | null;
  aggregation: (typeof AGGREGATIONS_V1)[number];
  /** Weight within its objective (decimal string). */
  weight: string;
  baseline: string | null;
  yearlyTarget: TargetV1 | null;
  periodTargets: Array<{ period: PeriodCode; target: TargetV1 }>;
  endOfTermTarget: TargetV1 | null;
  /** Achievement percentages for the traffic light. */
  thresholds: { green: string; yellow: string } | null;
  cascadedFrom: { kpiId: string; share: string | null } | null;
}
const APPROVED_KPI_V1: ObjectSpec = {
  kpiId: ID,
  code: ID,
  objectiveId: ID,
  name: ID,
  unitOfMeasure: { kind: 'string' },
  definition: { kind: 'string' },
  dataSource: { kind: 'string', nullable: true },
  ownerUnitId: { kind: 'string', nullable: true },
  frequency: { kind: 'enum', values: FREQUENCIES },
  level: { kind: 'enum', values: KPI_LEVELS_V1 },
  polarity: { kind: 'enum', values: POLARITIES },
  valueType: { kind: 'enum', values: VALUE_TYPES_V1 },
  grades: { ...STRINGS, nullable: true },
  aggregation: { kind: 'enum', values: AGGREGATIONS_V1 },
  weight: { kind: 'decimal' },
  baseline: { kind: 'string', nullable: true },
  yearlyTarget: NULLABLE_TARGET_V1,
  periodTargets: { kind: 'array', items: { kind: 'object', fields: { period: { kind: 'enum', values: PERIOD_CODES }, target: TARGET_V1 } } },
  endOfTermTarget: NULLABLE_TARGET_V1,
  thresholds: { kind: 'object', nullable: true, fields: { green: { kind: 'decimal' }, yellow: { kind: 'decimal' } } },
  cascadedFrom: { kind: 'object', nullable: true, fields: { kpiId: ID, share: { kind: 'decimal', nullable: true } } },
};

// ---------------------------------------------------------------------------------------------
// planning.scorecard-approved v1: a unit's plan for a year was approved as a Perjanjian Kinerja
// (version 1), or a revision of it was approved (version 2, 3...). Carries the whole plan, so a
// consumer replaces what it knew of this scorecard with it (event-carried state transfer).
// ---------------------------------------------------------------------------------------------
export interface ScorecardApprovedV1 {
  scorecardId: string;
  unitId: string;
  unitName: string;
  /** pemda | opd | bidang | seksi | asn_position */
  unitKind: string;
  parentUnitId: string | null;
  year: number;
  /** null for the unit's main scorecard; e.g. "spbe" for a thematic one. */
  theme: string | null;
  title: string;
  vision: string;
  missions: string[];
  goals: string[];
  version: number;
  signedBy: string;
  /** Why this version replaced the previous one (null for version 1). */
  revisionReason: string | null;
  perspectives: Array<{ perspectiveId: string; code: string; name: string; order: number; weight: string }>;
  objectives: Array<{ objectiveId: string; code: string; perspectiveId: string; name: string; weight: string | null; contributesTo: string | null }>;
  /** Strategy map: cause -> effect between objective ids. */
  links: Array<{ fromObjectiveId: string; toObjectiveId: string }>;
  kpis: ApprovedKpiV1[];
  initiatives: Array<{
    initiativeId: string;
    code: string;
    level: (typeof INITIATIVE_LEVELS_V1)[number];
    name: string;
    parentId: string | null;
    objectiveIds: string[];
    /** Pagu anggaran, Rupiah (decimal string). */
    budgetCeiling: string;
    ownerUnitId: string;
    start: string;
    end: string;
  }>;
}
export const SCORECARD_APPROVED_V1: ObjectSpec = {
  scorecardId: ID,
  unitId: ID,
  unitName: ID,
  unitKind: ID,
  parentUnitId: { kind: 'string', nullable: true },
  year: { kind: 'integer', min: 2000, max: 2100 },
  theme: { kind: 'string', nullable: true },
  title: ID,
  vision: { kind: 'string' },
  missions: STRINGS,
  goals: STRINGS,
  version: { kind: 'integer', min: 1 },
  signedBy: ID,
  revisionReason: { kind: 'string', nullable: true },
  perspectives: { kind: 'array', items: { kind: 'object', fields: { perspectiveId: ID, code: ID, name: ID, order: { kind: 'integer', min: 1 }, weight: { kind: 'decimal' } } } },
  objectives: {
    kind: 'array',
    items: { kind: 'object', fields: { objectiveId: ID, code: ID, perspectiveId: ID, name: ID, weight: { kind: 'decimal', nullable: true }, contributesTo: { kind: 'string', nullable: true } } },
  },
  links: { kind: 'array', items: { kind: 'object', fields: { fromObjectiveId: ID, toObjectiveId: ID } } },
  kpis: { kind: 'array', items: { kind: 'object', fields: APPROVED_KPI_V1 } },
  initiatives: {
    kind: 'array',
    items: {
      kind: 'object',
      fields: {
        initiativeId: ID,
        code: ID,
        level: { kind: 'enum', values: INITIATIVE_LEVELS_V1 },
        name: ID,
        parentId: { kind: 'string', nullable: true },
        objectiveIds: STRINGS,
        budgetCeiling: { kind: 'decimal' },
        ownerUnitId: ID,
        start: { kind: 'date' },
        end: { kind: 'date' },
      },
    },
  },
};

// ---------------------------------------------------------------------------------------------
// planning.scorecard-revision-opened v1: an approved plan is being revised (with a reason). The
// approved version stays in force until the revision is approved (scorecard-approved, next version).
// ---------------------------------------------------------------------------------------------
export interface ScorecardRevisionOpenedV1 {
  scorecardId: string;
  unitId: string;
  year: number;
  /** The version in force while the revision is drafted. */
  fromVersion: number;
  reason: string;
}
export const SCORECARD_REVISION_OPENED_V1: ObjectSpec = {
  scorecardId: ID,
  unitId: ID,
  year: { kind: 'integer', min: 2000, max: 2100 },
  fromVersion: { kind: 'integer', min: 1 },
  reason: ID,
};

// ---------------------------------------------------------------------------------------------
// planning.org-changed v1: one change to a tenant's organization tree. Consumers fold them in
// order (key `<tenant>.org`) to keep their own copy of the tree.
// ---------------------------------------------------------------------------------------------
export const ORG_CHANGES_V1 = ['unit-registered', 'unit-renamed', 'unit-moved', 'units-merged', 'unit-closed'] as const;
export interface OrgChangedV1 {
  change: (typeof ORG_CHANGES_V1)[number];
  /** The unit concerned (the source unit of a merge). */
  unitId: string;
  /** unit-registered, unit-renamed: the (new) name. */
  name: string | null;
  /** unit-registered: pemda | opd | bidang | seksi | asn_position. */
  kind: string | null;
  /** unit-registered, unit-moved: the (new) parent. */
  parentId: string | null;
  /** units-merged: the unit it was merged into. */
  mergedInto: string | null;
  /** units-merged: the source's sub-units, now under `mergedInto`. */
  movedChildIds: string[];
  reason: string | null;
  /** Revision of the tenant's organization after this change (0-based). */
  orgRevision: number;
}
export const ORG_CHANGED_V1: ObjectSpec = {
  change: { kind: 'enum', values: ORG_CHANGES_V1 },
  unitId: ID,
  name: { kind: 'string', nullable: true },
  kind: { kind: 'string', nullable: true },
  parentId: { kind: 'string', nullable: true },
  mergedInto: { kind: 'string', nullable: true },
  movedChildIds: STRINGS,
  reason: { kind: 'string', nullable: true },
  orgRevision: { kind: 'integer', min: 0 },
};

// =============================================================================================
// measurement.* (topic measurement.events.v1)
// Realization events are keyed `<tenant>.<kpiId>`, budget realizations `<tenant>.<initiativeId>`,
// period locks `<tenant>.<unitId>`, reminders `<tenant>.<kpiId>`.
// =============================================================================================
const YEAR: FieldSpec = { kind: 'integer', min: 2000, max: 2100 };
const PERIOD: FieldSpec = { kind: 'enum', values: PERIOD_CODES };
const REVISION: FieldSpec = { kind: 'integer', min: 1 };
const BOOLEAN: FieldSpec = { kind: 'boolean' };
const INSTANT: FieldSpec = { kind: 'instant' };
const NULLABLE_STRING: FieldSpec = { kind: 'string', nullable: true };
/**
 * Budget totals: a sum of up to 12 period amounts (each a decimal of at most 15 integer digits)
 * can have 17 integer digits, so the cumulative amount gets a wider decimal than `decimal`.
 */
const TOTAL_AMOUNT: FieldSpec = { kind: 'string', pattern: /^\d{1,18}(\.\d{1,10})?$/ };

export type ValueTypeV1 = (typeof VALUE_TYPES_V1)[number];
/** Value types whose realization value is a decimal string. */
export const NUMERIC_VALUE_TYPES_V1: readonly ValueTypeV1[] = ['number', 'percent', 'money', 'duration'];

/** A piece of evidence (bukti dukung): an http(s) link and an optional label. */
export interface EvidenceLinkV1 {
  url: string;
  label: string | null;
}
const EVIDENCE_V1: FieldSpec = { kind: 'array', items: { kind: 'object', fields: { url: ID, label: NULLABLE_STRING } } };

/** What identifies a realization: one KPI, one period of one year, reported by one unit. */
interface RealizationKeyV1 {
  realizationId: string;
  kpiId: string;
  /** The unit that reported the value. */
  unitId: string;
  year: number;
  period: PeriodCode;
}
const REALIZATION_KEY_V1: ObjectSpec = { realizationId: ID, kpiId: ID, unitId: ID, year: YEAR, period: PERIOD };

// ---------------------------------------------------------------------------------------------
// measurement.realization-recorded v2: a unit reported what it achieved for a KPI and period
// (value revision 1). v2 replaced v1 (decimal-only value, no timing) before the first release.
// ---------------------------------------------------------------------------------------------
export interface RealizationRecordedV2 extends RealizationKeyV1 {
  /** Read by `valueType`: a decimal string (number, percent, money, duration), one of the KPI's grades (categorical) or YYYY-MM-DD (milestone_date). */
  value: string;
  valueType: ValueTypeV1;
  /** 1 for the recorded value; each correction adds 1. */
  valueRevision: number;
  evidence: EvidenceLinkV1[];
  note: string | null;
  /** When the unit submitted it. */
  submittedAt: string;
  /** The reporting deadline of the period; null only for realizations recorded before deadlines were tracked. */
  deadline: string | null;
  /** Submitted after the deadline (accepted anyway). */
  late: boolean;
  /** Submitted while the unit's period was locked (accepted anyway, flagged for the evaluator). */
  afterLock: boolean;
}
export const REALIZATION_RECORDED_V2: ObjectSpec = {
  ...REALIZATION_KEY_V1,
  value: { kind: 'string' },
  valueType: { kind: 'enum', values: VALUE_TYPES_V1 },
  valueRevision: REVISION,
  evidence: EVIDENCE_V1,
  note: NULLABLE_STRING,
  submittedAt: INSTANT,
  deadline: { kind: 'instant', nullable: true },
  late: BOOLEAN,
  afterLock: BOOLEAN,
};

// ---------------------------------------------------------------------------------------------
// measurement.realization-corrected v1: a new value (with a reason) supersedes the current one of
// the same KPI and period; the new value is again "submitted" (a correction after a rejection is
// how a unit resubmits). Consumers replace the period's value with the highest valueRevision.
// ---------------------------------------------------------------------------------------------
export interface RealizationCorrectedV1 extends Omit<RealizationRecordedV2, 'deadline'> {
  deadline: string;
  reason: string;
  /** The value revision this one supersedes. */
  supersedesRevision: number;
  /** The superseded value (as its own value type read it). */
  previousValue: string;
}
export const REALIZATION_CORRECTED_V1: ObjectSpec = {
  ...REALIZATION_RECORDED_V2,
  deadline: INSTANT,
  reason: ID,
  supersedesRevision: REVISION,
  previousValue: { kind: 'string' },
};

// ---------------------------------------------------------------------------------------------
// measurement.realization-verified v1 / measurement.realization-rejected v1: an evaluator
// verified, or rejected with a reason, one value revision of a realization.
// ---------------------------------------------------------------------------------------------
export interface RealizationVerifiedV1 extends RealizationKeyV1 {
  verifiedValueRevision: number;
  /** The verified value (the revision's value, repeated). */
  value: string;
}
export const REALIZATION_VERIFIED_V1: ObjectSpec = { ...REALIZATION_KEY_V1, verifiedValueRevision: REVISION, value: { kind: 'string' } };

export interface RealizationRejectedV1 extends RealizationKeyV1 {
  rejectedValueRevision: number;
  /** The rejected value (the revision's value, repeated). */
  value: string;
  reason: string;
}
export const REALIZATION_REJECTED_V1: ObjectSpec = { ...REALIZATION_KEY_V1, rejectedValueRevision: REVISION, value: { kind: 'string' }, reason: ID };

// ---------------------------------------------------------------------------------------------
// measurement.period-locked v1 / measurement.period-unlocked v1: an evaluator closed a unit's
// period for changes, or reopened it with a reason. A lock on a period covers the periods inside
// it (Q1 covers M01-M03; Y the whole year). Changes after a lock are still accepted, flagged afterLock.
// ---------------------------------------------------------------------------------------------
export interface PeriodLockedV1 {
  unitId: string;
  year: number;
  period: PeriodCode;
  note: string | null;
}
export const PERIOD_LOCKED_V1: ObjectSpec = { unitId: ID, year: YEAR, period: PERIOD, note: NULLABLE_STRING };

export interface PeriodUnlockedV1 {
  unitId: string;
  year: number;
  period: PeriodCode;
  reason: string;
}
export const PERIOD_UNLOCKED_V1: ObjectSpec = { unitId: ID, year: YEAR, period: PERIOD, reason: ID };

// ---------------------------------------------------------------------------------------------
// measurement.budget-realization-recorded v1 / -corrected v1: what a unit spent (realisasi
// anggaran) on a strategic initiative in one period, and the year's running total against the
// ceiling (pagu). A correction supersedes a period's amount with a reason.
// ---------------------------------------------------------------------------------------------
export interface BudgetRealizationRecordedV1 {
  budgetRealizationId: string;
  initiativeId: string;
  unitId: string;
  year: number;
  period: PeriodCode;
  /** Rupiah spent in the period (decimal string, not a running total). */
  amount: string;
  /** 1 for the recorded amount; each correction adds 1. */
  amountRevision: number;
  /** Sum of the current amounts of every period of the year, this one included (decimal string). */
  cumulativeAmount: string;
  /** The ceiling (pagu) of the plan version in force when this was recorded (decimal string). */
  budgetCeiling: string;
  /** cumulativeAmount > budgetCeiling (accepted anyway). */
  overCeiling: boolean;
  afterLock: boolean;
}
export const BUDGET_REALIZATION_RECORDED_V1: ObjectSpec = {
  budgetRealizationId: ID,
  initiativeId: ID,
  unitId: ID,
  year: YEAR,
  period: PERIOD,
  amount: { kind: 'decimal' },
  amountRevision: REVISION,
  cumulativeAmount: TOTAL_AMOUNT,
  budgetCeiling: { kind: 'decimal' },
  overCeiling: BOOLEAN,
  afterLock: BOOLEAN,
};

export interface BudgetRealizationCorrectedV1 extends BudgetRealizationRecordedV1 {
  reason: string;
  /** The superseded amount (decimal string). */
  previousAmount: string;
}
export const BUDGET_REALIZATION_CORRECTED_V1: ObjectSpec = { ...BUDGET_REALIZATION_RECORDED_V1, reason: ID, previousAmount: { kind: 'decimal' } };

// ---------------------------------------------------------------------------------------------
// measurement.reminder-issued v1: a KPI period has ended and has no realization yet. Each
// reminderKey is issued at most once (so at most one 'due' and one 'overdue' per KPI period).
// ---------------------------------------------------------------------------------------------
export const REMINDER_STAGES_V1 = ['due', 'overdue'] as const;
export interface ReminderIssuedV1 {
  /** `<tenant>.<unitId>.<kpiId>.<year>.<period>.<stage>` */
  reminderKey: string;
  unitId: string;
  kpiId: string;
  /** The KPI's code and name, for the unit's message. */
  code: string;
  name: string;
  year: number;
  period: PeriodCode;
  deadline: string;
  stage: (typeof REMINDER_STAGES_V1)[number];
  /** Started days past the deadline; 0 when due. */
  overdueDays: number;
}
export const REMINDER_ISSUED_V1: ObjectSpec = {
  reminderKey: ID,
  unitId: ID,
  kpiId: ID,
  code: ID,
  name: ID,
  year: YEAR,
  period: PERIOD,
  deadline: INSTANT,
  stage: { kind: 'enum', values: REMINDER_STAGES_V1 },
  overdueDays: { kind: 'integer', min: 0 },
};

/** A realization `value` must read as its `valueType` says (the field schemas cannot say it). */
function checkValueByType(data: unknown): string[] {
  const { value, valueType } = data as { value: string; valueType: ValueTypeV1 };
  if ((NUMERIC_VALUE_TYPES_V1 as readonly string[]).includes(valueType)) return checkObject({ value: { kind: 'decimal' } }, { value }, 'data');
  if (valueType === 'milestone_date') return checkObject({ value: { kind: 'date' } }, { value }, 'data');
  return [];
}

/** Every integration event type, its current schema version, topic and data schema. */
export const EventCatalog = {
  'planning.scorecard-approved': { schemaVersion: 1, topic: Topics.planning, schema: SCORECARD_APPROVED_V1 },
  'planning.scorecard-revision-opened': { schemaVersion: 1, topic: Topics.planning, schema: SCORECARD_REVISION_OPENED_V1 },
  'planning.org-changed': { schemaVersion: 1, topic: Topics.planning, schema: ORG_CHANGED_V1 },
  'measurement.realization-recorded': { schemaVersion: 2, topic: Topics.measurement, schema: REALIZATION_RECORDED_V2 },
  'measurement.realization-corrected': { schemaVersion: 1, topic: Topics.measurement, schema: REALIZATION_CORRECTED_V1 },
  'measurement.realization-verified': { schemaVersion: 1, topic: Topics.measurement, schema: REALIZATION_VERIFIED_V1 },
  'measurement.realization-rejected': { schemaVersion: 1, topic: Topics.measurement, schema: REALIZATION_REJECTED_V1 },
  'measurement.period-locked': { schemaVersion: 1, topic: Topics.measurement, schema: PERIOD_LOCKED_V1 },
  'measurement.period-unlocked': { schemaVersion: 1, topic: Topics.measurement, schema: PERIOD_UNLOCKED_V1 },
  'measurement.budget-realization-recorded': { schemaVersion: 1, topic: Topics.measurement, schema: BUDGET_REALIZATION_RECORDED_V1 },
  'measurement.budget-realization-corrected': { schemaVersion: 1, topic: Topics.measurement, schema: BUDGET_REALIZATION_CORRECTED_V1 },
  'measurement.reminder-issued': { schemaVersion: 1, topic: Topics.measurement, schema: REMINDER_ISSUED_V1 },
  'evaluation.scores-published': { schemaVersion: 1, topic: Topics.evaluation, schema: SCORES_PUBLISHED_V1 },
  'evaluation.sakip-evaluation-finalized': { schemaVersion: 1, topic: Topics.evaluation, schema: SAKIP_EVALUATION_FINALIZED_V1 },
  'evaluation.recommendation-decided': { schemaVersion: 1, topic: Topics.evaluation, schema: RECOMMENDATION_DECIDED_V1 },
} as const;
export type IntegrationEventType = keyof typeof EventCatalog;

export interface IntegrationEventDataMap {
  'planning.scorecard-approved': ScorecardApprovedV1;
  'planning.scorecard-revision-opened': ScorecardRevisionOpenedV1;
  'planning.org-changed': OrgChangedV1;
  'measurement.realization-recorded': RealizationRecordedV2;
  'measurement.realization-corrected': RealizationCorrectedV1;
  'measurement.realization-verified': RealizationVerifiedV1;
  'measurement.realization-rejected': RealizationRejectedV1;
  'measurement.period-locked': PeriodLockedV1;
  'measurement.period-unlocked': PeriodUnlockedV1;
  'measurement.budget-realization-recorded': BudgetRealizationRecordedV1;
  'measurement.budget-realization-corrected': BudgetRealizationCorrectedV1;
  'measurement.reminder-issued': ReminderIssuedV1;
  'evaluation.scores-published': ScoresPublishedV1;
  'evaluation.sakip-evaluation-finalized': SakipEvaluationFinalizedV1;
  'evaluation.recommendation-decided': RecommendationDecidedV1;
}
/** Checks across fields of one event's data, run after its field schemas pass. */
const CROSS_FIELD_CHECKS: Partial<Record<IntegrationEventType, (data: unknown) => string[]>> = {
  'measurement.realization-recorded': checkValueByType,
  'measurement.realization-corrected': checkValueByType,
};

export type AnyIntegrationEvent = {
  [K in IntegrationEventType]: IntegrationEvent<K, IntegrationEventDataMap[K]>;
}[IntegrationEventType];

const ENVELOPE: ObjectSpec = {
  eventId: ID,
  type: ID,
  schemaVersion: { kind: 'integer', min: 1 },
  occurredAt: { kind: 'instant' },
  tenantId: ID,
  aggregateId: ID,
  correlationId: ID,
  causationId: { kind: 'string', nullable: true },
  actor: { kind: 'string', nullable: true },
  sourcePosition: { kind: 'integer', min: 0 },
};

export function isKnownEventType(type: string): type is IntegrationEventType {
  return Object.prototype.hasOwnProperty.call(EventCatalog, type);
}

/**
 * Validates an integration event received from the bus. Unknown types and unknown versions
 * throw ContractViolationError (the consumer sends them to the dead-letter topic).
 */
export function parseIntegrationEvent(raw: unknown): AnyIntegrationEvent {
  const envelopeProblems = checkObject(ENVELOPE, raw);
  const type = typeof (raw as { type?: unknown })?.type === 'string' ? (raw as { type: string }).type : 'unknown';
  if (envelopeProblems.length > 0) throw new ContractViolationError(type, envelopeProblems);
  const event = raw as IntegrationEvent;
  if (!isKnownEventType(event.type)) throw new ContractViolationError(type, [`unknown event type ${type}`]);
  const entry = EventCatalog[event.type];
  if (event.schemaVersion !== entry.schemaVersion) {
    throw new ContractViolationError(type, [`unsupported schemaVersion ${event.schemaVersion} (supported: ${entry.schemaVersion})`]);
  }
  const dataProblems = checkObject(entry.schema, event.data, 'data');
  if (dataProblems.length === 0) dataProblems.push(...(CROSS_FIELD_CHECKS[event.type]?.(event.data) ?? []));
  if (dataProblems.length > 0) throw new ContractViolationError(type, dataProblems);
  return event as AnyIntegrationEvent;
}

/** Builds an integration event, validating it against the catalog (a producer never publishes an invalid one). */
export function integrationEvent<K extends IntegrationEventType>(
  type: K,
  fields: Omit<IntegrationEvent<K, IntegrationEventDataMap[K]>, 'type' | 'schemaVersion'>,
): IntegrationEvent<K, IntegrationEventDataMap[K]> {
  const event = { ...fields, type, schemaVersion: EventCatalog[type].schemaVersion };
  parseIntegrationEvent(event);
  return event;
}
