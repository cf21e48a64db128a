/**
 * Text that no store can keep is refused at the HTTP edge, for every route and every event-store
 * adapter: a NUL character (PostgreSQL text and jsonb refuse `\u0000`) or a lone UTF-16
 * surrogate such as `\ud800` (not encodable as UTF-8; jsonb refuses it too), in the body (at any
 * depth, keys included), a query parameter or a path parameter. The 400 names each field:
 * `items.0.note`, the parameter's name, or `body` for a bare string body. The same interceptor
 * checks the format of the Idempotency-Key and If-Match headers, so a garbage header is a 400
 * naming the header on every route.
 */
import { BadRequestException, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { parseIfMatch } from '../infrastructure/etag.js';
import { parseIdempotencyKey } from '../infrastructure/idempotency.js';
import { findForbiddenKeys, forbiddenKeyException } from './prototype-keys.js';
import { findUnsafeText, MAX_REPORTED_TEXT_PROBLEMS, type UnsafeText, type UnsafeTextProblem } from '@capaian/eventstore';

export { findUnsafeText, unsafeTextProblem, MAX_REPORTED_TEXT_PROBLEMS, type UnsafeText, type UnsafeTextProblem } from '@capaian/eventstore';

const ERRORS: Record<UnsafeTextProblem, string> = {
  nul: 'berisi karakter NUL (\\u0000) yang tidak diizinkan / contains a NUL character (\\u0000), which is not allowed',
  lone_surrogate: 'berisi karakter UTF-16 tidak valid (surrogate tunggal, mis. \\ud800) / contains an invalid UTF-16 character (a lone surrogate such as \\ud800)',
};

function describe(p: UnsafeText): string {
  return p.inPropertyName ? `a property name ${ERRORS[p.problem]}` : ERRORS[p.problem];
}

/** The 400 for text that cannot be stored: code INVALID_TEXT, one entry per field. */
export function unsafeTextException(problems: UnsafeText[]): BadRequestException {
  const first = problems[0]!;
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'INVALID_TEXT',
    message: problems.map((p) => `${p.field} ${describe(p)}`),
    field: first.field,
    details: problems.map((p) => ({ field: p.field, errors: [describe(p)] })),
  });
}

interface EdgeRequest {
  body?: unknown;
  query?: unknown;
  params?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

function header(req: EdgeRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** Checks one HTTP request; throws the 400 (text or header) or returns. */
export function assertStorableRequest(req: EdgeRequest): void {
  const problems = [...findUnsafeText(req.params), ...findUnsafeText(req.query), ...findUnsafeText(req.body)];
  if (problems.length > 0) throw unsafeTextException(problems.slice(0, MAX_REPORTED_TEXT_PROBLEMS));
  const forbidden = findForbiddenKeys(req.body);
  if (forbidden.length > 0) throw forbiddenKeyException(forbidden);
  parseIdempotencyKey(header(req, 'idempotency-key'));
  parseIfMatch(header(req, 'if-match'));
}

/**
 * Global interceptor (PlatformModule registers it): runs after the guards and before the pipes,
 * so nothing that cannot be stored reaches validation, handlers or the event store.
 */
@Injectable()
export class StorableRequestInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') assertStorableRequest(context.switchToHttp().getRequest<EdgeRequest>());
    return next.handle();
  }
}
