import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { UnstorableTextError } from '@capaian/eventstore';
import { ErrorMappingRegistry, registerErrorMapping, toProblem } from './errors.js';
import { createTestApp, KpiNotFound, type CapturedLogs } from './test-app.test-helpers.js';

describe('ProblemExceptionFilter', () => {
  let app: INestApplication;
  let logs: CapturedLogs;

  beforeAll(async () => {
    ({ app, logs } = await createTestApp({
      errorMappings: [[KpiNotFound, 404, 'KPI_NOT_FOUND', { details: (e: KpiNotFound) => ({ kpiId: e.kpiId }) }]],
    }));
  });
  afterAll(() => app.close());

  it('malformed JSON -> 400 MALFORMED_JSON with a correlation id', async () => {
    const res = await request(app.getHttpServer()).post('/echo').set('Content-Type', 'application/json').set('x-correlation-id', 'corr-malformed-1').send('{"name": "x",');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'MALFORMED_JSON', correlationId: 'corr-malformed-1' });
    expect(res.body.message).toMatch(/^Malformed JSON in request body/);
    expect(res.headers['x-correlation-id']).toBe('corr-malformed-1');
  });

  it('a body over the limit -> 413 PAYLOAD_TOO_LARGE', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(2 * 1024 * 1024 + 10) });
    const res = await request(app.getHttpServer()).post('/echo').set('Content-Type', 'application/json').send(big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large', code: 'PAYLOAD_TOO_LARGE' });
  });

  it('accepts bodies above the express default (100kb) and below 2mb', async () => {
    const res = await request(app.getHttpServer())
      .post('/echo')
      .send({ data: 'x'.repeat(500_000) });
    expect(res.status).toBe(201);
  });

  it('unknown errors -> generic 500, logged with the stack, no internals leaked', async () => {
    const res = await request(app.getHttpServer()).get('/errors/boom');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
      code: 'INTERNAL_ERROR',
      correlationId: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    const line = logs.lines().find((l) => l.context === 'ExceptionFilter');
    expect(line).toMatchObject({ level: 'error', service: 'test-svc', correlationId: res.body.correlationId, path: '/errors/boom' });
    expect(line!.err.stack).toContain('hunter2');
  });

  it.each([
    [
      'HttpExceptions keep status, message, code and details',
      '/errors/http',
      409,
      { statusCode: 409, error: 'Conflict', message: 'Period already closed', code: 'PERIOD_CLOSED', details: { period: '2025' } },
    ],
    ['maps WrongExpectedRevisionError (by name, built in) -> 409', '/errors/conflict', 409, { code: 'WRONG_EXPECTED_REVISION', error: 'Conflict' }],
    ['maps app-registered domain errors with details', '/errors/not-found', 404, { code: 'KPI_NOT_FOUND', message: 'KPI k-9 does not exist', details: { kpiId: 'k-9' } }],
  ])('%s', async (_name, path, status, body) => {
    const res = await request(app.getHttpServer()).get(path);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject(body);
  });

  it('unknown routes -> 404 problem body', async () => {
    const res = await request(app.getHttpServer()).get('/nope').set('Authorization', 'Bearer x');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', correlationId: expect.any(String) });
  });
});

describe('error mappings', () => {
  class Base extends Error {}
  class Child extends Base {}
  class Other extends Error {}

  it('resolves the most specific class, then the fallback registry', () => {
    const fallback = new ErrorMappingRegistry().register(Other, 422, 'OTHER');
    const reg = new ErrorMappingRegistry(fallback).register(Base, 400, 'BASE').register(Child, 409, 'CHILD');
    expect(reg.resolve(new Child())?.code).toBe('CHILD');
    expect(reg.resolve(new Base())?.code).toBe('BASE');
    expect(reg.resolve(new Other())?.code).toBe('OTHER');
    expect(reg.resolve(new Error('x'))).toBeUndefined();
    expect(reg.resolve('not an error')).toBeUndefined();
  });

  it('registerErrorMapping adds a process-wide mapping', () => {
    class QuotaExceeded extends Error {}
    registerErrorMapping(QuotaExceeded, 429, 'QUOTA', { message: 'Slow down' });
    expect(toProblem(new QuotaExceeded('internal detail')).body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Slow down',
      code: 'QUOTA',
    });
  });

  it('text the store refuses (from a file or a message) -> 422 INVALID_TEXT naming the paths, never a 500', () => {
    const { body, serverFault } = toProblem(new UnstorableTextError('realization-x', 'realization-recorded', ['data.note']));
    expect(serverFault).toBe(false);
    expect(body).toMatchObject({ statusCode: 422, code: 'INVALID_TEXT', details: [{ field: 'data.note' }] });
  });
});
