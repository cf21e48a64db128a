import type { Recommendation } from './types';

/** A recommendation as GET /recommendations/:year gives it (open), for tests. */
export function recommendation(id: string, over: Partial<Recommendation> = {}): Recommendation {
  return {
    recommendationId: id,
    kind: 'tpp',
    unitId: 'bpkad',
    unitName: 'BPKAD',
    period: '2026',
    ruleId: 'tpp-performance',
    ruleVersion: 1,
    policy: { policyId: 'reward-punishment', version: 0 },
    reason: { id: 'TPP 67,58%', en: 'TPP 67.58%' },
    inputs: [{ period: '2026', score: '67.57894736842105263157894736842105', rank: 3 }],
    decision: null,
    ...over,
  };
}
