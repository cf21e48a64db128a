/** Shared fixtures for the platform specs (excluded from the build). */
import 'reflect-metadata';
import { Body, ConflictException, Controller, Get, Logger, Module, Param, Post, Query, type INestApplication, type Provider, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Type as ToType } from 'class-transformer';
import { ArrayMinSize, IsInt, IsNumber, IsString, Min, ValidateNested } from 'class-validator';
import { assertSameTenant, CurrentUser, Public, Roles } from './auth/decorators.js';
import type { Principal } from './auth/principal.js';
import { issueToken } from './auth/token.js';
import { configureApp, PlatformModule, type ConfigureAppOptions, type PlatformModuleOptions } from './bootstrap.js';
import { loadConfig, ServiceConfig } from './config.js';
import { JsonLogger } from './logging.js';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-prod-0123456789';

export function testConfig(env: Record<string, string> = {}): ServiceConfig {
  return loadConfig(ServiceConfig, { JWT_SECRET: TEST_SECRET, LOG_LEVEL: 'debug', ...env }, { serviceName: 'test-svc' });
}

export interface CapturedLogs {
  stream: { write(line: string): void };
  lines(): Array<Record<string, any>>;
}

export function captureLogs(): CapturedLogs {
  const raw: string[] = [];
  return {
    stream: { write: (line: string) => void raw.push(line) },
    lines: () =>
      raw
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, any>),
  };
}

export function token(claims: Partial<Principal> = {}, ttl: string | number = '1h', secret = TEST_SECRET): string {
  return issueToken(secret, { sub: 'u1', tenant: 'kab-contoh', roles: ['planner'], ...claims }, ttl);
}

export class OwnerDto {
  @IsString()
  unit!: string;
}

export class LineDto {
  @IsNumber()
  @Min(0)
  target!: number;

  @ValidateNested()
  @ToType(() => OwnerDto)
  owner!: OwnerDto;
}

export class CreateKpiDto {
  @IsString()
  name!: string;

  @IsInt()
  year!: number;

  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ToType(() => LineDto)
  lines!: LineDto[];
}

/** Named like the event store's error, to exercise matching by name. */
export class WrongExpectedRevisionError extends Error {
  constructor() {
    super('Stream kpi-1: expected revision 1, actual 2');
    this.name = 'WrongExpectedRevisionError';
  }
}

export class KpiNotFound extends Error {
  constructor(readonly kpiId: string) {
    super(`KPI ${kpiId} does not exist`);
  }
}

@Controller()
export class TestController {
  private readonly logger = new Logger('TestController');

  @Public()
  @Get('public/ping')
  ping() {
    return { pong: true };
  }

  @Get('me')
  me(@CurrentUser() user: Principal) {
    return user;
  }

  @Roles('planner')
  @Post('kpis')
  create(@Body() dto: CreateKpiDto) {
    return { created: dto.name, isDto: dto instanceof CreateKpiDto, lineIsDto: dto.lines[0] instanceof LineDto };
  }

  @Roles('evaluator')
  @Get('evaluations')
  evaluations() {
    return [];
  }

  @Get('tenants/:tenant/kpis')
  tenantKpis(@CurrentUser() user: Principal, @Param('tenant') tenant: string) {
    assertSameTenant(user, tenant);
    return { tenant };
  }

  @Public()
  @Get('errors/boom')
  boom() {
    throw new Error('db password is hunter2');
  }

  @Public()
  @Get('errors/conflict')
  conflict() {
    throw new WrongExpectedRevisionError();
  }

  @Public()
  @Get('errors/not-found')
  notFound() {
    throw new KpiNotFound('k-9');
  }

  @Public()
  @Get('errors/http')
  http() {
    throw new ConflictException({ message: 'Period already closed', code: 'PERIOD_CLOSED', details: { period: '2025' } });
  }

  @Public()
  @Post('echo')
  echo(@Body() body: unknown) {
    this.logger.log('echo handled');
    return { size: JSON.stringify(body).length };
  }

  @Public()
  @Get('echo/:id')
  echoParams(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    return { id, query };
  }
}

@Module({ controllers: [TestController] })
export class TestFeatureModule {}

export interface TestAppOptions extends Partial<PlatformModuleOptions> {
  imports?: Array<Type<unknown>>;
  providers?: Provider[];
  app?: ConfigureAppOptions;
}

/** A Nest app with PlatformModule + TestFeatureModule, configured like a service, initialised. */
export async function createTestApp(options: TestAppOptions = {}): Promise<{ app: INestApplication; logs: CapturedLogs }> {
  const logs = captureLogs();
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({
        serviceName: 'test-svc',
        config: testConfig(),
        logDestination: logs.stream,
        defaultMetrics: false,
        ...options,
      }),
      TestFeatureModule,
      ...(options.imports ?? []),
    ],
    providers: options.providers ?? [],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: moduleRef.get(JsonLogger) });
  configureApp(app, { enableShutdownHooks: false, ...options.app });
  await app.init();
  return { app, logs };
}

/** A test app for the enclosing describe block, closed after it; `http()` starts a request to it. */
export function useTestApp(options: TestAppOptions = {}) {
  let app: INestApplication | undefined;
  beforeAll(async () => ({ app } = await createTestApp(options)));
  afterAll(() => app?.close());
  return { app: () => app!, http: () => request(app!.getHttpServer()) };
}
