import { ConfigError, loadConfig } from '@capaian/platform';
import { PlanningConfig } from './config.js';

describe('planning configuration', () => {
  it('defaults to embedded-friendly settings on port 3001', () => {
    const c = loadConfig(PlanningConfig, {}, { serviceName: 'planning' });
    expect(c).toMatchObject({ PORT: 3001, EVENT_STORE: 'pglite', BUS: 'in-process', DATABASE_SCHEMA: 'planning' });
  });

  it('names every wrong variable at start-up', () => {
    try {
      loadConfig(PlanningConfig, { PORT: 'abc', EVENT_STORE: 'postgres', BUS: 'kafka' }, { serviceName: 'planning' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const message = (e as Error).message;
      expect(message).toContain('"planning"');
      for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS']) expect(message).toContain(name);
    }
  });
});
