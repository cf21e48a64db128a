/**
 * Wiring: PlatformModule (DI), configureApp (app instance), createServiceApp / startService
 * (process). Several services may run in one process (embedded mode): everything here is per
 * app except the log sink, the default process metrics and the signal coordinator.
 */
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Module, type DynamicModule, type INestApplication, type MiddlewareConsumer, type NestModule, type Provider, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import { AUTH_FAILURE_LIMITER, AuthFailureLimiter, DEFAULT_AUTH_FAILURE_LIMIT, DEFAULT_AUTH_FAILURE_WINDOW_SECONDS } from './auth/auth-failure-limiter.js';
import { AUTH_OPTIONS, AuthGuard, type AuthOptions } from './auth/auth.guard.js';
import { ServiceConfig, trustProxySetting } from './config.js';
import { jsonDepthVerifier, MAX_BODY_DEPTH } from './edge/body-depth.js';
import { StorableRequestInterceptor } from './edge/request-text.js';
import { applySecurityHeaders, corsOptionsFor } from './edge/security.js';
import { ERROR_MAPPINGS, ErrorMappingRegistry, ProblemExceptionFilter, defaultErrorMappings, type ErrorMappingOptions, type ErrorMatcher } from './errors.js';
import { HealthModule, ReadinessRegistry } from './health.js';
import { HistoryController } from './history.js';
import { createRequestContextMiddleware, JsonLogger, runInServiceScope, type HttpRequest, type HttpResponse, type NextFn } from './logging.js';
import { METRICS_ACCESS, Metrics, MetricsController, type MetricsAccessOptions } from './metrics.js';
import { setupOpenApi, type OpenApiOptions } from './openapi.js';
import { createValidationPipe } from './validation.js';

/** Injection tokens. The config is also provided under its own class (e.g. `PlanningConfig`). */
export const SERVICE_CONFIG = Symbol.for('capaian.service-config');
export const PLATFORM_OPTIONS = Symbol.for('capaian.platform-options');

/** What PlatformModule needs from the config (a full ServiceConfig satisfies it). */
export type PlatformConfig = Pick<ServiceConfig, 'JWT_SECRET'> & Partial<ServiceConfig>;

export type ErrorMappingEntry = [matcher: ErrorMatcher, status: number, code: string, options?: ErrorMappingOptions];

export interface PlatformModuleOptions {
  serviceName: string;
  config: PlatformConfig;
  /** The logger to use (default: a new JsonLogger on stdout at config.LOG_LEVEL). */
  logger?: JsonLogger;
  /** Log destination when no logger is given (tests capture lines with it). */
  logDestination?: DestinationStream;
  /** App-specific error mappings, consulted before the process-wide `registerErrorMapping` ones. */
  errorMappings?: ErrorMappingEntry[];
  /** Append default process metrics to /metrics (default true; embedded mode: one service only). */
  defaultMetrics?: boolean;
}

@Injectable()
export class RequestContextMiddleware {
  private readonly handle: ReturnType<typeof createRequestContextMiddleware>;

  constructor(@Inject(JsonLogger) logger: JsonLogger, @Inject(Metrics) metrics: Metrics) {
    this.handle = createRequestContextMiddleware({ logger, onResponse: [(info) => metrics.observeHttp(info)] });
  }

  use(req: HttpRequest, res: HttpResponse, next: NextFn): void {
    this.handle(req, res, next);
  }
}

/**
 * Global module registering, for one service: the config (SERVICE_CONFIG and its class), the
 * JsonLogger, AuthGuard (APP_GUARD) with its failed-authentication limiter, ProblemExceptionFilter
 * (APP_FILTER), StorableRequestInterceptor (APP_INTERCEPTOR: no NUL or lone surrogate in body,
 * query or path; well-formed Idempotency-Key / If-Match), the ValidationPipe (APP_PIPE), the
 * request-context middleware, ReadinessRegistry + /health, Metrics + /metrics (METRICS_TOKEN).
 */
