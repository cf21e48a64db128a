import { detectFormat } from './detect.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it('recognizes zip magic bytes as xlsx whatever the name says', () => {
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'data.csv', 'text/csv')).toBe('xlsx');
  });
  it('falls back to the file extension, then the content type', () => {
    expect(detectFormat(text('a,b'), 'IKU.XLSX')).toBe('xlsx');
    expect(detectFormat(text('a,b'), 'iku.csv')).toBe('csv');
    expect(detectFormat(new Uint8Array([0, 1, 2]), undefined, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('xlsx');
    expect(detectFormat(new Uint8Array([0, 1, 2]), 'upload', 'text/csv; charset=utf-8')).toBe('csv');
  });
  it('treats other text as csv and binary as unknown', () => {
    expect(detectFormat(text('\ufefflembar;Kode\nIKU;A'))).toBe('csv');
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')).toBeUndefined();
    expect(detectFormat(new Uint8Array([0, 159, 146, 150, 1, 2, 3]))).toBeUndefined();
  });
});
