/**
 * Liveness and readiness.
 *   GET /health/live  -> 200 { status: 'ok' }
 *   GET /health/ready -> 200 | 503 { status, failing: [...names], checks: { name: { status, durationMs, error? } } }
 * Readiness checks are registered per app (`ReadinessRegistry.register`), each with a timeout.
 * While the app shuts down, readiness answers 503 (`shutting_down`) so load balancers drain it.
 */
import { Controller, Get, Inject, Injectable, Res, type BeforeApplicationShutdown } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@capaian/eventstore';
import type { MessageBus } from '@capaian/messaging';
import { Public } from './auth/decorators.js';

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

export const DEFAULT_READINESS_TIMEOUT_MS = 2000;

@Injectable()
export class ReadinessRegistry implements BeforeApplicationShutdown {
  private readonly checks = new Map<string, { check: ReadinessCheck; timeoutMs: number }>();
  private draining = false;

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

  /** Runs every check in parallel. */
  async check(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, { check, timeoutMs }]) => [name, await runCheck(check, timeoutMs)] as const),
    );
    const checks = Object.fromEntries(entries);
    const failing = entries.filter(([, r]) => r.status === 'down').map(([n]) => n);
    const status = this.draining ? 'shutting_down' : failing.length > 0 ? 'error' : 'ok';
    return { status, failing, checks };
  }

  beforeApplicationShutdown(): void {
    this.draining = true;
  }
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

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry) {}

  @Get('live')
  @ApiOkResponse({ description: 'The process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ description: 'Every readiness check passed' })
  @ApiServiceUnavailableResponse({ description: 'A check failed (see `failing`) or the service is shutting down' })
  async ready(@Res({ passthrough: true }) res: { status(code: number): unknown }): Promise<ReadinessReport> {
    const report = await this.readiness.check();
    res.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
