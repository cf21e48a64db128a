import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
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

interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: Principal;
}

/**
 * Global guard: every HTTP route needs a valid bearer token unless marked @Public();
 * @Roles(...) -> 403 when the principal has none of them (admin passes). Sets `req.user`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const http = context.switchToHttp();
    const req = http.getRequest<AuthRequest>();
    const res = http.getResponse<{ setHeader?(name: string, value: string): void }>();
    let principal: Principal;
    try {
      principal = verifyToken(this.options.secret, bearerToken(req), this.options.clockToleranceSec);
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      res.setHeader?.(
        'WWW-Authenticate',
        error.reason === 'missing' ? 'Bearer' : `Bearer error="invalid_token", error_description="${error.message.replace(/"/g, "'")}"`,
      );
      throw new UnauthorizedException({ message: error.message, code: CODES[error.reason] });
    }
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

function bearerToken(req: AuthRequest): string {
  const header = req.headers.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw new TokenError('missing', 'Missing bearer token: send "Authorization: Bearer <token>"');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  if (!match) throw new TokenError('malformed', 'Invalid Authorization header: expected "Bearer <token>"');
  return match[1];
}
