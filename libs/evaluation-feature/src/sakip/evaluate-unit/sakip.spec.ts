import { exampleApprovedKpi, exampleRealizationRecorded, exampleScorecardApproved } from '@capaian/contracts';
import { DEFAULT_LKE_WORKSHEET, lkeCriteria } from '@capaian/evaluation-domain';
import { numberedMessages, useEvaluationApi } from '../../evaluation-api.test-helpers.js';

const message = numberedMessages('5a');

describe('SAKIP evaluation API and published results (real PGlite, in-process bus)', () => {
  const api = useEvaluationApi();
  const { evaluator } = api;
  const base = '/sakip/evaluations/dpmptsp/2026';

  beforeAll(async () => {
    const { bus, svc } = api;
    const plan = exampleScorecardApproved({ kpis: [exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01', frequency: 'yearly', aggregation: 'last', yearlyTarget: { value: '80' }, periodTargets: [] })] });
    await bus.publish([
      message(svc.infra.topics.planning, 'planning.scorecard-approved', plan, '2026-01-10T00:00:00.000Z'),
      message(
        svc.infra.topics.measurement,
        'measurement.realization-recorded',
        exampleRealizationRecorded({ kpiId: 'dpmptsp-2026.iku-01', unitId: 'dpmptsp', period: 'Y', value: '84', late: false }),
        '2026-12-20T00:00:00.000Z',
      ),
    ]);
    await api.waitForPosition('dpmptsp-2026', 2);
  });

  it('starts an evaluation with suggestions derived from the history, and refuses a second start', async () => {
    await api.http
      .post('/sakip/evaluations')
      .set('Authorization', `Bearer ${api.svc.token('planner')}`)
      .send({ unitId: 'dpmptsp', year: 2026 })
      .expect(403);
    await api.http.post('/sakip/evaluations').set('Authorization', evaluator()).send({ unitId: 'dpmptsp', year: 26 }).expect(400);
    const started = await api.http.post('/sakip/evaluations').set('Authorization', evaluator()).send({ unitId: 'dpmptsp', year: 2026 }).expect(201);
    expect(started.body.eventTypes).toEqual(['sakip-evaluation-started']);
    expect((await api.http.post('/sakip/evaluations').set('Authorization', evaluator()).send({ unitId: 'dpmptsp', year: 2026 }).expect(409)).body.code).toBe('EVALUATION_EXISTS');
    const sheet = await api.get(base).expect(200);
    expect(sheet.body.status).toBe('in_progress');
    const suggestions = Object.values(sheet.body.suggestions) as Array<{ rule: string; answer: string; derivedFrom: { id: string } }>;
    expect(suggestions.find((s) => s.rule === 'targets_for_all_kpis')).toMatchObject({ answer: 'Y' });
    expect(suggestions.find((s) => s.rule === 'measurement_via_application')).toMatchObject({ answer: 'Y' });
    expect(suggestions.find((s) => s.rule === 'targets_for_all_kpis')!.derivedFrom.id).toContain('1');
    await api.get('/sakip/evaluations/dinkes/2026').expect(404);
  });

  it('answers criteria (422 for a value outside the scale), revises with a reason, refuses to finalize an incomplete sheet', async () => {
    const first = lkeCriteria(DEFAULT_LKE_WORKSHEET)[0]!.criterion.code;
    expect((await api.http.put(`${base}/answers/${first}`).set('Authorization', evaluator()).send({ answer: 'MAYBE' }).expect(422)).body).toMatchObject({ code: 'INVALID_ANSWER' });
    await api.http.put(`${base}/answers/9.9.9`).set('Authorization', evaluator()).send({ answer: 'Y' }).expect(404);
    await api.http
      .put(`${base}/answers/${first}`)
      .set('Authorization', evaluator())
      .send({ answer: 'Y', evidence: [{ url: 'https://drive.example.go.id/renstra.pdf' }] })
      .expect(200);
    expect((await api.http.post(`${base}/answers/${first}/revisions`).set('Authorization', evaluator()).send({ answer: 'T' }).expect(400)).body.details[0].field).toBe('reason');
    await api.http.post(`${base}/answers/${first}/revisions`).set('Authorization', evaluator()).send({ answer: 'T', reason: 'Renstra belum ditetapkan Perkada' }).expect(200);
    const incomplete = await api.http.post(`${base}/finalize`).set('Authorization', evaluator()).expect(422);
    expect(incomplete.body.code).toBe('EVALUATION_INCOMPLETE');
  });

  it('finalizes when every criterion is answered; the grade is published as evaluation.sakip-evaluation-finalized', async () => {
    for (const { criterion, scale } of lkeCriteria(DEFAULT_LKE_WORKSHEET).slice(1)) {
      const answer = scale.kind === 'yes_no' ? 'Y' : 'A';
      await api.http.put(`${base}/answers/${criterion.code}`).set('Authorization', evaluator()).send({ answer }).expect(200);
    }
    const done = await api.http.post(`${base}/finalize`).set('Authorization', evaluator()).expect(200);
    expect(done.body.eventTypes).toEqual(['sakip-evaluation-finalized']);
    const sheet = await api.get(base).expect(200);
    expect(sheet.body.status).toBe('finalized');
    expect(sheet.body.score.complete).toBe(true);
    const locked = await api.http
      .put(`${base}/answers/${lkeCriteria(DEFAULT_LKE_WORKSHEET)[1]!.criterion.code}`)
      .set('Authorization', evaluator())
      .send({ answer: 'T' })
      .expect(409);
    expect(locked.body.code).toBe('EVALUATION_FINALIZED');
    const event = await api.publishedEvent('evaluation.sakip-evaluation-finalized');
    expect(event.data).toEqual({ unitId: 'dpmptsp', year: 2026, worksheetId: 'permenpanrb-88-2021', worksheetVersion: 1, total: sheet.body.score.total, grade: sheet.body.score.grade });
  });

  it('publishes the official scores of a period as evaluation.scores-published', async () => {
    await api.http
      .post('/scores/publish')
      .set('Authorization', `Bearer ${api.svc.token('viewer')}`)
      .send({ year: 2026, period: 'Y' })
      .expect(403);
    const res = await api.http.post('/scores/publish').set('Authorization', evaluator()).send({ year: 2026, period: 'Y' }).expect(200);
    expect(res.body).toMatchObject({ year: 2026, period: 'Y', policy: { policyId: 'permendagri-86-2017', version: 0 }, units: [{ unitId: 'dpmptsp', score: '105', band: 'sangat_tinggi', rank: 1 }] });
    const event = await api.publishedEvent('evaluation.scores-published');
    expect(event.data).toMatchObject({ year: 2026, period: 'Y', positions: { from: 1, to: 2 } });
  });

  it('the worksheet is versioned data: a new version applies to evaluations started after it; earlier ones keep theirs', async () => {
    const current = await api.get('/sakip/worksheet').expect(200);
    expect(current.body.current).toMatchObject({ worksheetId: 'permenpanrb-88-2021', version: 1 });
    const { version: _v, ...base } = current.body.current as { version: number; components: Array<{ weight: string }> };
    const bad = { ...base, components: base.components.map((c, i) => (i === 0 ? { ...c, weight: '40' } : c)) };
    expect((await api.http.put('/sakip/worksheet').set('Authorization', evaluator()).send({ worksheet: bad, reason: 'Bobot baru' }).expect(422)).body.code).toBe('INVALID_WORKSHEET');
    const scales = (base as unknown as { scales: Record<string, { values: Record<string, string> }> }).scales;
    const graded = { ...base, scales: { ...scales, abcde: { ...scales['abcde']!, values: { ...scales['abcde']!.values, A: '0.85' } } } };
    const set = await api.http.put('/sakip/worksheet').set('Authorization', evaluator()).send({ worksheet: graded, reason: 'Nilai jawaban A menjadi 0,85' }).expect(200);
    expect(set.body.eventTypes).toEqual(['lke-worksheet-set']);
    expect((await api.http.post('/sakip/evaluations').set('Authorization', evaluator()).send({ unitId: 'ghost', year: 2026 }).expect(404)).body).toMatchObject({
      code: 'UNIT_UNKNOWN',
      details: [{ field: 'unitId' }],
    });
    await api.http.post('/sakip/evaluations').set('Authorization', evaluator()).send({ unitId: 'dpmptsp', year: 2027 }).expect(201);
    const next = await api.get('/sakip/evaluations/dpmptsp/2027').expect(200);
    expect(next.body.worksheet).toMatchObject({ version: 2 });
    expect((await api.get('/sakip/evaluations/dpmptsp/2026').expect(200)).body.worksheet).toMatchObject({ version: 1 });
  });
});
