import { DomainError, type Decider } from '@capaian/ddd';
import type { Recommendation } from './recommend.js';

/**
 * The human decision on one recommendation: a person accepts it (with an optional note) or rejects
 * it (with a reason). One stream per recommendation: `recommendationDecisionStreamId(tenant, id)`;
 * it is decided once (a second decision is a 409 conflict). The events only record the decision:
 * nothing is ever applied automatically (no allowance is paid, no warning issued, no promotion
 * postponed by the system).
 *
 * The command carries the recommendation as recomputed by the handler (`recommend` on the current
 * history and policy), or undefined when no such recommendation exists; the event keeps a snapshot
 * of it (rule, period, scores used), so the basis of the decision stays readable even if later
 * corrections change the recomputed scores.
 */
export const RECOMMENDATION_DECISION_EVENT_TYPES = {
  accepted: 'recommendation-accepted',
  rejected: 'recommendation-rejected',
} as const;
export const RECOMMENDATION_DECISION_EVENT_SCHEMA_VERSION = {
  [RECOMMENDATION_DECISION_EVENT_TYPES.accepted]: 1,
  [RECOMMENDATION_DECISION_EVENT_TYPES.rejected]: 1,
} as const;

interface DecideRecommendation {
  tenantId: string;
  recommendationId: string;
  /** The recommendation as recomputed now; undefined when `recommend` gives none with this id. */
  recommendation: Recommendation | undefined;
  /** Who decides (name or subject of the token). */
  decidedBy: string;
  /** When (ISO-8601 instant, from the handler's clock). */
  decidedAt: string;
}
export interface AcceptRecommendation extends DecideRecommendation {
  type: 'accept-recommendation';
  note?: string | null;
}
export interface RejectRecommendation extends DecideRecommendation {
  type: 'reject-recommendation';
  /** Why it is rejected (at least 5 characters). */
  reason: string;
  note?: string | null;
}
export type RecommendationDecisionCommand = AcceptRecommendation | RejectRecommendation;

/** What the decision was about (a copy of the recommendation's identifying content). */
export type RecommendationSnapshot = Pick<Recommendation, 'kind' | 'unitId' | 'unitName' | 'period' | 'ruleId' | 'ruleVersion' | 'policy' | 'reason' | 'inputs'>;

interface DecisionData {
  tenantId: string;
  recommendationId: string;
  recommendation: RecommendationSnapshot;
  decidedBy: string;
  decidedAt: string;
  note: string | null;
}
export type RecommendationAcceptedData = DecisionData;
export interface RecommendationRejectedData extends DecisionData {
  reason: string;
}
export type RecommendationDecisionEvent =
  { type: typeof RECOMMENDATION_DECISION_EVENT_TYPES.accepted; data: RecommendationAcceptedData } | { type: typeof RECOMMENDATION_DECISION_EVENT_TYPES.rejected; data: RecommendationRejectedData };

export interface RecommendationDecisionState {
  decision: { outcome: 'accepted' | 'rejected'; decidedBy: string; decidedAt: string; reason: string | null; note: string | null } | null;
}

const NOTE_MAX = 2000;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function checkNote(note: string | null | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note !== 'string' || note.length > NOTE_MAX) throw new DomainError('INVALID_NOTE', `Catatan paling banyak ${NOTE_MAX} karakter / the note is at most ${NOTE_MAX} characters`, 'note');
  return note.trim() === '' ? null : note.trim();
}

export const recommendationDecisionDecider: Decider<RecommendationDecisionCommand, RecommendationDecisionEvent, RecommendationDecisionState> = {
  initialState: () => ({ decision: null }),

  evolve(state, event) {
    switch (event.type) {
      case RECOMMENDATION_DECISION_EVENT_TYPES.accepted:
        return { decision: { outcome: 'accepted', decidedBy: event.data.decidedBy, decidedAt: event.data.decidedAt, reason: null, note: event.data.note } };
      case RECOMMENDATION_DECISION_EVENT_TYPES.rejected:
        return { decision: { outcome: 'rejected', decidedBy: event.data.decidedBy, decidedAt: event.data.decidedAt, reason: event.data.reason, note: event.data.note } };
      default:
        return state;
    }
  },

  decide(command, state) {
    const r = command.recommendation;
    if (!r || r.recommendationId !== command.recommendationId) {
      throw new DomainError('RECOMMENDATION_NOT_FOUND', `Rekomendasi ${command.recommendationId} tidak ditemukan / no such recommendation`, 'recommendationId', 'not_found');
    }
    if (state.decision) {
      const d = state.decision;
      const was = d.outcome === 'accepted' ? 'diterima / accepted' : 'ditolak / rejected';
      throw new DomainError(
        'ALREADY_DECIDED',
        `Rekomendasi ini sudah diputuskan (${was}) oleh ${d.decidedBy} pada ${d.decidedAt} / this recommendation was already decided`,
        'recommendationId',
        'conflict',
      );
    }
    if (typeof command.decidedBy !== 'string' || command.decidedBy.trim() === '') {
      throw new DomainError('DECIDED_BY_REQUIRED', 'Nama pengambil keputusan wajib diisi / who decides is required', 'decidedBy');
    }
    if (typeof command.decidedAt !== 'string' || !INSTANT.test(command.decidedAt) || Number.isNaN(Date.parse(command.decidedAt))) {
      throw new DomainError('INVALID_DECIDED_AT', 'Waktu keputusan harus instan ISO-8601 / decidedAt must be an ISO-8601 instant', 'decidedAt');
    }
    const note = checkNote(command.note);
    const data: DecisionData = {
      tenantId: command.tenantId,
      recommendationId: r.recommendationId,
      recommendation: { kind: r.kind, unitId: r.unitId, unitName: r.unitName, period: r.period, ruleId: r.ruleId, ruleVersion: r.ruleVersion, policy: r.policy, reason: r.reason, inputs: r.inputs },
      decidedBy: command.decidedBy.trim(),
      decidedAt: command.decidedAt,
      note,
    };
    switch (command.type) {
      case 'accept-recommendation':
        return [{ type: RECOMMENDATION_DECISION_EVENT_TYPES.accepted, data }];
      case 'reject-recommendation': {
        if (typeof command.reason !== 'string' || command.reason.trim().length < 5) {
          throw new DomainError('REASON_REQUIRED', 'Alasan penolakan wajib diisi (minimal 5 karakter) / a rejection needs a reason (at least 5 characters)', 'reason');
        }
        return [{ type: RECOMMENDATION_DECISION_EVENT_TYPES.rejected, data: { ...data, reason: command.reason.trim() } }];
      }
    }
  },
};

export function recommendationDecisionStreamId(tenantId: string, recommendationId: string): string {
  return `recommendation-decision-${tenantId}.${recommendationId}`;
}
