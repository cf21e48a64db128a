import 'reflect-metadata';
import { jest } from '@jest/globals';
import { Controller, Get, Inject, Injectable, Module, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import request from 'supertest';
import { CurrentUser, Public } from './auth/decorators.js';
import type { Principal } from './auth/principal.js';
import { createServiceApp, runningServiceCount, SERVICE_CONFIG, shutdownAll, startService } from './bootstrap.js';
import { loadConfig, ServiceConfig } from './config.js';
import { ReadinessRegistry } from './health.js';
import { Metrics } from './metrics.js';
import { captureLogs, TEST_SECRET, token } from './test-app.test-helpers.js';

class DemoConfig extends ServiceConfig {
  override PORT = 3999;
}

const events: string[] = [];

@Injectable()
class Consumer implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(DemoConfig) readonly config: DemoConfig,
    @Inject(SERVICE_CONFIG) readonly sameConfig: DemoConfig,
    @Inject(ServiceConfig) readonly baseConfig: ServiceConfig,
    @Inject(Metrics) readonly metrics: Metrics,
    @Inject(ReadinessRegistry) readiness: ReadinessRegistry,
  ) {
    readiness.register('demo', async () => undefined);
  }
  static hang?: Promise<void>;
  async beforeApplicationShutdown(signal?: string) {
    events.push(`${this.config.SERVICE_NAME}:before:${signal}`);
    await Consumer.hang;
  }
  onApplicationShutdown(signal?: string) {
    events.push(`${this.config.SERVICE_NAME}:shutdown:${signal}`);
  }
}

@Controller('demo')
class DemoController {
  constructor(@Inject(Consumer) private readonly consumer: Consumer) {}
  @Public()
  @Get()
  get() {
    const c = this.consumer;
    return { service: c.config.SERVICE_NAME, same: c.sameConfig === c.config && c.baseConfig === c.config };
  }
  @Get('me')
  me(@CurrentUser() user: Principal) {
    return user;
  }
}

@Module({ controllers: [DemoController], providers: [Consumer] })
class DemoModule {}

function config(serviceName: string, env: Record<string, string> = {}): DemoConfig {
  const loaded = loadConfig(DemoConfig, { JWT_SECRET: TEST_SECRET, HOST: '127.0.0.1', ...env }, { serviceName });
  // PORT 0 (any free port) is not a valid env value; tests set it on a copy.
  return Object.assign(Object.create(DemoConfig.prototype) as DemoConfig, loaded, { PORT: 0 });
}

afterEach(() => {
  events.length = 0;
  Consumer.hang = undefined;
});

describe('createServiceApp', () => {
  it('wraps the service module with PlatformModule and provides the config by token and class', async () => {
    const logs = captureLogs();
    const app = await createServiceApp(DemoModule, { serviceName: 'demo', config: config('demo'), logDestination: logs.stream });
    await app.init();
    const res = await request(app.getHttpServer()).get('/demo');
    expect(res.body).toEqual({ service: 'demo', same: true });
    const admin = `Bearer ${token({ roles: ['admin'] })}`;
    expect((await request(app.getHttpServer()).get('/health/ready').set('Authorization', admin)).body.checks.demo.status).toBe('up');
    expect((await request(app.getHttpServer()).get('/demo/me')).status).toBe(401);
    expect((await request(app.getHttpServer()).get('/demo/me').set('Authorization', `Bearer ${token()}`)).status).toBe(200);
    expect((await request(app.getHttpServer()).get('/docs-json')).body.info.title).toBe('Capaian demo API');
    expect(logs.lines().some((l) => l.context === 'InstanceLoader' && l.service === 'demo')).toBe(true);
    await app.close();
  });
});