@Module({})
export class PlatformModule implements NestModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    const { serviceName, config } = options;
    const logger = options.logger ?? new JsonLogger({ service: serviceName, level: config.LOG_LEVEL ?? 'info', destination: options.logDestination });
    const mappings = new ErrorMappingRegistry(defaultErrorMappings);
    for (const [matcher, status, code, opts] of options.errorMappings ?? []) mappings.register(matcher, status, code, opts);

    const configProviders: Provider[] = [{ provide: SERVICE_CONFIG, useValue: config }];
    const configClass = (config as object).constructor;
    if (configClass && configClass !== Object) configProviders.push({ provide: configClass, useValue: config });
    if (config instanceof ServiceConfig && configClass !== ServiceConfig) configProviders.push({ provide: ServiceConfig, useValue: config });

    const providers: Provider[] = [
      { provide: PLATFORM_OPTIONS, useValue: options },
      ...configProviders,
      { provide: JsonLogger, useValue: logger },
      { provide: AUTH_OPTIONS, useValue: { secret: config.JWT_SECRET } satisfies AuthOptions },
      {
        provide: AUTH_FAILURE_LIMITER,
        useValue: new AuthFailureLimiter({
          limit: config.AUTH_FAILURE_LIMIT ?? DEFAULT_AUTH_FAILURE_LIMIT,
          windowSeconds: config.AUTH_FAILURE_WINDOW_SECONDS ?? DEFAULT_AUTH_FAILURE_WINDOW_SECONDS,
        }),
      },
      { provide: METRICS_ACCESS, useValue: { token: config.METRICS_TOKEN } satisfies MetricsAccessOptions },
      { provide: ERROR_MAPPINGS, useValue: mappings },
      { provide: ErrorMappingRegistry, useValue: mappings },
      { provide: Metrics, useValue: new Metrics({ service: serviceName, defaultMetrics: options.defaultMetrics }) },
      ReadinessRegistry,
      RequestContextMiddleware,
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_FILTER, useClass: ProblemExceptionFilter },
      { provide: APP_INTERCEPTOR, useClass: StorableRequestInterceptor },
      { provide: APP_PIPE, useFactory: () => createValidationPipe() },
    ];
    return {
      module: PlatformModule,
      global: true,
      imports: [HealthModule],
      controllers: [MetricsController, HistoryController],
      providers,
      exports: [
        PLATFORM_OPTIONS,
        ...configProviders.map((p) => (p as { provide: unknown }).provide as string | symbol | Type),
        JsonLogger,
        AUTH_OPTIONS,
        AUTH_FAILURE_LIMITER,
        METRICS_ACCESS,
        ERROR_MAPPINGS,
        ErrorMappingRegistry,
        Metrics,
        ReadinessRegistry,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Also installed first by configureApp (so it wraps body parsing); idempotent per request.
    consumer.apply(RequestContextMiddleware).forRoutes('*path');
  }
}

// ---------------------------------------------------------------------------------------------
// configureApp
// ---------------------------------------------------------------------------------------------

export interface ConfigureAppOptions {
  /** Used for the default OpenAPI title when the app has no PlatformModule options. */
  serviceName?: string;
  /** Accepted for convenience (its SERVICE_NAME is a title fallback); PlatformModule holds the config. */
  config?: Partial<ServiceConfig>;
  /** JSON / urlencoded body limit (default `2mb`). */
  bodyLimit?: string | number;
  /** Swagger UI at /docs and JSON at /docs-json (default on, titled after the service). */
  openApi?: OpenApiOptions | false;
  /** CORS (default: the config's CORS_ORIGINS; off when it names none). */
  cors?: boolean | Parameters<INestApplication['enableCors']>[0];
  /** Nest's enableShutdownHooks (default true; startService uses its own signal handling instead). */
  enableShutdownHooks?: boolean;
}

/**
 * Applies what must be set on the app instance, before `init()`/`listen()`: the request-context
 * middleware first (so even body-parser errors carry a correlation id and an access-log line),
 * security headers (helmet), CORS (only for CORS_ORIGINS), the body parsers with a size limit
 * and a nesting limit of MAX_BODY_DEPTH (malformed JSON -> 400 MALFORMED_JSON, too large -> 413,
 * too deep -> 400 JSON_TOO_DEEP / FORM_TOO_DEEP), the flat query parser, `trust proxy` from
 * TRUST_PROXY, no `x-powered-by`, OpenAPI, shutdown hooks.
 */
