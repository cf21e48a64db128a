import ExcelJS from 'exceljs';
import { readWorkbook, writeWorkbook, type SheetFormat, type SheetProblem } from '@capaian/spreadsheet';
import type { ScorecardDocument } from '@capaian/planning-domain';
import {
  columnOf,
  documentFromWorkbook,
  SCORECARD_INSTRUCTIONS,
  SCORECARD_SHEETS,
  scorecardTemplate,
  scorecardTemplateDocument,
  sheetOf,
  workbookFromDocument,
  type WorkbookData,
} from './scorecard-workbook.js';

async function roundTrip(data: WorkbookData, format: SheetFormat) {
  const bytes = await writeWorkbook(SCORECARD_SHEETS, data, format, { instructions: SCORECARD_INSTRUCTIONS, title: 'Templat Kartu Kinerja' });
  return documentFromWorkbook(await readWorkbook(bytes, format, SCORECARD_SHEETS));
}

const where = (p: SheetProblem) => [p.sheet, p.row, p.column, p.code];
const sortProblems = (ps: SheetProblem[]) => ps.map(where).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** A richer document: theme, cascading, thresholds, monthly/semester/milestone KPIs, money decimals, sub kegiatan. */
function richDocument(): ScorecardDocument {
  const t = scorecardTemplateDocument();
  return {
    ...t,
    unitId: 'diskominfo',
    theme: 'spbe',
    title: 'Kartu Kinerja SPBE Diskominfo 2026',
    vision: '',
    goals: [],
    perspectives: [...t.perspectives.map((p) => ({ ...p, weight: p.code === 'P1' ? '33.33' : '66.67' }))],
    objectives: [
      { ...t.objectives[0], weight: '50.00', contributesTo: 'pemda-2026.ss-01' },
      { ...t.objectives[1], weight: null },
    ],
    kpis: [
      { ...t.kpis[0], cascadedFrom: { kpiId: 'pemda-2026.iku-01', share: '25' }, thresholds: { green: '100', yellow: '85.5' } },
      t.kpis[1],
      t.kpis[2],
      {
        ...t.kpis[0],
        code: 'IKU-04',
        name: 'Jumlah layanan daring',
        unitOfMeasure: 'layanan',
        frequency: 'monthly',
        aggregation: 'sum',
        baseline: null,
        yearlyTarget: { value: '120' },
        periodTargets: { M01: { value: '10' }, M06: { value: '10' }, M12: { value: '10.5' } },
        endOfTermTarget: null,
        thresholds: null,
        dataSource: null,
        ownerUnitId: null,
      },
      {
        ...t.kpis[0],
        code: 'IKU-05',
        name: 'Realisasi belanja',
        unitOfMeasure: 'Rupiah',
        valueType: 'money',
        frequency: 'semester',
        aggregation: 'sum',
        level: 'process',
        baseline: '1250000.50',
        yearlyTarget: { value: '2500000000' },
        periodTargets: { S1: { value: '1000000000' }, S2: { value: '1500000000' } },
        endOfTermTarget: null,
      },
      {
        ...t.kpis[0],
        code: 'IKU-06',
        name: 'Peluncuran aplikasi',
        unitOfMeasure: '',
        polarity: 'milestone',
        valueType: 'milestone_date',
        frequency: 'quarterly',
        aggregation: 'last',
        baseline: null,
        yearlyTarget: { value: '2026-09-30' },
        periodTargets: { Q3: { value: '2026-09-30' } },
        endOfTermTarget: null,
        thresholds: null,
      },
    ],
    initiatives: [
      ...t.initiatives,
      { ...t.initiatives[0], code: 'KEG-01', level: 'kegiatan', name: 'Kegiatan A', parentCode: 'PRG-01', objectiveCodes: ['SS-01'], budgetCeiling: '500000000.75' },
      { ...t.initiatives[0], code: 'SUB-01', level: 'sub_kegiatan', name: 'Sub A', parentCode: 'KEG-01', objectiveCodes: [], budgetCeiling: '0', schedule: { start: '2026-02-01', end: '2026-06-30' } },
    ],
  };
}

