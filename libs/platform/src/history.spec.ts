import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createPgliteEventStore, type SqlEventStore } from '@capaian/eventstore';
import { SERVICE_INFRASTRUCTURE } from './infrastructure/service-infrastructure.js';
import { createTestApp, token } from './test-app.test-helpers.js';

const event = (n: number) => ({ id: crypto.randomUUID(), type: 'test.happened', schemaVersion: 1, data: { n }, metadata: { correlationId: 'c' } });

describe('GET /admin/history/verify', () => {
  let app: INestApplication;
  let store: SqlEventStore;
  beforeAll(async () => {
    store = await createPgliteEventStore({ dataDir: 'memory://' });
    await store.append('kpi-1', [event(1), event(2)], { expectedRevision: 'no_stream' });
    await store.append('kpi-2', [event(1)], { expectedRevision: 'no_stream' });
    ({ app } = await createTestApp({ providers: [{ provide: SERVICE_INFRASTRUCTURE, useValue: { serviceName: 'test-svc', store } }] }));
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  const verify = (bearer?: string) => {
    const r = request(app.getHttpServer()).get('/admin/history/verify');
    return bearer ? r.set('Authorization', `Bearer ${bearer}`) : r;
  };

  it('403 for every role but admin, 401 without a token', async () => {
    for (const roles of [['viewer'], ['planner'], ['evaluator'], ['unit_operator'], ['planner', 'evaluator']] as const) {
      const res = await verify(token({ roles: [...roles] }));
      expect(res.status).toBe(403);
    }
    expect((await verify()).status).toBe(401);
  });

  it('admin: the report of an intact store, then the first broken link after a direct UPDATE', async () => {
    const ok = await verify(token({ roles: ['admin'] }));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, kind: 'pglite', events: 3, streams: 2, broken: 0, firstBreak: null, lastPosition: 3 });

    await store.sql.query(`UPDATE capaian_es.events SET data = '{"n": 5}' WHERE stream_id = 'kpi-1' AND revision = 1`);
    const broken = await verify(token({ roles: ['admin'] }));
    expect(broken.status).toBe(200);
    expect(broken.body).toMatchObject({ ok: false, broken: 1, firstBreak: { reason: 'hash-mismatch', streamId: 'kpi-1', revision: 1, position: 2 } });
  });
});

describe('GET /admin/history/verify without an event store', () => {
  it('503 NO_EVENT_STORE', async () => {
    const { app } = await createTestApp();
    try {
      const res = await request(app.getHttpServer())
        .get('/admin/history/verify')
        .set('Authorization', `Bearer ${token({ roles: ['admin'] })}`);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ code: 'NO_EVENT_STORE' });
    } finally {
      await app.close();
    }
  });
});
