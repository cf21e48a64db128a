/** Evaluation's results (topic evaluation.events.v1): the schemas and types of the integration events evaluation publishes. */
import { z } from 'zod';
import { id, integer, nullableText, period, year } from './schema.js';

/** A policy version: 0 is the built-in default, 1.. the tenant's own versions (docs/adr/0004-policy-identity.md). */
const POLICY_REF = z.object({ policyId: id(), version: integer(0) });
/** Computed results keep their full precision (up to 34 significant digits), unlike inputs. */
const EXACT_DECIMAL = () =>
  z
    .string()
    .regex(/^-?\d{1,34}(\.\d{1,34})?$/)
    .describe('exact decimal, full precision');

/** The head of a stream's hash chain: sha256 hex (64 lower-case hex digits) of its event at `revision`. */
const CHAIN_HEAD_V1 = z.object({
  streamId: id(),
  revision: integer(0),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('sha256, 64 lower-case hex digits'),
});
export type ChainHeadV1 = z.infer<typeof CHAIN_HEAD_V1>;

/** evaluation.scores-published v1: an evaluator published the official scores of a tenant for a period (key `<tenant>.<year>.<period>`). */
export const SCORES_PUBLISHED_V1 = z.object({
  year: year(),
  period: period(),
  policy: POLICY_REF,
  positions: z.object({ from: integer(0), to: integer(0) }).describe('Evaluation store positions the scores were computed from (replayable).'),
  units: z.array(z.object({ unitId: id(), scorecardId: id(), score: EXACT_DECIMAL().nullable(), band: nullableText(), rank: integer(1).nullable() })),
  chainHeads: z
    .array(CHAIN_HEAD_V1)
    .max(10_000)
    .optional()
    .describe(
      'Optional (absent on events published before it existed): the head of the hash chain of each evaluation input stream the scores were computed from (`input-<tenant>.<unit>.<year>`, `input-<tenant>.org`), i.e. its last event folded into the scores. The stored event at `revision` must have `hash`, and the chain up to it must verify (GET /admin/history/verify).',
    ),
});
export type ScoresPublishedV1 = z.infer<typeof SCORES_PUBLISHED_V1>;

/** evaluation.sakip-evaluation-finalized v1: the SAKIP worksheet (LKE) of a unit and year was finalized with a grade (key `<tenant>.<unitId>.<year>`). */
export const SAKIP_EVALUATION_FINALIZED_V1 = z.object({
  unitId: id(),
  year: year(),
  worksheetId: id(),
  worksheetVersion: integer(1),
  total: EXACT_DECIMAL().describe('0-100, exact decimal.'),
  grade: id().describe('AA, A, BB, B, CC, C or D.'),
});
export type SakipEvaluationFinalizedV1 = z.infer<typeof SAKIP_EVALUATION_FINALIZED_V1>;

/** evaluation.recommendation-decided v1: a person accepted or rejected a reward/punishment recommendation (key `<tenant>.<recommendationId>`). */
export const RECOMMENDATION_DECIDED_V1 = z.object({
  recommendationId: id(),
  kind: id(),
  unitId: id(),
  period: id(),
  ruleId: id(),
  ruleVersion: integer(1),
  decision: z.enum(['accepted', 'rejected']),
  note: nullableText(),
});
export type RecommendationDecidedV1 = z.infer<typeof RECOMMENDATION_DECIDED_V1>;
