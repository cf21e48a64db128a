import { STATUS_CODES } from 'node:http';
import { HttpException, HttpStatus } from '@nestjs/common';
import { IdempotencyConflictError, IdempotencyKeyReuseError, StalePreconditionError, WrongExpectedRevisionError } from '@capaian/eventstore';

const STATUS_BY_KIND: Record<string, number> = {
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  not_found: HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
};

interface DomainErrorLike {
  code: string;
  message: string;
  field?: string;
  kind: string;
  details?: ReadonlyArray<{ field: string; errors: string[] }>;
}

function isDomainError(e: unknown): e is DomainErrorLike {
  return e instanceof Error && e.name === 'DomainError' && typeof (e as Partial<DomainErrorLike>).code === 'string';
}

/** An HttpException whose body carries the status, its text, a code and the rest of `body`. */
function problem(status: number, code: string, body: Record<string, unknown>): HttpException {
  return new HttpException({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', code, ...body }, status);
}

/**
 * Turns the errors a use case can raise into the HTTP answer a client can act on. Anything else
 * is re-thrown unchanged (and becomes a logged 500: a bug).
 */
export function toHttpError(e: unknown): unknown {
  if (e instanceof HttpException) return e;
  if (isDomainError(e)) {
    const named = e.details && e.details.length > 0 ? { details: e.details } : e.field ? { field: e.field, details: [{ field: e.field, errors: [e.message] }] } : {};
    return problem(STATUS_BY_KIND[e.kind] ?? HttpStatus.UNPROCESSABLE_ENTITY, e.code, { message: e.message, ...named });
  }
  if (e instanceof StalePreconditionError) {
    return problem(HttpStatus.PRECONDITION_FAILED, 'STALE_ETAG', {
      field: 'If-Match',
      message: `Data sudah berubah (revisi ${e.actual}, Anda mengirim ${e.expected}); muat ulang / the resource changed: reload and retry`,
      details: [{ field: 'If-Match', errors: [`stale: the current ETag is "${e.actual}"`], currentETag: `"${e.actual}"` }],
    });
  }
  if (e instanceof WrongExpectedRevisionError) {
    return problem(HttpStatus.CONFLICT, 'CONCURRENT_MODIFICATION', {
      message: 'Data telah diubah oleh permintaan lain; muat ulang lalu coba lagi / the resource changed concurrently: reload and retry',
    });
  }
  if (e instanceof IdempotencyKeyReuseError || e instanceof IdempotencyConflictError) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, 'IDEMPOTENCY_KEY_REUSED', {
      field: 'Idempotency-Key',
      message: 'Idempotency-Key sudah dipakai untuk permintaan lain / Idempotency-Key was already used with a different request',
    });
  }
  return e;
}

/** Runs a use case and maps its errors (see toHttpError). */
export async function mapErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toHttpError(e);
  }
}
