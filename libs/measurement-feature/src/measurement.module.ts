import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { MeasurementRelay } from './integration/measurement-relay.js';
import { PlanView } from './plan-view/plan-view.js';
import { GetPlanKpiController } from './realizations/get-plan-kpi/get-plan-kpi.controller.js';
import { RecordRealizationController } from './realizations/record-realization/record-realization.controller.js';
import { RecordRealizationHandler } from './realizations/record-realization/record-realization.handler.js';

@Module({})
export class MeasurementModule {
  static register(infra: ServiceInfrastructure): DynamicModule {
    return {
      module: MeasurementModule,
      imports: [CqrsModule.forRoot()],
      controllers: [RecordRealizationController, GetPlanKpiController],
      providers: [{ provide: SERVICE_INFRASTRUCTURE, useValue: infra }, PlanView, RecordRealizationHandler, MeasurementRelay],
    };
  }
}
