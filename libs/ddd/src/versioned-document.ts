import { canonicalJson } from '@capaian/kernel';
import { invalid, type Decider, type Problem } from './decider.js';
import { checkReason } from './input-checks.js';

/**
 * A versioned document: data a tenant sets, as a whole, with a reason, on a stream of its own
 * (a scoring policy, reward rules, an evaluation worksheet, a reporting deadline...). Each change is
 * one event carrying the next version number; earlier versions stay readable, so what was computed
 * under version n can be reproduced after version n + 1 is set. Until the tenant sets one, the
 * built-in default is in force.
 *
 * One definition per document says what differs (its schema, its validation, its default, how a
 * version is built from the input); `versionedDocumentDecider` is the one decider of all of them:
 *
 * - the reason goes through `checkReason` (required, 5-2000 characters, stored trimmed);
 * - the next version is max(the default's version, every stored version) + 1;
 * - an invalid document is a DomainError naming every problem (`<key>.<field>`);
 * - a document equal to the latest stored version (canonical JSON, RFC 8785, ignoring the `version`
 *   and `policyId` the decider assigns) is "nothing changed": no event.
 */

/** One problem of a document: the field inside it (dotted path, `rules[2].threshold`) and what is wrong. */
export type DocumentProblem = Problem;

/** A stored version's identity and why it was set (the default has no reason). */
export interface DocumentVersionRecord {
  version: number;
  policyId: string;
  reason: string | null;
}

/** What the decider knows when it builds a new version from the input. */
export interface DocumentBuildContext<D> {
  tenantId: string;
  year: number | undefined;
  /** The number the new version gets. */
  version: number;
  /** The version in force before this one (the default when the tenant set none). */
  current: D;
  /** The tenant's stored versions, oldest first. */
  stored: readonly D[];
}

/** What is stored with a version (the event's data besides the document). */
export interface DocumentVersionData {
  tenantId: string;
  year?: number;
  version: number;
  reason: string;
}

export interface VersionedDocumentDefinition<D, Input, K extends string> {
  /** Short machine name of the document (`scoring-policy`, `lke-worksheet`...). */
  kind: string;
  /** Name for messages: Indonesian and English ("Kebijakan penilaian" / "scoring policy"). */
  name: { id: string; en: string };
  /** The key of the document in the command and in the event's data (`policy`, `worksheet`). */
  key: K;
  /** The event that records a version: `<kind>-set` (see `documentDefinition`). */
  eventType: string;
  /** Schema version of the event written today. */
  schemaVersion: number;
  /** Code of the DomainError for an invalid document (`INVALID_POLICY`...). */
  invalidCode: string;
  /** The built-in default, in force until the tenant sets a version. */
  default: D;
  /** The default's number in the tenant's sequence: 0, or the default's own version. */
  defaultVersion: number;
  /** The id a tenant's version n is named by; absent when the document keeps the id it was given. */
  identify?(tenantId: string, year: number | undefined, version: number): string;
  /** The id of a version as listed (default: its `policyId`). */
  idOf?(document: D): string;
  /** The new version from the input: ids, version numbers (of the document and of its parts) assigned here. */
  build(input: Input, context: DocumentBuildContext<D>): D;
  validate(document: D): DocumentProblem[];
  /** A stored version as it is read today (identity from the stream, defaults for fields added later); default: as stored. */
  read?(document: D, data: DocumentVersionData): D;
}

/** A definition whose event is `<kind>-set` at schema version 1, unless its parts say otherwise. */
export function documentDefinition<D, Input, K extends string>(
  parts: Omit<VersionedDocumentDefinition<D, Input, K>, 'eventType' | 'schemaVersion'> & Partial<Pick<VersionedDocumentDefinition<D, Input, K>, 'eventType' | 'schemaVersion'>>,
): VersionedDocumentDefinition<D, Input, K> {
  return { eventType: `${parts.kind}-set`, schemaVersion: 1, ...parts };
}

export type SetDocument<Input, K extends string> = { type: string; tenantId: string; year?: number; reason: unknown } & { [P in K]: Input };
export type DocumentSet<D, K extends string> = { type: string; data: DocumentVersionData & { [P in K]: D } };

export interface DocumentVersions<D> {
  /** The tenant's versions, oldest first. */
  versions: D[];
  /** Number, id and reason of each of `versions` (same order). */
  records: DocumentVersionRecord[];
}

const ASSIGNED_FIELDS = new Set(['version', 'policyId']);

function withoutAssigned(document: unknown): unknown {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return document;
  return Object.fromEntries(Object.entries(document).filter(([k]) => !ASSIGNED_FIELDS.has(k)));
}

