import { ConfigError, loadConfig } from '@capaian/platform';
import { EvaluationConfig } from './config.js';

describe('evaluation configuration', () => {
  it('defaults to embedded-friendly settings on port 3003', () => {
    const c = loadConfig(EvaluationConfig, {}, { serviceName: 'evaluation' });
    expect(c).toMatchObject({ PORT: 3003, EVENT_STORE: 'pglite', BUS: 'in-process', DATABASE_SCHEMA: 'evaluation' });
  });

  it('names every wrong variable at start-up', () => {
    try {
      loadConfig(EvaluationConfig, { PORT: 'abc', EVENT_STORE: 'postgres', BUS: 'kafka' }, { serviceName: 'evaluation' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const message = (e as Error).message;
      expect(message).toContain('"evaluation"');
      for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS']) expect(message).toContain(name);
    }
  });
});
