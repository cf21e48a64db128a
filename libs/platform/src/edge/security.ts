/**
 * Security headers (helmet) and CORS for every answer of a service.
 *
 * helmet's defaults, with a Content-Security-Policy that lets Swagger UI at /docs work (its
 * scripts and styles are served from the service itself; it inlines a <style> block and uses
 * data: images) and without `upgrade-insecure-requests`, which would break the docs of a service
 * reached over plain HTTP on a LAN address (embedded mode).
 *
 * CORS is off unless CORS_ORIGINS names origins: then exactly those origins (compared case-
 * insensitively, as browsers send them) get CORS headers; any other origin gets none, preflight
 * included.
 */
import type { INestApplication } from '@nestjs/common';
import helmet, { type HelmetOptions } from 'helmet';

export const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'font-src': ["'self'", 'data:'],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'upgrade-insecure-requests': null,
    },
  },
};

/** Installs helmet on the app (before any route answers). */
export function applySecurityHeaders(app: INestApplication, options: HelmetOptions = HELMET_OPTIONS): void {
  app.use(helmet(options));
}

/** Headers a browser client may read from our answers. */
export const CORS_EXPOSED_HEADERS = ['ETag', 'Retry-After', 'X-Correlation-Id', 'Content-Disposition'];

export type CorsOptionsFor = Parameters<INestApplication['enableCors']>[0];

/** Nest/cors options allowing exactly `origins`; undefined (CORS off) when there are none. */
export function corsOptionsFor(origins: readonly string[] | undefined): CorsOptionsFor | undefined {
  if (!origins || origins.length === 0) return undefined;
  const allowed = new Set(origins.map((o) => o.toLowerCase()));
  return {
    origin: (origin: string | undefined, callback: (error: Error | null, allow?: boolean) => void) => callback(null, origin !== undefined && allowed.has(origin.toLowerCase())),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Correlation-Id'],
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
  };
}
