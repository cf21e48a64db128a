import { exampleApprovedKpi, exampleRealizationRecorded, exampleScorecardApproved } from '@capaian/contracts';
import { checkChainHeads, verifyHistory } from '@capaian/eventstore';
import { numberedMessages, useEvaluationApi } from '../../evaluation-api.test-helpers.js';

const message = numberedMessages('5b');

describe('POST /scores/publish: chain heads of the inputs (real PGlite, in-process bus)', () => {
  const api = useEvaluationApi();
  const { evaluator } = api;
  const realization = (kpiId: string, unitId: string, value: string) =>
    message(api.svc.infra.topics.measurement, 'measurement.realization-recorded', exampleRealizationRecorded({ kpiId, unitId, period: 'Y', value, late: false }));
  const waitForPosition = (to: number) => api.waitForPosition('dpmptsp-2026', to);

  beforeAll(async () => {
    const { bus, svc } = api;
    // One scorecard of dpmptsp with a KPI owned by dinkes: its realizations arrive in dinkes' input stream.
    const plan = exampleScorecardApproved({
      kpis: [
        exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01', frequency: 'yearly', aggregation: 'last', yearlyTarget: { value: '80' }, periodTargets: [] }),
        exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-02', code: 'IKU-02', ownerUnitId: 'dinkes', frequency: 'yearly', aggregation: 'last', yearlyTarget: { value: '50' }, periodTargets: [] }),
      ],
    });
    await bus.publish([
      message(svc.infra.topics.planning, 'planning.scorecard-approved', plan),
      realization('dpmptsp-2026.iku-01', 'dpmptsp', '84'),
      realization('dpmptsp-2026.iku-02', 'dinkes', '40'),
    ]);
    await waitForPosition(3);
  }, 60_000);

  it('the answer and the published event carry the head of each input stream; they match the stored history', async () => {
    const res = await api.http.post('/scores/publish').set('Authorization', evaluator()).send({ year: 2026, period: 'Y' }).expect(200);
    const store = api.svc.infra.store;
    const [dpmptsp] = await store.readStream('input-kab-contoh.dpmptsp.2026', { direction: 'backwards', maxCount: 1 });
    const [dinkes] = await store.readStream('input-kab-contoh.dinkes.2026', { direction: 'backwards', maxCount: 1 });
    expect(res.body.chainHeads).toEqual([
      { streamId: 'input-kab-contoh.dinkes.2026', revision: 0, hash: dinkes!.hash },
      { streamId: 'input-kab-contoh.dpmptsp.2026', revision: 1, hash: dpmptsp!.hash },
    ]);
    expect(await checkChainHeads(store, res.body.chainHeads)).toEqual([]);
    expect(await verifyHistory(store)).toMatchObject({ ok: true });

    const event = await api.publishedEvent('evaluation.scores-published');
    expect(event.data).toMatchObject({ chainHeads: res.body.chainHeads });

    // A later input moves the head of its stream in the next publication; the first one still checks.
    await api.bus.publish([realization('dpmptsp-2026.iku-01', 'dpmptsp', '85')]);
    await waitForPosition(5);
    const next = await api.http.post('/scores/publish').set('Authorization', evaluator()).send({ year: 2026, period: 'Y' }).expect(200);
    expect(next.body.chainHeads.find((h: { streamId: string }) => h.streamId === 'input-kab-contoh.dpmptsp.2026')).toMatchObject({ revision: 2 });
    expect(await checkChainHeads(store, res.body.chainHeads)).toEqual([]);
  }, 60_000);

  it('a repeat with the same Idempotency-Key answers the first publication and stores nothing', async () => {
    const first = await api.http.post('/scores/publish').set('Authorization', evaluator()).set('Idempotency-Key', 'publish-q2-once').send({ year: 2026, period: 'Q2' }).expect(200);
    expect(first.body.replayed).toBe(false);
    await api.bus.publish([realization('dpmptsp-2026.iku-01', 'dpmptsp', '90')]);
    const again = await api.http.post('/scores/publish').set('Authorization', evaluator()).set('Idempotency-Key', 'publish-q2-once').send({ year: 2026, period: 'Q2' }).expect(200);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(await api.svc.infra.store.readStream('published-kab-contoh.2026.Q2')).toHaveLength(1);
  }, 60_000);
});
