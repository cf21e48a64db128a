import { exampleApprovedKpi, exampleScorecardApproved } from '@capaian/contracts';
import { readWorkbook, writeWorkbook } from '@capaian/spreadsheet';
import { binary, opinionKpi, useMeasurementApi } from '../../measurement-api.test-helpers.js';
import { REALIZATION_SHEETS } from '../spreadsheet/realization-workbook.js';

const plan = exampleScorecardApproved({
  kpis: [exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01' }), opinionKpi(), exampleApprovedKpi({ kpiId: 'dinkes-2026.iku-01', ownerUnitId: 'dinkes' })],
});

describe('realization spreadsheets: the unit form, its upload (all or nothing) and export (real PGlite, in-process bus)', () => {
  const api = useMeasurementApi({ plans: [plan], readyKpi: 'dpmptsp-2026.iku-02' });
  const { op } = api;

  async function form(): Promise<Array<Record<string, string | number | null>>> {
    const res = await api.http.get('/realizations/template?year=2026').set('Authorization', op()).buffer(true).parse(binary).expect(200);
    const read = await readWorkbook(res.body as Buffer, 'xlsx', REALIZATION_SHEETS);
    return read.rows['realisasi']!.map((r) => ({ ...r.values }));
  }
  const upload = async (rows: Array<Record<string, string | number | null>>, status: number, key?: string) => {
    const bytes = Buffer.from(await writeWorkbook(REALIZATION_SHEETS, { realisasi: rows }, 'xlsx'));
    const req = api.http.post('/realizations/import/file').set('Authorization', op());
    if (key) req.set('Idempotency-Key', key);
    return req.attach('file', bytes, 'realisasi.xlsx').expect(status);
  };

  it("the form lists one row per KPI sub-period of the unit (not other units' KPIs)", async () => {
    const rows = await form();
    expect(rows.map((r) => `${r['id_iku']}/${r['periode']}`)).toEqual([
      'dpmptsp-2026.iku-01/TW I',
      'dpmptsp-2026.iku-01/TW II',
      'dpmptsp-2026.iku-01/TW III',
      'dpmptsp-2026.iku-01/TW IV',
      'dpmptsp-2026.iku-02/Tahunan',
    ]);
    await api.http.get('/realizations/template?year=26').set('Authorization', op()).expect(400);
  });

  it('broken rows: 422 naming sheet, row and column of each; nothing is stored', async () => {
    const rows = await form();
    rows[0]!['nilai'] = 'delapan puluh';
    rows[1]!['nilai'] = '81';
    rows[1]!['bukti'] = 'bukan-url';
    rows[4]!['nilai'] = 'Baik';
    const head = await api.svc.infra.store.headPosition();
    const res = await upload(rows, 422);
    expect(res.body.code).toBe('IMPORT_INVALID');
    expect(res.body.details.map((d: { sheet: string; row: number; column: string; code: string }) => `${d.sheet}!${d.row}:${d.column}:${d.code}`).sort()).toEqual([
      'Realisasi!2:Nilai:INVALID_VALUE',
      'Realisasi!3:Bukti Dukung:INVALID_EVIDENCE_URL',
      'Realisasi!6:Nilai:INVALID_VALUE',
    ]);
    expect(await api.svc.infra.store.headPosition()).toBe(head);
    await api.http.post('/realizations/import/file').set('Authorization', op()).expect(400);
    await api.http.post('/realizations/import/file').set('Authorization', op()).attach('file', Buffer.alloc(0), 'kosong.csv').expect(400);
  });

  it('uploads the filled form (same key twice stores once); a value already stored is reported on its row; exports back', async () => {
    const rows = await form();
    rows[0]!['nilai'] = '80,5';
    rows[1]!['nilai'] = 81.25;
    rows[4]!['nilai'] = 'wtp';
    const ok = await upload(rows, 200, 'upload-1');
    expect(ok.body).toMatchObject({ accepted: 3, replayed: 0 });
    expect((await upload(rows, 200, 'upload-1')).body).toMatchObject({ accepted: 0, replayed: 3 });
    const again = await upload(rows, 422);
    expect(again.body.details.map((d: { row: number; code: string }) => `${d.row}:${d.code}`)).toEqual(['2:REALIZATION_EXISTS', '3:REALIZATION_EXISTS', '6:REALIZATION_EXISTS']);

    const exported = await api.http.get('/realizations/export?year=2026').set('Authorization', op()).buffer(true).parse(binary).expect(200);
    const back = (await readWorkbook(exported.body as Buffer, 'xlsx', REALIZATION_SHEETS)).rows['realisasi']!.map((r) => [r.values['id_iku'], r.values['periode'], r.values['nilai']]);
    expect(back).toEqual([
      ['dpmptsp-2026.iku-01', 'TW I', '80.5'],
      ['dpmptsp-2026.iku-01', 'TW II', '81.25'],
      ['dpmptsp-2026.iku-02', 'Tahunan', 'WTP'],
    ]);
  });
});
