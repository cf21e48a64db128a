/**
 * The identity of a versioned policy document of a tenant and year (scoring policy, value-for-money
 * policy, reward rules): `(policyId, version)` names exactly one rule set, forever (docs/adr/0004-policy-identity.md).
 *
 * - Version 0 of every tenant's sequence is the built-in default; it keeps its own `policyId`
 *   (e.g. `permendagri-86-2017`), the same everywhere, and is never changed in place (a different
 *   built-in default would get another `policyId`).
 * - A tenant's own versions are numbered 1, 2, ... on its stream for the year and carry the
 *   `policyId` the service derives from the stream (`<kind>-policy-<tenant>.<year>`); the client's
 *   `policyId` and `version` are ignored, as are those stored in events written before this rule:
 *   an event is identified by its stream's tenant and year and its own `version`.
 * - `?policyVersion=0` (or `{ policyVersion: 0 }`) selects the default, `n >= 1` the tenant's version n.
 */
import { documentDefinition, selectDocument, versionedDocumentDecider, type DocumentSet, type DocumentVersions, type SetDocument, type VersionedDocumentDefinition } from '@capaian/ddd';

/** The version number of the built-in default in every tenant's sequence. */
export const DEFAULT_POLICY_VERSION = 0;

export type PolicyKind = 'scoring' | 'vfm' | 'reward';

/** Each kind's name in messages and the code of the DomainError for an invalid version. */
const POLICY_KINDS: ReadonlyMap<PolicyKind, { name: { id: string; en: string }; invalidCode: string }> = new Map([
  ['scoring', { name: { id: 'Kebijakan penilaian', en: 'scoring policy' }, invalidCode: 'INVALID_POLICY' }],
  ['vfm', { name: { id: 'Kebijakan value for money', en: 'value for money policy' }, invalidCode: 'INVALID_VFM_POLICY' }],
  ['reward', { name: { id: 'Kebijakan penghargaan dan sanksi', en: 'reward policy' }, invalidCode: 'INVALID_REWARD_POLICY' }],
]);

/** The `policyId` of a tenant's own versions for a year; equals the id of the stream that keeps them. */
export function tenantPolicyId(kind: PolicyKind, tenantId: string, year: number): string {
  return `${kind}-policy-${tenantId}.${year}`;
}

/** The built-in default as version 0 (frozen, like the default it copies). */
export function asDefaultVersion<P extends { version: number }>(policy: P): P {
  return Object.freeze({ ...policy, version: DEFAULT_POLICY_VERSION });
}

/** A stored or new tenant version with its identity derived from its tenant, year and version. */
export function identifyTenantVersion<P extends { policyId: string; version: number }>(kind: PolicyKind, data: { tenantId: string; year: number; version: number; policy: P }): P {
  return { ...data.policy, policyId: tenantPolicyId(kind, data.tenantId, data.year), version: data.version };
}

type TenantPolicyParts<P, Input> = Pick<VersionedDocumentDefinition<P, Input, 'policy'>, 'default' | 'validate'> & {
  /** The new version from the input; default: the input with the tenant's id and the version assigned (`assign`). */
  build?: VersionedDocumentDefinition<P, Input, 'policy'>['build'];
};

/**
 * The definition of a tenant-and-year policy (scoring, value for money, rewards): kept under `policy`
 * in `<kind>-policy-set` events, version 0 the default, the tenant's versions named
 * `<kind>-policy-<tenant>.<year>` when set and read with that identity whatever they carried.
 */
export function tenantPolicyDocument<P extends { policyId: string; version: number }, Input extends object>(
  kind: PolicyKind,
  parts: TenantPolicyParts<P, Input>,
): VersionedDocumentDefinition<P, Input, 'policy'> {
  return documentDefinition<P, Input, 'policy'>({
    kind: `${kind}-policy`,
    ...POLICY_KINDS.get(kind)!,
    key: 'policy',
    defaultVersion: DEFAULT_POLICY_VERSION,
    identify: (tenantId, year) => tenantPolicyId(kind, tenantId, yearOf(kind, year)),
    read: (policy, data) => identifyTenantVersion(kind, { ...data, year: yearOf(kind, data.year), policy }),
    build: (input, context) => assignTenantIdentity<P>(kind, input, context),
    ...parts,
  });
}

/** A policy as the client sends it: its `policyId` and `version` are assigned by the decider. */
export type TenantPolicyInput<P> = Omit<P, 'version' | 'policyId'> & { version?: number; policyId?: string };

/** The command that sets a tenant's policy for a year. */
export type SetTenantPolicy<Input> = SetDocument<Input, 'policy'> & { year: number };

/** The event that sets a version of policy P, and the versions of P a stream holds. */
export type TenantPolicySet<P> = DocumentSet<P, 'policy'>;
export type TenantPolicyState<P> = DocumentVersions<P>;

/** A tenant-and-year policy: its definition (tenantPolicyDocument), its decider, its stream and its versions. */
export function tenantPolicy<P extends { policyId: string; version: number }, Input extends object>(kind: PolicyKind, parts: TenantPolicyParts<P, Input>) {
  const document = tenantPolicyDocument<P, Input>(kind, parts);
  return {
    document,
    decider: versionedDocumentDecider(document),
    /** The stream of the tenant's versions for a year (its id is the `policyId` of those versions). */
    streamId: (tenantId: string, year: number): string => tenantPolicyId(kind, tenantId, year),
    /** The policy in force (latest version, or the default), or a given version (0: the default); undefined when there is no such version. */
    of: (state: DocumentVersions<P>, version?: number): P | undefined => selectDocument(document, state, version),
  };
}

/** The input as the tenant's new version: the client's `policyId` and `version` are replaced. */
export function assignTenantIdentity<P>(kind: PolicyKind, input: object, context: { tenantId: string; year: number | undefined; version: number }): P {
  return { ...input, policyId: tenantPolicyId(kind, context.tenantId, yearOf(kind, context.year)), version: context.version } as P;
}

function yearOf(kind: PolicyKind, year: number | undefined): number {
  if (year === undefined) throw new RangeError(`a ${kind} policy is kept per tenant and year`);
  return year;
}
