import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { GetAchievementController } from './achievements/get-achievement/get-achievement.controller.js';
import { RebuildController } from './admin/rebuild/rebuild.controller.js';
import { PoliciesController } from './policies/set-policy/policies.controller.js';
import { AchievementView } from './scores/achievement-view.js';
import { RankingController } from './scores/ranking/ranking.controller.js';
import { ScoreReader } from './scores/score-reader.js';
import { ScoreScorecardController } from './scores/score-scorecard/score-scorecard.controller.js';
import { TimelineController } from './scores/timeline/timeline.controller.js';
import { WhatIfController } from './scores/what-if/what-if.controller.js';

@Module({})
export class EvaluationModule {
  static register(infra: ServiceInfrastructure): DynamicModule {
    return {
      module: EvaluationModule,
      imports: [CqrsModule.forRoot()],
      controllers: [GetAchievementController, TimelineController, WhatIfController, ScoreScorecardController, RankingController, PoliciesController, RebuildController],
      providers: [{ provide: SERVICE_INFRASTRUCTURE, useValue: infra }, AchievementView, ScoreReader],
    };
  }
}
