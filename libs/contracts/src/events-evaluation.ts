/** Evaluation's results (topic evaluation.events.v1): data types and schemas of the integration events evaluation publishes. */
import type { FieldSpec, ObjectSpec } from './schema.js';
import { PERIOD_CODES, type PeriodCode } from './periods.js';

const ID = { kind: 'string', minLength: 1 } as const;
// ---------------------------------------------------------------------------------------------
/** A policy version: 0 is the built-in default, 1.. the tenant's own versions (docs/adr/0004-policy-identity.md). */
const POLICY_REF: FieldSpec = { kind: 'object', fields: { policyId: ID, version: { kind: 'integer', min: 0 } } };
/** Computed results keep their full precision (up to 34 significant digits), unlike inputs. */
const EXACT_DECIMAL: FieldSpec = { kind: 'string', pattern: /^-?\d{1,34}(\.\d{1,34})?$/, description: 'exact decimal, full precision' };

/** evaluation.scores-published v1: an evaluator published the official scores of a tenant for a period (key `<tenant>.<year>.<period>`). */
export interface ScoresPublishedV1 {
  year: number;
  period: PeriodCode;
  policy: { policyId: string; version: number };
  /** Evaluation store positions the scores were computed from (replayable). */
  positions: { from: number; to: number };
  units: Array<{ unitId: string; scorecardId: string; score: string | null; band: string | null; rank: number | null }>;
  /**
   * Optional (absent on events published before it existed): the head of the hash chain of each
   * evaluation input stream the scores were computed from (`input-<tenant>.<unit>.<year>`,
   * `input-<tenant>.org`), i.e. its last event folded into the scores. Anyone holding the
   * published scores checks them against evaluation's history: the stored event at `revision`
   * must have `hash`, and the chain up to it must verify (GET /admin/history/verify).
   */
  chainHeads?: ChainHeadV1[];
}

/** The head of a stream's hash chain: sha256 hex (64 lower-case hex digits) of its event at `revision`. */
export interface ChainHeadV1 {
  streamId: string;
  revision: number;
  hash: string;
}
const CHAIN_HEAD_V1: FieldSpec = {
  kind: 'object',
  fields: {
    streamId: ID,
    revision: { kind: 'integer', min: 0 },
    hash: { kind: 'string', pattern: /^[0-9a-f]{64}$/, description: 'sha256, 64 lower-case hex digits' },
  },
};

export const SCORES_PUBLISHED_V1: ObjectSpec = {
  year: { kind: 'integer', min: 2000, max: 2100 },
  period: { kind: 'enum', values: PERIOD_CODES },
  policy: POLICY_REF,
  positions: { kind: 'object', fields: { from: { kind: 'integer', min: 0 }, to: { kind: 'integer', min: 0 } } },
  units: {
    kind: 'array',
    items: { kind: 'object', fields: { unitId: ID, scorecardId: ID, score: { ...EXACT_DECIMAL, nullable: true }, band: { kind: 'string', nullable: true }, rank: { kind: 'integer', min: 1, nullable: true } } },
  },
  chainHeads: { kind: 'array', optional: true, maxItems: 10_000, items: CHAIN_HEAD_V1, description: 'heads of the hash chains of the input streams the scores were computed from' },
};

/** evaluation.sakip-evaluation-finalized v1: the SAKIP worksheet (LKE) of a unit and year was finalized with a grade (key `<tenant>.<unitId>.<year>`). */
export interface SakipEvaluationFinalizedV1 {
  unitId: string;
  year: number;
  worksheetId: string;
  worksheetVersion: number;
  /** 0-100, decimal string. */
  total: string;
  /** AA, A, BB, B, CC, C or D. */
  grade: string;
}
export const SAKIP_EVALUATION_FINALIZED_V1: ObjectSpec = {
  unitId: ID,
  year: { kind: 'integer', min: 2000, max: 2100 },
  worksheetId: ID,
  worksheetVersion: { kind: 'integer', min: 1 },
  total: EXACT_DECIMAL,
  grade: ID,
};

/** evaluation.recommendation-decided v1: a person accepted or rejected a reward/punishment recommendation (key `<tenant>.<recommendationId>`). */
export interface RecommendationDecidedV1 {
  recommendationId: string;
  kind: string;
  unitId: string;
  period: string;
  ruleId: string;
  ruleVersion: number;
  decision: 'accepted' | 'rejected';
  note: string | null;
}
export const RECOMMENDATION_DECIDED_V1: ObjectSpec = {
  recommendationId: ID,
  kind: ID,
  unitId: ID,
  period: ID,
  ruleId: ID,
  ruleVersion: { kind: 'integer', min: 1 },
  decision: { kind: 'enum', values: ['accepted', 'rejected'] },
  note: { kind: 'string', nullable: true },
};
