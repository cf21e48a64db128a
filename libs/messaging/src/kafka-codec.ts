/** Kafka message encoding: payload as JSON, metadata in headers (see `HEADERS`). */
import type { IHeaders, KafkaMessage } from 'kafkajs';
import { STANDARD_HEADERS } from './delivery.js';
import { HEADERS, type DeliveredMessage, type OutgoingMessage } from './port.js';

export function encode(m: OutgoingMessage): { key: string; value: string; headers: IHeaders } {
  const headers: IHeaders = {
    ...m.headers,
    [HEADERS.eventId]: m.eventId,
    [HEADERS.type]: m.type,
    [HEADERS.schemaVersion]: String(m.schemaVersion),
    [HEADERS.correlationId]: m.correlationId,
  };
  if (m.causationId != null) headers[HEADERS.causationId] = m.causationId;
  return { key: m.key, value: JSON.stringify(m.payload ?? null), headers };
}

function headerText(v: IHeaders[string]): string | undefined {
  if (v === undefined) return undefined;
  const last = Array.isArray(v) ? v[v.length - 1] : v;
  return last === undefined ? undefined : last.toString();
}

export function decodeKafkaMessage(topic: string, partition: number, message: KafkaMessage): Omit<DeliveredMessage, 'attempt'> {
  const raw = message.headers ?? {};
  const get = (name: string) => headerText(raw[name]);
  const eventId = get(HEADERS.eventId);
  const type = get(HEADERS.type);
  const schemaVersion = Number(get(HEADERS.schemaVersion));
  const correlationId = get(HEADERS.correlationId);
  const problems: string[] = [];
  if (!eventId) problems.push(`missing header ${HEADERS.eventId}`);
  if (!type) problems.push(`missing header ${HEADERS.type}`);
  if (!Number.isInteger(schemaVersion)) problems.push(`bad header ${HEADERS.schemaVersion}`);
  if (correlationId === undefined) problems.push(`missing header ${HEADERS.correlationId}`);
  let payload: unknown = null;
  if (message.value) {
    try {
      payload = JSON.parse(message.value.toString('utf8')) as unknown;
    } catch (e) {
      problems.push(`payload is not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  if (problems.length) throw new Error(`Undecodable message ${topic}/${partition}@${message.offset}: ${problems.join('; ')}`);
  const headers: Record<string, string> = {};
  for (const name of Object.keys(raw)) {
    if (STANDARD_HEADERS.has(name)) continue;
    const v = get(name);
    if (v !== undefined) headers[name] = v;
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? '',
    eventId: eventId!,
    type: type!,
    schemaVersion,
    correlationId: correlationId!,
    causationId: get(HEADERS.causationId) ?? null,
    payload,
    headers,
  };
}
