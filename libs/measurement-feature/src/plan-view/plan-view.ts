import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { AnyIntegrationEvent } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import type { KnownKpi } from '@capaian/measurement-domain';
import { IntegrationEventIntake, LiveProjection, Metrics, ReadinessRegistry, observeReadModel, SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

export const PLAN_STREAM_CATEGORY = 'plan';

/** Measurement's own read model of the plan, built only from planning's integration events. */
export class PlanViewState {
  private readonly kpis = new Map<string, KnownKpi & { code: string; name: string; yearlyTarget: string }>();

  apply(e: RecordedEvent): void {
    const event = e.data as AnyIntegrationEvent;
    if (event.type === 'planning.kpi-defined') {
      const d = event.data;
      this.kpis.set(`${event.tenantId}/${d.kpiId}`, {
        tenantId: event.tenantId,
        kpiId: d.kpiId,
        ownerUnitId: d.ownerUnitId,
        frequency: d.frequency,
        year: d.year,
        code: d.code,
        name: d.name,
        yearlyTarget: d.yearlyTarget,
      });
    }
  }

  get(tenantId: string, kpiId: string) {
    return this.kpis.get(`${tenantId}/${kpiId}`);
  }
}

@Injectable()
export class PlanView implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly state = new PlanViewState();
  private readonly projection: LiveProjection;
  private readonly intake: IntegrationEventIntake;

  constructor(@Inject(SERVICE_INFRASTRUCTURE) infra: ServiceInfrastructure, readiness: ReadinessRegistry, metrics: Metrics) {
    this.projection = new LiveProjection('measurement.plan-view', infra.store, (e) => this.state.apply(e), PLAN_STREAM_CATEGORY);
    this.intake = new IntegrationEventIntake({
      store: infra.store,
      bus: infra.bus,
      groupId: `${infra.groupPrefix}measurement.plan-intake`,
      topics: [infra.topics.planning],
      streamFor: (event: AnyIntegrationEvent) => (event.type === 'planning.kpi-defined' ? `${PLAN_STREAM_CATEGORY}-${event.tenantId}.${event.data.kpiId}` : undefined),
    });
    observeReadModel(metrics, this.projection, this.intake, `${infra.groupPrefix}measurement.plan-intake`);
    readiness.register('plan-view', async () => {
      if (!this.projection.isCaughtUp) throw new Error('plan view is still replaying');
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.projection.start();
    await this.intake.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.intake.stop();
    await this.projection.stop();
  }

  get(tenantId: string, kpiId: string) {
    return this.state.get(tenantId, kpiId);
  }
}
