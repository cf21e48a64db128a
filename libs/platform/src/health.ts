/**
 * Liveness and readiness (both public: Kubernetes probes send no token).
 *   GET /health/live  -> 200 { status: 'ok' }
 *   GET /health/ready -> 200 | 503 { status }
 *     with an admin bearer token: { status, failing: [...names], checks: { name: { status, durationMs, error? } } }
 * Check names and error texts (which may name hosts or carry driver messages) are shown to
 * admins only.
 * Readiness checks are registered per app (`ReadinessRegistry.register`), each with a timeout:
 * the event store, the message bus and each projection. They run as @nestjs/terminus health
 * indicators (`HealthCheckService`); the controller maps terminus's result to the body above.
 * While the app shuts down, readiness answers 503 (`shutting_down`) so load balancers drain it.
 */
import type { SchemaObject } from '@nestjs/swagger';
import { Controller, Get, Inject, Injectable, Module, Optional, Req, Res, ServiceUnavailableException, type BeforeApplicationShutdown } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, TerminusModule, type HealthCheckResult, type HealthIndicatorFunction } from '@nestjs/terminus';
import type { EventStore } from '@capaian/eventstore';
import type { MessageBus } from '@capaian/messaging';
import { AUTH_FAILURE_LIMITER, AuthFailureLimiter } from './auth/auth-failure-limiter.js';
import { AUTH_OPTIONS, authenticateRequest, presentsCredentials, type AuthOptions, type AuthRequest } from './auth/auth.guard.js';
import { Public } from './auth/decorators.js';
import { hasAnyRole } from './auth/principal.js';

export type ReadinessCheck = () => Promise<void>;

export interface ReadinessCheckResult {
  status: 'up' | 'down';
  durationMs: number;
  error?: string;
}

export interface ReadinessReport {
  status: 'ok' | 'error' | 'shutting_down';
  failing: string[];
  checks: Record<string, ReadinessCheckResult>;
}

/** What /health/ready shows a caller without an admin token. */
export interface PublicReadiness {
  status: ReadinessReport['status'];
}

export const DEFAULT_READINESS_TIMEOUT_MS = 2000;

@Injectable()
export class ReadinessRegistry implements BeforeApplicationShutdown {
  private readonly checks = new Map<string, { check: ReadinessCheck; timeoutMs: number }>();
  private isDraining = false;

  /** Registers (or replaces) a named check; it fails when it rejects or exceeds `timeoutMs`. */
  register(name: string, check: ReadinessCheck, options: { timeoutMs?: number } = {}): () => void {
    this.checks.set(name, { check, timeoutMs: options.timeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS });
    return () => this.checks.delete(name);
  }

  /** Convenience for ports with `ping()`: the event store, the message bus. */
  registerPing(name: string, target: Pick<EventStore, 'ping'> | Pick<MessageBus, 'ping'>, options?: { timeoutMs?: number }): () => void {
    return this.register(name, () => target.ping(), options);
  }

  names(): string[] {
    return [...this.checks.keys()];
  }

  /** True once the app has begun shutting down. */
  get draining(): boolean {
    return this.isDraining;
  }

  /** One terminus health indicator per check, in registration order; an indicator never rejects. */
  indicators(indicators: HealthIndicatorService): HealthIndicatorFunction[] {
    return [...this.checks].map(([name, { check, timeoutMs }]) => async () => {
      const result = await runCheck(check, timeoutMs);
      const session = indicators.check(name);
      return result.status === 'up' ? session.up({ durationMs: result.durationMs }) : session.down({ durationMs: result.durationMs, error: result.error });
    });
  }

  beforeApplicationShutdown(): void {
    this.isDraining = true;
  }
}

/** The readiness body from terminus's result: `checks` and `failing` in registration order. */
function readinessReport(result: HealthCheckResult, names: readonly string[], draining: boolean): ReadinessReport {
  const details = new Map(Object.entries(result.details));
  const entries: Array<[string, ReadinessCheckResult]> = [];
  for (const name of names) {
    const detail = details.get(name);
    if (!detail) continue;
    const error = typeof detail.error === 'string' ? detail.error : undefined;
    entries.push([name, { status: detail.status === 'up' ? 'up' : 'down', durationMs: Number(detail.durationMs), ...(error === undefined ? {} : { error }) }]);
  }
  const checks = Object.fromEntries(entries);
  const failing = entries.filter(([, r]) => r.status === 'down').map(([n]) => n);
  const status = draining || result.status === 'shutting_down' ? 'shutting_down' : failing.length > 0 || result.status === 'error' ? 'error' : 'ok';
  return { status, failing, checks };
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<ReadinessCheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.resolve().then(check),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', durationMs: elapsed(started) };
  } catch (error) {
    return { status: 'down', durationMs: elapsed(started), error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

const CHECK_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['status', 'durationMs'],
  properties: { status: { type: 'string', enum: ['up', 'down'] }, durationMs: { type: 'number' }, error: { type: 'string' } },
};

/** `{status}` for everyone; `failing` and `checks` (by check name) for an admin. */
const READINESS_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['ok', 'error', 'shutting_down'] },
    failing: { type: 'array', items: { type: 'string' } },
    checks: { type: 'object', additionalProperties: CHECK_SCHEMA },
  },
};

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Optional() @Inject(AUTH_OPTIONS) private readonly auth?: AuthOptions,
    @Optional() @Inject(AUTH_FAILURE_LIMITER) private readonly limiter?: AuthFailureLimiter,
  ) {}

  @Get('live')
  @ApiOkResponse({ description: 'The process is up', schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Kesiapan layanan / readiness',
    description: 'Public: only `{status}` (`ok`, `error`, `shutting_down`) and the HTTP status. With an admin bearer token: also `failing` and every check with its duration and error text.',
  })
  @ApiOkResponse({ description: 'Every readiness check passed', schema: READINESS_SCHEMA })
  @ApiServiceUnavailableResponse({ description: 'A check failed or the service is shutting down (admins see which in `failing`)' })
  async ready(@Req() req: AuthRequest, @Res({ passthrough: true }) res: { status(code: number): unknown }): Promise<ReadinessReport | PublicReadiness> {
    const admin = await this.isAdmin(req);
    const report = await this.check();
    res.status(report.status === 'ok' ? 200 : 503);
    return admin ? report : { status: report.status };
  }

  /** Every readiness check through terminus (which answers a failure with a 503 exception carrying its result). */
  private async check(): Promise<ReadinessReport> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check(this.readiness.indicators(this.indicators));
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
    }
    return readinessReport(result, this.readiness.names(), this.readiness.draining);
  }

  /** true for a valid admin token; any other caller (no token, bad token, blocked client) gets the public view. */
  private async isAdmin(req: AuthRequest): Promise<boolean> {
    if (!this.auth || !presentsCredentials(req)) return false;
    try {
      // No response headers: a probe's answer carries no WWW-Authenticate or Retry-After.
      return hasAnyRole(await authenticateRequest(req, {}, this.auth, this.limiter), ['admin']);
    } catch {
      return false;
    }
  }
}

/**
 * The health endpoints and terminus (its own logging off: a failing probe is answered, not
 * logged on every poll). PlatformModule imports it; ReadinessRegistry comes from PlatformModule.
 */
@Module({ imports: [TerminusModule.forRoot({ logger: false })], controllers: [HealthController] })
export class HealthModule {}
