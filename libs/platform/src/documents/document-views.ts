/**
 * The HTTP answers of a versioned document (a policy, a worksheet, a deadline rule: data a tenant
 * sets as a whole, with a reason, one event per version; see @capaian/ddd versioned-document.ts).
 * The platform knows the document only through `DocumentModel`, built by the feature from the
 * document's definition, so every document answers the same way.
 */
import { NotFoundException } from '@nestjs/common';
import type { DeciderLike, RecordedEvent } from '@capaian/eventstore';

/** Number, id and reason of a version (the default: reason null). */
export interface DocumentVersionRecordLike {
  version: number;
  policyId: string;
  reason: string | null;
}

/** What the HTTP layer needs of a document: its decider and how its state is read. */
export interface DocumentModel<C, E extends { type: string; data: unknown }, S, D> {
  decider: DeciderLike<C, E, S>;
  schemaVersions: Readonly<Record<string, number>>;
  /** The built-in default. */
  default: D;
  /** The version in force. */
  current(state: S): D;
  /** Every version, the default first (same order as `records`). */
  all(state: S): D[];
  /** Number, id and reason of every version, the default first; the stored ones match the stream's events one to one. */
  records(state: S): DocumentVersionRecordLike[];
}

/** Where a document is kept: per tenant, or per tenant and year. */
export interface DocumentScope {
  tenantId: string;
  year?: number;
}

export interface DocumentVersionEntry extends DocumentVersionRecordLike {
  /** When the version was stored; null for the default. */
  recordedAt: string | null;
  /** Who set it; null for the default. */
  actor: string | null;
}

const yearOf = (scope: DocumentScope) => (scope.year === undefined ? {} : { year: scope.year });

/** GET …: the version in force, whether it is the default, every version (default first) and the default. */
export function documentView<S, D>(model: DocumentModel<any, any, S, D>, scope: DocumentScope, state: S) {
  const records = model.records(state);
  return { ...yearOf(scope), current: model.current(state), isDefault: records.length === 1, versions: model.all(state), default: model.default };
}

/** Every version's number, id, reason, time and author, the default first. */
export function documentEntries<S, D>(model: DocumentModel<any, any, S, D>, state: S, events: readonly RecordedEvent[]): DocumentVersionEntry[] {
  return model.records(state).map((r, i) => {
    const event = i === 0 ? undefined : events[i - 1];
    return { ...r, recordedAt: event?.metadata.recordedAt ?? null, actor: event?.metadata.actor ?? null };
  });
}

/** GET …/versions. */
export function documentVersionList<S, D>(model: DocumentModel<any, any, S, D>, scope: DocumentScope, state: S, events: readonly RecordedEvent[]) {
  return { ...yearOf(scope), versions: documentEntries(model, state, events) };
}

/** GET …/versions/:version: the entry and the document; 404 naming `version` when there is none. */
export function documentVersionView<S, D>(model: DocumentModel<any, any, S, D>, scope: DocumentScope, state: S, events: readonly RecordedEvent[], version: number) {
  const at = model.records(state).findIndex((r) => r.version === version);
  if (at < 0) {
    const message = `Versi ${version} tidak ada / there is no version ${version}`;
    throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'VERSION_NOT_FOUND', message, field: 'version', details: [{ field: 'version', errors: [message] }] });
  }
  return { ...yearOf(scope), ...documentEntries(model, state, events)[at]!, document: model.all(state)[at]! };
}
