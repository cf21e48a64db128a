import { exampleApprovedKpi, exampleScorecardApproved, type ScorecardApprovedV1 } from '@capaian/contracts';
import { fixedClock } from '@capaian/platform';
import { readWorkbook, writeWorkbook } from '@capaian/spreadsheet';
import { binary, useMeasurementApi } from '../measurement-api.test-helpers.js';
import { REALIZATION_SHEETS } from './spreadsheet/realization-workbook.js';

/**
 * Which periods a unit may report for, over HTTP (real PGlite store, in-process bus), with the
 * service's clock pinned: a period that has not started is refused (single, batch per item,
 * spreadsheet per row); the running period follows the reporting policy; corrections are not limited.
 */
const plan2026 = exampleScorecardApproved({
  kpis: [
    exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01' }),
    exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-05', code: 'IKU-05', name: 'Pengaduan', frequency: 'monthly', aggregation: 'sum', polarity: 'lower_is_better', periodTargets: [] }),
  ],
});
const plan2027 = JSON.parse(JSON.stringify(exampleScorecardApproved({ kpis: [exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01' })] })).replaceAll('2026', '2027')) as ScorecardApprovedV1;

describe('reporting window: periods not started are refused; the running period follows the policy (pinned clock, real PGlite)', () => {
  const clock = fixedClock('2026-12-02T03:00:00.000Z');
  const api = useMeasurementApi({ clock, plans: [plan2026, plan2027], readyKpi: 'dpmptsp-2027.iku-01' });
  const { op, evaluator, post } = api;

  it('on 2026-12-02 a value for 2027 Q3 is 422 PERIOD_NOT_STARTED naming period, with the first date in message and details; nothing stored', async () => {
    const head = await api.svc.infra.store.headPosition();
    const res = await post('/realizations', { kpiId: 'dpmptsp-2027.iku-01', year: 2027, period: 'Q3', value: '80' }).expect(422);
    expect(res.body).toMatchObject({
      code: 'PERIOD_NOT_STARTED',
      details: [{ field: 'period', reportableFrom: '2027-06-30T17:00:00.000Z', reportableFromDate: '2027-07-01', errors: [expect.stringContaining('2027-07-01')] }],
    });
    expect(res.body.message).toContain('2027-07-01');
    expect((await post('/realizations', { kpiId: 'dpmptsp-2027.iku-01', year: 2027, period: 'Q1', value: '80' }).expect(422)).body.details[0]).toMatchObject({ reportableFromDate: '2027-01-01' });
    expect(await api.svc.infra.store.headPosition()).toBe(head);
  });

  it('the running period (Q4 2026) is accepted under the default policy; ended periods always are', async () => {
    const q4 = await post('/realizations', { kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q4', value: '82' }).expect(201);
    expect(q4.body).toMatchObject({ late: false, afterLock: false });
    await post('/realizations', { kpiId: 'dpmptsp-2026.iku-01', year: 2026, period: 'Q3', value: '81' }).expect(201);
  });

  it('a policy that refuses the running period: 422 PERIOD_NOT_ENDED with the day after its end; a correction of a stored value is unaffected', async () => {
    await api.http.put('/reporting-policies/2026').set('Authorization', evaluator()).send({ deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: 'no', reason: 'Perbup 9/2026' }).expect(400);
    await api.http.put('/reporting-policies/2026').set('Authorization', evaluator()).send({ deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: false, reason: 'Perbup 9/2026' }).expect(200);
    const policy = await api.http.get('/reporting-policies/2026').set('Authorization', op()).expect(200);
    expect(policy.body.current).toEqual({ policyId: 'reporting-kab-contoh-2026.1', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: false });
    expect(policy.body.default).toMatchObject({ acceptBeforePeriodEnd: true });
    const m12 = await post('/realizations', { kpiId: 'dpmptsp-2026.iku-05', year: 2026, period: 'M12', value: '3' }).expect(422);
    expect(m12.body).toMatchObject({ code: 'PERIOD_NOT_ENDED', details: [{ field: 'period', reportableFromDate: '2027-01-01' }] });
    await post('/realizations', { kpiId: 'dpmptsp-2026.iku-05', year: 2026, period: 'M11', value: '3' }).expect(201);
    const corrected = await post('/realizations/dpmptsp-2026.iku-01/2026/Q4/corrections', { value: '82.5', reason: 'Rekap survei diperbarui' }).expect(201);
    expect(corrected.body).toMatchObject({ eventType: 'realization-corrected', valueRevision: 2 });
  });

  it('a batch with a period not started: 422 listing the item index (with the first date), nothing stored', async () => {
    const head = await api.svc.infra.store.headPosition();
    const items = [
      { kpiId: 'dpmptsp-2026.iku-05', year: 2026, period: 'M10', value: '4' },
      { kpiId: 'dpmptsp-2027.iku-01', year: 2027, period: 'Q2', value: '80' },
      { kpiId: 'dpmptsp-2026.iku-05', year: 2026, period: 'M12', value: '4' },
    ];
    const res = await post('/realizations/batch', { items }).expect(422);
    expect(res.body.code).toBe('BATCH_INVALID');
    expect(res.body.details.map((d: { index: number; code: string; field: string }) => [d.index, d.code, d.field])).toEqual([
      [1, 'PERIOD_NOT_STARTED', 'items[1].period'],
      [2, 'PERIOD_NOT_ENDED', 'items[2].period'],
    ]);
    expect(res.body.details[0]).toMatchObject({ reportableFromDate: '2027-04-01', errors: [expect.stringContaining('2027-04-01')] });
    expect(await api.svc.infra.store.headPosition()).toBe(head);
  });

  it('a spreadsheet row for a period not started is reported on its row; nothing stored', async () => {
    const template = await api.http.get('/realizations/template?year=2027').set('Authorization', op()).buffer(true).parse(binary).expect(200);
    const rows = (await readWorkbook(template.body as Buffer, 'xlsx', REALIZATION_SHEETS)).rows['realisasi']!.map((r) => ({ ...r.values }));
    rows[2]!['nilai'] = '80';
    const head = await api.svc.infra.store.headPosition();
    const bytes = Buffer.from(await writeWorkbook(REALIZATION_SHEETS, { realisasi: rows }, 'xlsx'));
    const res = await api.http.post('/realizations/import/file').set('Authorization', op()).attach('file', bytes, 'realisasi.xlsx').expect(422);
    expect(res.body.code).toBe('IMPORT_INVALID');
    expect(res.body.details).toEqual([expect.objectContaining({ sheet: 'Realisasi', row: 4, column: 'Periode', code: 'PERIOD_NOT_STARTED', errors: [expect.stringContaining('2027-07-01')] })]);
    expect(await api.svc.infra.store.headPosition()).toBe(head);
  });

  it('once the period has started (the clock moves to 1 July 2027 00:00 WIB), the same value is accepted', async () => {
    clock.set('2027-07-01T00:00:00+07:00');
    const res = await post('/realizations', { kpiId: 'dpmptsp-2027.iku-01', year: 2027, period: 'Q3', value: '80' }).expect(201);
    expect(res.body).toMatchObject({ late: false, streamId: 'realization-kab-contoh.dpmptsp-2027.iku-01.2027.Q3' });
    const history = await api.http.get('/realizations/dpmptsp-2027.iku-01/2027/Q3').set('Authorization', op()).expect(200);
    expect(history.body.history[0].data).toMatchObject({ submittedAt: '2027-06-30T17:00:00.000Z' });
  });
});
