import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ReadinessRegistry } from './health.js';
import { createTestApp, token } from './test-app.test-helpers.js';

describe('health endpoints', () => {
  let app: INestApplication;
  let readiness: ReadinessRegistry;
  beforeEach(async () => {
    ({ app } = await createTestApp());
    readiness = app.get(ReadinessRegistry);
  });
  afterEach(() => app.close());
  const ready = (bearer?: string) => {
    const r = request(app.getHttpServer()).get('/health/ready');
    return bearer ? r.set('Authorization', `Bearer ${bearer}`) : r;
  };
  const admin = () => token({ roles: ['admin'] });

  it('GET /health/live -> 200 without a token', async () => {
    const res = await request(app.getHttpServer()).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /health/ready (admin) -> 200 with per-check status when every check passes', async () => {
    readiness.registerPing('eventstore', { ping: async () => undefined });
    readiness.register('bus', async () => undefined);
    const res = await ready(admin());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      failing: [],
      checks: { eventstore: { status: 'up' }, bus: { status: 'up' } },
    });
  });

  it('GET /health/ready (admin) -> 503 naming the failing check', async () => {
    readiness.register('eventstore', async () => undefined);
    readiness.registerPing('bus', {
      ping: async () => {
        throw new Error('broker unreachable');
      },
    });
    const res = await ready(admin());
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({
      status: 'error',
      failing: ['bus'],
      checks: { eventstore: { status: 'up' }, bus: { status: 'down', error: 'broker unreachable' } },
    });
  });

  it('a check slower than its timeout fails', async () => {
    readiness.register('slow', () => new Promise<void>((r) => setTimeout(r, 500)), { timeoutMs: 50 });
    const res = await ready(admin());
    expect(res.status).toBe(503);
    expect(res.body.checks.slow).toMatchObject({ status: 'down', error: 'timed out after 50 ms' });
  });

  it('answers 503 shutting_down once shutdown has begun', async () => {
    readiness.beforeApplicationShutdown();
    const res = await request(app.getHttpServer()).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('shutting_down');
  });

  it('without an admin token: status and overall state only, never check names or error text', async () => {
    readiness.register('eventstore', async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:5432 password authentication failed for user "capaian"');
    });
    for (const bearer of [undefined, token({ roles: ['viewer'] }), token({ roles: ['planner', 'evaluator'] }), 'not-a-jwt', token({ roles: ['admin'] }, '1h', 'another-secret')]) {
      const res = await ready(bearer);
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'error' });
      expect(res.text).not.toContain('ECONNREFUSED');
      expect(res.text).not.toContain('eventstore');
      expect(res.headers['www-authenticate']).toBeUndefined();
    }
    readiness.register('eventstore', async () => undefined);
    const ok = await ready();
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ status: 'ok' });
  });
});