export function configureApp(app: INestApplication, options: ConfigureAppOptions = {}): INestApplication {
  const logger = tryGet(app, JsonLogger);
  const metrics = tryGet(app, Metrics);
  const platform = tryGet<PlatformModuleOptions>(app, PLATFORM_OPTIONS);
  app.use(
    createRequestContextMiddleware({
      logger,
      onResponse: metrics ? [(info) => metrics.observeHttp(info)] : [],
    }),
  );

  const config: Partial<ServiceConfig> = { ...options.config, ...platform?.config };
  applySecurityHeaders(app);
  const cors = options.cors === undefined ? corsOptionsFor(config.CORS_ORIGINS) : options.cors;
  if (cors) app.enableCors(cors === true ? undefined : cors);

  const express = app as NestExpressApplication;
  const limit = options.bodyLimit ?? '2mb';
  // Nest's option types leave out `verify` (reserved for its rawBody option, unused here) and
  // the urlencoded `depth`; body-parser takes both.
  const jsonOptions = { limit, verify: jsonDepthVerifier(MAX_BODY_DEPTH) };
  const formOptions = { limit, extended: true, depth: MAX_BODY_DEPTH };
  express.useBodyParser('json', jsonOptions);
  express.useBodyParser('urlencoded', formOptions);
  const instance = app.getHttpAdapter().getInstance() as { disable?(name: string): void; set?(name: string, value: unknown): void };
  instance.disable?.('x-powered-by');
  // Flat query values (node:querystring: no nesting, so no depth to limit); req.ip per TRUST_PROXY.
  instance.set?.('query parser', 'simple');
  instance.set?.('trust proxy', trustProxySetting(config.TRUST_PROXY ?? 'false'));

  if (options.openApi !== false) {
    const name = platform?.serviceName ?? options.serviceName ?? options.config?.SERVICE_NAME ?? 'service';
    const title = options.openApi?.title ?? `Capaian ${name} API`;
    setupOpenApi(app, { ...options.openApi, title });
  }
  if (options.enableShutdownHooks ?? true) app.enableShutdownHooks();
  return app;
}

