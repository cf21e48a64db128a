import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@capaian/ddd';
import { PERIOD_LOCK_EVENT_SCHEMA_VERSION, periodLockDecider, periodLockStreamId, type PeriodLockCommand } from '@capaian/measurement-domain';
import { StreamWriter, type StreamWritten, type WriteRequest } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';

/** Locks or unlocks a unit's period. */
export class ChangePeriodLockCommand extends Command<StreamWritten> {
  constructor(
    readonly change: PeriodLockCommand,
    readonly request: WriteRequest,
  ) {
    super();
  }
}

@CommandHandler(ChangePeriodLockCommand)
export class ChangePeriodLockHandler implements ICommandHandler<ChangePeriodLockCommand, StreamWritten> {
  constructor(
    private readonly streams: StreamWriter,
    private readonly plan: PlanView,
  ) {}

  async execute({ change, request }: ChangePeriodLockCommand): Promise<StreamWritten> {
    // A lock only means something for a unit that reports: a typo in the unit id is a 404, not a dangling lock.
    if (!this.plan.state.reportingUnits().some((u) => u.tenantId === change.tenantId && u.unitId === change.unitId)) {
      throw new DomainError('UNIT_UNKNOWN', `Unit ${change.unitId} tidak memiliki IKU pada rencana yang disetujui / no approved plan gives this unit KPIs to report`, undefined, 'not_found', [
        { field: 'unitId', errors: ['unknown reporting unit'] },
      ]);
    }
    const streamId = periodLockStreamId(change.tenantId, change.unitId, change.year, change.period);
    return this.streams.write({ streamId, decider: periodLockDecider, schemaVersions: PERIOD_LOCK_EVENT_SCHEMA_VERSION, command: change }, request);
  }
}
