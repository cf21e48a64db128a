import { exampleApprovedKpi, exampleScorecardApproved } from '@capaian/contracts';
import type { DeliveredMessage } from '@capaian/messaging';
import { fixedClock } from '@capaian/platform';
import { opinionKpi, useMeasurementApi } from './measurement-api.test-helpers.js';

/**
 * Measurement's API end to end on one service (real PGlite store, in-process bus), fed with an
 * approved plan the way planning publishes it. Tests share the service and build on each other.
 * Today is pinned to 2 December 2026 (Q1-Q3 2026 have ended; Q4, M12, S2 and Y are running).
 */
const TODAY = '2026-12-02T03:00:00.000Z';
const plan = exampleScorecardApproved({
  kpis: [
    exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01' }),
    opinionKpi({ baseline: 'WDP' }),
    exampleApprovedKpi({
      kpiId: 'dpmptsp-2026.iku-03',
      code: 'IKU-03',
      name: 'Peresmian MPP',
      valueType: 'milestone_date',
      polarity: 'milestone',
      frequency: 'yearly',
      aggregation: 'last',
      yearlyTarget: { value: '2026-09-30' },
      periodTargets: [],
      baseline: null,
      endOfTermTarget: null,
    }),
    exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-04', code: 'IKU-04', name: 'Izin terbit', unitOfMeasure: 'izin', aggregation: 'sum' }),
    exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-05', code: 'IKU-05', name: 'Pengaduan', frequency: 'monthly', aggregation: 'sum', polarity: 'lower_is_better', periodTargets: [] }),
    exampleApprovedKpi({ kpiId: 'dinkes-2026.iku-01', code: 'IKU-01', ownerUnitId: 'dinkes' }),
  ],
});

