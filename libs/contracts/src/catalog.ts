/**
 * The catalog of integration events: per type, its topic, every schema version consumers know and
 * how each older version upcasts to the next. Producers publish the latest version
 * (`integrationEvent`); consumers accept every known version and read the latest shape
 * (`parseIntegrationEvent` upcasts at intake). Rules: docs/adr/0013-event-versioning.md.
 */
import type { z } from 'zod';
import { ContractViolationError, ENVELOPE, type IntegrationEvent } from './envelope.js';
import { RECOMMENDATION_DECIDED_V1, SAKIP_EVALUATION_FINALIZED_V1, SCORES_PUBLISHED_V1 } from './events-evaluation.js';
import {
  BUDGET_REALIZATION_CORRECTED_V1,
  BUDGET_REALIZATION_RECORDED_V1,
  PERIOD_LOCKED_V1,
  PERIOD_UNLOCKED_V1,
  REALIZATION_CORRECTED_V1,
  REALIZATION_RECORDED_V1,
  REALIZATION_RECORDED_V2,
  REALIZATION_REJECTED_V1,
  REALIZATION_VERIFIED_V1,
  REMINDER_ISSUED_V1,
  upcastRealizationRecordedV1,
} from './events-measurement.js';
import { ORG_CHANGED_V1, SCORECARD_APPROVED_V1, SCORECARD_REVISION_OPENED_V1 } from './events-planning.js';
import { problemsOf, type ContractProblem } from './schema.js';
import { Topics, type TopicName } from './topics.js';

type Envelope = Omit<IntegrationEvent, 'data'>;

/** An older version of a type: its schema, and how its data becomes the data of the next version. */
export interface OlderVersion {
  schema: z.ZodType;
  upcast: (data: never, envelope: Envelope) => unknown;
}

export interface CatalogEntry<S extends z.ZodType = z.ZodType> {
  topic: TopicName;
  /** The latest version: what producers publish and what `parseIntegrationEvent` returns. */
  schemaVersion: number;
  /** The schema of the latest version. */
  schema: S;
  /** Every older version consumers still accept, by version number. */
  older: Readonly<Record<number, OlderVersion>>;
}

const only = <S extends z.ZodType>(topic: TopicName, schema: S): CatalogEntry<S> => ({ topic, schemaVersion: 1, schema, older: {} });

/** Every integration event type. */
export const EventCatalog = {
  'planning.scorecard-approved': only(Topics.planning, SCORECARD_APPROVED_V1),
  'planning.scorecard-revision-opened': only(Topics.planning, SCORECARD_REVISION_OPENED_V1),
  'planning.org-changed': only(Topics.planning, ORG_CHANGED_V1),
  'measurement.realization-recorded': {
    topic: Topics.measurement,
    schemaVersion: 2,
    schema: REALIZATION_RECORDED_V2,
    older: { 1: { schema: REALIZATION_RECORDED_V1, upcast: upcastRealizationRecordedV1 } },
  } satisfies CatalogEntry<typeof REALIZATION_RECORDED_V2>,
  'measurement.realization-corrected': only(Topics.measurement, REALIZATION_CORRECTED_V1),
  'measurement.realization-verified': only(Topics.measurement, REALIZATION_VERIFIED_V1),
  'measurement.realization-rejected': only(Topics.measurement, REALIZATION_REJECTED_V1),
  'measurement.period-locked': only(Topics.measurement, PERIOD_LOCKED_V1),
  'measurement.period-unlocked': only(Topics.measurement, PERIOD_UNLOCKED_V1),
  'measurement.budget-realization-recorded': only(Topics.measurement, BUDGET_REALIZATION_RECORDED_V1),
  'measurement.budget-realization-corrected': only(Topics.measurement, BUDGET_REALIZATION_CORRECTED_V1),
  'measurement.reminder-issued': only(Topics.measurement, REMINDER_ISSUED_V1),
  'evaluation.scores-published': only(Topics.evaluation, SCORES_PUBLISHED_V1),
  'evaluation.sakip-evaluation-finalized': only(Topics.evaluation, SAKIP_EVALUATION_FINALIZED_V1),
  'evaluation.recommendation-decided': only(Topics.evaluation, RECOMMENDATION_DECIDED_V1),
} as const;
export type IntegrationEventType = keyof typeof EventCatalog;

