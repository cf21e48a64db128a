import { Injectable } from '@nestjs/common';
import {
  DEFAULT_REWARD_POLICY,
  rankUnits,
  recommend,
  rewardFactsFromRanking,
  rewardPolicyDecider,
  rewardPolicyOf,
  rewardPolicyStreamId,
  scorecardsOf,
  type Recommendation,
} from '@capaian/evaluation-domain';
import { StreamWriter } from '@capaian/platform';
import { AchievementView } from '../scores/achievement-view.js';
import { ScoreReader } from '../scores/score-reader.js';

/**
 * Reward/punishment recommendations, recomputed by replay from the scores (same history and
 * policy, same recommendations and ids).
 */
@Injectable()
export class RecommendationReader {
  constructor(
    private readonly streams: StreamWriter,
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  /** Every recommendation up to and including `year`, from the yearly scores of every year evaluation knows. */
  async compute(tenantId: string, year: number): Promise<Recommendation[]> {
    const inputs = this.view.evaluation.inputs;
    const years = [...new Set(scorecardsOf(inputs, tenantId).map((s) => s.year))].filter((y) => y <= year).sort();
    const facts = [];
    for (const y of years) facts.push(...rewardFactsFromRanking(y, rankUnits(inputs, tenantId, y, await this.reader.policy(tenantId, y)).ranking));
    const { state } = await this.streams.load(rewardPolicyStreamId(tenantId, year), rewardPolicyDecider);
    return recommend(rewardPolicyOf(state) ?? DEFAULT_REWARD_POLICY, facts);
  }
}
