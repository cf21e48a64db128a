/**
 * Prometheus metrics (prom-client) with one Registry per service (never the global one), so
 * several services can share a process (embedded mode). Every metric carries `service`.
 * Default process metrics are collected ONCE per process, on a separate process registry, and
 * appended to each service's /metrics unless `defaultMetrics: false`.
 */
import { Controller, Get, Inject, Injectable, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';
import { Public } from './auth/decorators.js';
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

@ApiExcludeController()
@Public()
@Controller()
export class MetricsController {
  constructor(@Inject(Metrics) private readonly metrics: Metrics) {}

  @Get('metrics')
  async scrape(@Res({ passthrough: true }) res: { setHeader(name: string, value: string): unknown }): Promise<string> {
    res.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.render();
  }
}