/** The one equality of versions: canonical JSON (RFC 8785) equal, ignoring the `version` and `policyId` the decider assigns. */
export function sameDocument(a: unknown, b: unknown): boolean {
  return canonicalJson(withoutAssigned(a)) === canonicalJson(withoutAssigned(b));
}

function idOf<D>(definition: Pick<VersionedDocumentDefinition<D, unknown, string>, 'idOf'>, document: D): string {
  return definition.idOf ? definition.idOf(document) : String((document as { policyId?: unknown }).policyId);
}

/** The decider of a versioned document (see the top of this file). */
export function versionedDocumentDecider<D, Input, K extends string>(definition: VersionedDocumentDefinition<D, Input, K>): Decider<SetDocument<Input, K>, DocumentSet<D, K>, DocumentVersions<D>> {
  const def = definition as unknown as VersionedDocumentDefinition<D, unknown, string>;
  return {
    initialState: () => ({ versions: [], records: [] }),
    evolve(state, event) {
      const data = event.data;
      const stored = data[definition.key] as D;
      const document = definition.read ? definition.read(stored, data) : stored;
      return {
        versions: [...state.versions, document],
        records: [...state.records, { version: data.version, policyId: idOf(def, document), reason: data.reason }],
      };
    },
    decide(command, state) {
      const reason = checkReason(command.reason);
      const version = Math.max(definition.defaultVersion, ...state.records.map((r) => r.version)) + 1;
      const current = state.versions[state.versions.length - 1] ?? definition.default;
      const document = definition.build(command[definition.key] as Input, { tenantId: command.tenantId, year: command.year, version, current, stored: state.versions });
      const problems = definition.validate(document);
      if (problems.length > 0) throw invalid(definition.invalidCode, { id: `${definition.name.id} tidak sah`, en: `invalid ${definition.name.en}` }, problems, definition.key);
      const latest = state.versions[state.versions.length - 1];
      if (latest !== undefined && sameDocument(latest, document)) return [];
      const scope = command.year === undefined ? { tenantId: command.tenantId } : { tenantId: command.tenantId, year: command.year };
      return [{ type: definition.eventType, data: { ...scope, version, [definition.key]: document, reason } as DocumentSet<D, K>['data'] }];
    },
  };
}

/** The version in force: the tenant's latest, or the default. */
export function currentDocument<D>(definition: Pick<VersionedDocumentDefinition<D, unknown, string>, 'default'>, state: DocumentVersions<D>): D {
  return state.versions[state.versions.length - 1] ?? definition.default;
}

/** Version n: the default's number selects the default; undefined when there is no such version. */
export function documentVersion<D>(definition: Pick<VersionedDocumentDefinition<D, unknown, string>, 'default' | 'defaultVersion'>, state: DocumentVersions<D>, version: number): D | undefined {
  if (version === definition.defaultVersion) return definition.default;
  const at = state.records.findIndex((r) => r.version === version);
  return at < 0 ? undefined : state.versions[at];
}

/** The version in force, or version n when given (see documentVersion). */
export function selectDocument<D>(definition: Pick<VersionedDocumentDefinition<D, unknown, string>, 'default' | 'defaultVersion'>, state: DocumentVersions<D>, version?: number): D | undefined {
  return version === undefined ? currentDocument(definition, state) : documentVersion(definition, state, version);
}

/** Every version, the default first. */
export function allDocuments<D>(definition: Pick<VersionedDocumentDefinition<D, unknown, string>, 'default'>, state: DocumentVersions<D>): D[] {
  return [definition.default, ...state.versions];
}

/** Number, id and reason of every version, the default first. */
export function documentRecords<D>(definition: Pick<VersionedDocumentDefinition<D, unknown, string>, 'default' | 'defaultVersion' | 'idOf'>, state: DocumentVersions<D>): DocumentVersionRecord[] {
  return [{ version: definition.defaultVersion, policyId: idOf(definition, definition.default), reason: null }, ...state.records];
}

/** A document's decider with the reads every answer about it needs (what the HTTP layer serves). */
export function versionedDocumentModel<D, Input, K extends string, C = SetDocument<Input, K>>(
  definition: VersionedDocumentDefinition<D, Input, K>,
  /** The decider, when the document's command has a shape of its own (default: `versionedDocumentDecider(definition)`). */
  decider: Decider<C, DocumentSet<D, K>, DocumentVersions<D>> = versionedDocumentDecider(definition) as unknown as Decider<C, DocumentSet<D, K>, DocumentVersions<D>>,
) {
  return {
    decider,
    schemaVersions: { [definition.eventType]: definition.schemaVersion } as Readonly<Record<string, number>>,
    default: definition.default,
    current: (state: DocumentVersions<D>) => currentDocument(definition, state),
    all: (state: DocumentVersions<D>) => allDocuments(definition, state),
    records: (state: DocumentVersions<D>) => documentRecords(definition, state),
  };
}
