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

  it('GET /health/ready (admin): checks and failing keep registration order, each check as {status, durationMs, error?}', async () => {
    const fail = (message: string) => async () => {
      throw new Error(message);
    };
    readiness.register('projection:b', fail('behind'));
    readiness.register('eventstore', async () => undefined);
    readiness.register('bus', fail('down'));
    const res = await ready(admin());
    expect(res.status).toBe(503);
    expect(res.body.failing).toEqual(['projection:b', 'bus']);
    expect(Object.keys(res.body)).toEqual(['status', 'failing', 'checks']);
    expect(Object.keys(res.body.checks)).toEqual(['projection:b', 'eventstore', 'bus']);
    expect(Object.keys(res.body.checks['projection:b'])).toEqual(['status', 'durationMs', 'error']);
    expect(res.body.checks.eventstore).toEqual({ status: 'up', durationMs: expect.any(Number) });
  });

  it('GET /health/ready with no checks registered -> 200 ok', async () => {
    const res = await ready(admin());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', failing: [], checks: {} });
  });

  it('a check slower than its timeout fails', async () => {
    readiness.register('slow', () => new Promise<void>((r) => setTimeout(r, 500)), { timeoutMs: 50 });
    const res = await ready(admin());
    expect(res.status).toBe(503);
    expect(res.body.checks.slow).toMatchObject({ status: 'down', error: 'timed out after 50 ms' });
  });

  it('answers 503 shutting_down once shutdown has begun', async () => {
    readiness.register('eventstore', async () => undefined);
    readiness.beforeApplicationShutdown();
    const res = await request(app.getHttpServer()).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'shutting_down' });
    const asAdmin = await ready(admin());
    expect(asAdmin.status).toBe(503);
    expect(asAdmin.body).toMatchObject({ status: 'shutting_down', failing: [], checks: { eventstore: { status: 'up' } } });
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
