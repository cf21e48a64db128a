import ExcelJS from 'exceljs';
import { readWorkbook, writeWorkbook, type SheetFormat, type SheetProblem, type WriteData } from '@capaian/spreadsheet';
import type { KnownKpi } from '@capaian/measurement-domain';
import {
  parseDateCell,
  parsePeriodCell,
  periodLabel,
  realizationColumnHeader,
  realizationsFromWorkbook,
  realizationTemplate,
  REALIZATION_INSTRUCTIONS,
  REALIZATION_SHEETS,
  rowProblem,
  rowProblemFromError,
  workbookFromRealizations,
  type RealizationRow,
} from './realization-workbook.js';

const base = { tenantId: 'kab-contoh', scorecardId: 'opd-dpmptsp-2026', planVersion: 1, ownerUnitId: 'opd-dpmptsp', year: 2026, grades: null } as const;
const ikm: KnownKpi = { ...base, kpiId: 'dpmptsp-2026.iku-01', code: 'IKU-01', name: 'Indeks Kepuasan Masyarakat', frequency: 'quarterly', valueType: 'number', unitOfMeasure: 'indeks' };
const izin: KnownKpi = { ...base, kpiId: 'dpmptsp-2026.iku-02', code: 'IKU-02', name: 'Izin terbit tepat waktu', frequency: 'semester', valueType: 'percent', unitOfMeasure: '%' };
const pad: KnownKpi = { ...base, kpiId: 'dpmptsp-2026.iku-03', code: 'IKU-03', name: 'Realisasi retribusi', frequency: 'monthly', valueType: 'money', unitOfMeasure: 'Rupiah' };
const opini: KnownKpi = {
  ...base,
  kpiId: 'dpmptsp-2026.iku-04',
  code: 'IKU-04',
  name: 'Opini BPK',
  frequency: 'yearly',
  valueType: 'categorical',
  grades: ['WTP', 'WDP', 'TW', 'TMP'],
  unitOfMeasure: '',
};
const peluncuran: KnownKpi = { ...base, kpiId: 'dpmptsp-2026.iku-05', code: 'IKU-05', name: 'Peluncuran OSS daerah', frequency: 'quarterly', valueType: 'milestone_date', unitOfMeasure: '' };
const waktu: KnownKpi = { ...base, kpiId: 'dpmptsp-2026.iku-10', code: 'IKU-10', name: 'Waktu layanan izin', frequency: 'yearly', valueType: 'duration', unitOfMeasure: 'hari' };
const dinkes: KnownKpi = {
  ...base,
  kpiId: 'dinkes-2026.iku-01',
  scorecardId: 'opd-dinkes-2026',
  ownerUnitId: 'dinkes',
  code: 'IKU-01',
  name: 'AKI',
  frequency: 'yearly',
  valueType: 'number',
  unitOfMeasure: 'per 100.000',
};
const lastYear: KnownKpi = { ...ikm, kpiId: 'dpmptsp-2025.iku-01', year: 2025 };
const ALL = [waktu, dinkes, peluncuran, opini, pad, izin, ikm, lastYear];
const kpis = (id: string) => ALL.find((k) => k.kpiId === id);

const SHEET = 'Realisasi';
const where = (p: SheetProblem) => [p.sheet, p.row, p.column, p.code];

async function parse(bytes: Uint8Array, format: SheetFormat) {
  return realizationsFromWorkbook(await readWorkbook(bytes, format, REALIZATION_SHEETS), kpis);
}
async function roundTrip(data: WriteData, format: SheetFormat) {
  return parse(await writeWorkbook(REALIZATION_SHEETS, data, format, { instructions: REALIZATION_INSTRUCTIONS, title: 'Realisasi 2026' }), format);
}
const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = 'ID IKU;Tahun;Periode;Nilai;Catatan;Bukti Dukung;Alasan Koreksi';

