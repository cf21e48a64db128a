import { Module, type DynamicModule } from '@nestjs/common';
import type { UpcasterMap } from '@capaian/eventstore';
import type { MessageBus } from '@capaian/messaging';
import fs from 'node:fs';
import path from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createServiceApp, startService, type RunningService } from '../bootstrap.js';
import { loadConfig, type ConfigSchema, type ServiceConfig } from '../config.js';
import { openApiDocument } from '../openapi.js';
import { ReadinessRegistry } from '../health.js';
import { CLOCK, systemClock, type Clock } from './clock.js';
import { SERVICE_INFRASTRUCTURE, closeServiceInfrastructure, createServiceInfrastructure, type ServiceInfrastructure } from './service-infrastructure.js';
import { StreamWriter } from './write-stream.js';

export interface ServiceDefinition {
  serviceName: 'planning' | 'measurement' | 'evaluation';
  title: string;
  description: string;
  /** The service's feature module, given its infrastructure. */
  feature: (infra: ServiceInfrastructure) => DynamicModule;
  /** Every upcaster of the service's stored events: its store reads each event in its latest version. */
  upcasters?: UpcasterMap;
  /** Where the service's use cases read "now" (default: the system clock; tests pin it). */
  clock?: Clock;
}

export interface StartedService extends RunningService {
  infra: ServiceInfrastructure;
}

export function settingsFromConfig(serviceName: string, config: ServiceConfig) {
  return {
    serviceName,
    eventStore: config.EVENT_STORE,
    databaseUrl: config.DATABASE_URL,
    databaseSchema: config.DATABASE_SCHEMA,
    pgliteDir: config.PGLITE_DIR,
    eventStoreUrl: config.EVENTSTORE_URL,
    bus: config.BUS,
    kafkaBrokers: config.KAFKA_BROKERS,
    kafkaClientId: config.KAFKA_CLIENT_ID,
    topicPrefix: config.KAFKA_TOPIC_PREFIX,
  } as const;
}

@Module({})
class ServiceModule {}

@Module({})
class ServiceCoreModule {}

/**
 * What every use case of the service may inject: its infrastructure (SERVICE_INFRASTRUCTURE), the
 * clock (CLOCK) and the StreamWriter of the one write path (see write-stream.ts).
 */
function serviceCoreModule(infra: ServiceInfrastructure, clock: Clock): DynamicModule {
  return {
    module: ServiceCoreModule,
    global: true,
    providers: [{ provide: SERVICE_INFRASTRUCTURE, useValue: infra }, { provide: CLOCK, useValue: clock }, StreamWriter],
    exports: [SERVICE_INFRASTRUCTURE, CLOCK, StreamWriter],
  };
}

/** The service's module: its feature module over the service core, plus the store and the bus as readiness checks. */
export function serviceModule(def: ServiceDefinition, infra: ServiceInfrastructure): DynamicModule {
  return {
    module: ServiceModule,
    imports: [serviceCoreModule(infra, def.clock ?? systemClock), def.feature(infra)],
    providers: [
      {
        provide: 'capaian.infrastructure-readiness',
        inject: [ReadinessRegistry],
        useFactory: (readiness: ReadinessRegistry) => {
          readiness.registerPing('eventstore', infra.store);
          readiness.registerPing('bus', infra.bus);
          return true;
        },
      },
    ],
  };
}

/**
 * Creates one service: its infrastructure (store, bus) first, so a bad DATABASE_URL fails fast,
 * then the Nest app with the platform glue and the feature module, listening on PORT/HOST. The
 * store and bus are readiness checks, and are closed after Nest's shutdown hooks drained the
 * consumers and relays. Used by each service's main.ts and, three times over with a shared bus,
 * by the embedded runner.
 */
export async function runService(
  def: ServiceDefinition,
  config: ServiceConfig,
  options: { sharedBus?: MessageBus; defaultMetrics?: boolean; onShutdown?: () => Promise<void> } = {},
): Promise<StartedService> {
  const infra = await createServiceInfrastructure({ ...settingsFromConfig(def.serviceName, config), upcasters: def.upcasters }, { bus: options.sharedBus });
  const root = serviceModule(def, infra);
  try {
    const running = await startService(root, {
      serviceName: def.serviceName,
      config,
      defaultMetrics: options.defaultMetrics,
      openApi: { title: def.title, description: def.description, version: '0.1.0' },
      onShutdown: async () => {
        await closeServiceInfrastructure(infra);
        await options.onShutdown?.();
      },
    });
    return Object.assign(running, { infra });
  } catch (e) {
    await closeServiceInfrastructure(infra).catch(() => undefined);
    throw e;
  }
}

/**
 * The service's OpenAPI document (what its /docs-json serves), from an app on an in-memory store
 * and the in-process bus that never listens: the web console's client is generated from it at
 * build time, with no service running.
 */
export async function openApiDocumentOf(def: ServiceDefinition, schema: ConfigSchema<ServiceConfig>): Promise<OpenAPIObject> {
  const config = loadConfig(schema, { EVENT_STORE: 'pglite', PGLITE_DIR: 'memory://', BUS: 'in-process', LOG_LEVEL: 'silent' }, { serviceName: def.serviceName });
  const infra = await createServiceInfrastructure({ ...settingsFromConfig(def.serviceName, config), upcasters: def.upcasters });
  try {
    const app = await createServiceApp(serviceModule(def, infra), { serviceName: def.serviceName, config, openApi: false, enableShutdownHooks: false });
    try {
      return openApiDocument(app, { title: def.title, description: def.description, version: '0.1.0' });
    } finally {
      await app.close();
    }
  } finally {
    await closeServiceInfrastructure(infra);
  }
}

/** `openapi.cli.js --out <file>`: writes the service's OpenAPI document (stdout without --out). */
export async function openApiCli(def: ServiceDefinition, schema: ConfigSchema<ServiceConfig>, argv: string[]): Promise<void> {
  const at = argv.indexOf('--out');
  const out = at >= 0 ? argv[at + 1] : undefined;
  const text = `${JSON.stringify(await openApiDocumentOf(def, schema), null, 2)}\n`;
  if (!out) {
    // Resolved once the text is handed to the OS: a caller's process.exit() then cuts nothing off a pipe.
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
    return;
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, text);
}
