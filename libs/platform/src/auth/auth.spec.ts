import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { createTestApp, TEST_SECRET, token } from '../test-app.test-helpers.js';
import { hasAnyRole } from './principal.js';
import { issueToken, TokenError, verifyToken } from './token.js';

describe('AuthGuard', () => {
  let app: INestApplication;
  beforeAll(async () => ({ app } = await createTestApp()));
  afterAll(() => app.close());
  const get = (path: string, bearer?: string) => {
    const r = request(app.getHttpServer()).get(path);
    return bearer === undefined ? r : r.set('Authorization', `Bearer ${bearer}`);
  };

  it('401 without a token, with a clear message and WWW-Authenticate', async () => {
    const res = await get('/me');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'AUTH_MISSING_TOKEN' });
    expect(res.body.message).toContain('Authorization: Bearer <token>');
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('401 for a non-bearer Authorization header', async () => {
    const res = await request(app.getHttpServer()).get('/me').set('Authorization', 'Basic dXNlcjpwYXNz');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_INVALID_TOKEN');
  });

  it('401 for a token signed with another secret', async () => {
    const res = await get('/me', token({}, '1h', 'another-secret'));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'AUTH_INVALID_TOKEN', message: 'Invalid token: invalid signature' });
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('401 for garbage', async () => {
    const res = await get('/me', 'not-a-jwt');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'AUTH_INVALID_TOKEN', message: 'Invalid token: jwt malformed' });
  });

  it('401 for an expired token, saying so', async () => {
    const expired = jwt.sign({ sub: 'u1', tenant: 't', roles: ['planner'], exp: Math.floor(Date.now() / 1000) - 60 }, TEST_SECRET);
    const res = await get('/me', expired);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_TOKEN_EXPIRED');
    expect(res.body.message).toMatch(/^Token expired at \d{4}-/);
  });

  it('401 for a token with the none algorithm or bad claims', async () => {
    const none = jwt.sign({ sub: 'u1', tenant: 't', roles: ['admin'] }, '', { algorithm: 'none' });
    expect((await get('/me', none)).status).toBe(401);
    const badRole = jwt.sign({ sub: 'u1', tenant: 't', roles: ['root'] }, TEST_SECRET);
    const res = await get('/me', badRole);
    expect(res.status).toBe(401);
    expect(res.body.message).toContain('unknown role(s) root');
  });

  it('a valid token: @CurrentUser() gets the typed principal', async () => {
    const res = await get('/me', token({ sub: 'ani', unit: 'opd-dinkes', roles: ['unit_operator'] }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ sub: 'ani', tenant: 'kab-contoh', unit: 'opd-dinkes', roles: ['unit_operator'] });
  });

  it('@Public() routes need no token', async () => {
    expect((await get('/public/ping')).status).toBe(200);
    expect((await get('/health/live')).status).toBe(200);
  });

  it('@Roles: 403 without the role, 200 with it, admin passes everything', async () => {
    const denied = await get('/evaluations', token({ roles: ['planner', 'viewer'] }));
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ statusCode: 403, error: 'Forbidden', code: 'INSUFFICIENT_ROLE', details: { required: ['evaluator'] } });
    expect(denied.body.message).toContain('evaluator');
    expect((await get('/evaluations', token({ roles: ['evaluator'] }))).status).toBe(200);
    expect((await get('/evaluations', token({ roles: ['admin'] }))).status).toBe(200);
    expect((await get('/evaluations', token({ roles: [] }))).status).toBe(403);
  });

  it('assertSameTenant: 403 for another tenant', async () => {
    expect((await get('/tenants/kab-contoh/kpis', token())).status).toBe(200);
    const res = await get('/tenants/kota-lain/kpis', token());
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('TENANT_MISMATCH');
    expect((await get('/tenants/kota-lain/kpis', token({ roles: ['admin'] }))).status).toBe(403);
  });
});

describe('tokens', () => {
  it('round-trips claims and honours the ttl', () => {
    const t = issueToken('s', { sub: 'a', tenant: 't', unit: 'u', roles: ['viewer'] }, 60);
    expect(verifyToken('s', t)).toEqual({ sub: 'a', tenant: 't', unit: 'u', roles: ['viewer'] });
    const decoded = jwt.decode(t) as { exp: number; iat: number };
    expect(decoded.exp - decoded.iat).toBe(60);
    expect(() => verifyToken('other', t)).toThrow(TokenError);
  });

  it('hasAnyRole: admin has every role', () => {
    expect(hasAnyRole({ roles: ['admin'] }, ['evaluator'])).toBe(true);
    expect(hasAnyRole({ roles: ['viewer'] }, ['evaluator', 'planner'])).toBe(false);
  });
});