/** Evidence as stored. */
const links = (...urls: string[]) => urls.map((url) => ({ url, label: null }));
const item = (row: number, kpi: KnownKpi, period: RealizationRow['period'], value: string, extra: Partial<RealizationRow> = {}): RealizationRow => ({
  row,
  kpiId: kpi.kpiId,
  year: 2026,
  period,
  value,
  note: null,
  evidence: [],
  correctionReason: null,
  ...extra,
});

describe('realization workbook: sheet and cells', () => {
  it('has one Indonesian sheet with the documented columns', () => {
    expect(REALIZATION_SHEETS.map((s) => s.title)).toEqual(['Realisasi']);
    expect(REALIZATION_SHEETS[0].columns.map((c) => c.header)).toEqual([
      'ID IKU',
      'Kode IKU',
      'Nama IKU',
      'Tahun',
      'Periode',
      'Nilai',
      'Satuan',
      'Format Nilai',
      'Catatan',
      'Bukti Dukung',
      'Alasan Koreksi',
      'Status',
      'Terlambat',
    ]);
    expect(REALIZATION_SHEETS[0].columns.filter((c) => c.required).map((c) => c.key)).toEqual(['id_iku', 'tahun', 'periode']);
  });

  it.each([
    ['Q1', 'Q1'],
    ['tw i', 'Q1'],
    ['TW-2', 'Q2'],
    ['Triwulan III', 'Q3'],
    ['triwulan ke-4', 'Q4'],
    ['TW IV', 'Q4'],
    ['S1', 'S1'],
    ['Semester II', 'S2'],
    ['semester 2', 'S2'],
    ['M01', 'M01'],
    ['m3', 'M03'],
    ['Jan', 'M01'],
    ['Agt', 'M08'],
    ['Agustus', 'M08'],
    ['Desember', 'M12'],
    ['Dec', 'M12'],
    ['Y', 'Y'],
    ['Tahunan', 'Y'],
  ])('reads the period %p as %s', (text, code) => {
    expect(parsePeriodCell(text)).toBe(code);
  });

  it('rejects unknown periods and writes Indonesian labels', () => {
    for (const t of ['Q5', 'TW V', '1', '2026-Q1', 'Triwulan']) expect(parsePeriodCell(t)).toBeUndefined();
    expect([periodLabel('Q1'), periodLabel('S2'), periodLabel('M03'), periodLabel('Y')]).toEqual(['TW I', 'Semester 2', 'Maret', 'Tahunan']);
  });

  it('reads dates as typed', () => {
    expect(parseDateCell('2026-09-30')).toBe('2026-09-30');
    expect(parseDateCell('30/09/2026')).toBe('2026-09-30');
    expect(parseDateCell('1-2-2026')).toBe('2026-02-01');
    expect(parseDateCell('30 September 2026')).toBe('2026-09-30');
    expect(parseDateCell('17 Agt 2026')).toBe('2026-08-17');
    expect(parseDateCell('46295')).toBe('2026-09-30'); // an Excel day serial
    for (const t of ['2026-02-30', '09/30/2026', '30 Foo 2026', '12345', 'besok']) expect(parseDateCell(t)).toBeUndefined();
  });

  it('names problems by sheet title and column header (rowProblem, rowProblemFromError)', () => {
    expect(rowProblem(7, 'id_iku', 'KPI_NOT_OWNED', 'bukan milik unit Anda')).toEqual({ sheet: SHEET, row: 7, column: 'ID IKU', code: 'KPI_NOT_OWNED', message: 'bukan milik unit Anda' });
    expect(rowProblemFromError(3, { code: 'REALIZATION_EXISTS', field: 'period', message: 'sudah dilaporkan' })).toMatchObject({ row: 3, column: 'Periode' });
    expect(rowProblemFromError(3, { code: 'INVALID_EVIDENCE_URL', field: 'evidence[0].url', message: 'x' }).column).toBe('Bukti Dukung');
    expect(rowProblemFromError(3, { code: 'X', message: 'x' }).column).toBeNull();
    expect(['reason', 'value', 'Nilai', 'kpiId', 'year', 'nope'].map(realizationColumnHeader)).toEqual(['Alasan Koreksi', 'Nilai', 'Nilai', 'ID IKU', 'Tahun', null]);
  });
});

