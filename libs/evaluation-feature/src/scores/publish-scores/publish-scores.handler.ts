import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { PeriodCode, ScoresPublishedV1 } from '@capaian/contracts';
import { PUBLICATION_EVENT_SCHEMA_VERSION, evaluateScorecard, publicationDecider, publishedScoresStreamId, rankUnits, scorecardsOf } from '@capaian/evaluation-domain';
import { SERVICE_INFRASTRUCTURE, StreamWriter, type ServiceInfrastructure, type StreamWritten, type WriteRequest } from '@capaian/platform';
import { AchievementView } from '../achievement-view.js';
import { ScoreReader } from '../score-reader.js';
import { inputChainHeads } from './chain-heads.js';

/** Publishes the official scores of a tenant's period: the snapshot computed now, as one event. */
export class PublishScoresCommand extends Command<StreamWritten> {
  constructor(
    readonly tenantId: string,
    readonly year: number,
    readonly period: PeriodCode,
    readonly request: WriteRequest,
  ) {
    super();
  }
}

@CommandHandler(PublishScoresCommand)
export class PublishScoresHandler implements ICommandHandler<PublishScoresCommand, StreamWritten> {
  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly streams: StreamWriter,
    private readonly view: AchievementView,
    private readonly reader: ScoreReader,
  ) {}

  async execute({ tenantId, year, period, request }: PublishScoresCommand): Promise<StreamWritten> {
    const streamId = publishedScoresStreamId(tenantId, year, period);
    return this.streams.write(
      {
        streamId,
        decider: publicationDecider,
        schemaVersions: PUBLICATION_EVENT_SCHEMA_VERSION,
        prepare: async () => ({ command: { type: 'publish-scores', snapshot: await this.snapshot(tenantId, year, period) } }),
      },
      request,
    );
  }

  /** The scores, bands and ranks of every scorecard of the year in the period, with what they were computed from. */
  private async snapshot(tenantId: string, year: number, period: PeriodCode): Promise<ScoresPublishedV1> {
    const policy = await this.reader.policy(tenantId, year);
    const inputs = this.view.evaluation.inputs;
    // Read in the same tick as the computation below: the live view cannot move in between.
    const foldedUpTo = inputs.position;
    const ranking = rankUnits(inputs, tenantId, year, policy);
    const rankOf = new Map(ranking.ranking.map((r) => [r.unitId, r.rank]));
    let from = Number.MAX_SAFE_INTEGER;
    let to = 0;
    const units: ScoresPublishedV1['units'] = scorecardsOf(inputs, tenantId, year).map((s) => {
      const e = evaluateScorecard(inputs, tenantId, s.scorecardId, policy, period)!;
      from = Math.min(from, e.positions.from);
      to = Math.max(to, e.positions.to);
      return { unitId: s.unitId, scorecardId: s.scorecardId, score: e.score.score, band: e.score.band?.code ?? null, rank: s.theme === null && period === 'Y' ? (rankOf.get(s.unitId) ?? null) : null };
    });
    const data: ScoresPublishedV1 = { year, period, policy: { policyId: policy.policyId, version: policy.version }, positions: { from: units.length ? from : 0, to }, units };
    data.chainHeads = await inputChainHeads(this.infra.store, inputs, tenantId, year, foldedUpTo);
    return data;
  }
}
