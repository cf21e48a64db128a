import ExcelJS from 'exceljs';
import { IKU, SASARAN } from './fixtures.test-helpers.js';
import { readWorkbook } from './read.js';
import type { SheetSpec } from './types.js';
import { writeWorkbook } from './write.js';

const data = {
  iku: [
    { kode: 'IKU-01', sasaran: 'SS-01', nama: 'Indeks "Kepuasan", Masyarakat', sumber_data: 'Survei\nIKM', target: 82.5, polaritas: 'naik' },
    { kode: '007', sasaran: 'SS-01', nama: 'Inflasi', sumber_data: null, target: '2..4', polaritas: 'rentang' },
    { kode: 'IKU-03', sasaran: 'SS-02', nama: 'Pagu', sumber_data: '  ', target: 1500000000, polaritas: null },
  ],
  sasaran: [{ kode: 'SS-01', nama: 'Pelayanan', bobot: 0.1 + 0.2 }],
};

const expected = {
  iku: [
    { kode: 'IKU-01', sasaran: 'SS-01', nama: 'Indeks "Kepuasan", Masyarakat', sumber_data: 'Survei\nIKM', target: '82.5', polaritas: 'naik' },
    { kode: '007', sasaran: 'SS-01', nama: 'Inflasi', sumber_data: null, target: '2..4', polaritas: 'rentang' },
    { kode: 'IKU-03', sasaran: 'SS-02', nama: 'Pagu', sumber_data: null, target: '1500000000', polaritas: null },
  ],
  sasaran: [{ kode: 'SS-01', nama: 'Pelayanan', bobot: '0.3' }],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as any);
  return wb;
}

describe('writeWorkbook', () => {
  it.each(['xlsx', 'csv'] as const)('round-trips through readWorkbook (%s)', async (format) => {
    const bytes = await writeWorkbook([IKU, SASARAN], data, format, { instructions: ['Isi semua lembar.'], title: 'Uji' });
    const r = await readWorkbook(bytes, format, [IKU, SASARAN]);
    expect(r.problems).toEqual([]);
    expect(r.rows.iku.map((x) => x.values)).toEqual(expected.iku);
    expect(r.rows.sasaran.map((x) => x.values)).toEqual(expected.sasaran);
  });

  it('writes XLSX: Petunjuk first, bold frozen header, widths, dropdowns, numbers as numbers', async () => {
    const wb = await load(await writeWorkbook([IKU, SASARAN], data, 'xlsx', { instructions: ['Baris pertama petunjuk.'], title: 'Templat Uji' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'IKU', 'Sasaran']);

    const help = wb.getWorksheet('Petunjuk')!;
    const helpText: string[] = [];
    help.eachRow((row) => row.eachCell((c) => helpText.push(String(c.value))));
    expect(helpText).toEqual(expect.arrayContaining(['Templat Uji', 'Baris pertama petunjuk.', 'Lembar "IKU"', 'Kode', 'ya', 'Kode IKU', 'IKU-01', 'naik, turun, rentang']));

    const ws = wb.getWorksheet('IKU')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Kode', 'Sasaran', 'Nama', 'Sumber Data', 'Target', 'Polaritas']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(12);
    expect(ws.getCell('E2').value).toBe(82.5);
    expect(ws.getCell('E3').value).toBe('2..4');
    expect(ws.getCell('A3').value).toBe('007');
    const dv = (ws as any).dataValidations.model as Record<string, { type: string; formulae: string[] }>;
    expect(dv.F2).toMatchObject({ type: 'list', formulae: ['"naik,turun,rentang"'] });
    expect(dv.F5001).toBeDefined();
    expect(dv.E2).toBeUndefined();
  });

  it('puts long or comma-containing dropdown lists on a hidden sheet', async () => {
    const spec: SheetSpec = {
      key: 's',
      title: 'Lembar',
      description: 'd',
      maxRows: 10,
      columns: [{ key: 'p', header: 'Pilihan', description: 'd', allowed: ['satu, dua', 'tiga'] }],
    };
    const wb = await load(await writeWorkbook([spec], { s: [] }, 'xlsx'));
    const lists = wb.getWorksheet('Daftar Pilihan')!;
    expect(lists.state).toBe('hidden');
    expect([lists.getCell('A1').value, lists.getCell('A2').value]).toEqual(['satu, dua', 'tiga']);
    expect((wb.getWorksheet('Lembar') as any).dataValidations.model.A2.formulae).toEqual(["'Daftar Pilihan'!$A$1:$A$2"]);
  });

  it('writes CSV as UTF-8 with BOM, comma, CRLF, lembar first, quoting where needed', async () => {
    const bytes = await writeWorkbook([IKU, SASARAN], data, 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.split('\r\n')).toEqual([
      'lembar,Kode,Sasaran,Nama,Sumber Data,Target,Polaritas,Bobot',
      'IKU,IKU-01,SS-01,"Indeks ""Kepuasan"", Masyarakat","Survei\nIKM",82.5,naik,',
      'IKU,007,SS-01,Inflasi,,2..4,rentang,',
      'IKU,IKU-03,SS-02,Pagu,"  ",1500000000,,',
      'Sasaran,SS-01,,Pelayanan,,,,0.3',
      '',
    ]);
  });
});
