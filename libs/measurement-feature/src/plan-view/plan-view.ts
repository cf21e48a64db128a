import { Inject, Injectable } from '@nestjs/common';
import type { AnyIntegrationEvent } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import type { KnownKpi } from '@capaian/measurement-domain';
import { Metrics, ReadModelHost, ReadinessRegistry, SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

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
export class PlanView extends ReadModelHost {
  readonly state: PlanViewState;

  constructor(@Inject(SERVICE_INFRASTRUCTURE) infra: ServiceInfrastructure, readiness: ReadinessRegistry, metrics: Metrics) {
    const state = new PlanViewState();
    super(infra, readiness, metrics, {
      name: 'measurement.plan-view',
      category: PLAN_STREAM_CATEGORY,
      group: 'measurement.plan-intake',
      topics: [infra.topics.planning],
      streamFor: (event) => (event.type === 'planning.kpi-defined' ? `${PLAN_STREAM_CATEGORY}-${event.tenantId}.${event.data.kpiId}` : undefined),
      apply: (e) => state.apply(e),
    });
    this.state = state;
  }

  get(tenantId: string, kpiId: string) {
    return this.state.get(tenantId, kpiId);
  }
}
