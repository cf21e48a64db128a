import ExcelJS from 'exceljs';
import request from 'supertest';
import {
  exampleApprovedKpi,
  exampleBudgetRealizationRecorded,
  exampleRealizationRecorded,
  exampleScorecardApproved,
  integrationEvent,
  parseIntegrationEvent,
  type IntegrationEventType,
} from '@capaian/contracts';
import { createInProcessBus, type DeliveredMessage, type MessageBus, type OutgoingMessage } from '@capaian/messaging';
import { createTestService, type TestService } from '@capaian/platform';
import { evaluationService } from '../service.js';

let n = 0;
function message(topic: string, type: IntegrationEventType, data: unknown, occurredAt: string): OutgoingMessage {
  n++;
  const event = integrationEvent(type as 'planning.scorecard-approved', {
    eventId: `7b000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    occurredAt,
    tenantId: 'kab-contoh',
    aggregateId: 'a',
    correlationId: `c${n}`,
    causationId: null,
    actor: null,
    sourcePosition: n,
    data: data as never,
  });
  return { topic, key: 'k', eventId: event.eventId, type, schemaVersion: event.schemaVersion, correlationId: `c${n}`, payload: event };
}
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('value for money, reward/punishment recommendations and the LKjIP over HTTP (real PGlite, in-process bus)', () => {
  let bus: MessageBus;
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const published: DeliveredMessage[] = [];
  const evaluator = () => `Bearer ${svc.token('evaluator')}`;

  beforeAll(async () => {
    bus = createInProcessBus();
    svc = await createTestService(evaluationService, { bus });
    http = request(svc.app.getHttpServer());
    await bus.consume({ groupId: 'results', topics: [svc.infra.topics.evaluation], fromBeginning: true, handler: async (m) => void published.push(m) });
    const kpi = { frequency: 'yearly' as const, aggregation: 'last' as const, periodTargets: [] };
    const dpmptsp = exampleScorecardApproved({ kpis: [exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01', ...kpi, yearlyTarget: { value: '80' } })] });
    const dinkes = exampleScorecardApproved({
      scorecardId: 'dinkes-2026',
      unitId: 'dinkes',
      unitName: 'Dinas Kesehatan',
      initiatives: [],
      kpis: [exampleApprovedKpi({ kpiId: 'dinkes-2026.iku-01', ownerUnitId: 'dinkes', ...kpi, yearlyTarget: { value: '80' } })],
    });
    const { planning, measurement } = svc.infra.topics;
    await bus.publish([
      message(planning, 'planning.scorecard-approved', dpmptsp, '2026-01-10T00:00:00.000Z'),
      message(planning, 'planning.scorecard-approved', dinkes, '2026-01-10T00:00:00.000Z'),
      message(measurement, 'measurement.realization-recorded', exampleRealizationRecorded({ kpiId: 'dpmptsp-2026.iku-01', unitId: 'dpmptsp', period: 'Y', value: '76' }), '2026-12-20T00:00:00.000Z'),
      message(
        measurement,
        'measurement.realization-recorded',
        exampleRealizationRecorded({ realizationId: 'r-dinkes', kpiId: 'dinkes-2026.iku-01', unitId: 'dinkes', period: 'Y', value: '40' }),
        '2026-12-20T00:00:00.000Z',
      ),
      message(
        measurement,
        'measurement.budget-realization-recorded',
        exampleBudgetRealizationRecorded({ period: 'Y', amount: '1000000000', cumulativeAmount: '1000000000' }),
        '2026-12-21T00:00:00.000Z',
      ),
    ]);
    const deadline = Date.now() + 10_000;
    while ((await http.get('/scores/scorecards/dpmptsp-2026').set('Authorization', evaluator())).body?.positions?.to < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    while ((await http.get('/vfm/scorecards/dpmptsp-2026').set('Authorization', evaluator())).body?.unit?.economy?.realized !== '1000000000' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
  });
  afterAll(async () => {
    await svc.close();
    await bus.close();
  });

  it('value for money: absorption 80 % of the ceiling, efficiency = output % / absorption %', async () => {
    const r = await http.get('/vfm/scorecards/dpmptsp-2026').set('Authorization', evaluator()).expect(200);
    // Output: IKM 76/80 = 95 %; absorption 1,000,000,000 / 1,250,000,000 = 80 %; efficiency 95 / 80 = 1.1875.
    expect(r.body.unit.economy).toMatchObject({ measurable: true, realized: '1000000000', ceiling: '1250000000', absorption: '80' });
    expect(r.body.unit.efficiency).toMatchObject({ measurable: true, ratio: '1.1875' });
    expect(r.body.basis.scoringPolicy).toEqual({ policyId: 'permendagri-86-2017', version: 0 });
    await http.get('/vfm/scorecards/nope-2026').set('Authorization', evaluator()).expect(404);
  });

  it('recommendations name their rule and inputs; a person accepts or rejects each (once), published as evaluation.recommendation-decided', async () => {
    const list = await http.get('/recommendations/2026').set('Authorization', evaluator()).expect(200);
    const kinds = list.body.map((r: { kind: string; unitId: string }) => `${r.kind}:${r.unitId}`).sort();
    expect(kinds).toEqual(expect.arrayContaining(['tpp:dpmptsp', 'tpp:dinkes', 'oral_warning:dinkes']));
    const warning = list.body.find((r: { kind: string }) => r.kind === 'oral_warning');
    expect(warning).toMatchObject({ unitId: 'dinkes', period: '2026', ruleId: 'oral-warning', inputs: [{ period: '2026', score: '50' }], decision: null });
    expect((await http.get('/recommendations/2026').set('Authorization', evaluator()).expect(200)).body).toEqual(list.body);

    await http.post(`/recommendations/${warning.recommendationId}/reject`).set('Authorization', evaluator()).send({}).expect(400);
    await http
      .post(`/recommendations/${warning.recommendationId}/accept`)
      .set('Authorization', `Bearer ${svc.token('viewer')}`)
      .send({})
      .expect(403);
    await http.post(`/recommendations/${warning.recommendationId}/accept`).set('Authorization', evaluator()).send({ note: 'Disetujui Sekda' }).expect(200);
    expect((await http.post(`/recommendations/${warning.recommendationId}/reject`).set('Authorization', evaluator()).send({ reason: 'Berubah pikiran' }).expect(409)).body.code).toBe(
      'ALREADY_DECIDED',
    );
    expect((await http.post('/recommendations/oral-warning.v1.ghost.2026/accept').set('Authorization', evaluator()).send({}).expect(404)).body.code).toBe('RECOMMENDATION_NOT_FOUND');
    const after = await http.get('/recommendations/2026').set('Authorization', evaluator()).expect(200);
    expect(after.body.find((r: { recommendationId: string }) => r.recommendationId === warning.recommendationId).decision).toMatchObject({ type: 'recommendation-accepted' });
    const deadline = Date.now() + 5000;
    while (!published.some((m) => m.type === 'evaluation.recommendation-decided') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(parseIntegrationEvent(published.find((m) => m.type === 'evaluation.recommendation-decided')!.payload).data).toEqual({
      recommendationId: warning.recommendationId,
      kind: 'oral_warning',
      unitId: 'dinkes',
      period: '2026',
      ruleId: 'oral-warning',
      ruleVersion: 1,
      decision: 'accepted',
      note: 'Disetujui Sekda',
    });
  });

  it('the LKjIP downloads as XLSX, PDF and printable HTML, naming positions and policy; ?asOf regenerates it identically', async () => {
    const xlsx = await http.get('/reports/lkjip/dpmptsp-2026?format=xlsx').set('Authorization', evaluator()).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as Buffer);
    const text = wb.worksheets
      .map((ws) =>
        ws
          .getSheetValues()
          .flat()
          .map((v) => (v && typeof v === 'object' && 'richText' in v ? '' : String(v ?? '')))
          .join('|'),
      )
      .join('\n');
    expect(text).toContain('Indeks Kepuasan Masyarakat');
    expect(text).toContain('permendagri-86-2017');
    const pdf = await http.get('/reports/lkjip/dpmptsp-2026?format=pdf').set('Authorization', evaluator()).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const html = await http.get('/reports/lkjip/dpmptsp-2026?format=html').set('Authorization', evaluator()).expect(200);
    expect(html.text).toContain('Indeks Kepuasan Masyarakat');
    const asOf = '2026-12-31T00:00:00.000Z';
    const a = await http.get(`/reports/lkjip/dpmptsp-2026?format=pdf&asOf=${asOf}`).set('Authorization', evaluator()).buffer(true).parse(binary).expect(200);
    const b = await http.get(`/reports/lkjip/dpmptsp-2026?format=pdf&asOf=${asOf}`).set('Authorization', evaluator()).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(a.body as Buffer, b.body as Buffer)).toBe(0);
    await http.get('/reports/lkjip/dpmptsp-2026?format=doc').set('Authorization', evaluator()).expect(400);
    await http.get('/reports/lkjip/nope-2026').set('Authorization', evaluator()).expect(404);
  });

  it('reward rules are versioned data: a new version changes the recommendations it produces (422 for an invalid one)', async () => {
    const current = await http.get('/policies/2026/rewards').set('Authorization', evaluator()).expect(200);
    expect(current.body.versions.map((p: { policyId: string; version: number }) => [p.policyId, p.version])).toEqual([['reward-punishment', 0]]);
    expect(current.body.isDefault).toBe(true);
    const { version: _v, ...base } = current.body.current as { version: number; rules: Array<Record<string, unknown>> };
    const lenient = { ...base, policyId: 'kab-contoh-rewards', rules: base.rules.map((r) => (r['ruleId'] === 'oral-warning' ? { ...r, threshold: '30' } : r)) };
    await http
      .put('/policies/2026/rewards')
      .set('Authorization', evaluator())
      .send({ policy: { ...lenient, rules: 'none' }, reason: 'Kebijakan daerah' })
      .expect(422);
    const set = await http.put('/policies/2026/rewards').set('Authorization', evaluator()).send({ policy: lenient, reason: 'Ambang teguran lisan 30 (Perbup 4/2026)' }).expect(200);
    expect(set.body.eventTypes).toEqual(['reward-policy-set']);
    const after = await http.get('/policies/2026/rewards').set('Authorization', evaluator()).expect(200);
    expect(after.body.versions.map((p: { policyId: string; version: number }) => [p.policyId, p.version])).toEqual([
      ['reward-punishment', 0],
      ['reward-policy-kab-contoh.2026', 1],
    ]);
    expect(after.body.current).toMatchObject({ policyId: 'reward-policy-kab-contoh.2026', version: 1 });
    const list = await http.get('/recommendations/2026').set('Authorization', evaluator()).expect(200);
    expect(list.body.some((r: { kind: string; unitId: string }) => r.kind === 'oral_warning' && r.unitId === 'dinkes')).toBe(false);
    const vfm = (await http.get('/policies/2026/vfm').set('Authorization', evaluator()).expect(200)).body;
    expect(vfm.current).toMatchObject({ policyId: 'vfm-3e', version: 0 });
    expect(vfm.versions.map((p: { policyId: string; version: number }) => [p.policyId, p.version])).toEqual([['vfm-3e', 0]]);
  });
});
