import { Inject, Injectable } from '@nestjs/common';
import type { AnyIntegrationEvent } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { knownKpisFromScorecard, type KnownKpi } from '@capaian/measurement-domain';
import { Metrics, ReadModelHost, ReadinessRegistry, SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

export const PLAN_STREAM_CATEGORY = 'plan';

/** Measurement's own read model of the plan, built only from planning's integration events. */
export class PlanViewState {
  private readonly kpis = new Map<string, KnownKpi>();
  private readonly byScorecard = new Map<string, { version: number; kpiKeys: string[] }>();

  /** Each approved version of a plan replaces what was known of that scorecard (older versions arriving late are ignored). */
  apply(e: RecordedEvent): void {
    const event = e.data as AnyIntegrationEvent;
    if (event.type !== 'planning.scorecard-approved') return;
    const d = event.data;
    const scorecardKey = `${event.tenantId}/${d.scorecardId}`;
    const previous = this.byScorecard.get(scorecardKey);
    if (previous && previous.version >= d.version) return;
    for (const key of previous?.kpiKeys ?? []) this.kpis.delete(key);
    const kpiKeys: string[] = [];
    for (const k of knownKpisFromScorecard(event.tenantId, d)) {
      const key = `${event.tenantId}/${k.kpiId}`;
      kpiKeys.push(key);
      this.kpis.set(key, k);
    }
    this.byScorecard.set(scorecardKey, { version: d.version, kpiKeys });
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
      streamFor: (event) => (event.type.startsWith('planning.scorecard-') ? `${PLAN_STREAM_CATEGORY}-${event.tenantId}.${event.aggregateId}` : undefined),
      apply: (e) => state.apply(e),
    });
    this.state = state;
  }

  get(tenantId: string, kpiId: string) {
    return this.state.get(tenantId, kpiId);
  }
}
