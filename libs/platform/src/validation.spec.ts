import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp, token } from './test-app.test-helpers.js';

describe('createValidationPipe', () => {
  let app: INestApplication;
  beforeAll(async () => ({ app } = await createTestApp()));
  afterAll(() => app.close());

  const post = (body: unknown) =>
    request(app.getHttpServer())
      .post('/kpis')
      .set('Authorization', `Bearer ${token()}`)
      .send(body as object);

  it('400 naming nested fields (objects in arrays) in message and details', async () => {
    const res = await post({
      name: 'KPI',
      year: 2025,
      lines: [
        { target: 5, owner: { unit: 'opd-a' } },
        { target: -1, owner: { unit: 7 } },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toEqual(expect.arrayContaining(['lines.1.target must not be less than 0', 'lines.1.owner.unit must be a string']));
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { field: 'lines.1.target', errors: ['target must not be less than 0'] },
        { field: 'lines.1.owner.unit', errors: ['unit must be a string'] },
      ]),
    );
    expect(res.body.correlationId).toEqual(expect.any(String));
  });

  it('rejects unknown properties, also nested ones', async () => {
    const res = await post({ name: 'KPI', year: 2025, extra: 1, lines: [{ target: 1, owner: { unit: 'a', boss: 'x' } }] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { field: 'extra', errors: ['property extra should not exist'] },
        { field: 'lines.0.owner.boss', errors: ['property boss should not exist'] },
      ]),
    );
    expect(res.body.message).toEqual(expect.arrayContaining(['property lines.0.owner.boss should not exist']));
  });

  it('names missing top-level fields', async () => {
    const res = await post({});
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['lines', 'name', 'year']);
  });

  it('transforms valid bodies into DTO instances', async () => {
    const res = await post({ name: 'KPI', year: 2025, lines: [{ target: 1, owner: { unit: 'a' } }] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ created: 'KPI', isDto: true, lineIsDto: true });
  });
});
