/**
 * Prometheus metrics (prom-client) with one Registry per service (never the global one), so
 * several services can share a process (embedded mode). Every metric carries `service`.
 * Default process metrics are collected ONCE per process, on a separate process registry, and
 * appended to each service's /metrics unless `defaultMetrics: false`.
 *
 * GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>` (the scraper's static token) or an
 * admin bearer token (JWT); bad credentials count against the client's failed-auth limit.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, ForbiddenException, Get, Inject, Injectable, Optional, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type CounterConfiguration, type GaugeConfiguration, type HistogramConfiguration } from 'prom-client';
import { AUTH_FAILURE_LIMITER, AuthFailureLimiter, clientAddress } from './auth/auth-failure-limiter.js';
import { AUTH_OPTIONS, authenticateRequest, bearerToken, presentsCredentials, type AuthOptions, type AuthRequest } from './auth/auth.guard.js';
import { Public } from './auth/decorators.js';
import { hasAnyRole } from './auth/principal.js';
import type { HttpRequestInfo } from './logging.js';

let processRegistry: Registry | undefined;

/** The process-wide registry holding the default Node/process metrics (created once). */
export function processMetricsRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export interface MetricsOptions {
  service: string;
  /** Append the process metrics to this service's /metrics (default true). */
  defaultMetrics?: boolean;
}

type Config<C> = Omit<C, 'registers'>;

export const HTTP_DURATION_METRIC = 'http_request_duration_seconds';

@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly service: string;
  private readonly includeDefault: boolean;
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(options: MetricsOptions) {
    this.service = options.service;
    this.includeDefault = options.defaultMetrics ?? true;
    this.registry.setDefaultLabels({ service: options.service });
    if (this.includeDefault) processMetricsRegistry();
    this.httpDuration = this.histogram({
      name: HTTP_DURATION_METRIC,
      help: 'HTTP request duration in seconds, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    });
  }

  /** Creates (or returns the existing) counter in this service's registry. */
  counter<T extends string = string>(config: Config<CounterConfiguration<T>>): Counter<T> {
    return this.getOrCreate(config.name, () => new Counter<T>({ ...config, registers: [this.registry] }));
  }

  /** Creates (or returns the existing) gauge, e.g. projection lag with a `collect()` callback. */
  gauge<T extends string = string>(config: Config<GaugeConfiguration<T>>): Gauge<T> {
    return this.getOrCreate(config.name, () => new Gauge<T>({ ...config, registers: [this.registry] }));
  }

  histogram<T extends string = string>(config: Config<HistogramConfiguration<T>>): Histogram<T> {
    return this.getOrCreate(config.name, () => new Histogram<T>({ ...config, registers: [this.registry] }));
  }

  /** Records one HTTP request (called by the request-context middleware). */
  observeHttp(info: HttpRequestInfo): void {
    this.httpDuration.observe({ method: info.method, route: info.route, status: String(info.status) }, info.durationMs / 1000);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text: this service's metrics, then the process metrics. */
  async render(): Promise<string> {
    const own = await this.registry.metrics();
    if (!this.includeDefault) return own;
    return `${own.trimEnd()}\n\n${await processMetricsRegistry().metrics()}`;
  }

  private getOrCreate<M>(name: string, create: () => M): M {
    return (this.registry.getSingleMetric(name) as M | undefined) ?? create();
  }
}

/** Who may read /metrics: the scraper's static token (config METRICS_TOKEN), if any. */
export interface MetricsAccessOptions {
  token?: string;
}

export const METRICS_ACCESS = Symbol.for('capaian.metrics-access');

/** Constant-time comparison of two secrets of any length. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

interface ScrapeResponse {
  setHeader(name: string, value: string): unknown;
}

@ApiExcludeController()
@Public()
@Controller()
export class MetricsController {
  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(AUTH_OPTIONS) private readonly auth: AuthOptions,
    @Optional() @Inject(METRICS_ACCESS) private readonly access: MetricsAccessOptions = {},
    @Optional() @Inject(AUTH_FAILURE_LIMITER) private readonly limiter?: AuthFailureLimiter,
  ) {}

  @Get('metrics')
  async scrape(@Req() req: AuthRequest, @Res({ passthrough: true }) res: ScrapeResponse): Promise<string> {
    await this.authorize(req, res);
    res.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.render();
  }

  /** The static METRICS_TOKEN, else an admin JWT; 401 / 403 / 429 otherwise. */
  private async authorize(req: AuthRequest, res: ScrapeResponse): Promise<void> {
    const expected = this.access.token;
    if (expected && presentsCredentials(req)) {
      const client = clientAddress(req);
      await this.limiter?.assertNotBlocked(client, res);
      let given: string | undefined;
      try {
        given = bearerToken(req);
      } catch {
        given = undefined;
      }
      if (given !== undefined && sameSecret(given, expected)) return;
      // Not the metrics token: an admin JWT is the only other way in.
      if (given === undefined || given.split('.').length !== 3) {
        res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
        const unauthorized = new UnauthorizedException({ message: 'Token metrik tidak valid / invalid metrics token', code: 'AUTH_INVALID_TOKEN' });
        throw this.limiter ? await this.limiter.fail(client, res, unauthorized) : unauthorized;
      }
    }
    const principal = await authenticateRequest(req, res, this.auth, this.limiter);
    if (!hasAnyRole(principal, ['admin'])) {
      throw new ForbiddenException({
        message: 'Metrik hanya untuk METRICS_TOKEN atau token admin / metrics need the METRICS_TOKEN or an admin token',
        code: 'INSUFFICIENT_ROLE',
        details: { required: ['admin'] },
      });
    }
  }
}