describe('measurement API: realizations, corrections, verification, locks, batches, budget, missing data (real PGlite, in-process bus)', () => {
  const api = useMeasurementApi({ clock: fixedClock(TODAY), plans: [plan], readyKpi: 'dpmptsp-2026.iku-04' });
  const { op, evaluator, post } = api;
  const published: DeliveredMessage[] = [];

  beforeAll(() => api.bus.consume({ groupId: 'measurement-contract', topics: [api.svc.infra.topics.measurement], fromBeginning: true, handler: async (m) => void published.push(m) }));

  it("checks each value against the KPI's type: decimals, grades, dates; evidence links must be http(s)", async () => {
    const head = await api.svc.infra.store.headPosition();
    expect((await post('/realizations', { kpiId: 'dpmptsp-2026.iku-02', year: 2026, period: 'Y', value: 'Baik' }).expect(422)).body).toMatchObject({
      code: 'INVALID_VALUE',
      details: [expect.objectContaining({ field: 'value' })],
    });
    expect((await post('/realizations', { kpiId: 'dpmptsp-2026.iku-03', year: 2026, period: 'Y', value: '31/09/2026' }).expect(422)).body.code).toBe('INVALID_VALUE');
    expect((await post('/realizations', { kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q1', value: '80,5' }).expect(422)).body.code).toBe('INVALID_VALUE');
    const badLink = await post('/realizations', { kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q1', value: '80.5', evidence: [{ url: 'ftp://files/x.pdf' }] }).expect(422);
    expect(badLink.body.details[0].field).toMatch(/evidence/);
    await post('/realizations', { kpiId: 'dinkes-2026.iku-01', year: 2026, period: 'Q1', value: '80' }).expect(403);
    await post('/realizations', { kpiId: 'dpmptsp-2026.iku-99', year: 2026, period: 'Q1', value: '80' }).expect(404);
    expect(await api.svc.infra.store.headPosition()).toBe(head);

    const grade = await post('/realizations', { kpiId: 'dpmptsp-2026.iku-02', year: 2026, period: 'Y', value: 'wtp' }).expect(201);
    expect(grade.body).toMatchObject({ status: 'submitted', valueRevision: 1 });
    await post('/realizations', { kpiId: 'dpmptsp-2026.iku-03', year: 2026, period: 'Y', value: '2026-09-12' }).expect(201);
    const q1 = await post('/realizations', {
      kpiId: 'dpmptsp-2026.iku-01',
      year: 2026,
      period: 'Q1',
      value: 80.5,
      note: 'Survei TW I',
      evidence: [{ url: 'https://drive.example.go.id/ikm-tw1.pdf', label: 'Laporan IKM' }],
    }).expect(201);
    // Q1 2026 closed on 10 April (default reporting policy): a submission now is accepted and flagged late.
    expect(q1.body).toMatchObject({ late: true, afterLock: false, streamId: 'realization-kab-contoh.dpmptsp-2026.iku-01.2026.Q1' });
  });

  it('a second value for the same period is 409; a correction needs a reason and keeps both values in the history', async () => {
    expect((await post('/realizations', { kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q1', value: '81' }).expect(409)).body.code).toBe('REALIZATION_EXISTS');
    const path = '/realizations/dpmptsp-2026.iku-01/2026/Q1/corrections';
    expect((await post(path, { value: '81' }).expect(400)).body.details[0].field).toBe('reason');
    expect((await post(path, { value: '81', reason: 'x' }).expect(422)).body.code).toBe('REASON_REQUIRED');
    const fixed = await post(path, { value: '81.2', reason: 'Salah rekap survei' }).expect(201);
    expect(fixed.body).toMatchObject({ eventType: 'realization-corrected', valueRevision: 2 });
    await api.http.post(path).set('Authorization', op()).set('If-Match', '"0"').send({ value: '81.3', reason: 'Salah rekap lagi' }).expect(412);
    await post('/realizations/dpmptsp-2026.iku-01/2026/Q2/corrections', { value: '81', reason: 'Belum ada nilai' }).expect(404);
    const history = await api.http.get('/realizations/dpmptsp-2026.iku-01/2026/Q1').set('Authorization', op()).expect(200);
    expect(history.body.history.map((h: { type: string; data: { value: string } }) => [h.type, h.data.value])).toEqual([
      ['realization-recorded', '80.5'],
      ['realization-corrected', '81.2'],
    ]);
    expect(history.body.current).toMatchObject({ value: '81.2', valueRevision: 2, status: 'submitted' });
  });

  it('only evaluators verify or reject; a rejected value is resubmitted by a correction', async () => {
    const base = '/realizations/dpmptsp-2026.iku-01/2026/Q1';
    await post(`${base}/verify`, {}).expect(403);
    expect((await post(`${base}/verify`, { valueRevision: 1 }, evaluator()).expect(409)).body.code).toBe('STALE_VALUE_REVISION');
    expect((await post(`${base}/reject`, {}, evaluator()).expect(400)).body.details[0].field).toBe('reason');
    const rejected = await post(`${base}/reject`, { valueRevision: 2, reason: 'Bukti dukung periode salah' }, evaluator()).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected' });
    expect((await post(`${base}/verify`, {}, evaluator()).expect(409)).body.code).toBe('REALIZATION_NOT_SUBMITTED');
    await post(`${base}/corrections`, { value: '81.2', reason: 'Bukti diganti', evidence: [{ url: 'https://drive.example.go.id/ikm-tw1-v2.pdf' }] }).expect(201);
    const verified = await post(`${base}/verify`, { valueRevision: 3, note: 'Lengkap' }, evaluator()).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', eventType: 'realization-verified' });
    const list = await api.http.get('/realizations?year=2026&status=verified').set('Authorization', evaluator()).expect(200);
    expect(list.body.map((r: { kpiId: string; period: string }) => `${r.kpiId}/${r.period}`)).toEqual(['dpmptsp-2026.iku-01/Q1']);
    await api.http.get('/realizations?unitId=dinkes').set('Authorization', op()).expect(403);
  });

  it('period locks: evaluators only; a new value for a locked period is 409 and stores nothing; a correction is accepted and flagged', async () => {
    await post('/periods/dpmptsp/2026/S1/lock', {}).expect(403);
    expect((await post('/periods/dpmpstp/2026/S1/lock', {}, evaluator()).expect(404)).body.code).toBe('UNIT_UNKNOWN');
    await post('/periods/dpmptsp/2026/S1/lock', { note: 'TW I-II diverifikasi' }, evaluator()).expect(200);
    expect((await post('/periods/dpmptsp/2026/S1/lock', {}, evaluator()).expect(409)).body.code).toBe('PERIOD_ALREADY_LOCKED');
    const head = await api.svc.infra.store.headPosition();
    const refused = await post('/realizations', { kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q2', value: '82' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'PERIOD_LOCKED', details: [expect.objectContaining({ field: 'period' })] });
    expect(await api.svc.infra.store.headPosition()).toBe(head);
    // Q1 lies in S1: its verified value can still be corrected, flagged for the evaluator.
    const corrected = await post('/realizations/dpmptsp-2026.iku-01/2026/Q1/corrections', { value: '81.4', reason: 'Revisi hasil survei BPS' }).expect(201);
    expect(corrected.body).toMatchObject({ afterLock: true, status: 'submitted', valueRevision: 4 });
    expect((await post('/periods/dpmptsp/2026/S1/unlock', {}, evaluator()).expect(400)).body.details[0].field).toBe('reason');
    await post('/periods/dpmptsp/2026/S1/unlock', { reason: 'Data BPS terlambat terbit' }, evaluator()).expect(200);
    const q2 = await post('/realizations', { kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q2', value: '82' }).expect(201);
    expect(q2.body).toMatchObject({ afterLock: false });
    await post('/realizations', { kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q3', value: '82.1' }).expect(201);
  });

  it('batches are validated whole (any bad item: 422 per index, nothing stored); a retry with the same key stores nothing twice', async () => {
    const items = [
      { kpiId: 'dpmptsp-2026.iku-04', year: 2026, period: 'Q1', value: '310' },
      { kpiId: 'dpmptsp-2026.iku-04', year: 2026, period: 'Q2', value: '295' },
      { kpiId: 'dpmptsp-2026.iku-04', year: 2026, period: 'Q3', value: '305' },
    ];
    const head = await api.svc.infra.store.headPosition();
    const bad = await post('/realizations/batch', {
      items: [...items, { kpiId: 'dpmptsp-2026.iku-04', year: 2026, period: 'M01', value: '1' }, { kpiId: 'dinkes-2026.iku-01', year: 2026, period: 'Q1', value: '1' }],
    }).expect(422);
    expect(bad.body).toMatchObject({ code: 'BATCH_INVALID' });
    expect(bad.body.details.map((d: { index: number; code: string }) => [d.index, d.code])).toEqual([
      [3, 'PERIOD_NOT_IN_PLAN'],
      [4, 'KPI_NOT_OWNED'],
    ]);
    expect(await api.svc.infra.store.headPosition()).toBe(head);
    const tooMany = Array.from({ length: 1001 }, () => items[0]!);
    expect((await post('/realizations/batch', { items: tooMany }).expect(422)).body.code).toBe('BATCH_TOO_LARGE');
    await post('/realizations/batch', { items: [] }).expect(422);

    const ok = await api.http.post('/realizations/batch').set('Authorization', op()).set('Idempotency-Key', 'batch-tw').send({ items }).expect(200);
    expect(ok.body).toMatchObject({ accepted: 3, replayed: 0 });
    const again = await api.http.post('/realizations/batch').set('Authorization', op()).set('Idempotency-Key', 'batch-tw').send({ items }).expect(200);
    expect(again.body).toMatchObject({ accepted: 0, replayed: 3 });
    expect(again.body.items.map((i: { realizationId: string }) => i.realizationId)).toEqual(ok.body.items.map((i: { realizationId: string }) => i.realizationId));
    expect(await api.svc.infra.store.headPosition()).toBe(head + 3);
    // Same key, larger batch (the client resends after adding a row): the 3 stored replay, the new one is written.
    const grown = await api.http
      .post('/realizations/batch')
      .set('Authorization', op())
      .set('Idempotency-Key', 'batch-tw')
      .send({ items: [...items, { kpiId: 'dpmptsp-2026.iku-04', year: 2026, period: 'Q4', value: '1' }] })
      .expect(200);
    expect(grown.body).toMatchObject({ accepted: 1, replayed: 3 });
  });

  it('budget realization per initiative and period: 404 unknown, 403 another unit, 409 twice, over the ceiling flagged', async () => {
    const body = { initiativeId: 'dpmptsp-2026.p-01', year: 2026, period: 'Q1', amount: '400000000' };
    await post('/budget-realizations', { ...body, initiativeId: 'dpmptsp-2026.p-99' }).expect(404);
    await api.http
      .post('/budget-realizations')
      .set('Authorization', `Bearer ${api.svc.token('unit_operator', 'dinkes')}`)
      .send(body)
      .expect(403);
    expect((await post('/budget-realizations', { ...body, amount: '4.000.000' }).expect(422)).body.details[0].field).toBe('amount');
    await post('/budget-realizations', body).expect(201);
    expect((await post('/budget-realizations', body).expect(409)).body.code).toBe('BUDGET_REALIZATION_EXISTS');
    const over = await post('/budget-realizations', { ...body, period: 'Q2', amount: '900000000' }).expect(201);
    expect(over.body.data).toMatchObject({ cumulativeAmount: '1300000000', overCeiling: true });
    const fixed = await post('/budget-realizations', { ...body, period: 'Q2', amount: '800000000', correctionReason: 'Salah input SP2D' }).expect(201);
    expect(fixed.body.data).toMatchObject({ cumulativeAmount: '1200000000', overCeiling: false });
  });

  it('lists missing realizations and issues each reminder once, published as measurement.reminder-issued', async () => {
    const missing = await api.http.get('/units/dpmptsp/missing-realizations?year=2026').set('Authorization', op()).expect(200);
    const keys = missing.body.missing.map((m: { kpiId: string; period: string }) => `${m.kpiId}/${m.period}`);
    expect(keys).not.toContain('dpmptsp-2026.iku-01/Q1');
    // The monthly KPI has no realization at all: every month that has ended is missing, and January is long overdue.
    expect(keys).toContain('dpmptsp-2026.iku-05/M01');
    expect(missing.body.missing.find((m: { kpiId: string; period: string }) => m.period === 'M01')).toMatchObject({ overdue: true, deadline: '2026-02-10T17:00:00.000Z' });
    expect(keys.every((k: string) => k.startsWith('dpmptsp-2026.iku-05/'))).toBe(true);
    await api.http.get('/units/dinkes/missing-realizations?year=2026').set('Authorization', op()).expect(403);
    await api.http.get('/units/dpmptsp/missing-realizations?year=26').set('Authorization', op()).expect(400);

    await post('/reminders/issue', {}).expect(403);
    const first = await post('/reminders/issue', {}, evaluator()).expect(200);
    expect(first.body.issued).toBeGreaterThan(0);
    const second = await post('/reminders/issue', {}, evaluator()).expect(200);
    expect(second.body).toEqual({ issued: 0, alreadyIssued: first.body.issued + first.body.alreadyIssued });
    const feed = await api.http.get('/reminders?year=2026').set('Authorization', evaluator()).expect(200);
    expect(feed.body.length).toBe(first.body.issued);
    const deadline = Date.now() + 20_000;
    while (published.filter((m) => m.type === 'measurement.reminder-issued').length < first.body.issued && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(published.filter((m) => m.type === 'measurement.reminder-issued')).toHaveLength(first.body.issued);
    expect(new Set(published.map((m) => m.type))).toEqual(
      new Set([
        'measurement.realization-recorded',
        'measurement.realization-corrected',
        'measurement.realization-verified',
        'measurement.realization-rejected',
        'measurement.period-locked',
        'measurement.period-unlocked',
        'measurement.budget-realization-recorded',
        'measurement.budget-realization-corrected',
        'measurement.reminder-issued',
      ]),
    );
  });

  it('the reporting deadline is versioned data per tenant and year: a new rule judges later submissions and the missing list', async () => {
    const before = await api.http.get('/reporting-policies/2026').set('Authorization', op()).expect(200);
    expect(before.body.current).toEqual({ policyId: 'reporting-2026.1', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: true });
    await api.http.put('/reporting-policies/2026').set('Authorization', op()).send({ deadlineDaysAfterPeriodEnd: 366, reason: 'Perbup 7/2026' }).expect(403);
    expect(
      (await api.http.put('/reporting-policies/2026').set('Authorization', evaluator()).send({ deadlineDaysAfterPeriodEnd: 400, reason: 'Perbup 7/2026' }).expect(400)).body.details[0].field,
    ).toBe('deadlineDaysAfterPeriodEnd');
    await api.http.put('/reporting-policies/2026').set('Authorization', evaluator()).send({ deadlineDaysAfterPeriodEnd: 366, reason: 'Perbup 7/2026' }).expect(200);
    const recorded = await post('/realizations', { kpiId: 'dpmptsp-2026.iku-05', year: 2026, period: 'M01', value: '3' }).expect(201);
    // M01 2026 ends 2026-01-31T17:00Z; 366 days later is 2027-02-01T17:00Z.
    expect(recorded.body.late).toBe(false);
    const history = await api.http.get('/realizations/dpmptsp-2026.iku-05/2026/M01').set('Authorization', op()).expect(200);
    expect(history.body.history[0].data).toMatchObject({ reportingPolicyId: 'reporting-kab-contoh-2026.1', deadline: '2027-02-01T17:00:00.000Z' });
    const missing = await api.http.get('/units/dpmptsp/missing-realizations?year=2026').set('Authorization', op()).expect(200);
    expect(missing.body.reportingPolicyId).toBe('reporting-kab-contoh-2026.1');
    expect(missing.body.missing.find((m: { kpiId: string; period: string }) => m.kpiId === 'dpmptsp-2026.iku-05' && m.period === 'M02')).toMatchObject({ deadline: '2027-03-01T17:00:00.000Z' });
  });
});
