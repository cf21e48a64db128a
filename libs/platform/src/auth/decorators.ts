import { createParamDecorator, ForbiddenException, SetMetadata, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { Principal, Role } from './principal.js';

export const IS_PUBLIC_KEY = 'capaian:auth:public';
export const ROLES_KEY = 'capaian:auth:roles';

/** Opts a handler or controller out of authentication (health, metrics, docs). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** Requires one of `roles` (admin passes every check). On a handler it overrides the controller's. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** The authenticated principal (set by AuthGuard). 401 on a route without one (e.g. a @Public route). */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => principalOf(ctx));

/** The principal of a call; 401 when there is none. */
export function principalOf(ctx: ExecutionContext): Principal {
  const user = ctx.switchToHttp().getRequest<{ user?: Principal }>().user;
  if (!user) throw new UnauthorizedException({ message: 'Authentication required', code: 'AUTH_REQUIRED' });
  return user;
}

/** Tenant isolation: 403 unless the principal belongs to `tenant` (admins included). */
export function assertSameTenant(user: Pick<Principal, 'tenant'>, tenant: string): void {
  if (user.tenant !== tenant) {
    throw new ForbiddenException({
      message: `Access to tenant "${tenant}" is not allowed for a user of tenant "${user.tenant}"`,
      code: 'TENANT_MISMATCH',
    });
  }
}
