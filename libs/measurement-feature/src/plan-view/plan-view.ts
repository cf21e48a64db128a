import { Inject, Injectable } from '@nestjs/common';
import type { AnyIntegrationEvent } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { knownInitiativesFromScorecard, knownKpisFromScorecard, type KnownInitiative, type KnownKpi } from '@capaian/measurement-domain';
import { Metrics, ReadModelHost, ReadinessRegistry, SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

export const PLAN_STREAM_CATEGORY = 'plan';

/** Measurement's own read model of the plan, built only from planning's integration events. */
export class PlanViewState {
  private readonly kpis = new Map<string, KnownKpi>();
  private readonly initiatives = new Map<string, KnownInitiative>();
  private readonly byScorecard = new Map<string, { version: number; kpiKeys: string[]; initiativeKeys: string[] }>();

  /** Each approved version of a plan replaces what was known of that scorecard (older versions arriving late are ignored). */
  apply(e: RecordedEvent): void {
    const event = e.data as AnyIntegrationEvent;
    if (event.type !== 'planning.scorecard-approved') return;
    const d = event.data;
    const scorecardKey = `${event.tenantId}/${d.scorecardId}`;
    const previous = this.byScorecard.get(scorecardKey);
    if (previous && previous.version >= d.version) return;
    for (const key of previous?.kpiKeys ?? []) this.kpis.delete(key);
    for (const key of previous?.initiativeKeys ?? []) this.initiatives.delete(key);
    const kpiKeys: string[] = [];
    for (const k of knownKpisFromScorecard(event.tenantId, d)) {
      const key = `${event.tenantId}/${k.kpiId}`;
      kpiKeys.push(key);
      this.kpis.set(key, k);
    }
    const initiativeKeys: string[] = [];
    for (const i of knownInitiativesFromScorecard(event.tenantId, d)) {
      const key = `${event.tenantId}/${i.initiativeId}`;
      initiativeKeys.push(key);
      this.initiatives.set(key, i);
    }
    this.byScorecard.set(scorecardKey, { version: d.version, kpiKeys, initiativeKeys });
  }

  get(tenantId: string, kpiId: string) {
    return this.kpis.get(`${tenantId}/${kpiId}`);
  }

  initiative(tenantId: string, initiativeId: string) {
    return this.initiatives.get(`${tenantId}/${initiativeId}`);
  }

  /** The KPIs a unit reports for a year (the reporting form, missing-data lists). */
  kpisOf(tenantId: string, unitId: string, year: number): KnownKpi[] {
    return [...this.kpis.values()].filter((k) => k.tenantId === tenantId && k.ownerUnitId === unitId && k.year === year).sort((a, b) => a.kpiId.localeCompare(b.kpiId));
  }

  /** Every (tenant, unit, year) that has KPIs to report. */
  reportingUnits(): Array<{ tenantId: string; unitId: string; year: number }> {
    const seen = new Map<string, { tenantId: string; unitId: string; year: number }>();
    for (const k of this.kpis.values()) if (k.ownerUnitId) seen.set(`${k.tenantId}/${k.ownerUnitId}/${k.year}`, { tenantId: k.tenantId, unitId: k.ownerUnitId, year: k.year });
    return [...seen.values()];
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

  initiative(tenantId: string, initiativeId: string) {
    return this.state.initiative(tenantId, initiativeId);
  }
}
