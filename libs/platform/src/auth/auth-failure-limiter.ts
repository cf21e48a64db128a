/**
 * Rate limit on failed authentication, per client address (rate-limiter-flexible, in memory, per
 * service). A client that presents more than `limit` bad credentials (a token that is not a JWT
 * or whose signature fails, or a wrong metrics token) within `windowSeconds` gets 429 with
 * `Retry-After` for every request carrying credentials until the window ends, without its
 * credentials being checked. Requests that authenticate are never counted, and neither are a
 * missing token or an expired / not-yet-valid one (those carry a valid signature: a stale
 * client, not a guess), so ordinary traffic is never throttled by it.
 */
import { HttpException, HttpStatus } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export const AUTH_FAILURE_LIMITER = Symbol.for('capaian.auth-failure-limiter');

export interface AuthFailureLimiterOptions {
  /** Failures accepted per window; 0 turns the limit off. */
  limit: number;
  windowSeconds: number;
}

export const DEFAULT_AUTH_FAILURE_LIMIT = 20;
export const DEFAULT_AUTH_FAILURE_WINDOW_SECONDS = 60;

interface ClientRequest {
  ip?: string;
  socket?: { remoteAddress?: string };
}

interface HeaderResponse {
  setHeader?(name: string, value: string): unknown;
}

/** The client address a failure is counted against: `req.ip` (honours TRUST_PROXY), else the socket's. */
export function clientAddress(req: ClientRequest): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}

export class AuthFailureLimiter {
  private readonly limiter?: RateLimiterMemory;
  readonly limit: number;

  constructor(options: AuthFailureLimiterOptions = { limit: DEFAULT_AUTH_FAILURE_LIMIT, windowSeconds: DEFAULT_AUTH_FAILURE_WINDOW_SECONDS }) {
    this.limit = options.limit;
    if (options.limit > 0) this.limiter = new RateLimiterMemory({ points: options.limit, duration: options.windowSeconds });
  }

  /** Seconds until `client` may authenticate again, or undefined when it is not blocked. */
  async blockedFor(client: string): Promise<number | undefined> {
    if (!this.limiter) return undefined;
    const state = await this.limiter.get(client);
    return state && state.consumedPoints > this.limit ? retryAfterSeconds(state) : undefined;
  }

  /** Counts one failure; returns the seconds to wait when this failure went over the limit. */
  async recordFailure(client: string): Promise<number | undefined> {
    if (!this.limiter) return undefined;
    try {
      await this.limiter.consume(client);
      return undefined;
    } catch (error) {
      if (error instanceof RateLimiterRes) return retryAfterSeconds(error);
      throw error;
    }
  }

  /** Throws the 429 when `client` is blocked (sets Retry-After). */
  async assertNotBlocked(client: string, res: HeaderResponse): Promise<void> {
    const wait = await this.blockedFor(client);
    if (wait !== undefined) throw tooManyFailures(wait, res);
  }

  /**
   * Counts a failure and returns the error to throw: `failure` itself, or the 429 when this
   * failure went over the limit.
   */
  async fail(client: string, res: HeaderResponse, failure: Error): Promise<Error> {
    const wait = await this.recordFailure(client);
    return wait === undefined ? failure : tooManyFailures(wait, res);
  }
}

function retryAfterSeconds(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** 429 AUTH_RATE_LIMITED with `Retry-After: <seconds>`. */
export function tooManyFailures(retryAfter: number, res: HeaderResponse): HttpException {
  res.setHeader?.('Retry-After', String(retryAfter));
  return new HttpException(
    {
      statusCode: HttpStatus.TOO_MANY_REQUESTS,
      error: 'Too Many Requests',
      code: 'AUTH_RATE_LIMITED',
      message: `Terlalu banyak percobaan autentikasi gagal; coba lagi dalam ${retryAfter} detik / too many failed authentication attempts: retry in ${retryAfter} s`,
      details: { retryAfterSeconds: retryAfter },
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
