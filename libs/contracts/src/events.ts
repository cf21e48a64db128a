import { ContractViolationError, type IntegrationEvent } from './envelope.js';
import { checkObject, type FieldSpec, type ObjectSpec } from './schema.js';
import { FREQUENCIES, PERIOD_CODES, type Frequency, type PeriodCode } from './periods.js';
import { Topics } from './topics.js';

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

// ---------------------------------------------------------------------------------------------
// measurement.realization-recorded v1: a unit reported what it achieved for a KPI and period.
// ---------------------------------------------------------------------------------------------
export interface RealizationRecordedV1 {
  realizationId: string;
  kpiId: string;
  unitId: string;
  year: number;
  period: PeriodCode;
  /** Decimal string. */
  value: string;
  note: string | null;
}
export const REALIZATION_RECORDED_V1: ObjectSpec = {
  realizationId: ID,
  kpiId: ID,
  unitId: ID,
  year: { kind: 'integer', min: 2000, max: 2100 },
  period: { kind: 'enum', values: PERIOD_CODES },
  value: { kind: 'decimal' },
  note: { kind: 'string', nullable: true },
};

/** Every integration event type, its current schema version, topic and data schema. */
export const EventCatalog = {
  'planning.scorecard-approved': { schemaVersion: 1, topic: Topics.planning, schema: SCORECARD_APPROVED_V1 },
  'planning.scorecard-revision-opened': { schemaVersion: 1, topic: Topics.planning, schema: SCORECARD_REVISION_OPENED_V1 },
  'planning.org-changed': { schemaVersion: 1, topic: Topics.planning, schema: ORG_CHANGED_V1 },
  'measurement.realization-recorded': { schemaVersion: 1, topic: Topics.measurement, schema: REALIZATION_RECORDED_V1 },
} as const;
export type IntegrationEventType = keyof typeof EventCatalog;

export interface IntegrationEventDataMap {
  'planning.scorecard-approved': ScorecardApprovedV1;
  'planning.scorecard-revision-opened': ScorecardRevisionOpenedV1;
  'planning.org-changed': OrgChangedV1;
  'measurement.realization-recorded': RealizationRecordedV1;
}
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