/** The data of the latest version of each type. */
export type IntegrationEventDataMap = { [K in IntegrationEventType]: z.infer<(typeof EventCatalog)[K]['schema']> };

export type AnyIntegrationEvent = {
  [K in IntegrationEventType]: IntegrationEvent<K, IntegrationEventDataMap[K]>;
}[IntegrationEventType];

export function isKnownEventType(type: string): type is IntegrationEventType {
  return Object.prototype.hasOwnProperty.call(EventCatalog, type);
}

/** The versions of `type` consumers accept, oldest first (the last one is what producers publish). */
export function knownVersions(type: IntegrationEventType): number[] {
  const entry: CatalogEntry = EventCatalog[type];
  return [...Object.keys(entry.older).map(Number), entry.schemaVersion].sort((a, b) => a - b);
}

/** The schema of one version of a type; undefined for a version the catalog does not know. */
export function schemaOf(type: IntegrationEventType, version: number): z.ZodType | undefined {
  const entry: CatalogEntry = EventCatalog[type];
  return version === entry.schemaVersion ? entry.schema : Object.hasOwn(entry.older, version) ? entry.older[version]!.schema : undefined;
}

const fail = (type: string, problems: ContractProblem[]): never => {
  throw new ContractViolationError(type, problems);
};

/**
 * Validates an integration event received from the bus, of any version the catalog knows, and
 * returns it in the latest version of its type (older data upcast version by version, then
 * checked against the latest schema). Unknown types and unknown versions throw
 * ContractViolationError (the consumer sends them to the dead-letter topic). Fields the schema does
 * not name are kept as received (a tolerant reader: optional fields added later pass through).
 */
export function parseIntegrationEvent(raw: unknown): AnyIntegrationEvent {
  const type = typeof (raw as { type?: unknown } | null)?.type === 'string' ? (raw as { type: string }).type : 'unknown';
  const envelopeProblems = problemsOf(ENVELOPE, raw);
  if (envelopeProblems.length > 0) fail(type, envelopeProblems);
  const event = raw as IntegrationEvent;
  if (!isKnownEventType(event.type)) return fail(type, [{ field: 'type', message: `names an unknown event type ${type}` }]);
  const entry: CatalogEntry = EventCatalog[event.type];
  const schema = schemaOf(event.type, event.schemaVersion);
  if (!schema) return fail(type, [{ field: 'schemaVersion', message: `unsupported schemaVersion ${event.schemaVersion} (supported: ${knownVersions(event.type).join(', ')})` }]);
  const dataProblems = problemsOf(schema, event.data, 'data');
  if (dataProblems.length > 0) fail(type, dataProblems);
  if (event.schemaVersion === entry.schemaVersion) return event as AnyIntegrationEvent;
  let data = event.data;
  for (let version = event.schemaVersion; version < entry.schemaVersion; version++) data = entry.older[version]!.upcast(data as never, event);
  const upcastProblems = problemsOf(entry.schema, data, 'data');
  if (upcastProblems.length > 0)
    fail(
      type,
      upcastProblems.map((p) => ({ ...p, message: `${p.message} (after upcasting v${event.schemaVersion})` })),
    );
  return { ...event, schemaVersion: entry.schemaVersion, data } as AnyIntegrationEvent;
}

/** Builds an integration event in the latest version of its type, validating it (a producer never publishes an invalid one). */
export function integrationEvent<K extends IntegrationEventType>(
  type: K,
  fields: Omit<IntegrationEvent<K, IntegrationEventDataMap[K]>, 'type' | 'schemaVersion'>,
): IntegrationEvent<K, IntegrationEventDataMap[K]> {
  const event = { ...fields, type, schemaVersion: EventCatalog[type].schemaVersion };
  parseIntegrationEvent(event);
  return event;
}
