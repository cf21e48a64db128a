import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { PlanningRelay } from './integration/planning-relay.js';
import { GetOrgTreeController } from './org/get-org-tree/get-org-tree.controller.js';
import { ChangeOrganizationHandler } from './org/org-command.js';
import { RegisterUnitController } from './org/register-unit/register-unit.controller.js';
import { ReorganizeUnitController } from './org/reorganize-unit/reorganize-unit.controller.js';
import { ApproveScorecardController } from './scorecards/approve-scorecard/approve-scorecard.controller.js';
import { ChangeScorecardHandler } from './scorecards/change-scorecard.js';
import { CreateScorecardController } from './scorecards/create-scorecard/create-scorecard.controller.js';
import { DefineInitiativeController } from './scorecards/define-initiative/define-initiative.controller.js';
import { DefineKpiController } from './scorecards/define-kpi/define-kpi.controller.js';
import { DefineObjectiveController } from './scorecards/define-objective/define-objective.controller.js';
import { DefinePerspectiveController } from './scorecards/define-perspective/define-perspective.controller.js';
import { ImportScorecardController } from './scorecards/import-scorecard/import-scorecard.controller.js';
import { SpreadsheetIoController } from './scorecards/spreadsheet-io/spreadsheet-io.controller.js';
import { GetScorecardController } from './scorecards/get-scorecard/get-scorecard.controller.js';
import { PerformanceTreeController } from './scorecards/performance-tree/performance-tree.controller.js';
import { ScorecardRepository } from './scorecards/scorecard-repository.js';
import { StrategyMapController } from './scorecards/strategy-map/strategy-map.controller.js';

/** Planning's use cases. The app (or the embedded runner) supplies the infrastructure. */
@Module({})
export class PlanningModule {
  static register(infra: ServiceInfrastructure): DynamicModule {
    return {
      module: PlanningModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        RegisterUnitController,
        ReorganizeUnitController,
        GetOrgTreeController,
        PerformanceTreeController,
        CreateScorecardController,
        DefinePerspectiveController,
        DefineObjectiveController,
        StrategyMapController,
        DefineKpiController,
        DefineInitiativeController,
        ImportScorecardController,
        ApproveScorecardController,
        SpreadsheetIoController,
        GetScorecardController,
      ],
      providers: [{ provide: SERVICE_INFRASTRUCTURE, useValue: infra }, ScorecardRepository, ChangeOrganizationHandler, ChangeScorecardHandler, PlanningRelay],
    };
  }
}
