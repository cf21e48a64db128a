import { ConfigError, loadConfig } from '@capaian/platform';
import { MeasurementConfig } from './config.js';

describe('measurement configuration', () => {
  it('defaults to embedded-friendly settings on port 3002', () => {
    const c = loadConfig(MeasurementConfig, {}, { serviceName: 'measurement' });
    expect(c).toMatchObject({ PORT: 3002, EVENT_STORE: 'pglite', BUS: 'in-process', DATABASE_SCHEMA: 'measurement' });
  });

  it('names every wrong variable at start-up', () => {
    try {
      loadConfig(MeasurementConfig, { PORT: 'abc', EVENT_STORE: 'postgres', BUS: 'kafka' }, { serviceName: 'measurement' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const message = (e as Error).message;
      expect(message).toContain('"measurement"');
      for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS']) expect(message).toContain(name);
    }
  });
});
