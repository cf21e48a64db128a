import { ForbiddenException, Inject, Injectable, Optional, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AUTH_FAILURE_LIMITER, AuthFailureLimiter, clientAddress } from './auth-failure-limiter.js';
import { IS_PUBLIC_KEY, ROLES_KEY } from './decorators.js';
import { hasAnyRole, type Principal, type Role } from './principal.js';
import { TokenError, verifyToken } from './token.js';

export const AUTH_OPTIONS = Symbol.for('capaian.auth-options');

export interface AuthOptions {
  /** HS256 secret (config JWT_SECRET). */
  secret: string;
  clockToleranceSec?: number;
}

const CODES: Record<TokenError['reason'], string> = {
  missing: 'AUTH_MISSING_TOKEN',
  malformed: 'AUTH_INVALID_TOKEN',
  invalid: 'AUTH_INVALID_TOKEN',
  expired: 'AUTH_TOKEN_EXPIRED',
  not_active: 'AUTH_INVALID_TOKEN',
};

/** Failures that count against the client's limit: credentials that are not ours (a guess). */
const COUNTED_FAILURES: ReadonlySet<TokenError['reason']> = new Set(['malformed', 'invalid']);

export interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: Principal;
  ip?: string;
  socket?: { remoteAddress?: string };
}

export interface AuthResponse {
  setHeader?(name: string, value: string): unknown;
}

/** true when the request carries an Authorization header (credentials to check). */
export function presentsCredentials(req: Pick<AuthRequest, 'headers'>): boolean {
  const header = req.headers.authorization;
  return (Array.isArray(header) ? header[0] : header) !== undefined;
}

/**
 * Verifies the request's bearer token: the principal, or a 401 (WWW-Authenticate set), or a 429
 * when the client went over its limit of failed attempts (see AuthFailureLimiter).
 */
export async function authenticateRequest(req: AuthRequest, res: AuthResponse, options: AuthOptions, limiter?: AuthFailureLimiter): Promise<Principal> {
  const client = clientAddress(req);
  if (limiter && presentsCredentials(req)) await limiter.assertNotBlocked(client, res);
  try {
    return verifyToken(options.secret, bearerToken(req), options.clockToleranceSec);
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    res.setHeader?.('WWW-Authenticate', error.reason === 'missing' ? 'Bearer' : `Bearer error="invalid_token", error_description="${error.message.replace(/"/g, "'")}"`);
    const unauthorized = new UnauthorizedException({ message: error.message, code: CODES[error.reason] });
    throw limiter && COUNTED_FAILURES.has(error.reason) ? await limiter.fail(client, res, unauthorized) : unauthorized;
  }
}

/**
 * Global guard: every HTTP route needs a valid bearer token unless marked @Public();
 * @Roles(...) -> 403 when the principal has none of them (admin passes). Sets `req.user`.
 * Bad credentials count against the client's limit (429 with Retry-After beyond it).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    @Optional() @Inject(AUTH_FAILURE_LIMITER) private readonly limiter?: AuthFailureLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const http = context.switchToHttp();
    const req = http.getRequest<AuthRequest>();
    const res = http.getResponse<AuthResponse>();
    const principal = await authenticateRequest(req, res, this.options, this.limiter);
    req.user = principal;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && required.length > 0 && !hasAnyRole(principal, required)) {
      throw new ForbiddenException({
        message: `Requires one of the roles: ${required.join(', ')} (you have: ${principal.roles.join(', ') || 'none'})`,
        code: 'INSUFFICIENT_ROLE',
        details: { required },
      });
    }
    return true;
  }
}

/** The bearer token of the Authorization header; TokenError `missing` / `malformed` otherwise. */
export function bearerToken(req: Pick<AuthRequest, 'headers'>): string {
  const header = req.headers.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw new TokenError('missing', 'Missing bearer token: send "Authorization: Bearer <token>"');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  if (!match) throw new TokenError('malformed', 'Invalid Authorization header: expected "Bearer <token>"');
  return match[1];
}
