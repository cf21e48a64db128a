/**
 * Structured JSON logging (pino) and the correlation context.
 *
 * Every line: `time` (ISO), `level` (label), `service`, `msg`, `context`, plus `correlationId`
 * when logged inside a request or message handling (AsyncLocalStorage).
 *
 * Only the sink (stdout) is process-wide. Nest's static `Logger` is process-wide by design (the
 * last `app.useLogger()` wins); in embedded mode the `service` field still comes out right
 * because each app is bootstrapped (and serves requests) inside a service scope.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService, LogLevel } from '@nestjs/common';
import { pino, type DestinationStream, type Level, type LevelWithSilent, type Logger as PinoLogger } from 'pino';

// ---------------------------------------------------------------------------------------------
// Correlation context
// ---------------------------------------------------------------------------------------------

export const CORRELATION_ID_HEADER = 'x-correlation-id';

export interface CorrelationScope {
  correlationId: string;
  /** Id of the message/event being handled, when any. */
  causationId?: string | null;
  [key: string]: unknown;
}

const correlationStorage = new AsyncLocalStorage<CorrelationScope>();

export const CorrelationContext = {
  /** Runs `fn` (and everything it awaits or schedules) inside `scope`. */
  run<R>(scope: CorrelationScope, fn: () => R): R {
    return correlationStorage.run(scope, fn);
  },
  current(): CorrelationScope | undefined {
    return correlationStorage.getStore();
  },
  correlationId(): string | undefined {
    return correlationStorage.getStore()?.correlationId;
  },
};

/** Runs a message handler inside the message's correlation context. */
export function withCorrelation<R>(correlationId: string, fn: () => R, causationId?: string | null): R {
  return CorrelationContext.run({ correlationId, causationId }, fn);
}

/** The current correlation id, or a new UUID (for code that publishes events outside a request). */
export function correlationIdOrNew(): string {
  return CorrelationContext.correlationId() ?? randomUUID();
}

/** Accepts client-provided ids that are safe to log and echo (no spaces/control chars, <= 128). */
export function isValidCorrelationId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9._:@/+=-]{1,128}$/.test(value);
}

// ---------------------------------------------------------------------------------------------
// Service scope (which service a log line belongs to, for Nest's process-wide Logger)
// ---------------------------------------------------------------------------------------------

const serviceStorage = new AsyncLocalStorage<string>();

export function runInServiceScope<R>(service: string, fn: () => R): R {
  return serviceStorage.run(service, fn);
}

export function currentServiceScope(): string | undefined {
  return serviceStorage.getStore();
}

// ---------------------------------------------------------------------------------------------
// JsonLogger
// ---------------------------------------------------------------------------------------------

let sharedSink: DestinationStream | undefined;

/** The process-wide stdout sink (synchronous writes: nothing is lost on exit). */
export function defaultLogSink(): DestinationStream {
  sharedSink ??= pino.destination({ dest: 1, sync: true });
  return sharedSink;
}

export interface JsonLoggerOptions {
  service: string;
  /** pino level (default info). */
  level?: LevelWithSilent | string;
  /** Where lines go (default: the shared stdout sink). Tests pass a capturing stream. */
  destination?: DestinationStream;
}

const NEST_TO_PINO: Record<LogLevel, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};
const PINO_ORDER: Level[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
const STACK_RE = /\n\s*at /;

/** Nest `LoggerService` writing JSON lines through pino. One per service; all share the sink. */
export class JsonLogger implements LoggerService {
  readonly service: string;
  /** The underlying pino logger, for structured logging: `logger.pino.info({ kpiId }, 'defined')`. */
  readonly pino: PinoLogger;

  constructor(options: JsonLoggerOptions);
  constructor(service: string, level?: LevelWithSilent | string);
  constructor(optionsOrService: JsonLoggerOptions | string, level?: LevelWithSilent | string) {
    const options: JsonLoggerOptions = typeof optionsOrService === 'string' ? { service: optionsOrService, level } : optionsOrService;
    this.service = options.service;
    const service = options.service;
    this.pino = pino(
      {
        level: options.level ?? 'info',
        base: undefined,
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        mixin: () => {
          const correlationId = CorrelationContext.correlationId();
          return correlationId ? { service: currentServiceScope() ?? service, correlationId } : { service: currentServiceScope() ?? service };
        },
      },
      options.destination ?? defaultLogSink(),
    );
  }

  log(message: unknown, ...optionalParams: unknown[]): void {
    this.write('info', message, optionalParams, false);
  }
  error(message: unknown, ...optionalParams: unknown[]): void {
    this.write('error', message, optionalParams, true);
  }
  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.write('warn', message, optionalParams, false);
  }
  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.write('debug', message, optionalParams, false);
  }
  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.write('trace', message, optionalParams, false);
  }
  fatal(message: unknown, ...optionalParams: unknown[]): void {
    this.write('fatal', message, optionalParams, true);
  }

  /** Nest passes the enabled levels; pino gets the most verbose of them. */
  setLogLevels(levels: LogLevel[]): void {
    const mapped = levels.map((l) => NEST_TO_PINO[l]).filter(Boolean);
    this.pino.level = mapped.length === 0 ? 'silent' : PINO_ORDER.find((l) => mapped.includes(l))!;
  }

  private write(level: Level, message: unknown, params: unknown[], withStack: boolean): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const args = [...params];
    let context: string | undefined;
    // Nest appends the context last: `log(msg, ctx)`, `error(msg, stack|undefined, ctx)`.
    const last = args[args.length - 1];
    if (args.length > 0 && typeof last === 'string' && !(withStack && args.length === 1 && STACK_RE.test(last))) {
      context = args.pop() as string;
    }
    let stack: string | undefined;
    if (withStack && args.length > 0 && (args[0] === undefined || typeof args[0] === 'string')) {
      stack = args.shift() as string | undefined;
    }
    const fields: Record<string, unknown> = {};
    if (context !== undefined) fields.context = context;
    let msg: string;
    if (message instanceof Error) {
      fields.err = message;
      msg = message.message;
    } else if (message !== null && typeof message === 'object') {
      const obj = message as Record<string, unknown>;
      Object.assign(fields, obj);
      msg = typeof obj.msg === 'string' ? obj.msg : typeof obj.message === 'string' ? obj.message : '';
      delete fields.msg;
    } else {
      msg = String(message);
    }
    if (stack) fields.stack = stack;
    const extra = args.filter((a) => a !== undefined);
    if (extra.length > 0) fields.params = extra;
    this.pino[level](fields, msg);
  }
}

