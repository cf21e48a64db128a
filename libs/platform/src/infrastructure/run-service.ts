import { Module, type DynamicModule } from '@nestjs/common';
import type { MessageBus } from '@capaian/messaging';
import { startService, type RunningService } from '../bootstrap.js';
import type { ServiceConfig } from '../config.js';
import { ReadinessRegistry } from '../health.js';
import { closeServiceInfrastructure, createServiceInfrastructure, type ServiceInfrastructure } from './service-infrastructure.js';

export interface ServiceDefinition {
  serviceName: 'planning' | 'measurement' | 'evaluation';
  title: string;
  description: string;
  /** The service's feature module, given its infrastructure. */
  feature: (infra: ServiceInfrastructure) => DynamicModule;
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

/** The service's module: its feature module, plus the store and the bus as readiness checks. */
export function serviceModule(def: ServiceDefinition, infra: ServiceInfrastructure): DynamicModule {
  return {
    module: ServiceModule,
    imports: [def.feature(infra)],
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
  const infra = await createServiceInfrastructure(settingsFromConfig(def.serviceName, config), { bus: options.sharedBus });
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
