import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { GetAchievementController } from './achievements/get-achievement/get-achievement.controller.js';
import { AchievementView } from './scores/achievement-view.js';

@Module({})
export class EvaluationModule {
  static register(infra: ServiceInfrastructure): DynamicModule {
    return {
      module: EvaluationModule,
      imports: [CqrsModule.forRoot()],
      controllers: [GetAchievementController],
      providers: [{ provide: SERVICE_INFRASTRUCTURE, useValue: infra }, AchievementView],
    };
  }
}
