/**
 * Integration events: what one service tells the others over the bus. They are a public,
 * versioned contract, separate from each service's domain events (which stay private to its
 * event store). A consumer validates every message at runtime with `parseIntegrationEvent`.
 */
import { z } from 'zod';
import { id, instant, integer, type ContractProblem } from './schema.js';

/** The envelope every integration event carries; `data` is checked by the schema of its type and version. */
export const ENVELOPE = z.object({
  eventId: id().describe('UUID; consumers deduplicate by it. Equal to the id of the domain event it was derived from.'),
  type: id().describe('Explicit type name, e.g. `planning.scorecard-approved`. Never a class name.'),
  schemaVersion: integer(1).describe("Version of `data`'s schema for this type. A breaking change makes a new version."),
  occurredAt: instant().describe('ISO-8601 instant at which the producing service stored the fact.'),
  tenantId: id().describe('Pemda (tenant) the fact belongs to.'),
  aggregateId: id().describe('Aggregate the fact is about.'),
  correlationId: id(),
  causationId: z.string().nullable(),
  actor: z.string().nullable().describe('Who caused it (subject of the token), when known.'),
  sourcePosition: integer(0).describe("Position of the source event in the producer's store (for tracing; not comparable across services)."),
});

export type IntegrationEvent<TType extends string = string, TData = unknown> = Omit<z.infer<typeof ENVELOPE>, 'type'> & {
  type: TType;
  data: TData;
};

export class ContractViolationError extends Error {
  constructor(
    readonly eventType: string,
    readonly problems: ContractProblem[],
  ) {
    super(`Invalid integration event ${eventType}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
    this.name = 'ContractViolationError';
  }
}
