/**
 * The event store port. Every adapter (PostgreSQL, PGlite, EventStoreDB) implements exactly
 * these semantics; the shared conformance suite (conformance.ts) proves it.
 *
 * Stream ids follow the EventStoreDB convention `<category>-<id>`: the category is the part
 * before the first '-'. Example: `kpi-3f2a...`, `realization-<tenant>.<kpi>.<period>`.
 * Revisions are 0-based per stream; positions are global, strictly increasing and, on the SQL
 * adapters, gapless (1, 2, 3...). Numbers are JS numbers (safe up to 2^53).
 */

/** 'no_stream': the stream must not exist. 'any': no check. number: the stream's last revision must equal it. */
export type ExpectedRevision = 'no_stream' | 'any' | number;

export interface EventMetadataInput {
  correlationId: string;
  causationId?: string | null;
  actor?: string | null;
  /** Free-form extra metadata (tenant, idempotency key...). Must be JSON. */
  [key: string]: unknown;
}

export interface EventMetadata extends EventMetadataInput {
  /** ISO-8601 instant at which the store accepted the event (set by the store). */
  recordedAt: string;
}

export interface NewEvent<T = unknown> {
  /** UUID chosen by the writer; re-appending an event with the same id stores nothing twice. */
  id: string;
  /** Explicit, versioned type name, e.g. `planning.kpi-defined`. Never a class name. */
  type: string;
  schemaVersion: number;
  data: T;
  metadata: EventMetadataInput;
}

export interface RecordedEvent<T = unknown> {
  id: string;
  type: string;
  schemaVersion: number;
  data: T;
  metadata: EventMetadata;
  streamId: string;
  /** 0-based position inside the stream. */
  revision: number;
  /** Global position in the whole store (strictly increasing). */
  position: number;
  /**
   * Link of the stream's hash chain (lower-case hex sha256, see history-hash.ts): covers the event
   * AS STORED (before upcasters) and `previousHash`. Empty on EventStoreDB events written before hashing.
   */
  hash: string;
  /** `hash` of the stream's previous event; GENESIS_HASH (64 zeros) at revision 0. */
  previousHash: string;
}

/**
 * A condition of an append on another stream (or the same one): the append stores nothing unless
 * the stream is at `expectedRevision` when the append commits. 'no_stream' or a revision (>= 0);
 * 'any' checks nothing and is refused as a caller mistake (RangeError).
 */
export interface AppendCondition {
  streamId: string;
  expectedRevision: ExpectedRevision;
} // 'no_stream' | number

/**
 * `conditions`: if any condition stream is not at its expected revision, append stores nothing and
 * throws WrongExpectedRevisionError with streamId = the condition stream (expected, actual). An
 * idempotent repeat (every event id already stored in this stream) returns the original answer
 * without checking the conditions, like the expected revision. SQL adapters check the conditions
 * in the append's transaction; EventStoreDB cannot (see README, "Conditions on EventStoreDB").
 */
export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  conditions?: readonly AppendCondition[];
}

export interface AppendResult {
  /** Revision of the last event of the stream after the append (use as the next expectedRevision). */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: number;
  /** false when every event id was already stored (an idempotent repeat): nothing was written. */
  written: boolean;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events with position > fromPosition. Default 0 (from the beginning). */
  fromPosition?: number;
  maxCount?: number;
  /** Only streams of this category (`<category>-...`). */
  category?: string;
  /** false: events exactly as stored, without upcasters (what the hash chain covers). Default true. */
  upcast?: boolean;
}

export type EventHandler = (event: RecordedEvent) => Promise<void>;

export interface SubscribeOptions {
  /** Exclusive start position (what a checkpoint stores). Default 0. */
  fromPosition?: number;
  category?: string;
  handler: EventHandler;
  /** Called when the handler or the store fails; the subscription then stops. */
  onError?: (error: unknown) => void;
  /** Called once the subscription has caught up with what was stored when it started. */
  onCaughtUp?: (position: number) => void;
}

export interface Subscription {
  /** Resolves when no handler call is in flight any more. */
  stop(): Promise<void>;
  /** Last position handled. */
  readonly position: number;
}

/** Durable checkpoints (relays, projections). Stored in the same database as the events. */
export interface CheckpointStore {
  load(checkpointId: string): Promise<number | undefined>;
  /** Compare-and-set when `expected` is given: throws CheckpointConflictError if it moved. */
  store(checkpointId: string, position: number, expected?: number): Promise<void>;
}

/** Rewrites an old event version into the current one on read. Keyed by event type. */
export type Upcaster = (event: RecordedEvent) => RecordedEvent;
export type UpcasterMap = Record<string, Upcaster>;

export interface EventStore {
  readonly kind: 'postgres' | 'pglite' | 'eventstoredb';
  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Reads in pages internally; yields in global order. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** Catch-up subscription: replays from `fromPosition`, then delivers new events live, in order, one at a time. */
  subscribe(options: SubscribeOptions): Subscription;
  /** Position of the last stored event (0 when empty). */
  headPosition(): Promise<number>;
  readonly checkpoints: CheckpointStore;
  /** Cheap round trip used by readiness probes. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/**
 * EventStoreDB only (no multi-stream transactions): the events WERE stored, but a condition stream
 * received an event that committed before them, so the condition did not hold at the append.
 * The caller decides (compensate, flag, alert). Never raised by the SQL adapters.
 */
export class AppendConditionRaceError extends Error {
  constructor(
    readonly streamId: string,
    readonly conditionStreamId: string,
    readonly expected: ExpectedRevision,
    /** Global position of the appended batch's last event. */
    readonly position: number,
  ) {
    super(`Stream ${streamId}: appended at ${position}, but condition stream ${conditionStreamId} moved past ${String(expected)} before that commit`);
    this.name = 'AppendConditionRaceError';
  }
}

/** Some but not all event ids of a batch were stored before: the batch is neither new nor a repeat. */
export class IdempotencyConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventIds: string[],
  ) {
    super(`Stream ${streamId}: events ${eventIds.join(', ')} were already stored with a different batch`);
    this.name = 'IdempotencyConflictError';
  }
}

/** An event carries text no store can keep (a NUL or a lone surrogate): nothing was written. */
export class UnstorableTextError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventType: string,
    /** Dotted paths inside the event (`data.note`, `metadata.actor`). */
    readonly fields: string[],
  ) {
    super(`append to ${streamId}: ${eventType} carries text that cannot be stored (NUL or lone surrogate) at ${fields.join(', ')}`);
    this.name = 'UnstorableTextError';
  }
}

export class CheckpointConflictError extends Error {
  constructor(
    readonly checkpointId: string,
    readonly expected: number,
    readonly actual: number | undefined,
  ) {
    super(`Checkpoint ${checkpointId}: expected ${expected}, found ${String(actual)}`);
    this.name = 'CheckpointConflictError';
  }
}

export function categoryOf(streamId: string): string {
  const i = streamId.indexOf('-');
  return i < 0 ? streamId : streamId.slice(0, i);
}
