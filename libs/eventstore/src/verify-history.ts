/**
 * Verification of a store's hash chains (history-hash.ts): walks every event in global order, as
 * stored (no upcasters), recomputes each hash and checks each link, each stream's revisions
 * (0, 1, 2...) and, on the SQL adapters, the gapless positions. It reports the first broken link
 * (by position) with its stream and revision, and counts.
 *
 * What it can prove: an event changed in place (data, metadata, type, schema version, id), removed
 * from the middle of a stream or of the log, or a link rewritten, is found. What it cannot: a
 * rewrite of a stream's whole tail with fresh hashes, or removal of the last events of the log;
 * anchors kept elsewhere (the chain heads in evaluation.scores-published) catch those, see
 * checkChainHeads().
 */
import { eventHash, GENESIS_HASH } from './history-hash.js';
import type { EventStore } from './port.js';

export type HistoryBreakReason = 'hash-mismatch' | 'previous-hash-mismatch' | 'revision-gap' | 'missing-hash' | 'position-gap';

export interface HistoryBreak {
  reason: HistoryBreakReason;
  /** The stream of the broken link; null for a gap in positions whose stream cannot be known (its last event removed). */
  streamId: string | null;
  /** The revision found broken (for a revision gap: the first missing revision). */
  revision: number | null;
  /** Position of the event found broken (for a missing event: its position when the gap shows it). */
  position: number;
  message: string;
}

export interface HistoryReport {
  ok: boolean;
  kind: EventStore['kind'];
  /** Events read and checked. */
  events: number;
  streams: number;
  /** Events stored before the hash chain and never hashed (EventStoreDB only; the SQL adapters hash them at start). */
  legacy: number;
  /** Broken links found (a removed event counts once). */
  broken: number;
  firstBreak: HistoryBreak | null;
  /** Position of the last event read. */
  lastPosition: number;
  durationMs: number;
}

export interface VerifyProgress {
  events: number;
  position: number;
  headPosition: number;
}

export interface VerifyHistoryOptions {
  /** Called every `progressEvery` events (default 100 000) and at the end (once per count). */
  onProgress?: (progress: VerifyProgress) => void;
  progressEvery?: number;
}

interface StreamHead {
  revision: number;
  hash: string;
  position: number;
}

interface Gap {
  from: number;
  to: number;
  explained: boolean;
}

export async function verifyHistory(store: EventStore, options: VerifyHistoryOptions = {}): Promise<HistoryReport> {
  const started = performance.now();
  const gapless = store.kind !== 'eventstoredb';
  const every = options.progressEvery ?? 100_000;
  const headPosition = await store.headPosition();
  const heads = new Map<string, StreamHead>();
  const gaps: Gap[] = [];
  let first: HistoryBreak | null = null;
  let broken = 0;
  let events = 0;
  let legacy = 0;
  let lastPosition = 0;

  const report = (b: HistoryBreak): void => {
    broken++;
    if (!first || b.position < first.position) first = b;
  };

  for await (const e of store.readAll({ upcast: false })) {
    events++;
    if (gapless && e.position !== lastPosition + 1) gaps.push({ from: lastPosition + 1, to: e.position - 1, explained: false });
    lastPosition = e.position;
    if (every > 0 && events % every === 0) options.onProgress?.({ events, position: e.position, headPosition });

    const head = heads.get(e.streamId);
    const expectedRevision = head ? head.revision + 1 : 0;
    const where = `stream ${e.streamId} revision ${e.revision} (position ${e.position})`;
    if (e.revision !== expectedRevision) {
      if (e.revision > expectedRevision) {
        const gap = gaps.find((g) => !g.explained && g.from > (head?.position ?? 0) && g.from < e.position);
        if (gap) gap.explained = true;
        const missing = e.revision - expectedRevision;
        report({
          reason: 'revision-gap',
          streamId: e.streamId,
          revision: expectedRevision,
          position: gap ? gap.from : e.position,
          message: `stream ${e.streamId}: ${missing === 1 ? `revision ${expectedRevision} is` : `revisions ${expectedRevision}..${e.revision - 1} are`} missing (the next stored is ${e.revision} at position ${e.position})`,
        });
      } else {
        report({ reason: 'revision-gap', streamId: e.streamId, revision: e.revision, position: e.position, message: `${where}: revision out of order (expected ${expectedRevision})` });
      }
    } else if (!e.hash) {
      if (head?.hash) report({ reason: 'missing-hash', streamId: e.streamId, revision: e.revision, position: e.position, message: `${where}: no hash after hashed events` });
      else legacy++;
    } else {
      const expectedPrevious = head?.hash || GENESIS_HASH;
      if (e.previousHash !== expectedPrevious) {
        report({
          reason: 'previous-hash-mismatch',
          streamId: e.streamId,
          revision: e.revision,
          position: e.position,
          message: `${where}: its link does not match the hash of the previous event (that event or this link was rewritten)`,
        });
      } else if (eventHash(e, e.previousHash) !== e.hash) {
        report({ reason: 'hash-mismatch', streamId: e.streamId, revision: e.revision, position: e.position, message: `${where}: its content does not match its hash (changed after it was stored)` });
      }
    }
    heads.set(e.streamId, { revision: e.revision, hash: e.hash, position: e.position });
  }

  for (const g of gaps) {
    if (g.explained) continue;
    report({
      reason: 'position-gap',
      streamId: null,
      revision: null,
      position: g.from,
      message: g.from === g.to ? `position ${g.from} is missing (the last event of some stream was removed)` : `positions ${g.from}..${g.to} are missing (events were removed)`,
    });
  }
  if (every <= 0 || events % every !== 0 || events === 0) options.onProgress?.({ events, position: lastPosition, headPosition });
  return { ok: broken === 0, kind: store.kind, events, streams: heads.size, legacy, broken, firstBreak: first, lastPosition, durationMs: Math.round(performance.now() - started) };
}

/** A stream's chain head as a third party keeps it (e.g. from evaluation.scores-published). */
export interface ChainHead {
  streamId: string;
  revision: number;
  hash: string;
}

export interface ChainHeadMismatch extends ChainHead {
  /** The stored event's hash at that revision; null when the store has no such event. */
  actual: string | null;
}

/**
 * Compares chain heads kept elsewhere with the store: each must be the hash of the stored event at
 * that revision. Together with a clean verifyHistory() this proves that the history those heads
 * were taken from is unchanged up to them.
 */
export async function checkChainHeads(store: EventStore, heads: readonly ChainHead[]): Promise<ChainHeadMismatch[]> {
  const out: ChainHeadMismatch[] = [];
  for (const h of heads) {
    const [event] = await store.readStream(h.streamId, { fromRevision: h.revision, maxCount: 1 });
    const actual = event && event.revision === h.revision ? event.hash : null;
    if (actual !== h.hash) out.push({ ...h, actual });
  }
  return out;
}

/** The chain head of a stream among the events at or before `atOrBefore` (a position; default: the latest). */
export async function chainHeadOf(store: EventStore, streamId: string, atOrBefore = Number.POSITIVE_INFINITY): Promise<ChainHead | undefined> {
  let fromRevision: number | undefined;
  for (;;) {
    const page = await store.readStream(streamId, { direction: 'backwards', fromRevision, maxCount: 50 });
    for (const e of page) if (e.position <= atOrBefore) return { streamId, revision: e.revision, hash: e.hash };
    if (page.length < 50 || page[page.length - 1]!.revision === 0) return undefined;
    fromRevision = page[page.length - 1]!.revision - 1;
  }
}
