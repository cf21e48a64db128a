import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Metrics } from './metrics.js';
import { createTestApp, token } from './test-app.test-helpers.js';

describe('metrics', () => {
  let app: INestApplication;
  let other: INestApplication;
  beforeAll(async () => {
    ({ app } = await createTestApp({ defaultMetrics: true }));
    ({ app: other } = await createTestApp({ serviceName: 'other-svc' }));
  });
  afterAll(async () => {
    await app.close();
    await other.close();
  });

  it('GET /metrics (public): HTTP histogram by method/route/status, service label, process metrics', async () => {
    await request(app.getHttpServer()).get('/public/ping');
    await request(app.getHttpServer()).get('/me');
    const res = await request(app.getHttpServer()).get('/metrics');
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

    const text = (await request(app.getHttpServer()).get('/metrics')).text;
    expect(text).toContain('capaian_projection_lag_events{projection="kpi-list",service="test-svc"} 7');
    expect(text).toContain('capaian_commands_total{service="test-svc"} 2');

    await request(other.getHttpServer()).get('/public/ping');
    const otherText = (await request(other.getHttpServer()).get('/metrics')).text;
    expect(otherText).not.toContain('capaian_projection_lag_events');
    expect(otherText).not.toContain('process_cpu_user_seconds_total');
    expect(otherText).toContain('service="other-svc"');
  });

  it('labels parameterised routes by their pattern', async () => {
    await request(app.getHttpServer()).get('/tenants/kab-contoh/kpis').set('Authorization', `Bearer ${token()}`);
    const text = (await request(app.getHttpServer()).get('/metrics')).text;
    expect(text).toMatch(/route="\/tenants\/:tenant\/kpis",status="200"/);
    expect(text).not.toContain('kab-contoh');
  });

  it('unmatched routes do not explode the route label', async () => {
    await request(app.getHttpServer()).get('/no/such/route/123');
    const text = (await request(app.getHttpServer()).get('/metrics')).text;
    expect(text).toMatch(/route="<unmatched>",status="404"/);
    expect(text).not.toContain('/no/such/route/123');
  });
});
