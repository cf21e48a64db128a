/**
 * One problem body for every error response:
 *   { statusCode, error, message, code?, details?, correlationId }
 *
 * - HttpExceptions keep their status, message, and any `code`/`details` of their response body.
 * - body-parser errors: malformed JSON -> 400 MALFORMED_JSON, too large -> 413 PAYLOAD_TOO_LARGE,
 *   nested too deep -> 400 JSON_TOO_DEEP / FORM_TOO_DEEP (field `body`), other client errors keep
 *   their 4xx status.
 * - Domain errors map through an error-mapping registry (`registerErrorMapping`).
 * - Anything else -> 500 with a generic message; the error is logged with its stack.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { Catch, HttpException, HttpStatus, Inject, Injectable, Optional, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { busboyExceptions, multerExceptions } from '@nestjs/platform-express/multer/multer/multer.constants.js';
import { JSON_TOO_DEEP_TYPE } from './edge/body-depth.js';
import { CORRELATION_ID_HEADER, CorrelationContext, JsonLogger, type HttpRequest, type HttpResponse } from './logging.js';

export interface ProblemBody {
  statusCode: number;
  /** HTTP status text, e.g. `Bad Request`. */
  error: string;
  message: string | string[];
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `WRONG_EXPECTED_REVISION`. */
  code?: string;
  /** The (first) offending field, header or parameter, when there is one. */
  field?: string;
  details?: unknown;
  correlationId: string;
}

// ---------------------------------------------------------------------------------------------
// Error mappings
// ---------------------------------------------------------------------------------------------

/** An error class, or an error name (matched against `error.name` and constructor names). */
export type ErrorMatcher = string | (abstract new (...args: any[]) => Error);
type AnyClass = abstract new (...args: any[]) => unknown;

export interface ErrorMappingOptions<E = any> {
  /** Message for the client (default: the error's message). */
  message?: string | ((error: E) => string);
  /** Extra details for the client (default: none). */
  details?: (error: E) => unknown;
}

export interface ErrorMapping<E = any> extends ErrorMappingOptions<E> {
  status: number;
  code: string;
}

export class ErrorMappingRegistry {
  private readonly byClass = new Map<AnyClass, ErrorMapping>();
  private readonly byName = new Map<string, ErrorMapping>();

  constructor(private readonly fallback?: ErrorMappingRegistry) {}

  register<E extends Error>(matcher: ErrorMatcher, status: number, code: string, options: ErrorMappingOptions<E> = {}): this {
    const mapping: ErrorMapping<E> = { status, code, ...options };
    if (typeof matcher === 'string') this.byName.set(matcher, mapping);
    else this.byClass.set(matcher as AnyClass, mapping);
    return this;
  }

  /** The mapping of the most specific class of `error` (own registry first, then the fallback). */
  resolve(error: unknown): ErrorMapping | undefined {
    if (!(error instanceof Error)) return undefined;
    return this.lookup(error) ?? this.fallback?.resolve(error);
  }

  private lookup(error: Error): ErrorMapping | undefined {
    const own = Object.getPrototypeOf(error) as object | null;
    for (let proto = own; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
      const ctor = (proto as { constructor: AnyClass }).constructor;
      const found = this.byClass.get(ctor) ?? (proto === own ? this.byName.get(error.name) : undefined) ?? this.byName.get(ctor.name);
      if (found) return found;
    }
    return this.byName.get(error.name);
  }
}

/**
 * Process-wide default mappings, consulted after the app's own (PlatformModule `errorMappings`).
 * Built in: the event-store concurrency errors (matched by name) -> 409.
 */
export const defaultErrorMappings = new ErrorMappingRegistry()
  .register('WrongExpectedRevisionError', HttpStatus.CONFLICT, 'WRONG_EXPECTED_REVISION', {
    message: 'The resource was modified concurrently; reload it and retry',
  })
  .register('IdempotencyConflictError', HttpStatus.CONFLICT, 'IDEMPOTENCY_CONFLICT')
  .register('AppendConditionRaceError', HttpStatus.CONFLICT, 'APPEND_CONDITION_RACE', {
    message:
      'Sebuah aliran yang menjadi syarat penulisan berubah bersamaan; periksa hasilnya sebelum mengulang / a stream this write depended on changed concurrently; check the result before retrying',
  })
  .register('UnstorableTextError', HttpStatus.UNPROCESSABLE_ENTITY, 'INVALID_TEXT', {
    message: 'Teks berisi karakter NUL atau UTF-16 tidak valid yang tidak dapat disimpan / the text contains a NUL or an invalid UTF-16 character and cannot be stored',
    details: (e) => (e as Error & { fields: string[] }).fields.map((field) => ({ field, errors: ['NUL / lone surrogate'] })),
  });

