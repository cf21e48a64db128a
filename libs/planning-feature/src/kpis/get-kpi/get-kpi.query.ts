import { Query } from '@nestjs/cqrs';
import type { KpiDefinition } from '@capaian/planning-domain';

export interface KpiView {
  kpi: KpiDefinition;
  revision: number;
  definedAt: string;
}

export class GetKpiQuery extends Query<KpiView | undefined> {
  constructor(
    readonly tenantId: string,
    readonly kpiId: string,
  ) {
    super();
  }
}
