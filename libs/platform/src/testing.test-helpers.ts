/**
 * Test helpers for the services built on this platform (`@capaian/platform/testing`; excluded
 * from the build). Run inside a jest spec file: they declare `describe`/`it` blocks.
 */
import { ConfigError, loadConfig, type ConfigSchema } from './config.js';

/** What one service's configuration must default to. */
export interface ServiceConfigExpectation {
  /** SERVICE_NAME and the default DATABASE_SCHEMA. */
  serviceName: string;
  /** The default PORT. */
  port: number;
}

/**
 * The configuration contract every service shares: embedded-friendly defaults (PGlite, the
 * in-process bus, its own port and schema), and a start-up error that names the service and
 * every wrong variable.
 */
export function describeServiceConfig<T extends object>(schema: ConfigSchema<T>, { serviceName, port }: ServiceConfigExpectation): void {
  describe(`${serviceName} configuration`, () => {
    it(`defaults to embedded-friendly settings on port ${port}`, () => {
      const c = loadConfig(schema, {}, { serviceName });
      expect(c).toMatchObject({ PORT: port, EVENT_STORE: 'pglite', BUS: 'in-process', DATABASE_SCHEMA: serviceName });
    });

    it('names every wrong variable at start-up', () => {
      let thrown: unknown;
      try {
        loadConfig(schema, { PORT: 'abc', EVENT_STORE: 'postgres', BUS: 'kafka' }, { serviceName });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      const message = (thrown as Error).message;
      expect(message).toContain(`"${serviceName}"`);
      for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS']) expect(message).toContain(name);
    });
  });
}
