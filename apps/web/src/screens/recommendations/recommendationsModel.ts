import type { AcceptBody, Recommendation, RejectBody } from './types';

/** Rewards first, then punishments from the mildest, as the policy orders its rules. */
export const KINDS = ['tpp', 'certificate', 'oral_warning', 'written_warning', 'postponed_promotion'] as const;
export type Kind = (typeof KINDS)[number];
export const isReward = (kind: Kind) => kind === 'tpp' || kind === 'certificate';

/** Where a recommendation stands: open, or decided (accepted or rejected) by someone at an instant. */
export type Status = { state: 'open' } | { state: 'accepted' | 'rejected'; by: string; at: string; note: string | null; reason: string | null };

export function statusOf(r: Recommendation): Status {
  const d = r.decision;
  if (!d) return { state: 'open' };
  return {
    state: d.type === 'recommendation-accepted' ? 'accepted' : 'rejected',
    by: d.data.decidedBy || d.by || '',
    at: d.data.decidedAt || d.at,
    note: d.data.note,
    reason: d.data.reason ?? null,
  };
}

/** The year's recommendations in a stable order: open ones first, then by unit, then by kind. */
export function sortRecommendations(list: readonly Recommendation[]): Recommendation[] {
  const kind = (k: Kind) => KINDS.indexOf(k);
  return [...list].sort(
    (a, b) => Number(a.decision !== null) - Number(b.decision !== null) || a.unitName.localeCompare(b.unitName, 'id') || kind(a.kind) - kind(b.kind) || a.period.localeCompare(b.period),
  );
}

/** How many are open and decided (the summary above the table). */
export function counts(list: readonly Recommendation[]): { open: number; accepted: number; rejected: number } {
  const out = { open: 0, accepted: 0, rejected: 0 };
  for (const r of list) out[statusOf(r).state]++;
  return out;
}

/** A decision's body as the API takes it: empty texts are left out (the API says what it requires). */
export function acceptBody(note: string): AcceptBody {
  const n = note.trim();
  return n ? { note: n } : {};
}

export function rejectBody(reason: string, note: string): RejectBody {
  const n = note.trim();
  return { reason: reason.trim(), ...(n ? { note: n } : {}) };
}
