import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { createTestApp, TEST_SECRET, testConfig, token } from '../test-app.test-helpers.js';
import { AuthFailureLimiter } from './auth-failure-limiter.js';

const LIMIT = 3;

describe('failed-authentication rate limit (per client, over HTTP)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    ({ app } = await createTestApp({
      config: testConfig({ AUTH_FAILURE_LIMIT: String(LIMIT), AUTH_FAILURE_WINDOW_SECONDS: '60', TRUST_PROXY: 'loopback', METRICS_TOKEN: 'scraper-token-0123456789abcdef' }),
    }));
  });
  afterAll(() => app.close());
  const from = (client: string, path = '/me') => request(app.getHttpServer()).get(path).set('X-Forwarded-For', client);

  it(`${LIMIT + 1} bad tokens -> 429 with Retry-After; the client stays blocked, a good token from another client works`, async () => {
    const attacker = '203.0.113.7';
    for (let i = 0; i < LIMIT; i++) {
      const res = await from(attacker).set('Authorization', `Bearer guess-${i}`);
      expect(res.status).toBe(401);
    }
    const limited = await from(attacker).set('Authorization', 'Bearer guess-last');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'AUTH_RATE_LIMITED' });
    expect(limited.body.message).toMatch(/Terlalu banyak .* \/ too many failed authentication attempts/);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);

    // Blocked: even a valid token from that client is not checked until the window ends.
    expect((await from(attacker).set('Authorization', `Bearer ${token()}`)).status).toBe(429);
    // Another client is not affected.
    const other = await from('203.0.113.8').set('Authorization', `Bearer ${token()}`);
    expect(other.status).toBe(200);
    // Public routes stay reachable for the blocked client.
    expect((await from(attacker, '/health/live')).status).toBe(200);
  });

  it('successful traffic is never counted or throttled', async () => {
    const good = `Bearer ${token()}`;
    for (let i = 0; i < LIMIT * 10; i++) expect((await from('198.51.100.1').set('Authorization', good)).status).toBe(200);
  });

  it('a missing or an expired token (a stale client, not a guess) is not counted', async () => {
    const expired = jwt.sign({ sub: 'u1', tenant: 't', roles: ['planner'], exp: Math.floor(Date.now() / 1000) - 60 }, TEST_SECRET);
    for (let i = 0; i < LIMIT * 3; i++) {
      expect((await from('198.51.100.2')).status).toBe(401);
      expect((await from('198.51.100.2').set('Authorization', `Bearer ${expired}`)).status).toBe(401);
    }
    expect((await from('198.51.100.2').set('Authorization', `Bearer ${token()}`)).status).toBe(200);
  });

  it('wrong metrics tokens count too', async () => {
    const client = '198.51.100.3';
    for (let i = 0; i < LIMIT; i++) expect((await from(client, '/metrics').set('Authorization', `Bearer wrong-${i}`)).status).toBe(401);
    const res = await from(client, '/metrics').set('Authorization', 'Bearer wrong-again');
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
    expect((await from(client, '/metrics').set('Authorization', 'Bearer scraper-token-0123456789abcdef')).status).toBe(429);
    expect((await from('198.51.100.4', '/metrics').set('Authorization', 'Bearer scraper-token-0123456789abcdef')).status).toBe(200);
  });
});

describe('without TRUST_PROXY, X-Forwarded-For does not name the client', () => {
  let app: INestApplication;
  beforeAll(async () => ({ app } = await createTestApp({ config: testConfig({ AUTH_FAILURE_LIMIT: '2' }) })));
  afterAll(() => app.close());

  it('a spoofed X-Forwarded-For per request does not dodge the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await request(app.getHttpServer()).get('/me').set('X-Forwarded-For', `192.0.2.${i}`).set('Authorization', `Bearer bad-${i}`);
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 429, 429]);
  });
});

describe('AuthFailureLimiter', () => {
  it('limit 0 turns it off', async () => {
    const off = new AuthFailureLimiter({ limit: 0, windowSeconds: 60 });
    for (let i = 0; i < 100; i++) expect(await off.recordFailure('c')).toBeUndefined();
    expect(await off.blockedFor('c')).toBeUndefined();
  });

  it('blocks a client once it goes over the limit, others untouched', async () => {
    const limiter = new AuthFailureLimiter({ limit: 2, windowSeconds: 30 });
    expect(await limiter.recordFailure('a')).toBeUndefined();
    expect(await limiter.recordFailure('a')).toBeUndefined();
    expect(await limiter.blockedFor('a')).toBeUndefined();
    expect(await limiter.recordFailure('a')).toBeGreaterThanOrEqual(1);
    expect(await limiter.blockedFor('a')).toBeGreaterThanOrEqual(1);
    expect(await limiter.blockedFor('b')).toBeUndefined();
  });
});
