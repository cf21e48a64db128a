import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { HttpException } from '@nestjs/common';
import { DomainError } from '@capaian/ddd';
import { createTestService, writeRequestOf, type TestService } from '@capaian/platform';
import { measurementService } from '../service.js';
import { ChangeRealizationCommand } from './change-realization.js';

/**
 * A token with no unit cannot report: the use-case handler refuses with a domain outcome
 * (DomainError of kind 'forbidden', no HTTP exception), and the edge answers 403 NO_UNIT with the
 * same body wherever it is refused (single record, batch, budget, the spreadsheet form).
 */
describe('a token without a unit: a forbidden domain outcome, 403 NO_UNIT at the edge (real PGlite)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const noUnit = () => `Bearer ${svc.token('unit_operator')}`;
  const NO_UNIT = { statusCode: 403, error: 'Forbidden', code: 'NO_UNIT', message: 'Token tidak memuat unit / the token carries no unit' };

  beforeAll(async () => {
    svc = await createTestService(measurementService);
    http = request(svc.app.getHttpServer());
  });
  afterAll(async () => {
    await svc.close();
  });

  it('the handler returns the refusal as a DomainError of kind forbidden, not an HTTP exception', async () => {
    const user = { sub: 'op', tenant: 'kab-contoh', roles: ['unit_operator' as const] };
    const change = { type: 'record' as const, kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q1', value: '80', note: null, evidence: [] };
    const error = await svc.app
      .get(CommandBus)
      .execute(new ChangeRealizationCommand(user, change, writeRequestOf(user, {}, change)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).not.toBeInstanceOf(HttpException);
    expect(error).toMatchObject({ code: 'NO_UNIT', kind: 'forbidden', field: undefined });
  });

  it.each([
    ['POST /realizations', () => http.post('/realizations').send({ kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q1', value: '80' })],
    ['POST /realizations/batch', () => http.post('/realizations/batch').send({ items: [{ kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q1', value: '80' }] })],
    ['POST /budget-realizations', () => http.post('/budget-realizations').send({ initiativeId: 'dpmptsp-2026.p-01', year: 2026, period: 'Q1', amount: '1000' })],
    ['GET /realizations/template', () => http.get('/realizations/template?year=2026')],
  ])('%s -> 403 NO_UNIT, nothing stored', async (_name, send) => {
    const head = await svc.infra.store.headPosition();
    const res = await send().set('Authorization', noUnit());
    expect(res.status).toBe(403);
    const { correlationId, ...body } = res.body as { correlationId: string };
    expect(correlationId).toEqual(expect.any(String));
    expect(body).toEqual(NO_UNIT);
    expect(await svc.infra.store.headPosition()).toBe(head);
  });
});