describe('scorecard workbook', () => {
  it('has the template sheets, Indonesian titles and the example KPIs', () => {
    expect(SCORECARD_SHEETS.map((s) => s.title)).toEqual(['Profil', 'Perspektif', 'Sasaran', 'Peta Strategi', 'IKU', 'Inisiatif']);
    const iku = scorecardTemplate().iku;
    expect(iku.map((k) => [k.nama, k.polaritas, k.target, k.target_min, k.target_max, k.kategori])).toEqual([
      ['Indeks Kepuasan Masyarakat', 'semakin tinggi semakin baik', 82.5, null, null, null],
      ['Tingkat inflasi', 'rentang', null, 2, 4, null],
      ['Opini BPK', 'semakin tinggi semakin baik', 'WTP', null, null, 'WTP > WDP > TW > TMP'],
    ]);
    expect(iku[0]).toMatchObject({ frekuensi: 'triwulanan', agregasi: 'rata-rata', q1: 82, q4: 83 });
    expect(iku[1]).toMatchObject({ q1: '2..4', q4: '2..4' });
  });

  it.each(['xlsx', 'csv'] as const)('round-trips the template (%s)', async (format) => {
    const { document, problems } = await roundTrip(scorecardTemplate(), format);
    expect(problems).toEqual([]);
    expect(document).toEqual(scorecardTemplateDocument());
    expect(workbookFromDocument(document!)).toEqual(scorecardTemplate());
  });

  it.each(['xlsx', 'csv'] as const)('round-trips a richer document (%s)', async (format) => {
    const doc = richDocument();
    const { document, problems, rowOf } = await roundTrip(workbookFromDocument(doc), format);
    expect(problems).toEqual([]);
    expect(document).toEqual(doc);
    expect(rowOf('kpi', 'iku 05')).toEqual({ sheet: 'IKU', row: format === 'xlsx' ? 6 : expect.any(Number) });
  });

  it('points decider issues at rows and columns (rowOf, columnOf)', async () => {
    const { rowOf } = await roundTrip(scorecardTemplate(), 'xlsx');
    expect(rowOf('perspective', 'p2')).toEqual({ sheet: 'Perspektif', row: 3 });
    expect(rowOf('objective', 'SS-02')).toEqual({ sheet: 'Sasaran', row: 3 });
    expect(rowOf('link', 'SS-02->SS-01')).toEqual({ sheet: 'Peta Strategi', row: 2 });
    expect(rowOf('kpi', 'IKU-03')).toEqual({ sheet: 'IKU', row: 4 });
    expect(rowOf('initiative', 'PRG-01')).toEqual({ sheet: 'Inisiatif', row: 2 });
    expect(rowOf('profile', 'year')).toEqual({ sheet: 'Profil', row: 3 });
    expect(rowOf('profile', 'misi')).toEqual({ sheet: 'Profil', row: 7 });
    expect(rowOf('kpi', 'IKU-99')).toBeUndefined();
    expect(columnOf('kpi', 'periodTargets.Q2')).toBe('TW II');
    expect(columnOf('kpi', 'cascadedFrom.share')).toBe('Porsi');
    expect(columnOf('initiative', 'schedule.end')).toBe('Selesai');
    expect(columnOf('objective', 'perspectiveCode')).toBe('Perspektif');
    expect(columnOf('kpi', 'nope')).toBeNull();
    expect(sheetOf('link')).toBe('Peta Strategi');
  });

  it('reads objective cells merged down over several KPI rows', async () => {
    const data = scorecardTemplate();
    data.iku[2] = { ...data.iku[2], sasaran: 'SS-01' };
    const wb = new ExcelJS.Workbook();
    // (a small maxRows keeps the dropdown ranges, and so the test, small)
    const small = SCORECARD_SHEETS.map((s) => ({ ...s, maxRows: 20 }));
    await wb.xlsx.load(Buffer.from(await writeWorkbook(small, data, 'xlsx')) as any);
    const ws = wb.getWorksheet('IKU')!;
    expect(ws.getCell('B1').value).toBe('Sasaran');
    ws.getCell('B3').value = null;
    ws.getCell('B4').value = null;
    ws.mergeCells('B2:B4');
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    const { document, problems } = documentFromWorkbook(await readWorkbook(bytes, 'xlsx', SCORECARD_SHEETS));
    expect(problems).toEqual([]);
    expect(document!.kpis.map((k) => k.objectiveCode)).toEqual(['SS-01', 'SS-01', 'SS-01']);
  });

  it('reports one problem per broken cell with sheet, row and column, and no document', async () => {
    const data = scorecardTemplate();
    data.profil[1].isi = '26'; // Profil row 3: tahun
    data.perspektif[0].bobot = 'enam puluh'; // Perspektif row 2
    data.sasaran[1].kode = 'ss 01'; // Sasaran row 3: same slug as SS-01
    data.iku[0].frekuensi = 'mingguan'; // IKU row 2
    data.iku[1].q1 = '4..2'; // IKU row 3: range reversed
    data.iku[1].m01 = '3'; // IKU row 3: not a quarterly period
    data.iku[2].target = 'WTX'; // IKU row 4: not a grade
    data.iku[2].bobot = null; // IKU row 4: required
    data.inisiatif[0].mulai = '31/02/2026'; // Inisiatif row 2: no such day
    data.inisiatif[0].pagu = 'Rp 1,500'; // Inisiatif row 2: ambiguous money
    for (const format of ['xlsx', 'csv'] as const) {
      const bytes = await writeWorkbook(SCORECARD_SHEETS, data, format);
      const { document, problems } = documentFromWorkbook(await readWorkbook(bytes, format, SCORECARD_SHEETS));
      expect(document).toBeNull();
      const rows = format === 'xlsx'; // CSV rows are line numbers of the one table
      const got = problems.map((p) => ({ ...p, row: rows ? p.row : (typeof p.row as unknown as number) }));
      const want = [
        ['IKU', 2, 'Frekuensi', 'INVALID_CHOICE'],
        ['IKU', 3, 'Jan', 'PERIOD_NOT_IN_FREQUENCY'],
        ['IKU', 3, 'TW I', 'INVALID_RANGE'],
        ['IKU', 4, 'Bobot', 'REQUIRED_EMPTY'],
        ['IKU', 4, 'Target', 'INVALID_GRADE'],
        ['Inisiatif', 2, 'Mulai', 'INVALID_DATE'],
        ['Inisiatif', 2, 'Pagu', 'INVALID_NUMBER'],
        ['Perspektif', 2, 'Bobot', 'INVALID_NUMBER'],
        ['Profil', 3, 'Isi', 'INVALID_NUMBER'],
        ['Sasaran', 3, 'Kode', 'DUPLICATE_CODE'],
      ].map(([sheet, row, column, code]) => [sheet, rows ? row : 'number', column, code]);
      expect(sortProblems(got)).toEqual(sortProblems(want.map(([sheet, row, column, code]) => ({ sheet, row, column, code }) as unknown as SheetProblem)));
      for (const p of problems) expect(p.message).toMatch(/ \/ /); // Indonesian / English
    }
    const { problems } = await roundTrip(data, 'xlsx');
    expect(problems.find((p) => p.code === 'INVALID_NUMBER' && p.sheet === 'Inisiatif')!.message).toMatch(/ambigu/i);
    expect(problems.find((p) => p.code === 'PERIOD_NOT_IN_FREQUENCY')!.message).toContain('TW I, TW II, TW III, TW IV');
  });

  it('reads a semicolon CSV with decimal commas, Indonesian labels and English enum values', async () => {
    const header = (
      'lembar;Jenis;Isi;Kode;Nama;Urutan;Bobot;Perspektif;Sasaran;Sebab;Akibat;Satuan;Definisi;Frekuensi;Level;Polaritas;Tipe Nilai;' +
      'Kategori;Agregasi;Target;Target Min;Target Maks;Semester 1;Semester 2;TW III;Jenjang;Pagu;Pelaksana;Mulai;Selesai'
    ).split(';');
    const quote = (v: string) => (v.includes(';') ? `"${v}"` : v);
    const row = (sheet: string, cells: Record<string, string>) => header.map((h) => (h === 'lembar' ? sheet : quote(cells[h] ?? ''))).join(';');
    const text = [
      header.join(';'),
      'Profil;Unit;dinkes',
      'Profil;Year;2026',
      'Profil;judul;Kartu Kinerja Dinkes',
      'Profil;Misi;"Misi satu; dengan titik koma"',
      row('Perspektif', { Kode: 'P1', Nama: 'Pelanggan', Bobot: '100,0' }),
      row('Sasaran', { Kode: 'SS-01', Nama: 'Layanan', Perspektif: 'P1' }),
      row('Sasaran', { Kode: 'SS-02', Nama: 'Proses', Perspektif: 'P1', Bobot: '12,5%' }),
      row('Peta Strategi', { Sebab: 'SS-02', Akibat: 'SS-01' }),
      row('IKU', {
        Kode: 'IKU-01',
        Sasaran: 'SS-01',
        Nama: 'Angka kematian bayi',
        Satuan: 'per 1000',
        Definisi: 'AKB',
        Frekuensi: 'Semesteran',
        Level: 'Hasil',
        Polaritas: 'Semakin Rendah Semakin Baik',
        'Tipe Nilai': 'angka',
        Agregasi: 'Rata-rata',
        Bobot: '33,3',
        Target: '12,5',
        'Semester 1': '13,1',
        'Semester 2': '12,5',
      }),
      row('IKU', {
        Kode: 'IKU-02',
        Sasaran: 'SS-01',
        Nama: 'Inflasi',
        Satuan: '%',
        Definisi: 'IHK',
        Frekuensi: 'quarterly',
        Level: 'process',
        Polaritas: 'stabilisasi',
        'Tipe Nilai': 'percent',
        Agregasi: 'last',
        Bobot: '66,7',
        'Target Min': '2,5',
        'Target Maks': '3,5',
        'TW III': '2,5 s/d 3,5',
      }),
      row('IKU', {
        Kode: 'IKU-03',
        Sasaran: 'SS-02',
        Nama: 'Opini',
        Definisi: 'Opini BPK',
        Frekuensi: 'tahunan',
        Level: 'hasil',
        Polaritas: 'naik',
        'Tipe Nilai': 'Kategori',
        Kategori: 'WTP;WDP ; TW;TMP',
        Bobot: '100',
        Target: 'wtp',
      }),
      row('IKU', {
        Kode: 'IKU-04',
        Sasaran: 'SS-02',
        Nama: 'Serapan',
        Satuan: 'Rp',
        Definisi: 'Belanja',
        Frekuensi: 'TAHUNAN',
        Level: 'proses',
        Polaritas: 'higher_is_better',
        'Tipe Nilai': 'Rupiah',
        Agregasi: 'jumlah',
        Bobot: '50',
        Target: 'Rp 1.500.000.000,50',
      }),
      row('Inisiatif', { Kode: 'PRG-01', Nama: 'Program', Jenjang: 'Program', Sasaran: 'SS-01, SS-02', Pagu: '1.500.000.000', Pelaksana: 'dinkes', Mulai: '02/01/2026', Selesai: '2026-12-31' }),
      row('Inisiatif', { Kode: 'KEG-01', Nama: 'Kegiatan', Jenjang: 'kegiatan', Pagu: '2.500,5', Pelaksana: 'dinkes', Mulai: '1-3-2026', Selesai: '30.11.2026' }),
      row('Inisiatif', { Kode: 'SUB-01', Nama: 'Sub', Jenjang: 'Sub Kegiatan', Pagu: '0', Pelaksana: 'dinkes', Mulai: '2026-03-01', Selesai: '2026-03-01' }),
    ].join('\r\n');
    const read = await readWorkbook(new TextEncoder().encode(text), 'csv', SCORECARD_SHEETS);
    const { document, problems } = documentFromWorkbook(read);
    expect(problems).toEqual([]);
    const d = document!;
    expect([d.unitId, d.year, d.title, d.missions, d.vision, d.theme]).toEqual(['dinkes', 2026, 'Kartu Kinerja Dinkes', ['Misi satu; dengan titik koma'], '', null]);
    expect(d.perspectives).toEqual([{ code: 'P1', name: 'Pelanggan', order: 1, weight: '100.0' }]);
    expect(d.objectives.map((o) => o.weight)).toEqual([null, '12.5']);
    expect(d.links).toEqual([{ from: 'SS-02', to: 'SS-01' }]);
    const [k1, k2, k3, k4] = d.kpis;
    expect(k1).toMatchObject({
      frequency: 'semester',
      level: 'result',
      polarity: 'lower_is_better',
      valueType: 'number',
      aggregation: 'average',
      weight: '33.3',
      yearlyTarget: { value: '12.5' },
      periodTargets: { S1: { value: '13.1' }, S2: { value: '12.5' } },
    });
    expect(k2).toMatchObject({
      frequency: 'quarterly',
      level: 'process',
      polarity: 'range',
      valueType: 'percent',
      aggregation: 'last',
      yearlyTarget: { min: '2.5', max: '3.5' },
      periodTargets: { Q3: { min: '2.5', max: '3.5' } },
    });
    expect(k3).toMatchObject({ valueType: 'categorical', grades: ['WTP', 'WDP', 'TW', 'TMP'], aggregation: 'last', yearlyTarget: { value: 'WTP' }, unitOfMeasure: '' });
    expect(k4).toMatchObject({ valueType: 'money', aggregation: 'sum', yearlyTarget: { value: '1500000000.50' } });
    expect(d.initiatives.map((i) => [i.level, i.objectiveCodes, i.budgetCeiling, i.schedule])).toEqual([
      ['program', ['SS-01', 'SS-02'], '1500000000', { start: '2026-01-02', end: '2026-12-31' }],
      ['kegiatan', [], '2500.5', { start: '2026-03-01', end: '2026-11-30' }],
      ['sub_kegiatan', [], '0', { start: '2026-03-01', end: '2026-03-01' }],
    ]);
  });

  it('checks the cells that depend on other cells of the row', async () => {
    const data = scorecardTemplate();
    data.profil = data.profil.filter((r) => r.jenis !== 'judul'); // missing profile field
    data.profil.push({ jenis: 'unit', isi: 'lain' }); // Profil row 9 (after judul is removed): a second unit
    data.iku[0] = { ...data.iku[0], target_min: 1, ambang_kuning: null, porsi: 10, satuan: null }; // IKU row 2
    data.iku[1] = { ...data.iku[1], target: 3 }; // IKU row 3: range with Target and Target Min/Maks
    data.iku[2] = { ...data.iku[2], kategori: 'WTP', q1: 'WTP' }; // IKU row 4: one grade only (targets then not read)
    data.inisiatif[0] = { ...data.inisiatif[0], mulai: '2026-12-31', selesai: '2026-01-01' }; // Inisiatif row 2
    data.peta.push({ sebab: 'ss-02', akibat: 'SS 01' }); // Peta row 3: duplicate link
    const { document, problems } = await roundTrip(data, 'xlsx');
    expect(document).toBeNull();
    expect(sortProblems(problems)).toEqual(
      [
        ['IKU', 2, 'Ambang Kuning', 'REQUIRED_EMPTY'],
        ['IKU', 2, 'Porsi', 'VALUE_NOT_ALLOWED'],
        ['IKU', 2, 'Satuan', 'REQUIRED_EMPTY'],
        ['IKU', 2, 'Target Min', 'VALUE_NOT_ALLOWED'],
        ['IKU', 3, 'Target', 'VALUE_NOT_ALLOWED'],
        ['IKU', 4, 'Kategori', 'INVALID_GRADES'],
        ['Inisiatif', 2, 'Selesai', 'INVALID_DATE'],
        ['Peta Strategi', 3, 'Akibat', 'DUPLICATE_CODE'],
        ['Profil', 9, 'Jenis', 'DUPLICATE_CODE'],
        ['Profil', null, 'Jenis', 'MISSING_PROFILE_FIELD'],
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });

  it('passes file-level problems through', async () => {
    const r = documentFromWorkbook(await readWorkbook(new Uint8Array(), 'xlsx', SCORECARD_SHEETS));
    expect(r.document).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual(['FILE_EMPTY', 'MISSING_PROFILE_FIELD', 'MISSING_PROFILE_FIELD', 'MISSING_PROFILE_FIELD']);
  });
});
