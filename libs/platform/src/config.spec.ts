import 'reflect-metadata';
import { jest } from '@jest/globals';
import { IsBoolean, IsInt, Min } from 'class-validator';
import { ConfigError, EnvBoolean, EnvExample, loadConfig, loadConfigOrExit, scopedEnv, ServiceConfig, trustProxySetting } from './config.js';
import { DEV_JWT_SECRET } from './auth/principal.js';

class PlanningConfig extends ServiceConfig {
  override PORT = 3101;

  @IsInt({ message: 'must be a positive integer' })
  @Min(1, { message: 'must be a positive integer' })
  @EnvExample('50')
  PAGE_SIZE = 50;

  @EnvBoolean()
  @IsBoolean({ message: 'must be true or false' })
  FEATURE_X = false;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults and derives service-specific ones', () => {
    const cfg = loadConfig(ServiceConfig, {}, { serviceName: 'planning' });
    expect(cfg).toMatchObject({
      SERVICE_NAME: 'planning',
      PORT: 3000,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      JWT_SECRET: DEV_JWT_SECRET,
      EVENT_STORE: 'pglite',
      DATABASE_SCHEMA: 'planning',
      PGLITE_DIR: './.data/planning',
      BUS: 'in-process',
      KAFKA_CLIENT_ID: 'capaian-planning',
      SHUTDOWN_TIMEOUT_MS: 10000,
    });
    expect(cfg).toBeInstanceOf(ServiceConfig);
    expect(Object.isFrozen(cfg)).toBe(true);
  });

  it('converts types, splits lists, ignores unrelated and empty variables', () => {
    const cfg = loadConfig(
      PlanningConfig,
      {
        PORT: '8080',
        BUS: 'kafka',
        KAFKA_BROKERS: 'k1:9092, k2:9092,',
        PAGE_SIZE: '20',
        FEATURE_X: 'yes',
        HOST: '',
        PATH: '/usr/bin',
        SERVICE_NAME: 'from-env-is-ignored',
      },
      { serviceName: 'my-svc' },
    );
    expect(cfg.PORT).toBe(8080);
    expect(cfg.PAGE_SIZE).toBe(20);
    expect(cfg.FEATURE_X).toBe(true);
    expect(cfg.HOST).toBe('0.0.0.0');
    expect(cfg.KAFKA_BROKERS).toEqual(['k1:9092', 'k2:9092']);
    expect(Object.isFrozen(cfg.KAFKA_BROKERS)).toBe(true);
    expect(cfg.SERVICE_NAME).toBe('my-svc');
    expect(cfg.DATABASE_SCHEMA).toBe('my_svc');
    expect((cfg as unknown as Record<string, unknown>).PATH).toBeUndefined();
  });

  it('uses subclass initialisers as defaults', () => {
    expect(loadConfig(PlanningConfig, {}, { serviceName: 'planning' }).PORT).toBe(3101);
  });

  it('lists EVERY bad variable by name, with why, the value and an example', () => {
    const err = errorOf(() => loadConfig(PlanningConfig, { PORT: 'abc', BUS: 'kafka', EVENT_STORE: 'postgres', LOG_LEVEL: 'loud', PAGE_SIZE: '0', FEATURE_X: 'maybe' }, { serviceName: 'planning' }));
    const msg = err.message;
    expect(msg.split('\n')[0]).toBe('Invalid configuration for service "planning":');
    for (const issue of [
      '  - PORT: must be an integer between 1 and 65535 (got "abc"), e.g. PORT=3000',
      '  - KAFKA_BROKERS: required when BUS=kafka, e.g. KAFKA_BROKERS=kafka-1:9092,kafka-2:9092',
      '  - DATABASE_URL: required when EVENT_STORE=postgres',
      '  - LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      '  - PAGE_SIZE: must be a positive integer (got "0"), e.g. PAGE_SIZE=50',
      '  - FEATURE_X: must be true or false (got "maybe")',
    ])
      expect(msg).toContain(issue);
    expect(err.issues.map((i) => i.variable).sort()).toEqual(['DATABASE_URL', 'FEATURE_X', 'KAFKA_BROKERS', 'LOG_LEVEL', 'PAGE_SIZE', 'PORT'].sort());
  });

  it('validates list items and the event store URLs', () => {
    const msg = errorOf(() => loadConfig(ServiceConfig, { BUS: 'kafka', KAFKA_BROKERS: 'k1', EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'http://x' }, { serviceName: 'x' })).message;
    expect(msg).toContain('  - KAFKA_BROKERS: must be a comma-separated list of host:port (got "k1")');
    expect(msg).toContain('  - EVENTSTORE_URL: must be an esdb:// connection string (got "http://x")');
  });

  it('requires a long JWT_SECRET in production and never prints secrets', () => {
    const missing = errorOf(() => loadConfig(ServiceConfig, { NODE_ENV: 'production' }, { serviceName: 'x' }));
    expect(missing.message).toContain('  - JWT_SECRET: required when NODE_ENV=production');

    const short = errorOf(() => loadConfig(ServiceConfig, { NODE_ENV: 'production', JWT_SECRET: 'tooshort-secret' }, { serviceName: 'x' }));
    expect(short.message).toContain('  - JWT_SECRET: must be at least 32 characters long in production (got <secret of 15 characters>)');
    expect(short.message).not.toContain('tooshort-secret');

    const ok = loadConfig(ServiceConfig, { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }, { serviceName: 'x' });
    expect(ok.JWT_SECRET).toBe('x'.repeat(32));
  });

  it('requires the service name to be set in code', () => {
    const err = errorOf(() => loadConfig(ServiceConfig, {}));
    expect(err.message.split('\n')[0]).toBe('Invalid configuration:');
    expect(err.message).toContain('  - SERVICE_NAME: must be set in code');
  });

  it('loadConfigOrExit prints the error and exits with 1', () => {
    const written: string[] = [];
    const exit = jest.fn();
    expect(() => loadConfigOrExit(ServiceConfig, { PORT: '0' }, { serviceName: 'p', exit, stderr: { write: (s: string) => written.push(s) } })).toThrow(ConfigError);
    expect(exit).toHaveBeenCalledWith(1);
    expect(written.join('')).toContain('  - PORT: must be an integer between 1 and 65535 (got "0")');
  });

  it('scopedEnv lets a prefixed variable override the plain one', () => {
    const env = scopedEnv('planning', { PORT: '3000', PLANNING_PORT: '3101', OTHER: 'x' });
    expect(env.PORT).toBe('3101');
    expect(loadConfig(ServiceConfig, env, { serviceName: 'planning' }).PORT).toBe(3101);
  });
});

