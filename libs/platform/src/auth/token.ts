/** Issuing and verifying HS256 bearer tokens (jsonwebtoken). No Nest dependency (used by the CLI). */
import jwt from 'jsonwebtoken';
import { isRole, type Principal } from './principal.js';

/** Lifetime: seconds, or a timespan string like `12h`, `30m`, `7d`. */
export type TokenTtl = number | `${number}${'s' | 'm' | 'h' | 'd' | 'w' | 'y'}` | string;

export function issueToken(secret: string, claims: Principal, ttl: TokenTtl = '1h'): string {
  const payload: Record<string, unknown> = { tenant: claims.tenant, roles: [...claims.roles] };
  if (claims.unit !== undefined) payload.unit = claims.unit;
  return jwt.sign(payload, secret, {
    algorithm: 'HS256',
    subject: claims.sub,
    expiresIn: ttl as jwt.SignOptions['expiresIn'],
  });
}

export type TokenErrorReason = 'missing' | 'malformed' | 'expired' | 'not_active' | 'invalid';

export class TokenError extends Error {
  constructor(
    readonly reason: TokenErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

/** Verifies signature, algorithm, expiry and the claim shapes. @throws TokenError */
export function verifyToken(secret: string, token: string, clockToleranceSec = 5): Principal {
  let decoded: unknown;
  try {
    decoded = jwt.verify(token, secret, { algorithms: ['HS256'], clockTolerance: clockToleranceSec });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) {
      throw new TokenError('expired', `Token expired at ${error.expiredAt.toISOString()}`);
    }
    if (error instanceof jwt.NotBeforeError) {
      throw new TokenError('not_active', `Token not valid before ${error.date.toISOString()}`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new TokenError(reason === 'jwt malformed' ? 'malformed' : 'invalid', `Invalid token: ${reason}`);
  }
  return toPrincipal(decoded);
}

function toPrincipal(decoded: unknown): Principal {
  if (!decoded || typeof decoded !== 'object') throw new TokenError('invalid', 'Invalid token: payload is not an object');
  const c = decoded as Record<string, unknown>;
  const bad = (what: string) => new TokenError('invalid', `Invalid token: ${what}`);
  if (typeof c.sub !== 'string' || c.sub === '') throw bad('claim "sub" must be a non-empty string');
  if (typeof c.tenant !== 'string' || c.tenant === '') throw bad('claim "tenant" must be a non-empty string');
  if (c.unit !== undefined && (typeof c.unit !== 'string' || c.unit === '')) throw bad('claim "unit" must be a non-empty string');
  if (!Array.isArray(c.roles)) throw bad('claim "roles" must be an array');
  const unknownRoles = c.roles.filter((r) => !isRole(r));
  if (unknownRoles.length > 0) throw bad(`claim "roles" has unknown role(s) ${unknownRoles.map(String).join(', ')}`);
  const principal: Principal = { sub: c.sub, tenant: c.tenant, roles: [...new Set(c.roles as Principal['roles'])] };
  if (typeof c.unit === 'string') principal.unit = c.unit;
  return principal;
}
