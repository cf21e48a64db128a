/** Roles and the authenticated principal carried by Capaian bearer tokens. */

/** JWT secret used outside production when JWT_SECRET is not set. Never accepted in production. */
export const DEV_JWT_SECRET = 'capaian-dev-secret';

export const ROLES = ['planner', 'unit_operator', 'evaluator', 'admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The claims of a token, as seen by handlers (`@CurrentUser()`). */
export interface Principal {
  /** Subject: the user id. */
  sub: string;
  /** Tenant (local government), e.g. `kab-contoh`. */
  tenant: string;
  /** Organisational unit (OPD), e.g. `opd-dinkes`; absent for tenant-wide users. */
  unit?: string;
  roles: Role[];
}

/** true when the principal has one of `roles`; admin has every role. */
export function hasAnyRole(principal: Pick<Principal, 'roles'>, roles: readonly Role[]): boolean {
  if (principal.roles.includes('admin')) return true;
  return roles.length === 0 || roles.some((r) => principal.roles.includes(r));
}
