import { IKU, SASARAN, utf8, withBom } from './fixtures.test-helpers.js';
import { readWorkbook } from './read.js';

const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('readWorkbook (csv)', () => {
  it('reads a multi-sheet CSV (lembar by title, alias or key; union of columns), UTF-8 with BOM, CRLF', async () => {
    const csv = withBom(
      'lembar,Kode,Nama,Sasaran,Bobot\r\n' +
        'Sasaran,SS-01,"Pelayanan, publik",,40\r\n' +
        'kpi,IKU-01,"Indeks ""Kepuasan""\nMasyarakat",SS-01,\r\n' +
        ',,,,\r\n' +
        ' IKU ,IKU-02,Inflasi,SS-01,\r\n' +
        'sasaran,SS-02,Tata kelola,,60\r\n',
    );
    const r = await readWorkbook(csv, 'csv', [IKU, SASARAN]);
    expect(r.problems).toEqual([]);
    expect(r.rows.sasaran).toEqual([
      { sheet: 'sasaran', row: 2, values: { kode: 'SS-01', nama: 'Pelayanan, publik', bobot: '40' } },
      { sheet: 'sasaran', row: 7, values: { kode: 'SS-02', nama: 'Tata kelola', bobot: '60' } },
    ]);
    expect(r.rows.iku.map((x) => [x.row, x.values.kode, x.values.nama, x.values.sasaran])).toEqual([
      [3, 'IKU-01', 'Indeks "Kepuasan"\nMasyarakat', 'SS-01'],
      [6, 'IKU-02', 'Inflasi', 'SS-01'],
    ]);
  });

  it("auto-detects ';' (Indonesian-locale Excel), without BOM, LF line ends", async () => {
    const csv = utf8('lembar;Kode;Nama;Bobot\nSasaran;SS-01;Pelayanan;40,5\nSasaran;"SS;02";"a;b";59,5\n');
    const r = await readWorkbook(csv, 'csv', [SASARAN, IKU]);
    expect(r.problems).toEqual([]);
    expect(r.rows.sasaran.map((x) => x.values)).toEqual([
      { kode: 'SS-01', nama: 'Pelayanan', bobot: '40,5' },
      { kode: 'SS;02', nama: 'a;b', bobot: '59,5' },
    ]);
  });

  it('accepts a single-sheet CSV without a lembar column when one spec is given', async () => {
    const r = await readWorkbook(utf8('kode,NAMA\nSS-01,x\n'), 'csv', [SASARAN]);
    expect(r.problems).toEqual([]);
    expect(r.rows.sasaran).toEqual([{ sheet: 'sasaran', row: 2, values: { kode: 'SS-01', nama: 'x', bobot: null } }]);
    const multi = await readWorkbook(utf8('kode,NAMA\nSS-01,x\n'), 'csv', [SASARAN, IKU]);
    expect(multi.problems.map((p) => [p.code, p.row, p.column])).toEqual([['MISSING_COLUMN', 1, 'lembar']]);
  });

  it('reports unknown sheets, empty required cells and missing columns of the sheets present', async () => {
    const csv = utf8('lembar,Kode,Nama\nSasaran,SS-01,\nRenstra,X,y\n,Z,z\nIKU,IKU-01,n\n');
    const r = await readWorkbook(csv, 'csv', [SASARAN, IKU]);
    expect(r.problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
      ['UNKNOWN_SHEET', 'Renstra', 3, 'lembar'],
      ['UNKNOWN_SHEET', null, 4, 'lembar'],
      ['REQUIRED_EMPTY', 'Sasaran', 2, 'Nama'],
      ['MISSING_COLUMN', 'IKU', 1, 'Sasaran'],
    ]);
    expect(r.rows.iku).toEqual([]);
  });

  it('reports Excel error texts, too many rows and an unclosed quote', async () => {
    const r = await readWorkbook(utf8('lembar,Kode,Nama,Bobot\nSasaran,SS-01,a,#DIV/0!\nSasaran,SS-02,"b\n'), 'csv', [SASARAN]);
    expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['CSV_UNCLOSED_QUOTE', 3, null],
      ['CELL_ERROR', 2, 'Bobot'],
    ]);
    const bad = await readWorkbook(utf8('Kode,Nama\nSS-01,"a"b\nSS-02,c\n'), 'csv', [SASARAN]);
    expect(bad.problems.map((p) => [p.code, p.row, p.column])).toEqual([['CSV_INVALID_QUOTE', 2, null]]);
    const many = await readWorkbook(utf8('Kode,Nama\n1,a\n2,b\n3,c\n'), 'csv', [{ ...SASARAN, maxRows: 2 }]);
    expect(codes(many)).toEqual(['TOO_MANY_ROWS']);
    expect(many.rows.sasaran).toEqual([]);
  });

  it('reports empty and binary files without throwing', async () => {
    expect(codes(await readWorkbook(new Uint8Array(), 'csv', [SASARAN]))).toEqual(['FILE_EMPTY']);
    expect(codes(await readWorkbook(withBom(' \r\n\t'), 'csv', [SASARAN]))).toEqual(['FILE_EMPTY']);
    expect(codes(await readWorkbook(utf8(',,,\r\n ,, \n'), 'csv', [SASARAN]))).toEqual(['FILE_EMPTY']);
    expect(codes(await readWorkbook(new Uint8Array([0x00, 0x9f, 0x92, 0x96, 0x01, 0x02]), 'csv', [SASARAN]))).toEqual(['FILE_UNREADABLE']);
  });

  it('reads Windows-1252 text and UTF-16 with BOM', async () => {
    const latin = new Uint8Array([...utf8('Kode,Nama\nSS-01,Caf'), 0xe9, 0x0a]);
    expect((await readWorkbook(latin, 'csv', [SASARAN])).rows.sasaran[0].values.nama).toBe('Café');
    const text = 'Kode\tNama\r\nSS-01\tPelayanan\r\n';
    const u16 = new Uint8Array(2 + text.length * 2);
    u16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) u16[2 + 2 * i] = text.charCodeAt(i);
    expect((await readWorkbook(u16, 'csv', [SASARAN])).rows.sasaran[0].values).toEqual({ kode: 'SS-01', nama: 'Pelayanan', bobot: null });
  });
});
