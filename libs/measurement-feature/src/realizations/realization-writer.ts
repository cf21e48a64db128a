import { Inject, Injectable } from '@nestjs/common';
import { isPeriodCode } from '@capaian/contracts';
import type { AppendCondition } from '@capaian/eventstore';
import {
  REALIZATION_EVENT_SCHEMA_VERSION,
  reportingPolicyDecider,
  reportingPolicyOf,
  reportingPolicyStreamId,
  isLockedByAny,
  periodLockDecider,
  periodLockStreamIdsCovering,
  realizationDecider,
  realizationStreamId,
  reportingWindow,
  type RealizationCommand,
  type CorrectRealization,
  type RecordRealization,
  type RealizationState,
  type ReportingContext,
  type ReportingPolicy,
} from '@capaian/measurement-domain';
import { CLOCK, StreamWriter, type Clock, type WriteRequest } from '@capaian/platform';

export interface RealizationWritten {
  realizationId: string;
  streamId: string;
  /** Stream revision after the write (the ETag of this realization). */
  revision: number;
  position: number;
  replayed: boolean;
  eventType: string;
  status: string;
  valueRevision: number | null;
  late: boolean;
  afterLock: boolean;
}

/** Which unit reports for which KPI and period: what a record or correction's context depends on. */
export interface ReportingKey {
  tenantId: string;
  kpiId: string;
  unitId: string;
  year: number;
  period: string;
}

/**
 * Everything the realization use cases share: the reporting context of a submission (clock,
 * deadline of the reporting policy, period lock), the current state of a stream, and the append
 * through the pure decider (StreamWriter: expected revision, Idempotency-Key and If-Match).
 *
 * A record or correction is decided on the period-lock streams it read, so its append carries
 * them as conditions (at the revisions read): a lock committed in between makes the append store
 * nothing, and the command is rebuilt on the new lock state and decided again (409 PERIOD_LOCKED
 * for a record, `afterLock` for a correction). Every accepted value therefore lies before the lock
 * event in the store's order, or was judged with that lock.
 */
@Injectable()
export class RealizationWriter {
  constructor(
    private readonly streams: StreamWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The service's "now" (the injected clock). */
  now(): Date {
    return this.clock.now();
  }

  /** A lock on the unit's period or on any period containing it (Q1 covers M01-M03). */
  async locked(tenantId: string, unitId: string, year: number, period: string): Promise<boolean> {
    return (await this.lockState(tenantId, unitId, year, period)).locked;
  }

  /** Whether the period is locked, and the lock streams at the revisions read (the conditions of an append decided on them). */
  async lockState(tenantId: string, unitId: string, year: number, period: string): Promise<{ locked: boolean; conditions: AppendCondition[] }> {
    if (!isPeriodCode(period)) return { locked: false, conditions: [] };
    const streams = await Promise.all(
      periodLockStreamIdsCovering(tenantId, unitId, year, period).map(async (streamId) => {
        const { state, revision } = await this.streams.load(streamId, periodLockDecider);
        const condition: AppendCondition = { streamId, expectedRevision: revision === -1 ? 'no_stream' : revision };
        return { condition, state };
      }),
    );
    return { locked: isLockedByAny(streams.map((s) => s.state)), conditions: streams.map((s) => s.condition) };
  }

  /** The tenant's reporting policy (deadline rule) for a year; the default when none was set. */
  async reportingPolicy(tenantId: string, year: number): Promise<ReportingPolicy> {
    return reportingPolicyOf((await this.streams.load(reportingPolicyStreamId(tenantId, year), reportingPolicyDecider)).state);
  }

  /** When, against which deadline, from when and under which lock a unit submits now. */
  async reportingContext(tenantId: string, unitId: string, year: number, period: string): Promise<ReportingContext> {
    return (await this.reportingContextAndConditions(tenantId, unitId, year, period)).context;
  }

  private async reportingContextAndConditions(tenantId: string, unitId: string, year: number, period: string): Promise<{ context: ReportingContext; conditions: AppendCondition[] }> {
    const [policy, lock] = await Promise.all([this.reportingPolicy(tenantId, year), this.lockState(tenantId, unitId, year, period)]);
    // A string that is no period code: the decider refuses it (PERIOD_NOT_IN_PLAN) before reading the window.
    const epoch = new Date(0).toISOString();
    const window = isPeriodCode(period) ? reportingWindow(year, period, policy) : { deadline: epoch, reportingPolicyId: policy.policyId, reportableFrom: epoch };
    return { context: { now: this.clock.now().toISOString(), ...window, locked: lock.locked }, conditions: lock.conditions };
  }

  /**
   * Records or corrects a value: `build` makes the command from a reporting context read for each
   * attempt, and the append is conditional on the period-lock streams that context was read from.
   */
  async executeReporting(build: (context: ReportingContext) => RecordRealization | CorrectRealization, key: ReportingKey, request: WriteRequest): Promise<RealizationWritten> {
    return this.write(realizationStreamId(key.tenantId, key.kpiId, key.year, key.period), request, async () => {
      const { context, conditions } = await this.reportingContextAndConditions(key.tenantId, key.unitId, key.year, key.period);
      return { command: build(context), conditions };
    });
  }

  async state(streamId: string): Promise<RealizationState> {
    return (await this.load(streamId)).state;
  }

  /** A realization stream's state and the ids of its events. */
  async load(streamId: string): Promise<{ state: RealizationState; eventIds: Set<string> }> {
    const { state, events } = await this.streams.load(streamId, realizationDecider);
    return { state, eventIds: new Set(events.map((e) => e.id)) };
  }

  /** A command that depends on nothing outside its stream (verify, reject). */
  async execute(command: RealizationCommand, request: WriteRequest): Promise<RealizationWritten> {
    return this.write(realizationStreamId(command.tenantId, command.kpiId, command.year, command.period), request, async () => ({ command }));
  }

  private async write(streamId: string, request: WriteRequest, prepare: () => Promise<{ command: RealizationCommand; conditions?: AppendCondition[] }>): Promise<RealizationWritten> {
    const written = await this.streams.write({ streamId, decider: realizationDecider, schemaVersions: REALIZATION_EVENT_SCHEMA_VERSION, prepare }, request);
    // The realization decider always decides an event (or refuses): the last one is the answer.
    const eventType = written.eventTypes[written.eventTypes.length - 1]!;
    const d = written.data as Record<string, unknown>;
    const status = eventType === 'realization-verified' ? 'verified' : eventType === 'realization-rejected' ? 'rejected' : 'submitted';
    return {
      realizationId: String(d['realizationId']),
      streamId,
      revision: written.revision,
      position: written.position,
      replayed: written.replayed,
      eventType,
      status,
      valueRevision: typeof d['valueRevision'] === 'number' ? d['valueRevision'] : null,
      late: d['late'] === true,
      afterLock: d['afterLock'] === true,
    };
  }
}
