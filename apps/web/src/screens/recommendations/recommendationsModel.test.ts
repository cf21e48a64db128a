import { describe, expect, it } from 'vitest';
import { acceptBody, counts, rejectBody, sortRecommendations, statusOf } from './recommendationsModel';
import { recommendation } from './testFixtures';
import type { Recommendation } from './types';

const decided = (type: 'recommendation-accepted' | 'recommendation-rejected', reason?: string): Recommendation['decision'] => ({
  type,
  at: '2026-12-06T10:00:00.000Z',
  by: 'evaluator@kab-contoh',
  data: {
    tenantId: 'kab-contoh',
    recommendationId: 'x',
    recommendation: { ...recommendation('x'), inputs: [] },
    decidedBy: 'evaluator@kab-contoh',
    decidedAt: '2026-12-06T09:59:59.000Z',
    note: 'Disetujui Sekda',
    ...(reason ? { reason } : {}),
  },
});

describe('recommendations model', () => {
  it('tells open from decided ones, with who, when, the note and the reason', () => {
    expect(statusOf(recommendation('a'))).toEqual({ state: 'open' });
    expect(statusOf(recommendation('a', { decision: decided('recommendation-accepted') }))).toEqual({
      state: 'accepted',
      by: 'evaluator@kab-contoh',
      at: '2026-12-06T09:59:59.000Z',
      note: 'Disetujui Sekda',
      reason: null,
    });
    expect(statusOf(recommendation('a', { decision: decided('recommendation-rejected', 'Refocusing') }))).toMatchObject({ state: 'rejected', reason: 'Refocusing' });
  });

  it('lists open ones first, then by unit and kind; counts each state', () => {
    const list = [
      recommendation('c', { unitName: 'Diskominfo', decision: decided('recommendation-accepted') }),
      recommendation('b', { unitName: 'DPMPTSP', kind: 'certificate' }),
      recommendation('a', { unitName: 'DPMPTSP', kind: 'tpp' }),
      recommendation('d', { unitName: 'BPKAD' }),
    ];
    expect(sortRecommendations(list).map((r) => r.recommendationId)).toEqual(['d', 'a', 'b', 'c']);
    expect(counts(list)).toEqual({ open: 3, accepted: 1, rejected: 0 });
  });

  it('sends trimmed texts, leaving an empty note out and the reason to the API to require', () => {
    expect(acceptBody('  ')).toEqual({});
    expect(acceptBody(' ok ')).toEqual({ note: 'ok' });
    expect(rejectBody(' ', '')).toEqual({ reason: '' });
    expect(rejectBody(' Refocusing ', ' n ')).toEqual({ reason: 'Refocusing', note: 'n' });
  });
});
