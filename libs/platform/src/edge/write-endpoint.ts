/**
 * Composite decorators for the write endpoints of the services: the Nest and OpenAPI decorators
 * every such controller and handler stacks, written once.
 */
import { applyDecorators, Controller, HttpCode, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators.js';
import type { Role } from '../auth/principal.js';

type AnyDecorator = ClassDecorator | MethodDecorator | PropertyDecorator;

/**
 * Applies decorators in the order a stack of `@` lines does (the last one first), so a composite
 * records the same metadata in the same order as the stack it replaces.
 */
export function stackDecorators(...decorators: AnyDecorator[]) {
  return applyDecorators(...[...decorators].reverse());
}

/** The `If-Match` header of a write: the ETag of `what` the caller last read. */
export const ApiIfMatch = (what: string) => ApiHeader({ name: 'If-Match', required: false, description: `ETag of ${what} you last read; 412 when it moved` });

/** The `Idempotency-Key` header of a write (a retry with the same key returns the first answer). */
export const ApiIdempotencyKey = (description?: string) => ApiHeader({ name: 'Idempotency-Key', required: false, ...(description === undefined ? {} : { description }) });

export interface WriteControllerOptions {
  /** OpenAPI tag of the controller's operations. */
  readonly tag: string;
  /** What the `If-Match` ETag is of (e.g. "the scorecard"); every handler takes the header. Absent: no handler reads If-Match. */
  readonly etagOf?: string;
  /** What the `Idempotency-Key` header says of these writes (default: the generic description). */
  readonly idempotencyKey?: string;
  /** More class decorators (path parameters...), applied between the tag and the headers. */
  readonly extra?: readonly ClassDecorator[];
}

/** A controller of writes: route, tag, bearer auth, and the If-Match and Idempotency-Key headers. */
export function WriteController(path: string, options: WriteControllerOptions) {
  const ifMatch = options.etagOf === undefined ? [] : [ApiIfMatch(options.etagOf)];
  return stackDecorators(ApiTags(options.tag), ApiBearerAuth(), ...(options.extra ?? []), ...ifMatch, ApiIdempotencyKey(options.idempotencyKey), Controller(path));
}

export interface WriteEndpointOptions {
  /** Roles that may call it (admin passes every check). */
  readonly roles: readonly Role[];
  readonly summary: string;
  readonly description?: string;
  /** Status of a success (set as the handler's HTTP code) and the type of its body. */
  readonly status?: number;
  readonly type: Type<unknown>;
  /** The documented failures, status -> what it means, in the order they are listed. */
  readonly failures?: ReadonlyArray<readonly [status: number, description: string]>;
  /** More method decorators (headers of this handler only...), applied after the summary. */
  readonly extra?: readonly MethodDecorator[];
}

/**
 * A write handler: `route` (e.g. `Post('approve')`), its HTTP code, the roles, the OpenAPI
 * operation and the documented responses.
 */
export function WriteEndpoint(route: MethodDecorator, options: WriteEndpointOptions) {
  const status = options.status ?? 200;
  const operation = options.description === undefined ? { summary: options.summary } : { summary: options.summary, description: options.description };
  return stackDecorators(
    route,
    HttpCode(status),
    Roles(...options.roles),
    ...(options.extra ?? []),
    ApiOperation(operation),
    ApiResponse({ status, type: options.type }),
    ...(options.failures ?? []).map(([failure, description]) => ApiResponse({ status: failure, description })),
  );
}
