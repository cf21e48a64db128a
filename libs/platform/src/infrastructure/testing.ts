import type { INestApplication } from '@nestjs/common';
import type { MessageBus } from '@capaian/messaging';
import { issueToken } from '../auth/token.js';
import type { Role } from '../auth/principal.js';
import { createServiceApp } from '../bootstrap.js';
import { loadConfig, ServiceConfig } from '../config.js';
import { serviceModule, type ServiceDefinition } from './run-service.js';
import { closeServiceInfrastructure, createServiceInfrastructure, type ServiceInfrastructure } from './service-infrastructure.js';

export const TEST_JWT_SECRET = 'capaian-test-secret-0123456789-abcdefghij';

export interface TestService {
  app: INestApplication;
  infra: ServiceInfrastructure;
  /** A bearer token for tenant `kab-contoh` (or the given one). */
  token(role: Role, unit?: string, tenant?: string): string;
  close(): Promise<void>;
}

/**
 * A service for API tests: the real feature module and platform glue, with a real PGlite store
 * in memory and the in-process bus (or a bus the test supplies), initialised but not listening.
 */
export async function createTestService(def: ServiceDefinition, options: { bus?: MessageBus; topicPrefix?: string } = {}): Promise<TestService> {
  const config = loadConfig(ServiceConfig, { JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'warn' }, { serviceName: def.serviceName });
  const infra = await createServiceInfrastructure(
    { serviceName: def.serviceName, eventStore: 'pglite', pgliteDir: 'memory://', bus: 'in-process', topicPrefix: options.topicPrefix, upcasters: def.upcasters },
    options.bus ? { bus: options.bus } : undefined,
  );
  const app = await createServiceApp(serviceModule(def, infra), { serviceName: def.serviceName, config, defaultMetrics: false, openApi: { title: def.title } });
  await app.init();
  return {
    app,
    infra,
    token: (role, unit, tenant = 'kab-contoh') => issueToken(TEST_JWT_SECRET, { sub: `${role}-tester`, tenant, unit, roles: [role] }, '1h'),
    async close() {
      await app.close();
      await closeServiceInfrastructure(infra);
    },
  };
}
