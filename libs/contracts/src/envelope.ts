/**
 * Integration events: what one service tells the others over the bus. They are a public,
 * versioned contract, separate from each service's domain events (which stay private to its
 * event store). A consumer validates every message at runtime with `parseIntegrationEvent`.
 */

export interface IntegrationEvent<TType extends string = string, TData = unknown> {
  /** UUID; consumers deduplicate by it. Equal to the id of the domain event it was derived from. */
  eventId: string;
  /** Explicit type name, e.g. `planning.kpi-defined`. Never a class name. */
  type: TType;
  /** Version of `data`'s schema for this type. A breaking change makes a new version. */
  schemaVersion: number;
  /** ISO-8601 instant at which the producing service stored the fact. */
  occurredAt: string;
  /** Pemda (tenant) the fact belongs to. */
  tenantId: string;
  /** Aggregate the fact is about; also the bus partition key (order per aggregate). */
  aggregateId: string;
  correlationId: string;
  causationId: string | null;
  /** Who caused it (subject of the token), when known. */
  actor: string | null;
  /** Position of the source event in the producer's store (for tracing; not comparable across services). */
  sourcePosition: number;
  data: TData;
}

export class ContractViolationError extends Error {
  constructor(
    readonly eventType: string,
    readonly problems: string[],
  ) {
    super(`Invalid integration event ${eventType}: ${problems.join('; ')}`);
    this.name = 'ContractViolationError';
  }
}
