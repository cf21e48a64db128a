import { Inject, Injectable } from '@nestjs/common';
import { isPeriodCode } from '@capaian/contracts';
import { fold } from '@capaian/ddd';
import { canonicalHash, handleCommand, type HandleCommandResult } from '@capaian/eventstore';
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
  type PeriodLockEvent,
  type RealizationCommand,
  type RealizationEvent,
  type RealizationState,
  type ReportingContext,
  type ReportingPolicy,
  type ReportingPolicySet,
} from '@capaian/measurement-domain';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

export interface WriteMeta {
  actor: string;
  correlationId: string;
  idempotencyKey: string | undefined;
  requestHash: string;
  ifMatchRevision?: number;
}

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

/**
 * Everything the realization use cases share: the reporting context of a submission (clock,
 * deadline of the reporting policy, period lock), the current state of a stream, and the append
 * through the pure decider with expected revision, Idempotency-Key and If-Match.
 */
@Injectable()
export class RealizationWriter {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  /** A lock on the unit's period or on any period containing it (Q1 covers M01-M03). */
  async locked(tenantId: string, unitId: string, year: number, period: string): Promise<boolean> {
    if (!isPeriodCode(period)) return false;
    const states = await Promise.all(
      periodLockStreamIdsCovering(tenantId, unitId, year, period).map(async (id) =>
        fold(periodLockDecider, (await this.infra.store.readStream(id)).map((e) => ({ type: e.type, data: e.data }) as PeriodLockEvent)),
      ),
    );
    return isLockedByAny(states);
  }

  /** The tenant's reporting policy (deadline rule) for a year; the default when none was set. */
  async reportingPolicy(tenantId: string, year: number): Promise<ReportingPolicy> {
    const events = await this.infra.store.readStream(reportingPolicyStreamId(tenantId, year));
    return reportingPolicyOf(fold(reportingPolicyDecider, events.map((e) => ({ type: e.type, data: e.data }) as ReportingPolicySet)));
  }

  /** When, against which deadline and under which lock a unit submits now. */
  async reportingContext(tenantId: string, unitId: string, year: number, period: string): Promise<ReportingContext> {
    const policy = await this.reportingPolicy(tenantId, year);
    const window = isPeriodCode(period) ? reportingWindow(year, period, policy) : { deadline: new Date(0).toISOString(), reportingPolicyId: policy.policyId };
    return { now: new Date().toISOString(), ...window, locked: await this.locked(tenantId, unitId, year, period) };
  }

  async state(streamId: string): Promise<RealizationState> {
    return (await this.load(streamId)).state;
  }

  /** A realization stream's state and the ids of its events. */
  async load(streamId: string): Promise<{ state: RealizationState; eventIds: Set<string> }> {
    const events = await this.infra.store.readStream(streamId);
    return { state: fold(realizationDecider, events.map((e) => ({ type: e.type, data: e.data }) as RealizationEvent)), eventIds: new Set(events.map((e) => e.id)) };
  }

  async execute(command: RealizationCommand, tenantId: string, meta: WriteMeta): Promise<RealizationWritten> {
    const streamId = realizationStreamId(command.tenantId, command.kpiId, command.year, command.period);
    const result: HandleCommandResult<RealizationEvent> = await handleCommand({
      store: this.infra.store,
      streamId,
      decider: realizationDecider,
      command,
      metadata: { correlationId: meta.correlationId, actor: meta.actor, tenantId },
      schemaVersionOf: (type) => REALIZATION_EVENT_SCHEMA_VERSION[type as keyof typeof REALIZATION_EVENT_SCHEMA_VERSION] ?? 1,
      idempotencyKey: meta.idempotencyKey,
      requestHash: meta.requestHash,
      ifMatchRevision: meta.ifMatchRevision,
    });
    const last = result.events[result.events.length - 1]!;
    const d = last.data as unknown as Record<string, unknown>;
    const status = last.type === 'realization-verified' ? 'verified' : last.type === 'realization-rejected' ? 'rejected' : 'submitted';
    return {
      realizationId: String(d['realizationId']),
      streamId,
      revision: result.nextExpectedRevision,
      position: result.position,
      replayed: result.replayed,
      eventType: last.type,
      status,
      valueRevision: typeof d['valueRevision'] === 'number' ? d['valueRevision'] : null,
      late: d['late'] === true,
      afterLock: d['afterLock'] === true,
    };
  }
}

export { canonicalHash };
