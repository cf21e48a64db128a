import type { ChainHeadV1 } from '@capaian/contracts';
import { chainHeadOf, type EventStore } from '@capaian/eventstore';
import { scorecardsOf, type EvaluationInputs } from '@capaian/evaluation-domain';
import { INPUT_STREAM_CATEGORY } from '../achievement-view.js';

/**
 * The input streams the scores of a tenant and year are computed from: one per unit that owns a
 * scorecard or one of its KPIs (plans, realizations, verifications, locks, budget arrive there),
 * and the organization's stream.
 */
export function inputStreamsOf(inputs: EvaluationInputs, tenantId: string, year: number): string[] {
  const units = new Set<string>();
  for (const s of scorecardsOf(inputs, tenantId, year)) {
    units.add(s.unitId);
    for (const k of s.kpis) if (k.ownerUnitId) units.add(k.ownerUnitId);
  }
  const streams = [...units].map((u) => `${INPUT_STREAM_CATEGORY}-${tenantId}.${u}.${year}`);
  streams.push(`${INPUT_STREAM_CATEGORY}-${tenantId}.org`);
  return streams.sort();
}

/**
 * The head of each input stream's hash chain among the events folded into `inputs` (position
 * `inputs.position`): what the scores were computed from. Streams with no such event are left out.
 */
export async function inputChainHeads(store: EventStore, inputs: EvaluationInputs, tenantId: string, year: number, foldedUpTo: number): Promise<ChainHeadV1[]> {
  const heads: ChainHeadV1[] = [];
  for (const streamId of inputStreamsOf(inputs, tenantId, year)) {
    const head = await chainHeadOf(store, streamId, foldedUpTo);
    if (head) heads.push(head);
  }
  return heads;
}
