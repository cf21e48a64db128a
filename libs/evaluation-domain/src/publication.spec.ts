import { DeciderSpecification } from '@capaian/ddd';
import type { ScoresPublishedV1 } from '@capaian/contracts';
import { publicationDecider, publishedScoresStreamId, type ScoresPublished } from './publication.js';

const snapshot = (score: string): ScoresPublishedV1 => ({
  year: 2026,
  period: 'Q2',
  policy: { policyId: 'permendagri-86-2017', version: 0 },
  positions: { from: 1, to: 9 },
  units: [{ unitId: 'dpmptsp', scorecardId: 'sc-1', score, band: 'B', rank: null }],
});

describe('publication decider', () => {
  const spec = DeciderSpecification.for(publicationDecider);

  it('given nothing, when scores are published, then the snapshot is the event', () => {
    spec
      .given([])
      .when({ type: 'publish-scores', snapshot: snapshot('87.5') })
      .then([{ type: 'scores-published', data: snapshot('87.5') }], (a, e) => expect(a).toEqual(e));
  });

  it('given an earlier publication, when the period is published again, then a later snapshot is added', () => {
    const earlier: ScoresPublished = { type: 'scores-published', data: snapshot('80') };
    spec
      .given([earlier])
      .when({ type: 'publish-scores', snapshot: snapshot('87.5') })
      .then([{ type: 'scores-published', data: snapshot('87.5') }], (a, e) => expect(a).toEqual(e));
    expect(publicationDecider.evolve(publicationDecider.initialState(), earlier)).toEqual({ publications: 1 });
  });

  it('names one stream per tenant, year and period', () => {
    expect(publishedScoresStreamId('kab', 2026, 'Q2')).toBe('published-kab.2026.Q2');
  });
});
