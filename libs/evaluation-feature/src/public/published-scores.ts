import { NotFoundException } from '@nestjs/common';
import { PERIOD_CODES, type AnyIntegrationEvent, type PeriodCode, type ScoresPublishedV1 } from '@capaian/contracts';
import { SCORES_PUBLISHED_EVENT, applyInput, emptyInputs, scorecardOf, type EvaluationInputs, type StoredInputLike } from '@capaian/evaluation-domain';
import type { EventStore, RecordedEvent } from '@capaian/eventstore';

/** The category of the publication streams (`published-<tenant>.<year>.<period>`, see evaluation-domain publication.ts). */
export const PUBLICATION_STREAM_CATEGORY = 'published';

/** One stored `scores-published` event: the snapshot, when it was published and where it sits in the store. */
export interface Publication {
  snapshot: ScoresPublishedV1;
  publishedAt: string;
  /** Global position of the publication event. */
  position: number;
  /** 1 for the period's first publication, 2 for a later one... */
  edition: number;
  /** The store position the snapshot was computed at: the last input event its chain heads name. */
  inputsUpTo: number;
}

const periodOrder = (p: string) => PERIOD_CODES.indexOf(p as PeriodCode);

/** Sorts publications by year, then period (Y, S1, S2, Q1..Q4, M01..M12 as PERIOD_CODES orders them). */
export function byYearAndPeriod(a: Publication, b: Publication): number {
  return a.snapshot.year - b.snapshot.year || periodOrder(a.snapshot.period) - periodOrder(b.snapshot.period);
}

/**
 * Every publication of a tenant, read from the publication streams only (never from the live
 * view): the latest edition of each published year and period, in year and period order.
 */
export async function latestPublications(store: EventStore, tenantId: string): Promise<Publication[]> {
  const prefix = `${PUBLICATION_STREAM_CATEGORY}-${tenantId}.`;
  const latest = new Map<string, RecordedEvent>();
  for await (const e of store.readAll({ category: PUBLICATION_STREAM_CATEGORY })) {
    if (e.type !== SCORES_PUBLISHED_EVENT || !e.streamId.startsWith(prefix)) continue;
    latest.set(e.streamId, e);
  }
  const out: Publication[] = [];
  for (const e of latest.values()) out.push(await publicationOf(store, e));
  return out.sort(byYearAndPeriod);
}

/** The latest publication of a tenant's year and period; 404 PUBLICATION_NOT_FOUND when it was never published. */
export async function latestPublication(store: EventStore, streamId: string, year: number, period: string): Promise<Publication> {
  const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
  if (!last || last.type !== SCORES_PUBLISHED_EVENT) {
    throw new NotFoundException({
      statusCode: 404,
      error: 'Not Found',
      code: 'PUBLICATION_NOT_FOUND',
      message: `Nilai ${year} ${period} belum diterbitkan / the scores of ${year} ${period} were not published`,
    });
  }
  return publicationOf(store, last);
}

async function publicationOf(store: EventStore, e: RecordedEvent): Promise<Publication> {
  const snapshot = e.data as ScoresPublishedV1;
  return { snapshot, publishedAt: e.metadata.recordedAt, position: e.position, edition: e.revision + 1, inputsUpTo: await inputsUpTo(store, snapshot) };
}

/** The highest store position among the chain heads of the snapshot (what it was computed from); `positions.to` when it names none. */
async function inputsUpTo(store: EventStore, snapshot: ScoresPublishedV1): Promise<number> {
  let upTo = snapshot.positions.to;
  for (const head of snapshot.chainHeads ?? []) {
    const [event] = await store.readStream(head.streamId, { fromRevision: head.revision, maxCount: 1 });
    if (event && event.revision === head.revision) upTo = Math.max(upTo, event.position);
  }
  return upTo;
}

/** What the portal names a published scorecard by: its plan as it stood when the scores were published. */
export interface PublishedPlanFacts {
  unitName: string | null;
  unitKind: string | null;
  parentUnitId: string | null;
  title: string | null;
  theme: string | null;
  planVersion: number | null;
}

const NO_PLAN: PublishedPlanFacts = { unitName: null, unitKind: null, parentUnitId: null, title: null, theme: null, planVersion: null };

/**
 * Folds the tenant's inputs once, in store order, and reads each publication's plans at the
 * position its snapshot was computed at: `facts(publication)` gives a scorecard's plan facts then.
 */
export function planFactsAt(tenantId: string, inputs: readonly StoredInputLike[], publications: readonly Publication[]): Map<Publication, Map<string, PublishedPlanFacts>> {
  const state = emptyInputs();
  const out = new Map<Publication, Map<string, PublishedPlanFacts>>();
  const ordered = [...publications].sort((a, b) => a.inputsUpTo - b.inputsUpTo);
  let i = 0;
  for (const p of ordered) {
    while (i < inputs.length && inputs[i]!.position <= p.inputsUpTo) {
      const e = inputs[i]!;
      applyInput(state, { event: e.data as AnyIntegrationEvent, position: e.position });
      i++;
    }
    out.set(p, factsOf(state, tenantId, p));
  }
  return out;
}

function factsOf(state: EvaluationInputs, tenantId: string, p: Publication): Map<string, PublishedPlanFacts> {
  const facts = new Map<string, PublishedPlanFacts>();
  for (const u of p.snapshot.units) {
    const plan = scorecardOf(state, tenantId, u.scorecardId);
    facts.set(u.scorecardId, plan ? { unitName: plan.unitName, unitKind: plan.unitKind, parentUnitId: plan.parentUnitId, title: plan.title, theme: plan.theme, planVersion: plan.version } : NO_PLAN);
  }
  return facts;
}
