import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SERVICE_INFRASTRUCTURE, SetDocumentHandler, type ServiceInfrastructure } from '@capaian/platform';
import { GetAchievementController } from './achievements/get-achievement/get-achievement.controller.js';
import { RebuildController } from './admin/rebuild/rebuild.controller.js';
import { RewardPolicyController, ScoringPolicyController, VfmPolicyController } from './policies/set-policy/policies.controller.js';
import { AchievementView } from './scores/achievement-view.js';
import { RankingController } from './scores/ranking/ranking.controller.js';
import { ScoreReader } from './scores/score-reader.js';
import { ScoreScorecardController } from './scores/score-scorecard/score-scorecard.controller.js';
import { TimelineController } from './scores/timeline/timeline.controller.js';
import { EvaluationRelay } from './integration/evaluation-relay.js';
import { SakipController } from './sakip/evaluate-unit/sakip.controller.js';
import { ChangeSakipEvaluationHandler } from './sakip/evaluate-unit/sakip-evaluation.handler.js';
import { LkeWorksheetController } from './policies/lke-worksheet/lke-worksheet.controller.js';
import { PublishScoresController } from './scores/publish-scores/publish-scores.controller.js';
import { RecommendationsController } from './recommendations/decide/recommendations.controller.js';
import { DecideRecommendationHandler } from './recommendations/decide/decide-recommendation.handler.js';
import { PublishScoresHandler } from './scores/publish-scores/publish-scores.handler.js';
import { RecommendationReader } from './recommendations/recommendation-reader.js';
import { VfmController } from './vfm/get-vfm/vfm.controller.js';
import { LkjipController } from './reports/get-lkjip/lkjip.controller.js';
import { WhatIfController } from './scores/what-if/what-if.controller.js';
import { PublicPortalController } from './public/public.controller.js';

@Module({})
export class EvaluationModule {
  static register(infra: ServiceInfrastructure): DynamicModule {
    return {
      module: EvaluationModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        GetAchievementController,
        TimelineController,
        WhatIfController,
        ScoreScorecardController,
        RankingController,
        PublishScoresController,
        ScoringPolicyController,
        RewardPolicyController,
        VfmPolicyController,
        LkeWorksheetController,
        SakipController,
        VfmController,
        RecommendationsController,
        LkjipController,
        RebuildController,
        PublicPortalController,
      ],
      providers: [
        { provide: SERVICE_INFRASTRUCTURE, useValue: infra },
        AchievementView,
        ScoreReader,
        EvaluationRelay,
        RecommendationReader,
        DecideRecommendationHandler,
        ChangeSakipEvaluationHandler,
        PublishScoresHandler,
        SetDocumentHandler,
      ],
    };
  }
}
