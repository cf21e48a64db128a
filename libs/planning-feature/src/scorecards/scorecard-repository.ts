import { Inject, Injectable } from '@nestjs/common';
import { domainEventsOf, loadStream, recordedBy, type RecordedEvent } from '@capaian/eventstore';
import {
  orgDecider,
  orgStreamId,
  parseItemId,
  scorecardDecider,
  scorecardStreamId,
  slug,
  type OrgState,
  type ParentKpi,
  type ParentObjective,
  type PlanContext,
  type ScorecardEvent,
  type ScorecardState,
} from '@capaian/planning-domain';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

export interface LoadedScorecard {
  state: ScorecardState;
  events: RecordedEvent[];
  /** Stream revision (the ETag); -1 when the scorecard does not exist. */
  revision: number;
}

const SCORECARD_CATEGORY = 'scorecard';

/**
 * Reads scorecards and the organization tree from planning's own store, now or as they were
 * known at an instant (`asOf`: events recorded after it are ignored).
 */
@Injectable()
export class ScorecardRepository {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  async load(tenantId: string, scorecardId: string, asOf?: Date): Promise<LoadedScorecard> {
    return loadStream(this.infra.store, scorecardStreamId(tenantId, scorecardId), scorecardDecider, { asOf });
  }

  async org(tenantId: string, asOf?: Date): Promise<{ state: OrgState; revision: number }> {
    const { state, revision } = await loadStream(this.infra.store, orgStreamId(tenantId), orgDecider, { asOf });
    return { state, revision };
  }

  /** Every scorecard of the tenant (one pass over the scorecard category). */
  async all(tenantId: string, asOf?: Date): Promise<ScorecardState[]> {
    const prefix = scorecardStreamId(tenantId, '');
    const byStream = new Map<string, ScorecardState>();
    for await (const e of this.infra.store.readAll({ category: SCORECARD_CATEGORY })) {
      if (!e.streamId.startsWith(prefix) || !recordedBy(e, asOf)) continue;
      byStream.set(e.streamId, scorecardDecider.evolve(byStream.get(e.streamId) ?? scorecardDecider.initialState(), domainEventsOf<ScorecardEvent>([e])[0]!));
    }
    return [...byStream.values()].filter((s) => s.header !== null);
  }

  /**
   * What the decider needs besides the scorecard's own events: the organization tree, and the
   * objectives and KPIs of other scorecards that cascading refers to.
   */
  async context(tenantId: string, refs: { objectives?: Iterable<string>; kpis?: Iterable<string> } = {}): Promise<PlanContext> {
    const org = await this.org(tenantId);
    const parentObjectives = new Map<string, ParentObjective>();
    const parentKpis = new Map<string, ParentKpi>();
    const ctx: PlanContext = {
      org: new Map([...org.state.units.values()].map((u) => [u.unitId, { name: u.name, kind: u.kind, parentId: u.parentId, status: u.status }])),
      parentObjectives,
      parentKpis,
    };
    const wanted: Array<['objective' | 'kpi', string]> = [
      ...[...(refs.objectives ?? [])].map((id): ['objective', string] => ['objective', id]),
      ...[...(refs.kpis ?? [])].map((id): ['kpi', string] => ['kpi', id]),
    ];
    const cache = new Map<string, ScorecardState>();
    for (const [kind, id] of wanted) {
      const parsed = parseItemId(id);
      if (!parsed) continue;
      let state = cache.get(parsed.scorecardId);
      if (!state) {
        state = (await this.load(tenantId, parsed.scorecardId)).state;
        cache.set(parsed.scorecardId, state);
      }
      const h = state.header;
      if (!h) continue;
      if (kind === 'objective') {
        const o = state.objectives.get(parsed.codeSlug);
        if (o && slug(o.code) === parsed.codeSlug) parentObjectives.set(id, { objectiveId: o.objectiveId, scorecardId: h.scorecardId, unitId: h.unitId, year: h.year, name: o.name });
      } else {
        const k = state.kpis.get(parsed.codeSlug);
        if (k) {
          parentKpis.set(id, {
            kpiId: k.kpiId,
            scorecardId: h.scorecardId,
            unitId: h.unitId,
            year: h.year,
            valueType: k.valueType,
            polarity: k.polarity,
            frequency: k.frequency,
            unitOfMeasure: k.unitOfMeasure,
            grades: k.grades,
            yearlyTarget: k.yearlyTarget,
            periodTargets: k.periodTargets,
          });
        }
      }
    }
    return ctx;
  }
}
