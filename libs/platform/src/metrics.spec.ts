import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Metrics } from './metrics.js';
import { createTestApp, testConfig, token } from './test-app.test-helpers.js';

const METRICS_TOKEN = 'scraper-token-0123456789abcdef';

describe('metrics', () => {
  let app: INestApplication;
  let other: INestApplication;
  const scrape = (target: INestApplication) => request(target.getHttpServer()).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
  beforeAll(async () => {
    ({ app } = await createTestApp({ defaultMetrics: true, config: testConfig({ METRICS_TOKEN }) }));
    ({ app: other } = await createTestApp({ serviceName: 'other-svc', config: testConfig({ METRICS_TOKEN }) }));
  });
  afterAll(async () => {
    await app.close();
    await other.close();
  });

  it('GET /metrics with the METRICS_TOKEN: HTTP histogram by method/route/status, service label, process metrics', async () => {
    await request(app.getHttpServer()).get('/public/ping');
    await request(app.getHttpServer()).get('/me');
    const res = await scrape(app);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(res.text).toMatch(/http_request_duration_seconds_count\{service="test-svc",method="GET",route="\/public\/ping",status="200"\} 1/);
    expect(res.text).toMatch(/http_request_duration_seconds_count\{service="test-svc",method="GET",route="\/me",status="401"\} 1/);
    expect(res.text).toContain('process_cpu_user_seconds_total');
    expect(res.text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('custom gauges and counters carry the service label; registries are per app', async () => {
    const metrics = app.get(Metrics);
    const lag = metrics.gauge({ name: 'capaian_projection_lag_events', help: 'Events not yet projected', labelNames: ['projection'] });
    lag.set({ projection: 'kpi-list' }, 7);
    expect(metrics.gauge({ name: 'capaian_projection_lag_events', help: 'again' })).toBe(lag);
    metrics.counter({ name: 'capaian_commands_total', help: 'Commands' }).inc(2);

    const text = (await scrape(app)).text;
    expect(text).toContain('capaian_projection_lag_events{projection="kpi-list",service="test-svc"} 7');
    expect(text).toContain('capaian_commands_total{service="test-svc"} 2');

    await request(other.getHttpServer()).get('/public/ping');
    const otherText = (await scrape(other)).text;
    expect(otherText).not.toContain('capaian_projection_lag_events');
    expect(otherText).not.toContain('process_cpu_user_seconds_total');
    expect(otherText).toContain('service="other-svc"');
  });

  it('labels parameterised routes by their pattern', async () => {
    await request(app.getHttpServer()).get('/tenants/kab-contoh/kpis').set('Authorization', `Bearer ${token()}`);
    const text = (await scrape(app)).text;
    expect(text).toMatch(/route="\/tenants\/:tenant\/kpis",status="200"/);
    expect(text).not.toContain('kab-contoh');
  });

  it('unmatched routes do not explode the route label', async () => {
    await request(app.getHttpServer()).get('/no/such/route/123');
    const text = (await scrape(app)).text;
    expect(text).toMatch(/route="<unmatched>",status="404"/);
    expect(text).not.toContain('/no/such/route/123');
  });

  it('refuses a scrape without the token (401), with a wrong one (401) or a non-admin JWT (403); an admin JWT works', async () => {
    const get = () => request(app.getHttpServer()).get('/metrics');
    const missing = await get();
    expect(missing.status).toBe(401);
    expect(missing.body.code).toBe('AUTH_MISSING_TOKEN');
    expect(missing.text).not.toContain('http_request_duration_seconds');
    const wrong = await get().set('Authorization', 'Bearer not-the-scraper-token');
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('AUTH_INVALID_TOKEN');
    const viewer = await get().set('Authorization', `Bearer ${token({ roles: ['viewer'] })}`);
    expect(viewer.status).toBe(403);
    expect(viewer.body.code).toBe('INSUFFICIENT_ROLE');
    const admin = await get().set('Authorization', `Bearer ${token({ roles: ['admin'] })}`);
    expect(admin.status).toBe(200);
    expect(admin.text).toContain('http_request_duration_seconds');
  });

  it('without a METRICS_TOKEN configured, only an admin JWT can scrape', async () => {
    const { app: plain } = await createTestApp({ serviceName: 'plain-svc' });
    try {
      expect((await request(plain.getHttpServer()).get('/metrics')).status).toBe(401);
      expect((await request(plain.getHttpServer()).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`)).status).toBe(401);
      expect(
        (
          await request(plain.getHttpServer())
            .get('/metrics')
            .set('Authorization', `Bearer ${token({ roles: ['admin'] })}`)
        ).status,
      ).toBe(200);
    } finally {
      await plain.close();
    }
  });
});
