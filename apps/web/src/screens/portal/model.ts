import { toneOf } from '../../components/Band';
import { shorten, type StrategyMap } from '../scorecard/model';
import type { Publication, PublishedMap, PublishedUnit } from './types';

/** Period codes in the order the services sort them (year first, then halves, quarters, months). */
const PERIOD_ORDER = ['Y', 'S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4', 'M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'];

/** A published period's key, as the portal writes it in its URL (`2026-Q2`). */
export const periodKey = (p: Pick<Publication, 'year' | 'period'>) => `${p.year}-${p.period}`;

/** The publication asked for by `?p=2026-Q2`; else the one published last. Never one that was not published. */
export function pickPublication(publications: readonly Publication[], key: string | null): Publication | undefined {
  if (key) return publications.find((p) => periodKey(p) === key);
  return [...publications].sort((a, b) => b.position - a.position)[0];
}

/** The Pemda's own scorecard(s) first, then OPDs by rank (unranked after), then by name. */
export function orderUnits(units: readonly PublishedUnit[]): PublishedUnit[] {
  const rank = (u: PublishedUnit) => (u.rank === null ? Number.MAX_SAFE_INTEGER : u.rank);
  const pemda = (u: PublishedUnit) => (u.unitKind === 'pemda' ? 0 : 1);
  return [...units].sort((a, b) => pemda(a) - pemda(b) || rank(a) - rank(b) || nameOf(a).localeCompare(nameOf(b)) || a.scorecardId.localeCompare(b.scorecardId));
}

/** How a published scorecard is named: its unit, and the theme of a thematic scorecard. */
export function nameOf(u: Pick<PublishedUnit, 'unitName' | 'unitId' | 'theme'>): string {
  const name = u.unitName ?? u.unitId;
  return u.theme ? `${name} (${u.theme.toUpperCase()})` : name;
}

/** Publications in time order: year, then period. */
export function chronological(publications: readonly Publication[]): Publication[] {
  return [...publications].sort((a, b) => a.year - b.year || PERIOD_ORDER.indexOf(a.period) - PERIOD_ORDER.indexOf(b.period));
}

export interface TrendRow {
  scorecardId: string;
  name: string;
  pemda: boolean;
  /** The latest published period holding the scorecard (`2026-Q2`). */
  latestKey: string;
  /** The published score in each publication of `chronological(...)`, null where the scorecard was not published or not measurable. */
  scores: (string | null)[];
  bands: (PublishedUnit['band'] | null)[];
}

/** Every published scorecard's score across the published periods (rows in `orderUnits` order of the latest publication holding it). */
export function trendRows(publications: readonly Publication[]): { columns: Publication[]; rows: TrendRow[] } {
  const columns = chronological(publications);
  const latest = new Map<string, PublishedUnit>();
  const latestKey = new Map<string, string>();
  for (const p of columns)
    for (const u of p.units) {
      latest.set(u.scorecardId, u);
      latestKey.set(u.scorecardId, periodKey(p));
    }
  const rows = orderUnits([...latest.values()]).map((u) => {
    const cells = columns.map((p) => p.units.find((x) => x.scorecardId === u.scorecardId));
    return {
      scorecardId: u.scorecardId,
      name: nameOf(u),
      pemda: u.unitKind === 'pemda',
      latestKey: latestKey.get(u.scorecardId)!,
      scores: cells.map((c) => c?.score ?? null),
      bands: cells.map((c) => c?.band ?? null),
    };
  });
  return { columns, rows };
}

/** The published strategy map in the shape the scorecard screen's StrategyMapView draws. */
export function strategyMapOf(map: PublishedMap, scoreText: (score: string | null, band: PublishedMap['band']) => string): StrategyMap {
  const perspectiveName = new Map(map.perspectives.map((p) => [p.perspectiveId, p.name]));
  const order = new Map(map.perspectives.map((p) => [p.perspectiveId, p.order]));
  const objectives = [...map.objectives]
    .sort((a, b) => (order.get(a.perspectiveId) ?? 0) - (order.get(b.perspectiveId) ?? 0) || a.code.localeCompare(b.code))
    .map((o) => ({ objectiveId: o.objectiveId, code: o.code, name: o.name, perspective: perspectiveName.get(o.perspectiveId) ?? o.perspectiveId, score: o.score, band: o.band, tone: toneOf(o.band) }));
  const byId = new Map(objectives.map((o) => [o.objectiveId, o]));
  const links = map.links.flatMap((l) => {
    const from = byId.get(l.fromObjectiveId);
    const to = byId.get(l.toObjectiveId);
    return from && to ? [{ from, to }] : [];
  });
  return {
    objectives,
    links,
    nodes: objectives.map((o) => ({ id: o.objectiveId, label: `${o.code} ${shorten(o.name, 56)}`, detail: scoreText(o.score, o.band), tone: o.tone })),
    // As on the scorecard screen: drawn from effect to cause, the drivers below what they drive.
    edges: links.map((l) => ({ id: `${l.from.objectiveId}->${l.to.objectiveId}`, source: l.to.objectiveId, target: l.from.objectiveId })),
  };
}

/** The portal's address of a tenant, a published period and a published scorecard. */
export const portalPath = (tenant: string, key?: string, scorecardId?: string) =>
  `/public/${encodeURIComponent(tenant)}${scorecardId && key ? `/${key}/${encodeURIComponent(scorecardId)}` : key ? `?p=${key}` : ''}`;

/** `2026-Q2` back to year and period; undefined when it is not such a key. */
export function parseKey(key: string | undefined): { year: number; period: string } | undefined {
  const m = key ? /^(\d{4})-(Y|S[12]|Q[1-4]|M(?:0[1-9]|1[0-2]))$/.exec(key) : null;
  return m ? { year: Number(m[1]), period: m[2]! } : undefined;
}
