import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp, testConfig } from '../test-app.test-helpers.js';

describe('security headers (helmet)', () => {
  let app: INestApplication;
  beforeAll(async () => ({ app } = await createTestApp({ app: { openApi: { title: 'Test API' } } })));
  afterAll(() => app.close());

  it('on API answers, errors included', async () => {
    for (const path of ['/public/ping', '/me', '/no/such/route']) {
      const res = await request(app.getHttpServer()).get(path);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('a CSP under which Swagger UI at /docs works: its own scripts only, inline styles, data: images, no forced HTTPS', async () => {
    const docs = await request(app.getHttpServer()).get('/docs');
    expect(docs.status).toBe(200);
    const csp = docs.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(csp).toMatch(/img-src 'self' data:/);
    expect(csp).not.toContain('upgrade-insecure-requests');
    // Every script of the page is a file served by the service (no inline script the CSP would block).
    const scripts = [...docs.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\.?\/?docs\/|src="\.\//);
      expect(body!.trim()).toBe('');
    }
    for (const file of ['swagger-ui-bundle.js', 'swagger-ui-init.js', 'swagger-ui.css']) {
      expect((await request(app.getHttpServer()).get(`/docs/${file}`)).status).toBe(200);
    }
  });
});

describe('CORS', () => {
  it('off by default: no CORS headers for any origin, preflight included', async () => {
    const { app } = await createTestApp();
    try {
      const res = await request(app.getHttpServer()).get('/public/ping').set('Origin', 'https://sakip.example.go.id');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await request(app.getHttpServer()).options('/kpis').set('Origin', 'https://sakip.example.go.id').set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('CORS_ORIGINS: exactly those origins get CORS headers', async () => {
    const { app } = await createTestApp({ config: testConfig({ CORS_ORIGINS: 'https://sakip.example.go.id,http://localhost:5173' }) });
    try {
      const http = () => request(app.getHttpServer());
      const allowed = await http().get('/public/ping').set('Origin', 'https://sakip.example.go.id');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://sakip.example.go.id');
      expect(allowed.headers['access-control-expose-headers']).toContain('ETag');
      const preflight = await http()
        .options('/kpis')
        .set('Origin', 'http://localhost:5173')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key,if-match');
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(preflight.headers['access-control-allow-headers']).toMatch(/Idempotency-Key/);

      for (const origin of ['https://evil.example', 'https://sakip.example.go.id.evil.example', 'null']) {
        const other = await http().get('/public/ping').set('Origin', origin);
        expect(other.status).toBe(200);
        expect(other.headers['access-control-allow-origin']).toBeUndefined();
        const otherPreflight = await http().options('/kpis').set('Origin', origin).set('Access-Control-Request-Method', 'POST');
        expect(otherPreflight.headers['access-control-allow-origin']).toBeUndefined();
        expect(otherPreflight.headers['access-control-allow-methods']).toBeUndefined();
      }
    } finally {
      await app.close();
    }
  });
});
