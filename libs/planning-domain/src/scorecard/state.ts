import {
  slug,
  type Initiative,
  type Kpi,
  type Objective,
  type Perspective,
  type ScorecardHeader,
  type ScorecardProfile,
  type ScorecardSnapshot,
  type ScorecardStatus,
  type StrategyLink,
} from './model.js';

/** Domain event type names of the scorecard aggregate (private to planning; see the relay for what is published). */
export const SCORECARD_EVENT_TYPES = {
  created: 'scorecard-created',
  profileUpdated: 'scorecard-profile-updated',
  perspectiveDefined: 'perspective-defined',
  perspectiveRemoved: 'perspective-removed',
  objectiveDefined: 'objective-defined',
  objectiveRemoved: 'objective-removed',
  objectivesLinked: 'objectives-linked',
  objectivesUnlinked: 'objectives-unlinked',
  kpiDefined: 'scorecard-kpi-defined',
  kpiRemoved: 'scorecard-kpi-removed',
  initiativeDefined: 'initiative-defined',
  initiativeRemoved: 'initiative-removed',
  approved: 'scorecard-approved',
  revisionOpened: 'scorecard-revision-opened',
} as const;
export const SCORECARD_EVENT_SCHEMA_VERSION: Record<string, number> = Object.fromEntries(Object.values(SCORECARD_EVENT_TYPES).map((t) => [t, 1]));

export interface ApprovedUnit {
  unitId: string;
  name: string;
  kind: string;
  parentId: string | null;
}

export type ScorecardEvent =
  | { type: 'scorecard-created'; data: { header: ScorecardHeader } }
  | { type: 'scorecard-profile-updated'; data: { profile: ScorecardProfile } }
  | { type: 'perspective-defined'; data: { perspective: Perspective } }
  | { type: 'perspective-removed'; data: { code: string } }
  | { type: 'objective-defined'; data: { objective: Objective } }
  | { type: 'objective-removed'; data: { code: string } }
  | { type: 'objectives-linked'; data: StrategyLink }
  | { type: 'objectives-unlinked'; data: StrategyLink }
  | { type: 'scorecard-kpi-defined'; data: { kpi: Kpi } }
  | { type: 'scorecard-kpi-removed'; data: { code: string; kpiId: string } }
  | { type: 'initiative-defined'; data: { initiative: Initiative } }
  | { type: 'initiative-removed'; data: { code: string } }
  | { type: 'scorecard-approved'; data: { version: number; signedBy: string; reason: string | null; unit: ApprovedUnit; snapshot: ScorecardSnapshot } }
  | { type: 'scorecard-revision-opened'; data: { scorecardId: string; unitId: string; year: number; fromVersion: number; reason: string } };

export interface ApprovalRecord {
  version: number;
  signedBy: string;
  reason: string | null;
}

/**
 * The folded scorecard. Items are keyed by the slug of their code in Maps: codes are typed by
 * people, and a plain object would answer "constructor" or "__proto__" from Object.prototype.
 */
export interface ScorecardState {
  header: ScorecardHeader | null;
  status: ScorecardStatus;
  /** Number of the last approved version (0 before the first approval). */
  version: number;
  /** Reason of the open revision, if any. */
  revisionReason: string | null;
  perspectives: ReadonlyMap<string, Perspective>;
  objectives: ReadonlyMap<string, Objective>;
  links: StrategyLink[];
  kpis: ReadonlyMap<string, Kpi>;
  initiatives: ReadonlyMap<string, Initiative>;
  approvals: ApprovalRecord[];
}

export const initialScorecardState = (): ScorecardState => ({
  header: null,
  status: 'draft',
  version: 0,
  revisionReason: null,
  perspectives: new Map(),
  objectives: new Map(),
  links: [],
  kpis: new Map(),
  initiatives: new Map(),
  approvals: [],
});

const withItem = <T>(items: ReadonlyMap<string, T>, code: string, item: T): ReadonlyMap<string, T> => new Map(items).set(slug(code), item);
const without = <T>(items: ReadonlyMap<string, T>, code: string): ReadonlyMap<string, T> => {
  const copy = new Map(items);
  copy.delete(slug(code));
  return copy;
};

export const sameLink = (a: StrategyLink, b: StrategyLink) => slug(a.from) === slug(b.from) && slug(a.to) === slug(b.to);

/** Same content, whatever the order of object keys (a re-import of unchanged rows writes nothing). */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : v;
export const equal = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export function evolveScorecard(state: ScorecardState, event: ScorecardEvent): ScorecardState {
  switch (event.type) {
    case 'scorecard-created':
      return { ...state, header: event.data.header };
    case 'scorecard-profile-updated':
      return { ...state, header: { ...state.header!, ...event.data.profile } };
    case 'perspective-defined':
      return { ...state, perspectives: withItem(state.perspectives, event.data.perspective.code, event.data.perspective) };
    case 'perspective-removed':
      return { ...state, perspectives: without(state.perspectives, event.data.code) };
    case 'objective-defined':
      return { ...state, objectives: withItem(state.objectives, event.data.objective.code, event.data.objective) };
    case 'objective-removed':
      return { ...state, objectives: without(state.objectives, event.data.code) };
    case 'objectives-linked':
      return { ...state, links: [...state.links, { from: event.data.from, to: event.data.to }] };
    case 'objectives-unlinked':
      return { ...state, links: state.links.filter((l) => !sameLink(l, event.data)) };
    case 'scorecard-kpi-defined':
      return { ...state, kpis: withItem(state.kpis, event.data.kpi.code, event.data.kpi) };
    case 'scorecard-kpi-removed':
      return { ...state, kpis: without(state.kpis, event.data.code) };
    case 'initiative-defined':
      return { ...state, initiatives: withItem(state.initiatives, event.data.initiative.code, event.data.initiative) };
    case 'initiative-removed':
      return { ...state, initiatives: without(state.initiatives, event.data.code) };
    case 'scorecard-approved':
      return {
        ...state,
        status: 'approved',
        version: event.data.version,
        revisionReason: null,
        approvals: [...state.approvals, { version: event.data.version, signedBy: event.data.signedBy, reason: event.data.reason }],
      };
    case 'scorecard-revision-opened':
      return { ...state, status: 'in_revision', revisionReason: event.data.reason };
    default:
      return state;
  }
}
