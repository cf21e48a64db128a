import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { DefineKpiController } from './kpis/define-kpi/define-kpi.controller.js';
import { DefineKpiHandler } from './kpis/define-kpi/define-kpi.handler.js';
import { GetKpiController } from './kpis/get-kpi/get-kpi.controller.js';
import { GetKpiHandler } from './kpis/get-kpi/get-kpi.handler.js';
import { PlanningRelay } from './integration/planning-relay.js';
import { GetOrgTreeController } from './org/get-org-tree/get-org-tree.controller.js';
import { ChangeOrganizationHandler } from './org/org-command.js';
import { RegisterUnitController } from './org/register-unit/register-unit.controller.js';
import { ReorganizeUnitController } from './org/reorganize-unit/reorganize-unit.controller.js';

/** Planning's use cases. The app (or the embedded runner) supplies the infrastructure. */
@Module({})
export class PlanningModule {
  static register(infra: ServiceInfrastructure): DynamicModule {
    return {
      module: PlanningModule,
      imports: [CqrsModule.forRoot()],
      controllers: [DefineKpiController, GetKpiController, RegisterUnitController, ReorganizeUnitController, GetOrgTreeController],
      providers: [{ provide: SERVICE_INFRASTRUCTURE, useValue: infra }, DefineKpiHandler, GetKpiHandler, ChangeOrganizationHandler, PlanningRelay],
    };
  }
}
