import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { CorrelationContext, correlationIdOrNew, JsonLogger, runInServiceScope, withCorrelation } from './logging.js';
import { Test } from '@nestjs/testing';
import { PlatformModule } from './bootstrap.js';
import { captureLogs, createTestApp, testConfig, TestFeatureModule, type CapturedLogs } from './test-app.test-helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('correlation id over HTTP', () => {
  let app: INestApplication;
  let logs: CapturedLogs;
  beforeAll(async () => ({ app, logs } = await createTestApp()));
  afterAll(() => app.close());

  it('echoes x-correlation-id and puts it on every log line of the request', async () => {
    const res = await request(app.getHttpServer()).post('/echo').set('x-correlation-id', 'req-abc-123').send({ a: 1 });
    expect(res.status).toBe(201);
    expect(res.headers['x-correlation-id']).toBe('req-abc-123');

    const lines = logs.lines().filter((l) => l.correlationId === 'req-abc-123');
    const handler = lines.find((l) => l.msg === 'echo handled');
    expect(handler).toMatchObject({ level: 'info', service: 'test-svc', context: 'TestController' });
    expect(typeof handler!.time).toBe('string');
    expect(new Date(handler!.time).toString()).not.toBe('Invalid Date');

    const access = lines.find((l) => l.context === 'HTTP');
    expect(access).toMatchObject({ level: 'info', method: 'POST', path: '/echo', route: '/echo', status: 201, service: 'test-svc' });
    expect(typeof access!.ms).toBe('number');
  });

  it('generates a UUID when absent or unsafe', async () => {
    const a = await request(app.getHttpServer()).get('/public/ping');
    expect(a.headers['x-correlation-id']).toMatch(UUID);
    const b = await request(app.getHttpServer()).get('/public/ping').set('x-correlation-id', 'bad id\twith spaces');
    expect(b.headers['x-correlation-id']).toMatch(UUID);
  });

  it('logs probes at debug level and errors with their status', async () => {
    await request(app.getHttpServer()).get('/health/live');
    const probe = logs.lines().find((l) => l.context === 'HTTP' && l.path === '/health/live');
    expect(probe?.level).toBe('debug');
    await request(app.getHttpServer()).get('/errors/boom').set('x-correlation-id', 'boom-1');
    const access = logs.lines().find((l) => l.context === 'HTTP' && l.correlationId === 'boom-1');
    expect(access).toMatchObject({ status: 500, level: 'warn' });
  });
});

describe('correlation without configureApp', () => {
  it('PlatformModule alone installs the request-context middleware', async () => {
    const logs = captureLogs();
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot({ serviceName: 'bare', config: testConfig(), logDestination: logs.stream, defaultMetrics: false }), TestFeatureModule],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const res = await request(app.getHttpServer()).get('/public/ping').set('x-correlation-id', 'bare-1');
    expect(res.headers['x-correlation-id']).toBe('bare-1');
    expect(logs.lines().find((l) => l.context === 'HTTP')).toMatchObject({ correlationId: 'bare-1', service: 'bare', status: 200 });
    await app.close();
  });
});

describe('JsonLogger', () => {
  function logger(level = 'trace') {
    const logs = captureLogs();
    return { log: new JsonLogger({ service: 'svc', level, destination: logs.stream }), logs };
  }

  it('understands Nest call shapes: context, stack, objects, errors', () => {
    const { log, logs } = logger();
    log.log('hello', 'Ctx');
    log.error('failed', 'Error: x\n    at foo (bar.js:1:1)', 'Ctx');
    log.error('failed without stack', undefined, 'Ctx');
    log.warn({ msg: 'structured', kpiId: 'k1' }, 'Ctx');
    log.verbose('chatty');
    log.fatal(new Error('fatal one'));
    const [a, b, c, d, e, f] = logs.lines();
    expect(a).toMatchObject({ level: 'info', msg: 'hello', context: 'Ctx', service: 'svc' });
    expect(Object.keys(a).sort()).toEqual(['context', 'level', 'msg', 'service', 'time']);
    expect(b).toMatchObject({ level: 'error', msg: 'failed', context: 'Ctx', stack: expect.stringContaining('at foo') });
    expect(c).toMatchObject({ level: 'error', msg: 'failed without stack', context: 'Ctx' });
    expect(c.stack).toBeUndefined();
    expect(d).toMatchObject({ level: 'warn', msg: 'structured', kpiId: 'k1', context: 'Ctx' });
    expect(e).toMatchObject({ level: 'trace', msg: 'chatty' });
    expect(f).toMatchObject({ level: 'fatal', msg: 'fatal one', err: { message: 'fatal one' } });
  });

  it('filters by level and maps Nest log levels', () => {
    const { log, logs } = logger('info');
    log.debug('hidden');
    log.log('shown');
    log.setLogLevels(['error', 'warn']);
    log.log('hidden too');
    log.warn('shown too');
    expect(logs.lines().map((l) => l.msg)).toEqual(['shown', 'shown too']);
  });

  it('adds the correlation id inside a context, and takes the service from the service scope', async () => {
    const { log, logs } = logger();
    await withCorrelation('msg-42', async () => {
      await new Promise((r) => setTimeout(r, 1));
      log.log('in handler');
      expect(correlationIdOrNew()).toBe('msg-42');
    });
    runInServiceScope('other-svc', () => log.log('scoped'));
    log.log('outside');
    const [a, b, c] = logs.lines();
    expect(a).toMatchObject({ correlationId: 'msg-42', service: 'svc' });
    expect(b).toMatchObject({ service: 'other-svc' });
    expect(c.correlationId).toBeUndefined();
    expect(CorrelationContext.current()).toBeUndefined();
    expect(correlationIdOrNew()).toMatch(UUID);
  });
});
