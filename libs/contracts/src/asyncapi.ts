/**
 * The machine-readable description of every integration event: an AsyncAPI 3.0 document whose
 * message payloads are the JSON Schemas (draft-07) generated from the catalog's zod schemas, one
 * message per type and version. docs/events/asyncapi.json is this document (`asyncApiText()`,
 * written by asyncapi.cli.ts); a contract test fails when the committed file differs.
 */
import { z } from 'zod';
import { EventCatalog, knownVersions, schemaOf, type IntegrationEventType } from './catalog.js';
import { ENVELOPE } from './envelope.js';
import { Topics } from './topics.js';

const TOPIC_KEYS = Object.keys(Topics) as Array<keyof typeof Topics>;
const messageId = (type: string, version: number) => `${type}.v${version}`;

/** JSON Schema (draft-07) of one version of a type: the envelope with `type`, `schemaVersion` and `data` fixed to it. */
export function integrationEventJsonSchema(type: IntegrationEventType, version: number): Record<string, unknown> {
  const data = schemaOf(type, version);
  if (!data) throw new RangeError(`${type} has no version ${version} (known: ${knownVersions(type).join(', ')})`);
  const schema = ENVELOPE.extend({ type: z.literal(type), schemaVersion: z.literal(version), data });
  return z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
}

function message(type: IntegrationEventType, version: number) {
  const latest = EventCatalog[type].schemaVersion;
  return {
    name: type,
    title: `${type} v${version}`,
    summary: version === latest ? `Published as v${version} (the latest version).` : `No longer published; consumers still accept it and read it as v${latest} (upcast at intake).`,
    contentType: 'application/json',
    headers: {
      type: 'object',
      properties: Object.fromEntries(['event-id', 'event-type', 'schema-version', 'correlation-id', 'causation-id'].map((h) => [h, { type: 'string' }])),
    },
    payload: { schemaFormat: 'application/schema+json;version=draft-07', schema: integrationEventJsonSchema(type, version) },
    'x-schema-version': version,
    'x-latest-schema-version': latest,
  };
}

export function asyncApiDocument(): Record<string, unknown> {
  const types = Object.keys(EventCatalog) as IntegrationEventType[];
  const messages: Record<string, unknown> = {};
  for (const type of types) for (const version of knownVersions(type)) messages[messageId(type, version)] = message(type, version);
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const key of TOPIC_KEYS) {
    const ids = types.filter((t) => EventCatalog[t].topic === Topics[key]).flatMap((t) => knownVersions(t).map((v) => messageId(t, v)));
    channels[key] = {
      address: Topics[key],
      description: `Integration events of ${key} (a deployment may prefix the topic with KAFKA_TOPIC_PREFIX). Message key: <tenant>.<aggregate>, so one aggregate keeps its order.`,
      messages: Object.fromEntries(ids.map((id) => [id, { $ref: `#/components/messages/${id}` }])),
    };
    operations[`${key}.publish`] = {
      action: 'send',
      summary: `${key} publishes the latest version of each of its types; consumers accept every version listed.`,
      channel: { $ref: `#/channels/${key}` },
      messages: ids.map((id) => ({ $ref: `#/channels/${key}/messages/${id}` })),
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Capaian integration events',
      version: '1.0.0',
      description:
        'Every integration event the Capaian services exchange over the bus, per type and schema version. Generated from the zod schemas of libs/contracts (do not edit by hand). Rules: docs/adr/0013-event-versioning.md.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}

/** The committed text of docs/events/asyncapi.json. */
export function asyncApiText(): string {
  return `${JSON.stringify(asyncApiDocument(), null, 2)}\n`;
}