/** Maps a domain error to an HTTP status and code for every service in the process. */
export function registerErrorMapping<E extends Error>(matcher: ErrorMatcher, status: number, code: string, options?: ErrorMappingOptions<E>): void {
  defaultErrorMappings.register(matcher, status, code, options);
}

// ---------------------------------------------------------------------------------------------
// Translation
// ---------------------------------------------------------------------------------------------

export interface TranslatedError {
  body: Omit<ProblemBody, 'correlationId'>;
  /** true for server faults (5xx): log with the stack. */
  serverFault: boolean;
}

export function statusText(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/** Turns anything thrown into a problem body (without the correlation id). */
export function toProblem(exception: unknown, mappings: ErrorMappingRegistry = defaultErrorMappings): TranslatedError {
  const parserError = bodyParserError(exception);
  if (parserError) return { body: parserError, serverFault: false };

  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const body: Omit<ProblemBody, 'correlationId'> = { statusCode: status, error: statusText(status), message: exception.message };
    if (typeof response === 'string') {
      body.message = response;
    } else if (response && typeof response === 'object') {
      const r = response as Record<string, unknown>;
      if (typeof r.message === 'string' || Array.isArray(r.message)) body.message = r.message as string | string[];
      if (typeof r.error === 'string' && r.error !== body.message) body.error = r.error;
      if (typeof r.code === 'string') body.code = r.code;
      if (typeof r.field === 'string') body.field = r.field;
      if (r.details !== undefined) body.details = r.details;
    }
    if (body.field === undefined && body.code === undefined && isUploadProblem(body.message)) {
      body.code = 'INVALID_UPLOAD';
      body.field = 'file';
    }
    if (status >= 500) return { body: { ...body, message: status === 500 ? 'Internal server error' : body.message }, serverFault: true };
    return { body, serverFault: false };
  }

  const mapping = mappings.resolve(exception);
  if (mapping) {
    const error = exception as Error;
    const message = typeof mapping.message === 'function' ? mapping.message(error) : (mapping.message ?? error.message);
    const body: Omit<ProblemBody, 'correlationId'> = {
      statusCode: mapping.status,
      error: statusText(mapping.status),
      message,
      code: mapping.code,
    };
    if (mapping.details) body.details = mapping.details(error);
    return { body, serverFault: mapping.status >= 500 };
  }

  return {
    body: { statusCode: 500, error: statusText(500), message: 'Internal server error', code: 'INTERNAL_ERROR' },
    serverFault: true,
  };
}

const UPLOAD_MESSAGES = [...Object.values(multerExceptions), ...Object.values(busboyExceptions)] as string[];

/** A multipart upload the parser refused (multer / busboy messages, as Nest's FileInterceptor throws them). */
function isUploadProblem(message: string | string[]): boolean {
  return typeof message === 'string' && UPLOAD_MESSAGES.some((m) => message.includes(m));
}

