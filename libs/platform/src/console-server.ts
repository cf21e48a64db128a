/**
 * Serves the web console's static files (apps/web/dist) with its runtime `config.json` (the
 * service URLs), falling back to index.html for the console's own routes. In development it
 * also offers the demo sign-in: GET /dev/sign-in lists the roles and units, POST /dev/sign-in
 * {role, unit?} answers {token}. Used by embedded mode; a distributed deployment serves the same
 * files from any web server with its own config.json.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isRole, ROLES, type Role } from './auth/principal.js';

export interface ConsoleRuntimeConfig {
  planning: string;
  measurement: string;
  evaluation: string;
  devSignIn: boolean;
}

export interface DevSignIn {
  tenant: string;
  /** The units a demo person may pick (read from planning at each request). */
  units(): Promise<{ unitId: string; name: string; kind: string }[]>;
  issue(role: Role, unit: string | undefined): string;
}

export interface ConsoleServerOptions {
  dir: string;
  port: number;
  host: string;
  config: Omit<ConsoleRuntimeConfig, 'devSignIn'>;
  devSignIn?: DevSignIn;
}

export interface ConsoleServer {
  url: string;
  close(): Promise<void>;
}

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
  ['.map', 'application/json; charset=utf-8'],
]);

const MAX_BODY = 4096;

function problem(res: http.ServerResponse, status: number, code: string, message: string, field?: string) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ statusCode: status, error: http.STATUS_CODES[status], code, message, ...(field ? { field } : {}) }));
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** The console's Content-Security-Policy: its own scripts only, API calls to the three services. */
export function consoleCsp(config: ConsoleServerOptions['config']): string {
  const origins = [...new Set([config.planning, config.measurement, config.evaluation].map((u) => new URL(u).origin))];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${origins.join(' ')}`,
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
  ].join('; ');
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('malformed JSON'), { status: 400 });
  }
}

async function devSignInRoute(req: http.IncomingMessage, res: http.ServerResponse, dev: DevSignIn): Promise<void> {
  if (req.method === 'GET') {
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ tenant: dev.tenant, roles: ROLES, units: await dev.units() }), { 'cache-control': 'no-store' });
    return;
  }
  if (req.method !== 'POST') return problem(res, 405, 'METHOD_NOT_ALLOWED', 'GET or POST');
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (e) {
    const status = (e as { status?: number }).status ?? 400;
    return problem(res, status, status === 413 ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_JSON', 'Badan permintaan tidak valid / invalid request body', 'body');
  }
  const b = (typeof body === 'object' && body !== null ? body : {}) as { role?: unknown; unit?: unknown };
  if (!isRole(b.role)) return problem(res, 400, 'INVALID_ROLE', `Peran harus salah satu dari ${ROLES.join(', ')} / role must be one of ${ROLES.join(', ')}`, 'role');
  const unit = b.unit === undefined || b.unit === null || b.unit === '' ? undefined : b.unit;
  if (unit !== undefined && typeof unit !== 'string') return problem(res, 400, 'INVALID_UNIT', 'Unit harus teks / unit must be text', 'unit');
  if (b.role === 'unit_operator' && unit === undefined) return problem(res, 400, 'UNIT_REQUIRED', 'Operator unit harus memilih unit / a unit operator must pick a unit', 'unit');
  if (unit !== undefined && !(await dev.units()).some((u) => u.unitId === unit)) return problem(res, 400, 'UNKNOWN_UNIT', `Unit ${unit} tidak dikenal / unknown unit`, 'unit');
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ token: dev.issue(b.role, unit) }), { 'cache-control': 'no-store' });
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::]', '[::1]']);

/**
 * The service URLs as the browser should call them: a service bound to a loopback or wildcard
 * host is addressed by the host name the browser used for the console (127.0.0.1 stays 127.0.0.1).
 */
export function servicesAsSeenFrom(config: ConsoleServerOptions['config'], hostHeader: string | undefined): ConsoleServerOptions['config'] {
  let hostname: string | undefined;
  try {
    hostname = hostHeader ? new URL(`http://${hostHeader}`).hostname : undefined;
  } catch {
    hostname = undefined;
  }
  const rewrite = (u: string) => {
    const url = new URL(u);
    if (hostname && LOOPBACK.has(url.hostname)) url.hostname = hostname;
    return url.href.replace(/\/+$/, '');
  };
  return { planning: rewrite(config.planning), measurement: rewrite(config.measurement), evaluation: rewrite(config.evaluation) };
}

export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const root = path.resolve(options.dir);
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`The web console is not built: ${index} is missing (npx nx run @capaian/web:build)`);
  const security = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
  const server = http.createServer((req, res) => {
    void (async () => {
      for (const [k, v] of Object.entries(security)) res.setHeader(k, v);
      const services = servicesAsSeenFrom(options.config, req.headers.host);
      res.setHeader('content-security-policy', consoleCsp(services));
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://console').pathname);
      } catch {
        return problem(res, 400, 'INVALID_PATH_ENCODING', 'Alamat tidak valid / invalid path encoding', 'path');
      }
      if (pathname === '/dev/sign-in') {
        if (!options.devSignIn) return problem(res, 404, 'NOT_FOUND', 'Tidak ada / not found');
        return devSignInRoute(req, res, options.devSignIn);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return problem(res, 405, 'METHOD_NOT_ALLOWED', 'GET only');
      if (pathname === '/config.json') {
        const runtime: ConsoleRuntimeConfig = { ...services, devSignIn: options.devSignIn !== undefined };
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(runtime), { 'cache-control': 'no-store' });
      }
      const file = path.resolve(root, `.${pathname}`);
      const inside = file === root || file.startsWith(root + path.sep);
      const stat = inside && !pathname.includes('\0') ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
      if (stat?.isFile()) {
        const type = TYPES.get(path.extname(file).toLowerCase()) ?? 'application/octet-stream';
        const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        return send(res, 200, type, fs.readFileSync(file), { 'cache-control': cache });
      }
      // A missing build file is a 404; anything else is a console route (`/kpis/dpmptsp-2026.iku-03`
      // included), which the single-page app answers.
      const buildFile = pathname.startsWith('/assets/') || (/^\/[^/]+$/.test(pathname) && TYPES.has(path.extname(pathname).toLowerCase()));
      if (buildFile) return problem(res, 404, 'NOT_FOUND', 'Berkas tidak ada / file not found');
      return send(res, 200, 'text/html; charset=utf-8', fs.readFileSync(index), { 'cache-control': 'no-cache' });
    })().catch(() => {
      if (!res.headersSent) problem(res, 502, 'UPSTREAM_UNAVAILABLE', 'Layanan perencanaan tidak menjawab / planning did not answer');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${shown}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
