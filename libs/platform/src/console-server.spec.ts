import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueToken, verifyToken } from './auth/token.js';
import { servicesAsSeenFrom, startConsoleServer, type ConsoleServer } from './console-server.js';

const SECRET = 'console-server-spec-secret-of-32-chars!';
const services = { planning: 'http://localhost:3001', measurement: 'http://localhost:3002', evaluation: 'http://localhost:3003' };

describe('web console server (real HTTP on a free port, files from a temporary folder)', () => {
  let dir: string;
  let server: ConsoleServer;
  let plain: ConsoleServer;
  let unitsAsked = 0;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-console-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Capaian</title>');
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.log(1)');
    fs.writeFileSync(path.join(os.tmpdir(), 'capaian-console-secret.json'), '{"secret":true}');
    server = await startConsoleServer({
      dir,
      port: 0,
      host: '127.0.0.1',
      config: services,
      devSignIn: {
        tenant: 'kab-contoh',
        units: async () => {
          unitsAsked++;
          return [{ unitId: 'dpmptsp', name: 'DPMPTSP', kind: 'opd' }];
        },
        issue: (role, unit) => issueToken(SECRET, { sub: `demo-${role}`, tenant: 'kab-contoh', unit, roles: [role] }, '1h'),
      },
    });
    plain = await startConsoleServer({ dir, port: 0, host: '127.0.0.1', config: services });
  });

  afterAll(async () => {
    await server.close();
    await plain.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const url = (p: string, s = server) => `${s.url}${p}`;
  const post = (body: string) => fetch(url('/dev/sign-in'), { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers a console route with index.html, and an asset with a long cache, both under a CSP naming the services', async () => {
    const page = await fetch(url('/my-realizations?year=2026'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Capaian</title>');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' http://127.0.0.1:3001 http://127.0.0.1:3002 http://127.0.0.1:3003");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const asset = await fetch(url('/assets/app-1.js'));
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(url('/assets/missing.js'))).status).toBe(404);
    expect((await fetch(url('/missing.css'))).status).toBe(404);
    // A route whose last segment looks like a file name is still a route (KPI ids have dots).
    const kpi = await fetch(url('/kpis/dpmptsp-2026.iku-03'));
    expect(kpi.status).toBe(200);
    expect(await kpi.text()).toContain('<title>Capaian</title>');
  });

  it('serves config.json with the services addressed by the host the browser used', async () => {
    const r = await fetch(url('/config.json'));
    expect(await r.json()).toEqual({ planning: 'http://127.0.0.1:3001', measurement: 'http://127.0.0.1:3002', evaluation: 'http://127.0.0.1:3003', devSignIn: true });
    expect(await (await fetch(url('/config.json', plain))).json()).toMatchObject({ devSignIn: false });
    expect(servicesAsSeenFrom(services, 'sakip.example.go.id:3000').planning).toBe('http://sakip.example.go.id:3001');
    expect(servicesAsSeenFrom({ ...services, planning: 'https://api.example.go.id/planning' }, '127.0.0.1:3000').planning).toBe('https://api.example.go.id/planning');
    expect(servicesAsSeenFrom(services, 'bad host header').planning).toBe('http://localhost:3001');
  });

  it('never serves a file outside its folder', async () => {
    for (const p of ['/%2e%2e/capaian-console-secret.json', '/..%2fcapaian-console-secret.json', '/assets/%2e%2e/%2e%2e/capaian-console-secret.json']) {
      const r = await fetch(url(p));
      expect(await r.text()).not.toContain('secret":true');
    }
    expect((await fetch(url('/%E0%A4%A'))).status).toBe(400);
  });

  it('dev sign-in: lists roles and units, and issues a token only for a valid role and unit', async () => {
    const options = await (await fetch(url('/dev/sign-in'))).json();
    expect(options).toMatchObject({ tenant: 'kab-contoh', units: [{ unitId: 'dpmptsp' }] });
    expect(options.roles).toContain('unit_operator');

    const bad = async (body: string, status: number, field: string, code: string) => {
      const r = await post(body);
      expect(r.status).toBe(status);
      expect(await r.json()).toMatchObject({ field, code });
    };
    await bad('{"role":"root"}', 400, 'role', 'INVALID_ROLE');
    await bad('{"role":"constructor"}', 400, 'role', 'INVALID_ROLE');
    await bad('{"role":"unit_operator"}', 400, 'unit', 'UNIT_REQUIRED');
    await bad('{"role":"unit_operator","unit":"nowhere"}', 400, 'unit', 'UNKNOWN_UNIT');
    await bad('{"role":"evaluator","unit":7}', 400, 'unit', 'INVALID_UNIT');
    await bad('{"role":', 400, 'body', 'MALFORMED_JSON');
    await bad(JSON.stringify({ role: 'evaluator', pad: 'x'.repeat(10_000) }), 413, 'body', 'PAYLOAD_TOO_LARGE');

    const ok = await post('{"role":"unit_operator","unit":"dpmptsp"}');
    expect(ok.status).toBe(200);
    const { token } = await ok.json();
    expect(verifyToken(SECRET, token)).toMatchObject({ tenant: 'kab-contoh', unit: 'dpmptsp', roles: ['unit_operator'] });
    expect(unitsAsked).toBeGreaterThan(0);
  });

  it('without dev sign-in there is no token to get, and writes are refused', async () => {
    expect((await fetch(url('/dev/sign-in', plain))).status).toBe(404);
    expect((await fetch(url('/dev/sign-in', plain), { method: 'POST', body: '{"role":"admin"}' })).status).toBe(404);
    expect((await fetch(url('/anything', plain), { method: 'DELETE' })).status).toBe(405);
  });

  it('refuses to start without a built console', async () => {
    await expect(startConsoleServer({ dir: path.join(dir, 'nope'), port: 0, host: '127.0.0.1', config: services })).rejects.toThrow(/not built/);
  });
});
