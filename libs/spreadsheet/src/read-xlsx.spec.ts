import { IKU, SASARAN, sheet, xlsx } from './fixtures.test-helpers.js';
import { readWorkbook } from './read.js';

const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('readWorkbook (xlsx)', () => {
  it('finds sheets by title or alias, case- and space-insensitively; a missing sheet has no rows', async () => {
    const data = await xlsx((wb) => {
      sheet(wb, 'Petunjuk', [['Baca dulu']]);
      sheet(wb, ' kpi ', [
        ['Kode', 'Sasaran', 'Nama'],
        ['IKU-01', 'SS-01', 'IKM'],
      ]);
    });
    const r = await readWorkbook(data, 'xlsx', [IKU, SASARAN]);
    expect(r.problems).toEqual([]);
    expect(r.rows.iku).toEqual([{ sheet: 'iku', row: 2, values: { kode: 'IKU-01', sasaran: 'SS-01', nama: 'IKM', sumber_data: null, target: null, polaritas: null } }]);
    expect(r.rows.sasaran).toEqual([]);
  });

  it('takes the first non-empty row as header (a title row above is skipped), matches headers by alias ignoring case and spaces, ignores extra columns', async () => {
    const data = await xlsx((wb) => {
      const ws = sheet(wb, 'IKU', []);
      ws.getCell('B2').value = 'INDIKATOR KINERJA UTAMA 2026';
      ws.getRow(4).values = [null, 'NAME', 'Catatan', ' sumber_data ', 'CODE', 'objective'];
      ws.getRow(5).values = [null, 'IKM', 'abaikan', 'Survei', 'IKU-01', 'SS-01'];
      ws.getRow(7).values = [null, 'Inflasi', null, null, 'IKU-02', 'SS-01'];
    });
    const r = await readWorkbook(data, 'xlsx', [IKU]);
    expect(r.problems).toEqual([]);
    expect(r.rows.iku.map((x) => [x.row, x.values.kode, x.values.nama, x.values.sumber_data])).toEqual([
      [5, 'IKU-01', 'IKM', 'Survei'],
      [7, 'IKU-02', 'Inflasi', null],
    ]);
  });

  it('reports a missing required column once, on the header row, and reads no rows of that sheet', async () => {
    const data = await xlsx((wb) => {
      sheet(wb, 'IKU', [[], ['Kode', 'Nama'], ['IKU-01', 'IKM'], ['IKU-02', 'Inflasi']]);
      sheet(wb, 'Sasaran', [
        ['Kode', 'Nama'],
        ['SS-01', 'Pelayanan'],
      ]);
    });
    const r = await readWorkbook(data, 'xlsx', [IKU, SASARAN]);
    expect(r.problems).toEqual([{ sheet: 'IKU', row: 2, column: 'Sasaran', code: 'MISSING_COLUMN', message: expect.stringContaining('"Sasaran"') }]);
    expect(r.rows.iku).toEqual([]);
    expect(r.rows.sasaran).toHaveLength(1);
  });

  it('reports an empty required cell with sheet, row and column', async () => {
    const data = await xlsx((wb) =>
      sheet(wb, 'IKU', [
        ['Kode', 'Sasaran', 'Nama'],
        ['IKU-01', '  ', 'IKM'],
      ]),
    );
    const r = await readWorkbook(data, 'xlsx', [IKU]);
    expect(r.problems).toEqual([{ sheet: 'IKU', row: 2, column: 'Sasaran', code: 'REQUIRED_EMPTY', message: 'Kolom wajib "Sasaran" kosong / required column "Sasaran" is empty' }]);
    expect(r.rows.iku[0].values.sasaran).toBeNull();
  });

  it('normalizes cells: trimmed text, numbers without float noise or exponents, dates, rich text, hyperlinks, formulas, booleans, percent format', async () => {
    const data = await xlsx((wb) => {
      const ws = sheet(wb, 'IKU', [['Kode', 'Sasaran', 'Nama', 'Target', 'Sumber Data']]);
      const rows: unknown[][] = [
        ['  A  ', 'S', 'n', 0.1 + 0.2],
        ['B', 'S', 'n', 1e21],
        ['C', 'S', 'n', 1e-7],
        ['D', 'S', 'n', new Date(Date.UTC(2026, 11, 31))],
        ['E', 'S', { richText: [{ text: 'Indeks ' }, { font: { bold: true }, text: 'Kepuasan' }] }, 82.5],
        ['F', 'S', 'n', null, { text: 'BPS', hyperlink: 'https://bps.go.id' }],
        ['G', 'S', 'n', { formula: 'B1*2', result: 165 }],
        ['H', 'S', 'n', true],
        ['I', 'S', 'n', { formula: 'TODAY()', result: new Date(Date.UTC(2026, 0, 2)) }],
        ['J', 'S', 'n', -1500000],
      ];
      for (const r of rows) ws.addRow(r);
      ws.getCell('D12').value = 0.825;
      ws.getCell('D12').numFmt = '0.0%';
      ws.getCell('A12').value = 'K';
      ws.getCell('B12').value = 'S';
      ws.getCell('C12').value = 'n';
    });
    const r = await readWorkbook(data, 'xlsx', [IKU]);
    expect(r.problems).toEqual([]);
    const byCode = Object.fromEntries(r.rows.iku.map((x) => [x.values.kode, x.values]));
    expect(byCode.A.target).toBe('0.3');
    expect(byCode.B.target).toBe('1000000000000000000000');
    expect(byCode.C.target).toBe('0.0000001');
    expect(byCode.D.target).toBe('2026-12-31');
    expect(byCode.E.nama).toBe('Indeks Kepuasan');
    expect(byCode.F.sumber_data).toBe('BPS');
    expect(byCode.G.target).toBe('165');
    expect(byCode.H.target).toBe('true');
    expect(byCode.I.target).toBe('2026-01-02');
    expect(byCode.J.target).toBe('-1500000');
    expect(byCode.K.target).toBe('82.5%');
  });

  it('reports error values and formulas without a cached result, naming the cell', async () => {
    const data = await xlsx((wb) => {
      sheet(wb, 'IKU', [
        ['Kode', 'Sasaran', 'Nama', 'Target'],
        ['A', 'S', 'n', { error: '#N/A' }],
        ['B', 'S', 'n', { formula: '1/0', result: { error: '#DIV/0!' } }],
        ['C', 'S', 'n', { formula: 'SUM(X1:X9)' }],
        ['D', { formula: 'Sasaran!A2' }, 'n', 1],
      ]);
    });
    const r = await readWorkbook(data, 'xlsx', [IKU]);
    expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['CELL_ERROR', 2, 'Target'],
      ['CELL_ERROR', 3, 'Target'],
      ['FORMULA_WITHOUT_VALUE', 4, 'Target'],
      ['FORMULA_WITHOUT_VALUE', 5, 'Sasaran'], // not also REQUIRED_EMPTY
    ]);
    expect(r.problems[0].message).toContain('D2');
    expect(r.problems[1].message).toContain('#DIV/0!');
    expect(r.problems[2].message).toContain('D4');
    expect(r.rows.iku.map((x) => x.values.target)).toEqual([null, null, null, '1']);
  });

  it('gives every cell of a merged range the master value', async () => {
    const data = await xlsx((wb) => {
      const ws = sheet(wb, 'IKU', [
        ['Sasaran', 'Kode', 'Nama'],
        ['SS-01', 'IKU-01', 'IKM'],
        [null, 'IKU-02', 'Inflasi'],
        [null, 'IKU-03', 'Opini BPK'],
        ['SS-02', 'IKU-04', 'SAKIP'],
      ]);
      ws.mergeCells('A2:A4');
    });
    const r = await readWorkbook(data, 'xlsx', [IKU]);
    expect(r.problems).toEqual([]);
    expect(r.rows.iku.map((x) => [x.values.kode, x.values.sasaran])).toEqual([
      ['IKU-01', 'SS-01'],
      ['IKU-02', 'SS-01'],
      ['IKU-03', 'SS-01'],
      ['IKU-04', 'SS-02'],
    ]);
  });

  it('skips empty rows and keeps Excel row numbers', async () => {
    const data = await xlsx((wb) => {
      const ws = sheet(wb, 'Sasaran', [['Kode', 'Nama'], ['SS-01', 'a'], [], ['  ', null], ['SS-02', 'b']]);
      ws.getCell('A3').numFmt = '0.00'; // a styled but empty cell
    });
    const r = await readWorkbook(data, 'xlsx', [SASARAN]);
    expect(r.problems).toEqual([]);
    expect(r.rows.sasaran.map((x) => x.row)).toEqual([2, 5]);
  });

  it('rejects a sheet with more than maxRows data rows', async () => {
    const small = { ...SASARAN, maxRows: 3 };
    const data = await xlsx((wb) => {
      sheet(wb, 'Sasaran', [['Kode', 'Nama'], ...Array.from({ length: 4 }, (_, i) => [`SS-${i}`, 'x'])]);
      sheet(wb, 'IKU', [
        ['Kode', 'Sasaran', 'Nama'],
        ['IKU-01', 'SS-0', 'n'],
      ]);
    });
    const r = await readWorkbook(data, 'xlsx', [small, IKU]);
    expect(codes(r)).toEqual(['TOO_MANY_ROWS']);
    expect(r.problems[0].sheet).toBe('Sasaran');
    expect(r.rows.sasaran).toEqual([]);
    expect(r.rows.iku).toHaveLength(1);
    const exactly = await readWorkbook(data, 'xlsx', [{ ...SASARAN, maxRows: 4 }]);
    expect(exactly.rows.sasaran).toHaveLength(4);
  });

  it('reports an empty file, garbage bytes and a workbook without a known sheet without throwing', async () => {
    expect(codes(await readWorkbook(new Uint8Array(), 'xlsx', [IKU]))).toEqual(['FILE_EMPTY']);
    expect(codes(await readWorkbook(new Uint8Array([0x20, 0x0a]), 'xlsx', [IKU]))).toEqual(['FILE_EMPTY']);
    expect(codes(await readWorkbook(new Uint8Array([1, 2, 3, 4, 5]), 'xlsx', [IKU]))).toEqual(['FILE_UNREADABLE']);
    expect(codes(await readWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'xlsx', [IKU]))).toEqual(['FILE_UNREADABLE']);
    expect(codes(await readWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'xlsx', [IKU]))).toEqual(['FILE_UNREADABLE']);
    const other = await readWorkbook(await xlsx((wb) => sheet(wb, 'Sheet1', [['a']])), 'xlsx', [IKU, SASARAN]);
    expect(other.problems).toEqual([{ sheet: null, row: null, column: null, code: 'NO_KNOWN_SHEET', message: expect.stringContaining('"IKU", "Sasaran"') }]);
  });

  it('reports a sheet present twice (title and alias) and a column named twice', async () => {
    const data = await xlsx((wb) => {
      sheet(wb, 'Sasaran', [
        ['Kode', 'Nama', 'nama'],
        ['SS-01', 'a', 'b'],
      ]);
      sheet(wb, 'objectives', [
        ['Kode', 'Nama'],
        ['SS-09', 'z'],
      ]);
    });
    const r = await readWorkbook(data, 'xlsx', [SASARAN]);
    expect(r.problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
      ['DUPLICATE_SHEET', 'Sasaran', null, null],
      ['DUPLICATE_COLUMN', 'Sasaran', 1, 'Nama'],
    ]);
    expect(r.rows.sasaran.map((x) => x.values.nama)).toEqual(['a']);
  });
});
