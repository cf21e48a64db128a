import { ContractViolationError, integrationEvent, parseIntegrationEvent, type ScoresPublishedV1 } from './index.js';

const base = {
  eventId: '7d6f8c1e-1111-4222-8333-944455556666',
  occurredAt: '2026-01-05T03:04:05.000Z',
  tenantId: 'kab-contoh',
  aggregateId: '2026.Y',
  correlationId: 'corr-1',
  causationId: null,
  actor: 'evaluator@kab-contoh',
  sourcePosition: 40,
};
const scores: ScoresPublishedV1 = {
  year: 2026,
  period: 'Y',
  policy: { policyId: 'permendagri-86-2017', version: 1 },
  positions: { from: 1, to: 39 },
  units: [{ unitId: 'dpmptsp', scorecardId: 'dpmptsp-2026', score: '91.5', band: 'sangat-baik', rank: 1 }],
};
const HASH = 'a'.repeat(64);

function problems(data: unknown): string[] {
  try {
    parseIntegrationEvent({ ...integrationEvent('evaluation.scores-published', { ...base, data: scores }), data });
  } catch (error) {
    if (error instanceof ContractViolationError) return error.problems.map((p) => `${p.field} ${p.message}`);
    throw error;
  }
  return [];
}

describe('evaluation.scores-published v1: chain heads', () => {
  it('is valid without chainHeads (events published before the field) and with them', () => {
    expect(problems(scores)).toEqual([]);
    const withHeads = { ...scores, chainHeads: [{ streamId: 'input-kab-contoh.dpmptsp.2026', revision: 12, hash: HASH }] };
    expect(problems(withHeads)).toEqual([]);
    const event = integrationEvent('evaluation.scores-published', { ...base, data: withHeads });
    expect(parseIntegrationEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('names each bad chain head field', () => {
    expect(problems({ ...scores, chainHeads: [{ streamId: '', revision: -1, hash: 'ABC' }] })).toEqual([
      'data.chainHeads[0].streamId must have at least 1 characters',
      'data.chainHeads[0].revision must be >= 0',
      'data.chainHeads[0].hash has an invalid format',
    ]);
    expect(problems({ ...scores, chainHeads: [{ streamId: 'input-x', revision: 1 }] })).toEqual(['data.chainHeads[0].hash is required']);
    expect(problems({ ...scores, chainHeads: 'none' })).toEqual(['data.chainHeads must be an array']);
  });
});