// ---------------------------------------------------------------------------------------------
// Request context middleware (correlation id + access log)
// ---------------------------------------------------------------------------------------------

/** Minimal view of an Express request/response (no @types/express in this repo). */
export type HttpRequest = IncomingMessage & {
  originalUrl?: string;
  baseUrl?: string;
  route?: { path?: unknown };
  correlationId?: string;
};
export type HttpResponse = ServerResponse;
export type NextFn = (error?: unknown) => void;

export interface HttpRequestInfo {
  method: string;
  /** Path without the query string. */
  path: string;
  /** The matched route pattern (`/kpis/:id`), or `<unmatched>`. */
  route: string;
  status: number;
  durationMs: number;
  /** false when the client went away before the response was finished. */
  completed: boolean;
}

export interface RequestContextOptions {
  logger?: JsonLogger;
  /** Called once per request when the response is finished (metrics). */
  onResponse?: Array<(info: HttpRequestInfo) => void>;
  /** Paths logged at debug instead of info (probes and scrapes). */
  quietPaths?: string[];
}

const HANDLED = Symbol.for('capaian.request-context');
export const DEFAULT_QUIET_PATHS = ['/health/live', '/health/ready', '/metrics'];

/**
 * Express-style middleware: reads `x-correlation-id` (or generates a UUID), echoes it on the
 * response, runs the rest of the request inside the correlation context, and on completion
 * writes one access-log line (method, path, status, ms) and calls the `onResponse` observers.
 * Idempotent: a second instance on the same request just calls next().
 */
export function createRequestContextMiddleware(options: RequestContextOptions = {}) {
  const quiet = new Set(options.quietPaths ?? DEFAULT_QUIET_PATHS);
  return function requestContext(req: HttpRequest, res: HttpResponse, next: NextFn): void {
    const marked = req as unknown as Record<symbol, unknown>;
    if (marked[HANDLED]) return next();
    marked[HANDLED] = true;

    const incoming = req.headers[CORRELATION_ID_HEADER];
    const correlationId = isValidCorrelationId(incoming) ? incoming : randomUUID();
    req.correlationId = correlationId;
    res.setHeader(CORRELATION_ID_HEADER, correlationId);
    const started = process.hrtime.bigint();
    const method = req.method ?? 'GET';
    const path = (req.originalUrl ?? req.url ?? '/').split('?')[0];

    let done = false;
    const finish = (completed: boolean) => {
      if (done) return;
      done = true;
      const info: HttpRequestInfo = {
        method,
        path,
        route: routeOf(req),
        status: completed ? res.statusCode : 499,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        completed,
      };
      CorrelationContext.run({ correlationId }, () => {
        for (const observe of options.onResponse ?? []) {
          try {
            observe(info);
          } catch {
            // observers must never break a request
          }
        }
        if (options.logger) {
          const level: Level = info.status >= 500 ? 'warn' : quiet.has(path) ? 'debug' : 'info';
          options.logger.pino[level](
            {
              context: 'HTTP',
              method,
              path,
              route: info.route,
              status: info.status,
              ms: Math.round(info.durationMs * 10) / 10,
            },
            `${method} ${path} ${info.status} ${info.durationMs.toFixed(1)}ms`,
          );
        }
      });
    };
    res.once('finish', () => finish(true));
    res.once('close', () => finish(res.writableFinished));

    CorrelationContext.run({ correlationId }, () => next());
  };
}

function routeOf(req: HttpRequest): string {
  const routePath = req.route?.path;
  if (typeof routePath === 'string') return `${req.baseUrl ?? ''}${routePath}` || '/';
  return '<unmatched>';
}
