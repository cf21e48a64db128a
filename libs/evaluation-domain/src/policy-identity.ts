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

/** The version number of the built-in default in every tenant's sequence. */
export const DEFAULT_POLICY_VERSION = 0;

export type PolicyKind = 'scoring' | 'vfm' | 'reward';

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

/** The next version number of a tenant's sequence (the first own version is 1). */
export function nextTenantVersion(versions: readonly { version: number }[]): number {
  return Math.max(DEFAULT_POLICY_VERSION, ...versions.map((v) => v.version)) + 1;
}

/**
 * The version in force (the latest, or the default when the tenant set none), or the given
 * version: 0 is the default, n the tenant's version n; undefined when there is no such version.
 */
export function selectPolicyVersion<P extends { version: number }>(versions: readonly P[], defaultVersion: P, version?: number): P | undefined {
  if (version === undefined) return versions[versions.length - 1] ?? defaultVersion;
  if (version === DEFAULT_POLICY_VERSION) return defaultVersion;
  return versions.find((p) => p.version === version);
}

/** Every version of the sequence, the default (version 0) first. */
export function allPolicyVersions<P>(versions: readonly P[], defaultVersion: P): P[] {
  return [defaultVersion, ...versions];
}