describe('realization workbook: template and export', () => {
  it('makes one blank row per sub-period of each KPI the unit owns in that year, sorted by code', () => {
    const rows = realizationTemplate(ALL, 2026, 'opd-dpmptsp').realisasi;
    expect(rows).toHaveLength(4 + 2 + 12 + 1 + 4 + 1);
    expect(rows.map((r) => `${r.kode} ${r.periode}`).filter((_, i) => [0, 3, 4, 6, 17, 18, 19, 23].includes(i))).toEqual([
      'IKU-01 TW I',
      'IKU-01 TW IV',
      'IKU-02 Semester 1',
      'IKU-03 Januari',
      'IKU-03 Desember',
      'IKU-04 Tahunan',
      'IKU-05 TW I',
      'IKU-10 Tahunan',
    ]);
    expect(rows.every((r) => r.nilai === null && r.tahun === 2026 && r.status === null && r.terlambat === null)).toBe(true);
    expect(rows[0]).toMatchObject({ id_iku: 'dpmptsp-2026.iku-01', nama: 'Indeks Kepuasan Masyarakat', satuan: 'indeks', format: 'angka, mis. 82,5' });
    expect(rows[18]).toMatchObject({ satuan: null, format: 'salah satu: WTP, WDP, TW, TMP' });
    expect(realizationTemplate(ALL, 2026, 'dinkes').realisasi.map((r) => r.id_iku)).toEqual(['dinkes-2026.iku-01']);
  });

  it('exports values as Excel would show them, with status and lateness', () => {
    const [a, b, c, d] = workbookFromRealizations([
      {
        kpi: ikm,
        year: 2026,
        period: 'Q1',
        value: '82.50',
        note: 'survei 400 responden',
        evidence: [{ url: 'https://a.example/1', label: 'LHS' }, { url: 'https://a.example/2' }],
        status: 'verified',
        late: false,
      },
      { kpi: pad, year: 2026, period: 'M02', value: '1500000', status: 'submitted', late: true },
      { kpi: opini, year: 2026, period: 'Y', value: 'WTP', status: 'rejected' },
      { kpi: ikm, year: 2026, period: 'Q2', value: null, late: false },
    ]).realisasi;
    expect(a).toMatchObject({ nilai: '82.50', catatan: 'survei 400 responden', bukti: 'https://a.example/1; https://a.example/2', status: 'terverifikasi', terlambat: 'tidak' });
    expect(b).toMatchObject({ periode: 'Februari', nilai: 1500000, status: 'diajukan', terlambat: 'ya' });
    expect(c).toMatchObject({ nilai: 'WTP', status: 'ditolak', terlambat: null });
    expect(d).toMatchObject({ nilai: null, status: null, terlambat: null, alasan_koreksi: null });
  });

  it.each(['xlsx', 'csv'] as const)('round-trips filled realizations of every value type (%s)', async (format) => {
    const { items, problems } = await roundTrip(
      workbookFromRealizations([
        { kpi: ikm, year: 2026, period: 'Q1', value: '82.5', note: 'Survei; 400 responden\nbaris dua', evidence: links('https://a.example/x?a=1&b=2', 'http://b.example/y') },
        { kpi: ikm, year: 2026, period: 'Q2', value: null },
        { kpi: izin, year: 2026, period: 'S1', value: '97.25' },
        { kpi: pad, year: 2026, period: 'M12', value: '1250000000.50' },
        { kpi: opini, year: 2026, period: 'Y', value: 'WDP' },
        { kpi: peluncuran, year: 2026, period: 'Q3', value: '2026-09-30' },
        { kpi: waktu, year: 2026, period: 'Y', value: '3.5' },
      ]),
      format,
    );
    expect(problems).toEqual([]);
    expect(items).toEqual([
      item(2, ikm, 'Q1', '82.5', { note: 'Survei; 400 responden\nbaris dua', evidence: links('https://a.example/x?a=1&b=2', 'http://b.example/y') }),
      item(format === 'xlsx' ? 4 : 5, izin, 'S1', '97.25'),
      item(format === 'xlsx' ? 5 : 6, pad, 'M12', '1250000000.50'),
      item(format === 'xlsx' ? 6 : 7, opini, 'Y', 'WDP'),
      item(format === 'xlsx' ? 7 : 8, peluncuran, 'Q3', '2026-09-30'),
      item(format === 'xlsx' ? 8 : 9, waktu, 'Y', '3.5'),
    ]);
  });

  it('round-trips the template once a unit fills it in Excel (numbers, percent cells, decimal commas, grades, Excel dates)', async () => {
    const template = realizationTemplate(ALL, 2026, 'opd-dpmptsp');
    const small = REALIZATION_SHEETS.map((s) => ({ ...s, maxRows: 40 }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeWorkbook(small, template, 'xlsx', { instructions: REALIZATION_INSTRUCTIONS })) as any);
    const ws = wb.getWorksheet(SHEET)!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const cell = (row: number, title: string) => ws.getRow(row).getCell(header.indexOf(title));
    const rowOf = (kpi: KnownKpi, period: string) => 2 + template.realisasi.findIndex((r) => r.id_iku === kpi.kpiId && r.periode === periodLabel(period as never));
    cell(rowOf(ikm, 'Q1'), 'Nilai').value = 81.75;
    cell(rowOf(ikm, 'Q2'), 'Nilai').value = '82,5';
    cell(rowOf(ikm, 'Q2'), 'Bukti Dukung').value = 'https://drive.example.go.id/ikm-tw2.pdf\nhttps://drive.example.go.id/ikm-tw2-lampiran.pdf';
    cell(rowOf(izin, 'S1'), 'Nilai').value = 0.925;
    cell(rowOf(izin, 'S1'), 'Nilai').numFmt = '0.0%';
    cell(rowOf(pad, 'M03'), 'Nilai').value = 'Rp 1.500.000,50';
    cell(rowOf(opini, 'Y'), 'Nilai').value = ' wtp ';
    cell(rowOf(peluncuran, 'Q3'), 'Nilai').value = new Date(Date.UTC(2026, 8, 30));
    cell(rowOf(peluncuran, 'Q3'), 'Catatan').value = 'Diluncurkan Bupati';
    cell(rowOf(waktu, 'Y'), 'Nilai').value = { formula: 'B1*0+3', result: 3 } as never;

    const { items, problems } = await parse(new Uint8Array(await wb.xlsx.writeBuffer()), 'xlsx');
    expect(problems).toEqual([]);
    expect(items).toEqual([
      item(rowOf(ikm, 'Q1'), ikm, 'Q1', '81.75'),
      item(rowOf(ikm, 'Q2'), ikm, 'Q2', '82.5', { evidence: links('https://drive.example.go.id/ikm-tw2.pdf', 'https://drive.example.go.id/ikm-tw2-lampiran.pdf') }),
      item(rowOf(izin, 'S1'), izin, 'S1', '92.5'),
      item(rowOf(pad, 'M03'), pad, 'M03', '1500000.50'),
      item(rowOf(opini, 'Y'), opini, 'Y', 'WTP'),
      item(rowOf(peluncuran, 'Q3'), peluncuran, 'Q3', '2026-09-30', { note: 'Diluncurkan Bupati' }),
      item(rowOf(waktu, 'Y'), waktu, 'Y', '3'),
    ]);

    // the filled values exported again read back the same
    const again = await roundTrip(workbookFromRealizations(items.map((i) => ({ kpi: kpis(i.kpiId)!, year: i.year, period: i.period, value: i.value, note: i.note, evidence: i.evidence }))), 'xlsx');
    expect(again.problems).toEqual([]);
    expect(again.items.map(({ row: _, ...rest }) => rest)).toEqual(items.map(({ row: _, ...rest }) => rest));
  });

  it('reads ID IKU and Nama IKU merged down over the period rows of a KPI', async () => {
    const template = realizationTemplate([ikm], 2026, 'opd-dpmptsp');
    const small = REALIZATION_SHEETS.map((s) => ({ ...s, maxRows: 10 }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeWorkbook(small, template, 'xlsx')) as any);
    const ws = wb.getWorksheet(SHEET)!;
    for (const col of ['A', 'C']) {
      for (let r = 3; r <= 5; r++) ws.getCell(`${col}${r}`).value = null;
      ws.mergeCells(`${col}2:${col}5`);
    }
    ws.getCell('F2').value = 80;
    ws.getCell('F5').value = 84;
    const { items, problems } = await parse(new Uint8Array(await wb.xlsx.writeBuffer()), 'xlsx');
    expect(problems).toEqual([]);
    expect(items).toEqual([item(2, ikm, 'Q1', '80'), item(5, ikm, 'Q4', '84')]);
  });
});

