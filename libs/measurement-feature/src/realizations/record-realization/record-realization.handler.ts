import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand } from '@capaian/eventstore';
import { isPeriodCode } from '@capaian/contracts';
import { fold } from '@capaian/ddd';
import {
  DEFAULT_REPORTING_POLICY,
  REALIZATION_EVENT_SCHEMA_VERSION,
  isLockedByAny,
  periodLockDecider,
  periodLockStreamIdsCovering,
  realizationDecider,
  realizationStreamId,
  reportingWindow,
  type PeriodLockEvent,
} from '@capaian/measurement-domain';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';
import { RecordRealizationCommand, type RealizationRecordedResult } from './record-realization.command.js';

@CommandHandler(RecordRealizationCommand)
export class RecordRealizationHandler implements ICommandHandler<RecordRealizationCommand, RealizationRecordedResult> {
  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly plan: PlanView,
  ) {}

  /** A lock on the period or on any period containing it (Q1 covers M01-M03). */
  private async locked(tenantId: string, unitId: string, year: number, period: string): Promise<boolean> {
    if (!isPeriodCode(period)) return false;
    const states = await Promise.all(
      periodLockStreamIdsCovering(tenantId, unitId, year, period).map(async (id) =>
        fold(periodLockDecider, (await this.infra.store.readStream(id)).map((e) => ({ type: e.type, data: e.data }) as PeriodLockEvent)),
      ),
    );
    return isLockedByAny(states);
  }

  async execute(c: RecordRealizationCommand): Promise<RealizationRecordedResult> {
    const streamId = realizationStreamId(c.tenantId, c.kpiId, c.year, c.period);
    const realizationId = crypto.randomUUID();
    const result = await handleCommand({
      store: this.infra.store,
      streamId,
      decider: realizationDecider,
      command: {
        type: 'record-realization',
        realizationId,
        tenantId: c.tenantId,
        kpiId: c.kpiId,
        unitId: c.unitId,
        year: c.year,
        period: c.period,
        value: c.value,
        note: c.note,
        kpi: this.plan.get(c.tenantId, c.kpiId),
        now: new Date().toISOString(),
        // Walking-skeleton: the default reporting policy; per-tenant policy data comes with the measurement issue.
        ...reportingWindow(c.year, c.period, DEFAULT_REPORTING_POLICY),
        locked: await this.locked(c.tenantId, c.unitId, c.year, c.period),
      },
      metadata: { correlationId: c.correlationId, actor: c.actor, tenantId: c.tenantId },
      schemaVersionOf: (type) => REALIZATION_EVENT_SCHEMA_VERSION[type as keyof typeof REALIZATION_EVENT_SCHEMA_VERSION],
      idempotencyKey: c.idempotencyKey,
      requestHash: c.requestHash,
    });
    const recorded = result.events[result.events.length - 1]!.data;
    return { realizationId: recorded.realizationId, streamId, revision: result.nextExpectedRevision, position: result.position, replayed: result.replayed };
  }
}
