import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './test-app.test-helpers.js';

describe('setupOpenApi', () => {
  let app: INestApplication;
  beforeAll(async () => ({ app } = await createTestApp({ app: { openApi: { title: 'Planning API', description: 'Plans', version: '1.2.3' } } })));
  afterAll(() => app.close());

  it('serves the document at /docs-json with bearer auth declared', async () => {
    const res = await request(app.getHttpServer()).get('/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.info).toMatchObject({ title: 'Planning API', description: 'Plans', version: '1.2.3' });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/kpis'].post).toBeDefined();
    expect(doc.paths['/health/live'].get.security).toEqual([]);
    expect(doc.paths['/kpis'].post.security).toBeUndefined();
    expect(doc.paths['/metrics']).toBeUndefined();
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await request(app.getHttpServer()).get('/docs').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });
});