describe('realization workbook: reading uploads', () => {
  it('reads a CSV with ";", decimal commas, period spellings, aliases and no "lembar" column', async () => {
    const text = [
      'kpiId;Tahun;Periode;Realisasi;Keterangan;Bukti;Alasan',
      'dpmptsp-2026.iku-01;2026;TW I;82,5;;;',
      'dpmptsp-2026.iku-01;2026;Triwulan 2;"83,25";"catatan; dengan titik koma";"https://a.example/1 ; https://a.example/2";',
      'DPMPTSP-2026.IKU-02;2026;Semester I;95,5%;;;',
      'dpmptsp-2026.iku-03;2026;Jan;1.500.000;;;',
      ';;;;;;',
      'dpmptsp-2026.iku-03;2026;m02;2.000.000,75;;;',
      'dpmptsp-2026.iku-04;2026;Tahunan;WTP;;;',
      'dpmptsp-2026.iku-05;2026;Q3;30/09/2026;;;',
      'dpmptsp-2026.iku-01;2026;Q3;;;;',
    ].join('\r\n');
    const { items, problems } = await parse(csv(text), 'csv');
    expect(problems).toEqual([]);
    expect(items).toEqual([
      item(2, ikm, 'Q1', '82.5'),
      item(3, ikm, 'Q2', '83.25', { note: 'catatan; dengan titik koma', evidence: links('https://a.example/1', 'https://a.example/2') }),
      item(4, izin, 'S1', '95.5'),
      item(5, pad, 'M01', '1500000'),
      item(7, pad, 'M02', '2000000.75'),
      item(8, opini, 'Y', 'WTP'),
      item(9, peluncuran, 'Q3', '2026-09-30'),
    ]);
  });

  it('reports every broken row with its sheet, row and column, and imports none of them', async () => {
    const long = 'x'.repeat(2001);
    const many = Array.from({ length: 21 }, (_, i) => `https://a.example/${i}`).join(' ');
    const text = [
      HEADER,
      /* 2 */ 'dpmptsp-2026.iku-99;2026;Q1;80;;;',
      /* 3 */ 'dpmptsp-2026.iku-01;2025;Q1;80;;;',
      /* 4 */ 'dpmptsp-2026.iku-01;2026;S1;80;;;',
      /* 5 */ 'dpmptsp-2026.iku-01;2026;TW V;80;;;',
      /* 6 */ 'dpmptsp-2026.iku-01;dua ribu;Q1;80;;;',
      /* 7 */ 'dpmptsp-2026.iku-01;2026;Q2;delapan puluh;;;',
      /* 8 */ 'dpmptsp-2026.iku-01;2026;Q3;1.500.000;;;', // thousands separators are for money only
      /* 9 */ 'dpmptsp-2026.iku-03;2026;M01;-5;;;',
      /* 10 */ 'dpmptsp-2026.iku-01;2026;Q4;80;;drive.example/bukti.pdf;',
      /* 11 */ `dpmptsp-2026.iku-01;2026;Q4;80;;${many};`,
      /* 12 */ `dpmptsp-2026.iku-01;2026;Q4;80;${long};;`,
      /* 13 */ 'dpmptsp-2026.iku-01;2026;Q4;80;;;oops',
      /* 14 */ 'dpmptsp-2026.iku-01;2026;Q4;;catatan tanpa nilai;;',
      /* 15 */ ';2026;Q4;80;;;',
      /* 16 */ 'dpmptsp-2026.iku-01;2026;Q1;#N/A;;;',
      /* 17 */ 'dpmptsp-2026.iku-99;2026;Kuartal 9;abc;;ftp://x;',
      /* 18 */ 'dpmptsp-2025.iku-01;2025;Q1;80;;;',
    ].join('\n');
    const { items, problems } = await parse(csv(text), 'csv');
    expect(items).toEqual([item(18, lastYear, 'Q1', '80', { year: 2025 })]);
    expect(problems.map(where)).toEqual([
      [SHEET, 15, 'ID IKU', 'REQUIRED_EMPTY'],
      [SHEET, 16, 'Nilai', 'CELL_ERROR'],
      [SHEET, 2, 'ID IKU', 'KPI_UNKNOWN'],
      [SHEET, 3, 'Tahun', 'YEAR_NOT_PLANNED'],
      [SHEET, 4, 'Periode', 'PERIOD_NOT_IN_PLAN'],
      [SHEET, 5, 'Periode', 'INVALID_PERIOD'],
      [SHEET, 6, 'Tahun', 'INVALID_YEAR'],
      [SHEET, 7, 'Nilai', 'INVALID_VALUE'],
      [SHEET, 8, 'Nilai', 'INVALID_VALUE'],
      [SHEET, 9, 'Nilai', 'INVALID_VALUE'],
      [SHEET, 10, 'Bukti Dukung', 'INVALID_EVIDENCE_URL'],
      [SHEET, 11, 'Bukti Dukung', 'TOO_MANY_EVIDENCE_LINKS'],
      [SHEET, 11, 'Alasan Koreksi', 'DUPLICATE_ROW'],
      [SHEET, 12, 'Catatan', 'NOTE_TOO_LONG'],
      [SHEET, 12, 'Alasan Koreksi', 'DUPLICATE_ROW'],
      [SHEET, 13, 'Alasan Koreksi', 'REASON_REQUIRED'],
      [SHEET, 14, 'Nilai', 'REQUIRED_EMPTY'],
      [SHEET, 17, 'ID IKU', 'KPI_UNKNOWN'],
      [SHEET, 17, 'Periode', 'INVALID_PERIOD'],
      [SHEET, 17, 'Bukti Dukung', 'INVALID_EVIDENCE_URL'],
    ]);
    const message = (row: number, column: string) => problems.find((p) => p.row === row && p.column === column)!.message;
    expect(message(2, 'ID IKU')).toContain('"dpmptsp-2026.iku-99"');
    expect(message(3, 'Tahun')).toContain('tahun 2026');
    expect(message(4, 'Periode')).toContain('TW I (Q1), TW II (Q2), TW III (Q3), TW IV (Q4)');
    expect(message(8, 'Nilai')).toContain('thousands separators');
    expect(message(9, 'Nilai')).toContain('>= 0');
    expect(message(10, 'Bukti Dukung')).toContain('"drive.example/bukti.pdf"');
    expect(message(11, 'Alasan Koreksi')).toContain('baris 10');
  });

  it('checks categorical and date KPIs against the plan', async () => {
    const text = [
      HEADER,
      'dpmptsp-2026.iku-04;2026;Y;W T P;;;',
      'dpmptsp-2026.iku-04;2026;Y;Baik;;;Opini berubah setelah audit',
      'dpmptsp-2026.iku-05;2026;Q1;2026-02-30;;;',
      'dpmptsp-2026.iku-05;2026;Q2;15 Juni 2026;;;',
      'dpmptsp-2026.iku-05;2026;Q3;segera;;;',
      'dpmptsp-2026.iku-04;2026;TW I;WTP;;;',
    ].join('\n');
    const { items, problems } = await parse(csv(text), 'csv');
    expect(items).toEqual([item(2, opini, 'Y', 'WTP'), item(5, peluncuran, 'Q2', '2026-06-15')]);
    expect(problems.map(where)).toEqual([
      [SHEET, 3, 'Nilai', 'INVALID_VALUE'],
      [SHEET, 4, 'Nilai', 'INVALID_VALUE'],
      [SHEET, 6, 'Nilai', 'INVALID_VALUE'],
      [SHEET, 7, 'Periode', 'PERIOD_NOT_IN_PLAN'],
    ]);
    expect(problems[0].message).toContain('WTP, WDP, TW, TMP');
    expect(problems[1].message).toContain('2026-02-30');
    expect(problems[3].message).toContain('Tahunan (Y)');
  });

  it('refuses a categorical KPI whose plan has no grades', async () => {
    const broken = { ...opini, grades: [] };
    const read = await readWorkbook(csv(`${HEADER}\ndpmptsp-2026.iku-04;2026;Y;WTP;;;`), 'csv', REALIZATION_SHEETS);
    expect(realizationsFromWorkbook(read, () => broken).problems.map(where)).toEqual([[SHEET, 2, 'Nilai', 'KPI_GRADES_UNDEFINED']]);
  });

  it('accepts the same KPI and period twice only when the later row gives a correction reason', async () => {
    const text = [
      HEADER,
      'dpmptsp-2026.iku-01;2026;Q1;80;;;',
      'dpmptsp-2026.iku-01;2026;TW I;81;;;Salah ketik pada baris 2',
      'dpmptsp-2026.iku-01;2026;Triwulan 1;82;;;',
      'dpmptsp-2026.iku-01;2026;Q2;83;;;Koreksi data survei TW II',
      'dpmptsp-2026.iku-04;2026;Y;WTP;;;',
      'dpmptsp-2026.iku-04;2026;Tahunan;WTP;;;',
    ].join('\n');
    const { items, problems } = await parse(csv(text), 'csv');
    expect(items).toEqual([
      item(2, ikm, 'Q1', '80'),
      item(3, ikm, 'Q1', '81', { correctionReason: 'Salah ketik pada baris 2' }),
      item(5, ikm, 'Q2', '83', { correctionReason: 'Koreksi data survei TW II' }),
      item(6, opini, 'Y', 'WTP'),
    ]);
    expect(problems.map(where)).toEqual([
      [SHEET, 4, 'Alasan Koreksi', 'DUPLICATE_ROW'],
      [SHEET, 7, 'Alasan Koreksi', 'DUPLICATE_ROW'],
    ]);
    expect(problems[0].message).toContain('baris 2');
  });

  it('says so when there is nothing to import', async () => {
    const headerOnly = await parse(csv(`${HEADER}\r\n`), 'csv');
    expect(headerOnly).toEqual({ items: [], problems: [{ sheet: SHEET, row: null, column: null, code: 'NO_ROWS', message: expect.stringContaining('tidak berisi baris data') }] });

    const xlsxHeaderOnly = await roundTrip({ realisasi: [] }, 'xlsx');
    expect(xlsxHeaderOnly.problems.map(where)).toEqual([[SHEET, null, null, 'NO_ROWS']]);

    const unfilled = await roundTrip(realizationTemplate(ALL, 2026, 'opd-dpmptsp'), 'csv');
    expect(unfilled.items).toEqual([]);
    expect(unfilled.problems.map(where)).toEqual([[SHEET, null, 'Nilai', 'NO_VALUES']]);

    // the reader's own file-level problems are not repeated
    expect((await parse(new Uint8Array(0), 'csv')).problems.map((p) => p.code)).toEqual(['FILE_EMPTY']);
    expect((await parse(csv('Tahun;Periode;Nilai\n2026;Q1;80\n'), 'csv')).problems.map(where)).toEqual([[SHEET, 1, 'ID IKU', 'MISSING_COLUMN']]);
  });
});
