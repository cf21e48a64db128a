import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { fold } from '@capaian/ddd';
import { kpiDecider, kpiStreamId, type KpiEvent } from '@capaian/planning-domain';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { GetKpiQuery, type KpiView } from './get-kpi.query.js';

@QueryHandler(GetKpiQuery)
export class GetKpiHandler implements IQueryHandler<GetKpiQuery, KpiView | undefined> {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  async execute(query: GetKpiQuery): Promise<KpiView | undefined> {
    const events = await this.infra.store.readStream(kpiStreamId(query.tenantId, query.kpiId));
    const state = fold(kpiDecider, events.map((e) => ({ type: e.type, data: e.data }) as KpiEvent));
    if (state.status !== 'defined') return undefined;
    return { kpi: state.kpi, revision: events[events.length - 1]!.revision, definedAt: events[0]!.metadata.recordedAt };
  }
}