describe('startService', () => {
  it('listens, logs the URL, and on SIGTERM runs the shutdown hooks, onShutdown, then exits 0', async () => {
    const logs = captureLogs();
    const exit = jest.fn<(code: number) => void>();
    const onShutdown = jest.fn(async (signal?: string) => void events.push(`onShutdown:${signal}`));
    const svc = await startService(DemoModule, { serviceName: 'demo', config: config('demo'), logDestination: logs.stream, onShutdown, exit });
    expect(svc.url).toBe(`http://127.0.0.1:${svc.port}`);
    expect(process.listeners('SIGTERM').length).toBeGreaterThan(0);
    expect(runningServiceCount()).toBe(1);
    const live = await fetch(`${svc.url}/health/live`);
    expect(live.status).toBe(200);
    expect(logs.lines().find((l) => l.context === 'Bootstrap')?.msg).toContain(`listening on ${svc.url}`);

    await shutdownAll('SIGTERM');
    expect(events).toEqual(['demo:before:SIGTERM', 'demo:shutdown:SIGTERM', 'onShutdown:SIGTERM']);
    expect(exit).toHaveBeenCalledWith(0);
    expect(runningServiceCount()).toBe(0);
    await expect(fetch(`${svc.url}/health/live`)).rejects.toThrow();
  });

  it('runs several services in one process on different ports (embedded mode)', async () => {
    const logs = captureLogs();
    const exit = jest.fn<(code: number) => void>();
    const a = await startService(DemoModule, { serviceName: 'planning', config: config('planning'), logDestination: logs.stream, exit });
    const b = await startService(DemoModule, {
      serviceName: 'evaluation',
      config: config('evaluation'),
      logDestination: logs.stream,
      exit,
      defaultMetrics: false,
    });
    expect(a.port).not.toBe(b.port);
    expect(await (await fetch(`${a.url}/demo`)).json()).toEqual({ service: 'planning', same: true });
    expect(await (await fetch(`${b.url}/demo`, { headers: { 'x-correlation-id': 'embedded-1' } })).json()).toEqual({
      service: 'evaluation',
      same: true,
    });
    // Nest's Logger is process-wide (the last app's JsonLogger), yet lines carry the right service.
    const access = logs.lines().find((l) => l.context === 'HTTP' && l.correlationId === 'embedded-1');
    expect(access?.service).toBe('evaluation');
    expect(logs.lines().some((l) => l.context === 'RoutesResolver' && l.service === 'planning')).toBe(true);
    expect(logs.lines().some((l) => l.context === 'RoutesResolver' && l.service === 'evaluation')).toBe(true);

    const scrape = { headers: { authorization: `Bearer ${token({ roles: ['admin'] })}` } };
    const metricsA = await (await fetch(`${a.url}/metrics`, scrape)).text();
    const metricsB = await (await fetch(`${b.url}/metrics`, scrape)).text();
    expect(metricsA).toContain('service="planning"');
    expect(metricsA).not.toContain('service="evaluation"');
    expect(metricsB).toContain('service="evaluation"');
    expect(metricsB).not.toContain('process_cpu_user_seconds_total');

    await shutdownAll('SIGINT');
    expect(events.sort()).toEqual(['evaluation:before:SIGINT', 'evaluation:shutdown:SIGINT', 'planning:before:SIGINT', 'planning:shutdown:SIGINT'].sort());
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('forces exit(1) when shutdown exceeds SHUTDOWN_TIMEOUT_MS', async () => {
    const logs = captureLogs();
    const exit = jest.fn<(code: number) => void>();
    let release!: () => void;
    Consumer.hang = new Promise<void>((r) => (release = r));
    await startService(DemoModule, {
      serviceName: 'slow',
      config: config('slow', { SHUTDOWN_TIMEOUT_MS: '100' }),
      logDestination: logs.stream,
      exit,
    });
    const done = shutdownAll('SIGTERM');
    await new Promise((r) => setTimeout(r, 250));
    expect(exit).toHaveBeenCalledWith(1);
    expect(logs.lines().some((l) => l.level === 'fatal' && /forcing exit/.test(l.msg))).toBe(true);
    release();
    await done;
  });

  it('a service that cannot listen fails startService with a fatal log line and is cleaned up', async () => {
    const exit = jest.fn<(code: number) => void>();
    const logs = captureLogs();
    const a = await startService(DemoModule, { serviceName: 'first', config: config('first'), logDestination: logs.stream, exit });
    const taken = Object.assign(config('second'), { PORT: a.port });
    await expect(startService(DemoModule, { serviceName: 'second', config: taken, logDestination: logs.stream, exit })).rejects.toThrow(/EADDRINUSE/);
    expect(logs.lines().find((l) => l.level === 'fatal')).toMatchObject({ service: 'second', msg: 'Service second failed to start' });
    expect(runningServiceCount()).toBe(1);
    await a.stop();
    events.length = 0;
  });

  it('stop() closes one service without exiting the process', async () => {
    const exit = jest.fn<(code: number) => void>();
    const svc = await startService(DemoModule, { serviceName: 'solo', config: config('solo'), logDestination: captureLogs().stream, exit });
    await svc.stop();
    await svc.stop();
    expect(events).toEqual(['solo:before:undefined', 'solo:shutdown:undefined']);
    expect(exit).not.toHaveBeenCalled();
    expect(runningServiceCount()).toBe(0);
  });
});
