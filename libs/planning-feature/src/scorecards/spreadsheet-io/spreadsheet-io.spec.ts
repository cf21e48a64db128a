import request from 'supertest';
import { readWorkbook, writeWorkbook, type SheetFormat } from '@capaian/spreadsheet';
import { createTestService, type TestService } from '@capaian/platform';
import { planningService } from '../../service.js';
import { SCORECARD_SHEETS, documentFromWorkbook, scorecardTemplate, scorecardTemplateDocument, workbookFromDocument } from '../spreadsheet/scorecard-workbook.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('scorecard spreadsheets: template, import, export (planning API, real PGlite store)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const planner = () => `Bearer ${svc.token('planner')}`;
  /** The template's example plan, with owner units that exist in this tenant. */
  const plan = () => {
    const doc = scorecardTemplateDocument();
    const units = new Set([...doc.kpis.map((k) => k.ownerUnitId), ...doc.initiatives.map((i) => i.ownerUnitId)].filter((u): u is string => u !== null));
    return { doc, units: [...units] };
  };
  const file = async (format: SheetFormat, data = workbookFromDocument(plan().doc)) => Buffer.from(await writeWorkbook(SCORECARD_SHEETS, data, format));
  const upload = (bytes: Buffer, name: string) => http.post('/scorecards/import/file').set('Authorization', planner()).attach('file', bytes, name);

  beforeAll(async () => {
    svc = await createTestService(planningService);
    http = request(svc.app.getHttpServer());
    await http.post('/org/units').set('Authorization', planner()).send({ unitId: 'pemda', name: 'Pemkab Contoh', kind: 'pemda', parentId: null }).expect(201);
    for (const u of plan().units) await http.post('/org/units').set('Authorization', planner()).send({ unitId: u, name: u, kind: 'opd', parentId: 'pemda' }).expect(201);
  });
  afterAll(() => svc.close());

  it('the template downloads as XLSX and CSV, and reads back as the example plan', async () => {
    const xlsx = await http.get('/scorecards/template').set('Authorization', planner()).buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    expect(xlsx.headers['content-disposition']).toContain('templat-kartu-kinerja.xlsx');
    const parsed = documentFromWorkbook(await readWorkbook(xlsx.body as Buffer, 'xlsx', SCORECARD_SHEETS));
    expect(parsed.problems).toEqual([]);
    expect(parsed.document).toEqual(scorecardTemplateDocument());
    const csv = await http.get('/scorecards/template?format=csv').set('Authorization', planner()).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('IKU');
    await http.get('/scorecards/template?format=pdf').set('Authorization', planner()).expect(400);
    expect(scorecardTemplate()).toBeDefined();
  });

  it('a file with broken rows gets a per-row report (sheet, row, column) and nothing is stored', async () => {
    const data = workbookFromDocument(plan().doc);
    data['iku']![0]!['polaritas'] = 'naik-turun';
    data['iku']![1]!['bobot'] = 'seratus';
    data['perspektif']![0]!['bobot'] = '12,5,0';
    const head = await svc.infra.store.headPosition();
    const res = await upload(await file('xlsx', data), 'rencana.xlsx').expect(422);
    expect(res.body.code).toBe('IMPORT_INVALID');
    const at = res.body.details.map((d: { sheet: string; row: number; column: string }) => `${d.sheet}!${d.row}:${d.column}`).sort();
    expect(at).toEqual(['IKU!2:Polaritas', 'IKU!3:Bobot', 'Perspektif!2:Bobot']);
    expect(res.body.details.length).toBe(3);
    expect(res.body.details.every((d: { row: number; errors: string[] }) => d.row >= 2 && d.errors[0]!.length > 0)).toBe(true);
    expect(await svc.infra.store.headPosition()).toBe(head);
  });

  it('a rule broken across rows (unknown objective, cycle) points at the rows of the items at fault', async () => {
    const { doc } = plan();
    const broken = {
      ...doc,
      kpis: doc.kpis.map((k, i) => (i === 1 ? { ...k, objectiveCode: 'SS-99' } : k)),
      links: [...doc.links, { from: doc.links[0]?.to ?? 'SS-01', to: doc.links[0]?.from ?? 'SS-02' }],
    };
    const head = await svc.infra.store.headPosition();
    const res = await upload(await file('xlsx', workbookFromDocument(broken)), 'rencana.xlsx').expect(422);
    const found = res.body.details.map((d: { sheet: string; row: number | null; column: string; code: string }) => [d.sheet, d.row, d.column, d.code]);
    expect(found).toEqual(expect.arrayContaining([['IKU', 3, 'Sasaran', 'UNKNOWN_OBJECTIVE']]));
    expect(found.some((f: unknown[]) => f[0] === 'Peta Strategi' && typeof f[1] === 'number' && f[3] !== undefined)).toBe(true);
    expect(await svc.infra.store.headPosition()).toBe(head);
  });

  it('400 for no file, an empty file and garbage; 413 above the size limit', async () => {
    expect((await http.post('/scorecards/import/file').set('Authorization', planner()).expect(400)).body.code).toBe('FILE_REQUIRED');
    expect((await upload(Buffer.alloc(0), 'kosong.xlsx').expect(400)).body.code).toBe('FILE_EMPTY');
    const garbage = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await upload(garbage, 'rusak.xlsx').expect(400)).body.code).toBe('FILE_UNREADABLE');
    await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 65), 'besar.csv').expect(413);
  });

  it('imports the XLSX (all or nothing), replays on a retry, and exports back to the same content (XLSX and CSV)', async () => {
    const bytes = await file('xlsx');
    const res = await http.post('/scorecards/import/file').set('Authorization', planner()).set('Idempotency-Key', 'xlsx-1').attach('file', bytes, 'rencana.xlsx').expect(200);
    expect(res.body).toMatchObject({ scorecardId: 'pemda-2026', replayed: false });
    expect(res.body.eventTypes[0]).toBe('scorecard-created');
    const again = await http.post('/scorecards/import/file').set('Authorization', planner()).set('Idempotency-Key', 'xlsx-1').attach('file', bytes, 'rencana.xlsx').expect(200);
    expect(again.body).toEqual({ ...res.body, replayed: true });
    const same = await upload(await file('csv'), 'rencana.csv').expect(200);
    expect(same.body.eventTypes).toEqual([]);

    for (const format of ['xlsx', 'csv'] as const) {
      const out = await http.get(`/scorecards/pemda-2026/export?format=${format}`).set('Authorization', planner()).buffer(true).parse(binary).expect(200);
      const back = documentFromWorkbook(await readWorkbook(out.body as Buffer, format, SCORECARD_SHEETS));
      expect(back.problems).toEqual([]);
      expect(back.document).toEqual(plan().doc);
    }
    await http.get('/scorecards/nope-2026/export').set('Authorization', planner()).expect(404);
  });
});
