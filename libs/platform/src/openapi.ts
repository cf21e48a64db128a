/**
 * OpenAPI: Swagger UI at /docs, JSON at /docs-json, bearer auth declared and required by default;
 * @Public() operations are documented without security.
 */
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { IS_PUBLIC_KEY } from './auth/decorators.js';

export interface OpenApiOptions {
  title: string;
  description?: string;
  version?: string;
  /** Default `docs` (UI at /docs, JSON at /docs-json). */
  path?: string;
}

export const BEARER_SCHEME = 'bearer';

/** Call before `app.init()`/`listen()` (routes must be registered before Nest's 404 handler). */
export function setupOpenApi(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  const path = (options.path ?? 'docs').replace(/^\/+|\/+$/g, '');
  const document = openApiDocument(app, options);
  SwaggerModule.setup(path, app, document, {
    jsonDocumentUrl: `${path}-json`,
    customSiteTitle: options.title,
    swaggerOptions: { persistAuthorization: true },
  });
  return document;
}

/** The app's OpenAPI document (what /docs-json serves), without mounting the UI. */
export function openApiDocument(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description ?? '')
    .setVersion(options.version ?? '0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey}_${methodKey}`,
  });
  markPublicOperations(app, document);
  return document;
}

/** Sets `security: []` on operations whose handler or controller is @Public(). */
function markPublicOperations(app: INestApplication, document: OpenAPIObject): void {
  const publicIds = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const ctor = wrapper.metatype as ((abstract new (...args: any[]) => unknown) & { prototype: object }) | null;
      if (!ctor || typeof ctor !== 'function') continue;
      const classPublic = Reflect.getMetadata(IS_PUBLIC_KEY, ctor) === true;
      for (const key of Object.getOwnPropertyNames(ctor.prototype)) {
        if (key === 'constructor') continue;
        const handler = Object.getOwnPropertyDescriptor(ctor.prototype, key)?.value;
        if (typeof handler !== 'function') continue;
        if (classPublic || Reflect.getMetadata(IS_PUBLIC_KEY, handler) === true) publicIds.add(`${ctor.name}_${key}`);
      }
    }
  }
  for (const item of Object.values(document.paths ?? {})) {
    for (const op of Object.values(item as Record<string, { operationId?: string; security?: unknown[] }>)) {
      if (op && typeof op === 'object' && op.operationId && publicIds.has(op.operationId)) op.security = [];
    }
  }
}
