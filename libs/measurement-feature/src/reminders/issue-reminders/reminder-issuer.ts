import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { deterministicUuid } from '@capaian/eventstore';
import { reminders } from '@capaian/measurement-domain';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { PlanView } from '../../plan-view/plan-view.js';
import { RealizationIndex } from '../../realizations/index/realization-index.js';
import { RealizationWriter } from '../../realizations/realization-writer.js';

export const REMINDER_EVENT_TYPE = 'reminder-issued';
/** How often the service looks for missing data on its own (an evaluator can also trigger it). */
export const REMINDER_INTERVAL_MS = 60 * 60 * 1000;

export function reminderStreamId(tenantId: string, unitId: string, year: number): string {
  return `reminder-${tenantId}.${unitId}.${year}`;
}

/**
 * Appends a `reminder-issued` event for each missing realization whose period has ended (stage
 * 'due') and again once it is overdue. The event id derives from the reminder key, so running
 * this any number of times issues each reminder once; the relay publishes them as
 * `measurement.reminder-issued`.
 */
@Injectable()
export class ReminderIssuer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReminderIssuer');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly plan: PlanView,
    private readonly index: RealizationIndex,
    private readonly writer: RealizationWriter,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.issue(this.writer.now()).catch((e: unknown) => this.logger.error(`reminders failed: ${String(e)}`));
    }, REMINDER_INTERVAL_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The service's "now" (the injected clock). */
  now(): Date {
    return this.writer.now();
  }

  async issue(now: Date, tenantId?: string): Promise<{ issued: number; alreadyIssued: number }> {
    await this.index.caughtUp();
    let issued = 0;
    let alreadyIssued = 0;
    for (const u of this.plan.state.reportingUnits().filter((x) => !tenantId || x.tenantId === tenantId)) {
      const recorded = this.index.state.list({ tenantId: u.tenantId, unitId: u.unitId, year: u.year });
      const policy = await this.writer.reportingPolicy(u.tenantId, u.year);
      const due = reminders(this.plan.state.kpisOf(u.tenantId, u.unitId, u.year), recorded, u.unitId, u.year, 'all', now.toISOString(), policy);
      for (const r of due) {
        const result = await this.infra.store.append(
          reminderStreamId(u.tenantId, u.unitId, u.year),
          [{ id: deterministicUuid(`reminder|${r.reminderKey}`), type: REMINDER_EVENT_TYPE, schemaVersion: 1, data: r, metadata: { correlationId: `reminders-${now.toISOString()}`, actor: 'measurement', tenantId: u.tenantId } }],
          { expectedRevision: 'any' },
        );
        if (result.written) issued++;
        else alreadyIssued++;
      }
    }
    if (issued > 0) this.logger.log(`issued ${issued} reminders (${alreadyIssued} already issued)`);
    return { issued, alreadyIssued };
  }
}
