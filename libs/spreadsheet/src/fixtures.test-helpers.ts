import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { SheetSpec } from './types.js';

export const IKU: SheetSpec = {
  key: 'iku',
  title: 'IKU',
  aliases: ['KPI'],
  description: 'Indikator kinerja',
  columns: [
    { key: 'kode', header: 'Kode', aliases: ['code'], required: true, description: 'Kode IKU', example: 'IKU-01' },
    { key: 'sasaran', header: 'Sasaran', aliases: ['objective'], required: true, description: 'Kode sasaran' },
    { key: 'nama', header: 'Nama', aliases: ['name'], required: true, description: 'Nama indikator' },
    { key: 'sumber_data', header: 'Sumber Data', description: 'Sumber data' },
    { key: 'target', header: 'Target', description: 'Target tahunan' },
    { key: 'polaritas', header: 'Polaritas', description: 'Polaritas', allowed: ['naik', 'turun', 'rentang'] },
  ],
};

export const SASARAN: SheetSpec = {
  key: 'sasaran',
  title: 'Sasaran',
  aliases: ['Objectives'],
  description: 'Sasaran strategis',
  columns: [
    { key: 'kode', header: 'Kode', required: true, description: 'Kode sasaran' },
    { key: 'nama', header: 'Nama', required: true, description: 'Nama sasaran' },
    { key: 'bobot', header: 'Bobot', description: 'Bobot (%)' },
  ],
};

export async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export function sheet(wb: ExcelJS.Workbook, name: string, rows: unknown[][]): Worksheet {
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  return ws;
}

export const utf8 = (s: string) => new TextEncoder().encode(s);
export const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