/** body-parser / raw-body errors, raw or wrapped by Nest's Express adapter (as `cause`). */
function bodyParserError(exception: unknown): Omit<ProblemBody, 'correlationId'> | undefined {
  const candidates = [exception, exception instanceof Error ? exception.cause : undefined];
  for (const c of candidates) {
    if (!c || typeof c !== 'object') continue;
    const e = c as { type?: unknown; message?: unknown; limit?: unknown; status?: unknown; expose?: unknown };
    if (e.type === JSON_TOO_DEEP_TYPE) {
      const limit = (c as { limit?: unknown }).limit;
      return tooDeep('JSON_TOO_DEEP', `Isi JSON terlalu dalam (lebih dari ${String(limit)} tingkat) / JSON body nested deeper than ${String(limit)} levels`);
    }
    if (e.type === 'querystring.parse.rangeError') {
      return tooDeep('FORM_TOO_DEEP', 'Isi formulir terlalu dalam / form body nested too deeply (bracket depth over the limit)');
    }
    if (e.type === 'entity.parse.failed') {
      return {
        statusCode: 400,
        error: statusText(400),
        message: `Malformed JSON in request body: ${String(e.message)}`,
        code: 'MALFORMED_JSON',
        field: 'body',
      };
    }
    if (e.type === 'entity.too.large') {
      return {
        statusCode: 413,
        error: statusText(413),
        message: typeof e.limit === 'number' ? `Request body exceeds the limit of ${e.limit} bytes` : 'Request body too large',
        code: 'PAYLOAD_TOO_LARGE',
      };
    }
    // Any other body-parser client error (too many parameters, unsupported charset or encoding,
    // aborted request...): keep its 4xx status and name its type.
    const status = typeof e.status === 'number' ? e.status : undefined;
    if (typeof e.type === 'string' && e.expose === true && status !== undefined && status >= 400 && status < 500) {
      return {
        statusCode: status,
        error: statusText(status),
        message: String(e.message),
        code: e.type.toUpperCase().replace(/[^A-Z0-9]+/g, '_'),
        field: 'body',
      };
    }
    // A body that cannot be read (a broken gzip/deflate stream): 400, never a 500.
    if (status === 400 && typeof e.message === 'string' && !(c instanceof HttpException)) {
      if (e.message.startsWith('Failed to decode param')) {
        return { statusCode: 400, error: statusText(400), message: `Path tidak valid / ${e.message}`, code: 'INVALID_PATH_ENCODING', field: 'path' };
      }
      return { statusCode: 400, error: statusText(400), message: `Isi permintaan tidak dapat dibaca / the request body cannot be read: ${e.message}`, code: 'UNREADABLE_BODY', field: 'body' };
    }
  }
  return undefined;
}

function tooDeep(code: string, message: string): Omit<ProblemBody, 'correlationId'> {
  return {
    statusCode: 400,
    error: statusText(400),
    message,
    code,
    field: 'body',
    details: [{ field: 'body', errors: [message] }],
  };
}

// ---------------------------------------------------------------------------------------------
// The filter
// ---------------------------------------------------------------------------------------------

export const ERROR_MAPPINGS = Symbol.for('capaian.error-mappings');

@Catch()
@Injectable()
export class ProblemExceptionFilter implements ExceptionFilter {
  private readonly mappings: ErrorMappingRegistry;

  constructor(
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Optional() @Inject(JsonLogger) private readonly logger?: JsonLogger,
    @Optional() @Inject(ERROR_MAPPINGS) mappings?: ErrorMappingRegistry,
  ) {
    this.mappings = mappings ?? defaultErrorMappings;
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const req = http.getRequest<HttpRequest>();
    const res = http.getResponse<HttpResponse>();
    const correlationId = correlationIdFor(req, res);
    const { body, serverFault } = toProblem(exception, this.mappings);
    const problem: ProblemBody = { ...body, correlationId };

    if (serverFault) {
      const err = exception instanceof Error ? exception : new Error(String(exception));
      const fields = {
        context: 'ExceptionFilter',
        err,
        method: req.method,
        path: (req.originalUrl ?? req.url ?? '').split('?')[0],
        status: problem.statusCode,
        correlationId,
      };
      if (this.logger) this.logger.pino.error(fields, `Unhandled error: ${err.message}`);
      else process.stderr.write(`${err.stack ?? err.message}\n`);
    }

    if (res.headersSent) {
      res.end();
      return;
    }
    this.adapterHost.httpAdapter.reply(res, problem, problem.statusCode);
  }
}

function correlationIdFor(req: HttpRequest, res: HttpResponse): string {
  const fromContext = CorrelationContext.correlationId() ?? req.correlationId;
  if (fromContext) return fromContext;
  const header = res.getHeader(CORRELATION_ID_HEADER);
  if (typeof header === 'string') return header;
  const id = randomUUID();
  if (!res.headersSent) res.setHeader(CORRELATION_ID_HEADER, id);
  return id;
}
