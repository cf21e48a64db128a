import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RECOMMENDATION_DECISION_EVENT_SCHEMA_VERSION, parseRewardPeriod, recommendationDecisionDecider, recommendationDecisionStreamId } from '@capaian/evaluation-domain';
import { CLOCK, StreamWriter, type Clock, type Principal, type StreamWritten, type WriteRequest } from '@capaian/platform';
import { RecommendationReader } from '../recommendation-reader.js';

export type RecommendationDecision = { accept: true; note: string | null } | { accept: false; note: string | null; reason: string };

/** A person accepts or rejects a recommendation (an event; nothing is applied automatically). */
export class DecideRecommendationCommand extends Command<StreamWritten> {
  constructor(
    readonly user: Principal,
    readonly recommendationId: string,
    readonly decision: RecommendationDecision,
    readonly request: WriteRequest,
  ) {
    super();
  }
}

@CommandHandler(DecideRecommendationCommand)
export class DecideRecommendationHandler implements ICommandHandler<DecideRecommendationCommand, StreamWritten> {
  constructor(
    private readonly streams: StreamWriter,
    private readonly recommendations: RecommendationReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, recommendationId, decision, request }: DecideRecommendationCommand): Promise<StreamWritten> {
    const year = parseRewardPeriod(recommendationId.split('.').slice(-1)[0])?.year ?? Number(recommendationId.split('.').at(-1)?.slice(0, 4));
    const recommendation = Number.isFinite(year) ? (await this.recommendations.compute(user.tenant, year)).find((r) => r.recommendationId === recommendationId) : undefined;
    const base = { tenantId: user.tenant, recommendationId, recommendation, decidedBy: user.sub, decidedAt: this.clock.now().toISOString(), note: decision.note };
    const command = decision.accept ? { type: 'accept-recommendation' as const, ...base } : { type: 'reject-recommendation' as const, ...base, reason: decision.reason };
    const streamId = recommendationDecisionStreamId(user.tenant, recommendationId);
    return this.streams.write({ streamId, decider: recommendationDecisionDecider, schemaVersions: RECOMMENDATION_DECISION_EVENT_SCHEMA_VERSION, command }, request);
  }
}
