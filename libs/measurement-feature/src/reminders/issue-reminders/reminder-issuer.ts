import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { REMINDER_EVENT_SCHEMA_VERSION, reminderLogDecider, reminderStreamId, reminders } from '@capaian/measurement-domain';
import { CLOCK, StreamWriter, type Clock } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';
import { RealizationIndex } from '../../realizations/index/realization-index.js';
import { RealizationWriter } from '../../realizations/realization-writer.js';

/** How often the service looks for missing data on its own (an evaluator can also trigger it). */
export const REMINDER_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Issues a `reminder-issued` event for each missing realization whose period has ended (stage
 * 'due') and again once it is overdue, through the unit's reminder log (reminderLogDecider): running
 * this any number of times issues each reminder once; the relay publishes them as
 * `measurement.reminder-issued`.
 */
@Injectable()
export class ReminderIssuer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReminderIssuer');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly streams: StreamWriter,
    private readonly plan: PlanView,
    private readonly index: RealizationIndex,
    private readonly writer: RealizationWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.issue(this.clock.now()).catch((e: unknown) => this.logger.error(`reminders failed: ${String(e)}`));
    }, REMINDER_INTERVAL_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async issue(now: Date, tenantId?: string): Promise<{ issued: number; alreadyIssued: number }> {
    await this.index.caughtUp();
    let issued = 0;
    let alreadyIssued = 0;
    for (const u of this.plan.state.reportingUnits().filter((x) => !tenantId || x.tenantId === tenantId)) {
      const recorded = this.index.state.list({ tenantId: u.tenantId, unitId: u.unitId, year: u.year });
      const policy = await this.writer.reportingPolicy(u.tenantId, u.year);
      const due = reminders(this.plan.state.kpisOf(u.tenantId, u.unitId, u.year), recorded, u.unitId, u.year, 'all', now.toISOString(), policy);
      if (due.length === 0) continue;
      const request = { actor: 'measurement', tenantId: u.tenantId, correlationId: `reminders-${now.toISOString()}`, requestHash: '' };
      const written = await this.streams.write(
        { streamId: reminderStreamId(u.tenantId, u.unitId, u.year), decider: reminderLogDecider, schemaVersions: REMINDER_EVENT_SCHEMA_VERSION, command: { type: 'issue-reminders', due } },
        request,
      );
      issued += written.eventTypes.length;
      alreadyIssued += due.length - written.eventTypes.length;
    }
    if (issued > 0) this.logger.log(`issued ${issued} reminders (${alreadyIssued} already issued)`);
    return { issued, alreadyIssued };
  }
}