describe('security variables', () => {
  const load = (env: Record<string, string>) => loadConfig(ServiceConfig, env, { serviceName: 'planning' });

  it('defaults: CORS off, no metrics token, 20 failures per 60 s, no trusted proxy', () => {
    const cfg = load({});
    expect(cfg.CORS_ORIGINS).toBeUndefined();
    expect(cfg.METRICS_TOKEN).toBeUndefined();
    expect(cfg.AUTH_FAILURE_LIMIT).toBe(20);
    expect(cfg.AUTH_FAILURE_WINDOW_SECONDS).toBe(60);
    expect(cfg.TRUST_PROXY).toBe('false');
    expect(trustProxySetting(cfg.TRUST_PROXY)).toBe(false);
  });

  it('reads them', () => {
    const cfg = load({
      CORS_ORIGINS: 'https://sakip.example.go.id, http://localhost:5173',
      METRICS_TOKEN: 'a'.repeat(32),
      AUTH_FAILURE_LIMIT: '0',
      AUTH_FAILURE_WINDOW_SECONDS: '300',
      TRUST_PROXY: 'loopback, 10.0.0.0/8, ::1',
    });
    expect(cfg.CORS_ORIGINS).toEqual(['https://sakip.example.go.id', 'http://localhost:5173']);
    expect(cfg.AUTH_FAILURE_LIMIT).toBe(0);
    expect(trustProxySetting(cfg.TRUST_PROXY)).toBe('loopback, 10.0.0.0/8, ::1');
    expect(trustProxySetting('2')).toBe(2);
    expect(trustProxySetting('true')).toBe(true);
  });

  it('a bad value stops start-up with a message naming each variable (secrets not shown)', () => {
    const error = errorOf(() =>
      load({
        CORS_ORIGINS: 'https://sakip.example.go.id,sakip.example.go.id/path',
        METRICS_TOKEN: 'short secret',
        AUTH_FAILURE_LIMIT: '-1',
        AUTH_FAILURE_WINDOW_SECONDS: '0',
        TRUST_PROXY: 'everyone',
      }),
    );
    expect(error.issues.map((i) => i.variable).sort()).toEqual(['AUTH_FAILURE_LIMIT', 'AUTH_FAILURE_WINDOW_SECONDS', 'CORS_ORIGINS', 'METRICS_TOKEN', 'TRUST_PROXY']);
    expect(error.message).toContain('CORS_ORIGINS: must be a comma-separated list of origins');
    expect(error.message).toContain('e.g. https://sakip.example.go.id');
    expect(error.message).toContain('METRICS_TOKEN: must be 16-512 characters');
    expect(error.message).not.toContain('short secret');
    expect(error.message).toContain('TRUST_PROXY: must be false, true, a number of proxy hops');
    for (const bad of ['*', 'https://x.example/', 'ftp://x.example', 'https://x.example/app']) {
      expect(errorOf(() => load({ CORS_ORIGINS: bad })).issues[0]?.variable).toBe('CORS_ORIGINS');
    }
    for (const bad of ['10.0.0.0/33', 'loopback,', '1.2.3']) {
      expect(errorOf(() => load({ TRUST_PROXY: bad })).issues[0]?.variable).toBe('TRUST_PROXY');
    }
  });
});
