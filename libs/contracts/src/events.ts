import { ContractViolationError, type IntegrationEvent } from './envelope.js';
import { checkObject, type ObjectSpec } from './schema.js';
import { FREQUENCIES, PERIOD_CODES, type Frequency, type PeriodCode } from './periods.js';
import { Topics } from './topics.js';

export const POLARITIES = ['higher_is_better', 'lower_is_better', 'range', 'milestone'] as const;
export type Polarity = (typeof POLARITIES)[number];

const ID = { kind: 'string', minLength: 1 } as const;

// ---------------------------------------------------------------------------------------------
// planning.kpi-defined v1: a KPI with its yearly target exists in a tenant's plan for a year.
// ---------------------------------------------------------------------------------------------
export interface KpiDefinedV1 {
  kpiId: string;
  /** Organization unit that owns the KPI (its operators push realizations). */
  ownerUnitId: string;
  code: string;
  name: string;
  /** Unit of measure as typed by the planner: "%", "hari", "Rp", "indeks"... */
  unitOfMeasure: string;
  polarity: Polarity;
  frequency: Frequency;
  year: number;
  /** Decimal string. */
  yearlyTarget: string;
}
export const KPI_DEFINED_V1: ObjectSpec = {
  kpiId: ID,
  ownerUnitId: ID,
  code: { kind: 'string', minLength: 1, description: 'Unique within its scorecard' },
  name: { kind: 'string', minLength: 1 },
  unitOfMeasure: { kind: 'string' },
  polarity: { kind: 'enum', values: POLARITIES },
  frequency: { kind: 'enum', values: FREQUENCIES },
  year: { kind: 'integer', min: 2000, max: 2100 },
  yearlyTarget: { kind: 'decimal' },
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
  'planning.kpi-defined': { schemaVersion: 1, topic: Topics.planning, schema: KPI_DEFINED_V1 },
  'measurement.realization-recorded': { schemaVersion: 1, topic: Topics.measurement, schema: REALIZATION_RECORDED_V1 },
} as const;
export type IntegrationEventType = keyof typeof EventCatalog;

export interface IntegrationEventDataMap {
  'planning.kpi-defined': KpiDefinedV1;
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
