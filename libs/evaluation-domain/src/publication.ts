import type { Decider } from '@capaian/ddd';
import type { ScoresPublishedV1 } from '@capaian/contracts';

/**
 * The official scores of a period, published by an evaluator: each publication is a
 * `scores-published` event on the period's publication stream, holding the snapshot (scores, bands,
 * ranks, the policy version and the positions and chain heads they were computed from). A period
 * may be published again (a later snapshot); earlier ones stay in the stream.
 */
export const SCORES_PUBLISHED_EVENT = 'scores-published';
export const PUBLICATION_EVENT_SCHEMA_VERSION: Readonly<Record<string, number>> = { [SCORES_PUBLISHED_EVENT]: 1 };

export interface PublishScores {
  type: 'publish-scores';
  snapshot: ScoresPublishedV1;
}
export interface ScoresPublished {
  type: typeof SCORES_PUBLISHED_EVENT;
  data: ScoresPublishedV1;
}
export interface PublicationState {
  publications: number;
}

export const publicationDecider: Decider<PublishScores, ScoresPublished, PublicationState> = {
  initialState: () => ({ publications: 0 }),
  evolve: (state) => ({ publications: state.publications + 1 }),
  decide: (command) => [{ type: SCORES_PUBLISHED_EVENT, data: command.snapshot }],
};

export function publishedScoresStreamId(tenantId: string, year: number, period: string): string {
  return `published-${tenantId}.${year}.${period}`;
}
