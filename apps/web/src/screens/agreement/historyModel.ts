import type { HistoryEntry, ScorecardPlan } from './types';

/**
 * One stage of a Perjanjian Kinerja's life: the first draft up to version 1, then each revision
 * (opened with a reason) up to the version that closed it. A stage still open has no approval.
 */
export interface Stage {
  kind: 'draft' | 'revision';
  /** The version a revision started from (0 for the draft). */
  fromVersion: number;
  openedAt: string | null;
  openedBy: string | null;
  /** Why the revision was opened (null for the draft). */
  reason: string | null;
  /** Changes recorded during the stage (items defined or removed, profile, links). */
  changes: number;
  /** Codes of the items those changes named, each once, in order. */
  items: string[];
  approval: { version: number; at: string; by: string | null; signedBy: string | null } | null;
}

/** The code an entry names, when it names one item. */
function itemOf(e: HistoryEntry): string | null {
  switch (e.type) {
    case 'perspective-defined':
      return e.data.perspective.code;
    case 'objective-defined':
      return e.data.objective.code;
    case 'scorecard-kpi-defined':
      return e.data.kpi.code;
    case 'initiative-defined':
      return e.data.initiative.code;
    case 'perspective-removed':
    case 'objective-removed':
    case 'scorecard-kpi-removed':
    case 'initiative-removed':
      return e.data.code;
    case 'objectives-linked':
    case 'objectives-unlinked':
      return `${e.data.from} → ${e.data.to}`;
    default:
      return null;
  }
}

/** The stages of the plan from its history (oldest first); signers come from the plan's approvals. */
export function stagesOf(history: readonly HistoryEntry[], approvals: ScorecardPlan['approvals'] = []): Stage[] {
  const signers = new Map(approvals.map((a) => [a.version, a.signedBy]));
  const stages: Stage[] = [];
  let open: Stage | undefined;
  const sorted = [...history].sort((a, b) => a.revision - b.revision);
  for (const e of sorted) {
    if (e.type === 'scorecard-created') {
      open = { kind: 'draft', fromVersion: 0, openedAt: e.recordedAt, openedBy: e.actor, reason: null, changes: 0, items: [], approval: null };
      stages.push(open);
      continue;
    }
    if (e.type === 'scorecard-revision-opened') {
      open = { kind: 'revision', fromVersion: e.data.fromVersion, openedAt: e.recordedAt, openedBy: e.actor, reason: e.data.reason, changes: 0, items: [], approval: null };
      stages.push(open);
      continue;
    }
    if (!open) {
      open = { kind: 'draft', fromVersion: 0, openedAt: null, openedBy: null, reason: null, changes: 0, items: [], approval: null };
      stages.push(open);
    }
    if (e.type === 'scorecard-approved') {
      open.approval = { version: e.data.version, at: e.recordedAt, by: e.actor, signedBy: signers.get(e.data.version) ?? null };
      continue;
    }
    open.changes++;
    const item = itemOf(e);
    if (item && !open.items.includes(item)) open.items.push(item);
  }
  return stages;
}

/** The approved version numbers, oldest first. */
export const versionsOf = (plan: Pick<ScorecardPlan, 'version'>): number[] => Array.from({ length: plan.version }, (_, i) => i + 1);

/** What the comparison shows first: the last two versions, or the last version against the open revision. */
export function defaultPair(plan: Pick<ScorecardPlan, 'version' | 'status'>): { from: string; to: string } | null {
  if (plan.status === 'in_revision' && plan.version >= 1) return { from: String(plan.version), to: 'current' };
  if (plan.version >= 2) return { from: String(plan.version - 1), to: String(plan.version) };
  return null;
}
