import ExcelJS from 'exceljs';
import request from 'supertest';
import { exampleApprovedKpi, exampleBudgetRealizationRecorded, exampleRealizationRecorded, exampleScorecardApproved } from '@capaian/contracts';
import { numberedMessages, useEvaluationApi, waitUntil } from '../evaluation-api.test-helpers.js';

const message = numberedMessages('7b');
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('value for money, reward/punishment recommendations and the LKjIP over HTTP (real PGlite, in-process bus)', () => {
  const api = useEvaluationApi();
  const { evaluator } = api;

  beforeAll(async () => {
    const { bus, svc } = api;
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
    await api.waitForPosition('dpmptsp-2026', 2);
    await waitUntil('the budget realization', async () => (await api.get('/vfm/scorecards/dpmptsp-2026')).body?.unit?.economy?.realized === '1000000000');
  });

  it('value for money: absorption 80 % of the ceiling, efficiency = output % / absorption %', async () => {
    const r = await api.get('/vfm/scorecards/dpmptsp-2026').expect(200);
    // Output: IKM 76/80 = 95 %; absorption 1,000,000,000 / 1,250,000,000 = 80 %; efficiency 95 / 80 = 1.1875.
    expect(r.body.unit.economy).toMatchObject({ measurable: true, realized: '1000000000', ceiling: '1250000000', absorption: '80' });
    expect(r.body.unit.efficiency).toMatchObject({ measurable: true, ratio: '1.1875' });
    expect(r.body.basis.scoringPolicy).toEqual({ policyId: 'permendagri-86-2017', version: 0 });
    await api.get('/vfm/scorecards/nope-2026').expect(404);
  });

  it('recommendations name their rule and inputs; a person accepts or rejects each (once), published as evaluation.recommendation-decided', async () => {
    const list = await api.get('/recommendations/2026').expect(200);
    const kinds = list.body.map((r: { kind: string; unitId: string }) => `${r.kind}:${r.unitId}`).sort();
    expect(kinds).toEqual(expect.arrayContaining(['tpp:dpmptsp', 'tpp:dinkes', 'oral_warning:dinkes']));
    const warning = list.body.find((r: { kind: string }) => r.kind === 'oral_warning');
    expect(warning).toMatchObject({ unitId: 'dinkes', period: '2026', ruleId: 'oral-warning', inputs: [{ period: '2026', score: '50' }], decision: null });
    expect((await api.get('/recommendations/2026').expect(200)).body).toEqual(list.body);

    await api.http.post(`/recommendations/${warning.recommendationId}/reject`).set('Authorization', evaluator()).send({}).expect(400);
    await api.http
      .post(`/recommendations/${warning.recommendationId}/accept`)
      .set('Authorization', `Bearer ${api.svc.token('viewer')}`)
      .send({})
      .expect(403);
    await api.http.post(`/recommendations/${warning.recommendationId}/accept`).set('Authorization', evaluator()).send({ note: 'Disetujui Sekda' }).expect(200);
    expect((await api.http.post(`/recommendations/${warning.recommendationId}/reject`).set('Authorization', evaluator()).send({ reason: 'Berubah pikiran' }).expect(409)).body.code).toBe(
      'ALREADY_DECIDED',
    );
    expect((await api.http.post('/recommendations/oral-warning.v1.ghost.2026/accept').set('Authorization', evaluator()).send({}).expect(404)).body.code).toBe('RECOMMENDATION_NOT_FOUND');
    const after = await api.get('/recommendations/2026').expect(200);
    expect(after.body.find((r: { recommendationId: string }) => r.recommendationId === warning.recommendationId).decision).toMatchObject({ type: 'recommendation-accepted' });
    expect((await api.publishedEvent('evaluation.recommendation-decided')).data).toEqual({
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
    const xlsx = await api.get('/reports/lkjip/dpmptsp-2026?format=xlsx').buffer(true).parse(binary).expect(200);
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
    const pdf = await api.get('/reports/lkjip/dpmptsp-2026?format=pdf').buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const html = await api.get('/reports/lkjip/dpmptsp-2026?format=html').expect(200);
    expect(html.text).toContain('Indeks Kepuasan Masyarakat');
    const asOf = '2026-12-31T00:00:00.000Z';
    const a = await api.get(`/reports/lkjip/dpmptsp-2026?format=pdf&asOf=${asOf}`).buffer(true).parse(binary).expect(200);
    const b = await api.get(`/reports/lkjip/dpmptsp-2026?format=pdf&asOf=${asOf}`).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(a.body as Buffer, b.body as Buffer)).toBe(0);
    await api.get('/reports/lkjip/dpmptsp-2026?format=doc').expect(400);
    await api.get('/reports/lkjip/nope-2026').expect(404);
  });

  it('reward rules are versioned data: a new version changes the recommendations it produces (422 for an invalid one)', async () => {
    const current = await api.get('/policies/2026/rewards').expect(200);
    expect(current.body.versions.map((p: { policyId: string; version: number }) => [p.policyId, p.version])).toEqual([['reward-punishment', 0]]);
    expect(current.body.isDefault).toBe(true);
    const { version: _v, ...base } = current.body.current as { version: number; rules: Array<Record<string, unknown>> };
    const lenient = { ...base, policyId: 'kab-contoh-rewards', rules: base.rules.map((r) => (r['ruleId'] === 'oral-warning' ? { ...r, threshold: '30' } : r)) };
    await api.http
      .put('/policies/2026/rewards')
      .set('Authorization', evaluator())
      .send({ policy: { ...lenient, rules: 'none' }, reason: 'Kebijakan daerah' })
      .expect(422);
    const set = await api.http.put('/policies/2026/rewards').set('Authorization', evaluator()).send({ policy: lenient, reason: 'Ambang teguran lisan 30 (Perbup 4/2026)' }).expect(200);
    expect(set.body.eventTypes).toEqual(['reward-policy-set']);
    const after = await api.get('/policies/2026/rewards').expect(200);
    expect(after.body.versions.map((p: { policyId: string; version: number }) => [p.policyId, p.version])).toEqual([
      ['reward-punishment', 0],
      ['reward-policy-kab-contoh.2026', 1],
    ]);
    expect(after.body.current).toMatchObject({ policyId: 'reward-policy-kab-contoh.2026', version: 1 });
    const list = await api.get('/recommendations/2026').expect(200);
    expect(list.body.some((r: { kind: string; unitId: string }) => r.kind === 'oral_warning' && r.unitId === 'dinkes')).toBe(false);
    const vfm = (await api.get('/policies/2026/vfm').expect(200)).body;
    expect(vfm.current).toMatchObject({ policyId: 'vfm-3e', version: 0 });
    expect(vfm.versions.map((p: { policyId: string; version: number }) => [p.policyId, p.version])).toEqual([['vfm-3e', 0]]);
  });
});