function tryGet<T>(app: INestApplication, token: Type<T> | symbol): T | undefined {
  try {
    return app.get<T>(token as Type<T>, { strict: false });
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// createServiceApp / startService
// ---------------------------------------------------------------------------------------------

export type ServiceModule = Type<unknown> | DynamicModule;

export interface CreateServiceAppOptions<C extends PlatformConfig = ServiceConfig> extends Omit<PlatformModuleOptions, 'config' | 'serviceName'>, ConfigureAppOptions {
  serviceName: string;
  config: C;
}

@Module({})
class ServiceRootModule {}

/** The root module of a service: PlatformModule.forRoot(...) + the service's module. */
export function serviceRootModule(appModule: ServiceModule, options: PlatformModuleOptions): DynamicModule {
  return { module: ServiceRootModule, imports: [PlatformModule.forRoot(options), appModule] };
}

/**
 * Creates and configures (not listening, not initialised) the Nest app of one service.
 * `appModule` must NOT import PlatformModule itself.
 */
export async function createServiceApp<C extends PlatformConfig>(appModule: ServiceModule, options: CreateServiceAppOptions<C>): Promise<NestExpressApplication> {
  const logger = options.logger ?? new JsonLogger({ service: options.serviceName, level: options.config.LOG_LEVEL ?? 'info', destination: options.logDestination });
  return runInServiceScope(options.serviceName, async () => {
    const root = serviceRootModule(appModule, { ...options, logger });
    // The JsonLogger is passed directly (rather than bufferLogs + useLogger) so that even errors
    // raised while creating the module graph are JSON lines.
    const app = await NestFactory.create<NestExpressApplication>(root, { logger, abortOnError: false });
    configureApp(app, options);
    return app;
  });
}

export interface StartServiceOptions<C extends PlatformConfig & Pick<ServiceConfig, 'PORT' | 'HOST' | 'SHUTDOWN_TIMEOUT_MS'>> extends CreateServiceAppOptions<C> {
  /** Runs after the app closed (Nest hooks done): release what main() created outside Nest. */
  onShutdown?: (signal?: string) => Promise<void> | void;
  /** Process exit (tests stub it). */
  exit?: (code: number) => void;
}

export interface RunningService {
  readonly serviceName: string;
  readonly app: NestExpressApplication;
  readonly url: string;
  readonly port: number;
  /** Closes the app (Nest shutdown hooks), then runs onShutdown. Idempotent. */
  stop(signal?: string): Promise<void>;
}

/**
 * Creates the app, listens on config PORT/HOST, logs the URL, and registers it with the
 * process-wide signal coordinator: on SIGTERM/SIGINT every running service is closed in
 * parallel (OnModuleDestroy, BeforeApplicationShutdown, OnApplicationShutdown hooks run), then
 * the process exits; it is forced out after SHUTDOWN_TIMEOUT_MS, or at a second signal.
 */
export async function startService<C extends PlatformConfig & Pick<ServiceConfig, 'PORT' | 'HOST' | 'SHUTDOWN_TIMEOUT_MS'>>(
  appModule: ServiceModule,
  options: StartServiceOptions<C>,
): Promise<RunningService> {
  const { serviceName, config } = options;
  const logger = options.logger ?? new JsonLogger({ service: serviceName, level: config.LOG_LEVEL ?? 'info', destination: options.logDestination });
  return runInServiceScope(serviceName, async () => {
    let app: NestExpressApplication | undefined;
    try {
      app = await createServiceApp(appModule, { ...options, logger, enableShutdownHooks: false });
      await app.listen(config.PORT, config.HOST);
    } catch (error) {
      logger.pino.fatal({ context: 'Bootstrap', err: error }, `Service ${serviceName} failed to start`);
      await app?.close().catch(() => undefined);
      throw error;
    }
    const address = app.getHttpServer().address() as AddressInfo;
    const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    const url = `http://${shownHost}:${address.port}`;
    logger.log(`Service ${serviceName} listening on ${url} (bound to ${config.HOST}:${address.port}); docs at ${url}/docs`, 'Bootstrap');

    let stopping: Promise<void> | undefined;
    const running: RunningService = {
      serviceName,
      app,
      url,
      port: address.port,
      stop: (signal?: string) =>
        (stopping ??= (async () => {
          try {
            logger.log(`Service ${serviceName} shutting down${signal ? ` (${signal})` : ''}`, 'Shutdown');
            // close(signal) passes the signal to the shutdown hooks (typed without it).
            await (app.close as (signal?: string) => Promise<void>).call(app, signal);
            await options.onShutdown?.(signal);
            logger.log(`Service ${serviceName} stopped`, 'Shutdown');
          } finally {
            coordinator.remove(entry);
          }
        })()),
    };
    const entry: CoordinatedService = {
      service: running,
      logger,
      timeoutMs: config.SHUTDOWN_TIMEOUT_MS ?? 10_000,
      exit: options.exit ?? ((code) => process.exit(code)),
    };
    coordinator.add(entry);
    return running;
  });
}

// ---------------------------------------------------------------------------------------------
// Signal coordinator (process-wide: one set of signal listeners for every service)
// ---------------------------------------------------------------------------------------------

interface CoordinatedService {
  service: RunningService;
  logger: JsonLogger;
  timeoutMs: number;
  exit: (code: number) => void;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

class ShutdownCoordinator {
  private readonly services = new Set<CoordinatedService>();
  private shuttingDown = false;
  private readonly listener = (signal: NodeJS.Signals) => void this.onSignal(signal);

  add(entry: CoordinatedService): void {
    if (this.services.size === 0) for (const s of SIGNALS) process.on(s, this.listener);
    this.services.add(entry);
  }

  remove(entry: CoordinatedService): void {
    this.services.delete(entry);
    if (this.services.size === 0 && !this.shuttingDown) for (const s of SIGNALS) process.removeListener(s, this.listener);
  }

  /** The services currently registered. */
  get size(): number {
    return this.services.size;
  }

  async onSignal(signal: NodeJS.Signals): Promise<void> {
    const entries = [...this.services];
    const exits = [...new Set(entries.map((e) => e.exit))];
    const exit = (code: number) => exits.forEach((fn) => fn(code));
    const first = entries[0];
    if (this.shuttingDown) {
      first?.logger.pino.warn({ context: 'Shutdown' }, `Second ${signal}: forcing exit`);
      exit(1);
      return;
    }
    this.shuttingDown = true;
    const timeoutMs = Math.max(0, ...entries.map((e) => e.timeoutMs));
    const timer = setTimeout(() => {
      first?.logger.pino.fatal({ context: 'Shutdown' }, `Shutdown did not finish within ${timeoutMs} ms: forcing exit`);
      exit(1);
    }, timeoutMs);
    timer.unref();
    const results = await Promise.allSettled(entries.map((e) => e.service.stop(signal)));
    clearTimeout(timer);
    results.forEach((r, i) => {
      if (r.status === 'rejected') {
        entries[i].logger.pino.error({ context: 'Shutdown', err: r.reason }, `Service ${entries[i].service.serviceName} failed to shut down cleanly`);
      }
    });
    this.shuttingDown = false;
    for (const s of SIGNALS) process.removeListener(s, this.listener);
    exit(results.some((r) => r.status === 'rejected') ? 1 : 0);
  }
}

const coordinator = new ShutdownCoordinator();

/**
 * Runs the same shutdown as a SIGTERM/SIGINT: closes every service started with startService in
 * this process, then exits (via their `exit`). For embedded runners and tests.
 */
export function shutdownAll(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return coordinator.onSignal(signal);
}

/** Number of services started with startService and not stopped yet. */
export function runningServiceCount(): number {
  return coordinator.size;
}
