import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { LKJIP_KPI_HEADERS, LKJIP_LABELS, LKJIP_TABLE_COLUMNS, columnLabels, type LkjipColumnLabel } from './lkjip-format.js';
import type { LkjipReport, LkjipVfmRow } from './lkjip-types.js';

/*
 * LKjIP as an XLSX workbook: sheets Ringkasan, Capaian IKU, Anggaran & VfM, Tren, Perspektif.
 * Every figure is the report's display text (rounded per the scoring policy, see
 * `LkjipReport.display`), written as a number (formatted) when a spreadsheet number holds it
 * exactly, else (grades, dates) as text; only the 'Capaian (eksak)' column keeps the exact
 * achievement, as text, for checking. exceljs cannot write native charts: the chart
 * data is in 'Tren' and 'Perspektif' as tables (a note cell says so). Deterministic: the workbook's
 * dates are the report's generatedAt and the zip entries are re-stamped with it, so the same
 * report gives the same bytes.
 */

export const LKJIP_SHEETS = {
  summary: 'Ringkasan',
  kpis: 'Capaian IKU',
  budget: 'Anggaran & VfM',
  trend: 'Tren',
  perspectives: 'Perspektif',
} as const;

/** Column headers of 'Capaian IKU' as [Indonesian, English] (the row under the header has the English ones). */
export const LKJIP_KPI_COLUMNS = (
  [
    'no',
    'perspective',
    'objective',
    'code',
    'name',
    'unitOfMeasure',
    'target',
    'realization',
    'achievement',
    'previous',
    'previousAchievement',
    'endOfTerm',
    'endOfTermAchievement',
    'band',
    'trafficLight',
    'exact',
  ] as const
).map((k) => [LKJIP_KPI_HEADERS[k].id, LKJIP_KPI_HEADERS[k].en] as const);

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const LIGHT_FILL: Record<string, ExcelJS.Fill> = {
  green: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } },
  yellow: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } },
  red: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
};
/** The number format of display values: the report's display decimals. */
const scoreFmt = (report: LkjipReport) => (report.display.decimals > 0 ? `#,##0.${'0'.repeat(report.display.decimals)}` : '#,##0');
const MONEY = '#,##0';

/** A decimal string as a spreadsheet number when a double holds it exactly, else the text itself; null -> empty. */
function numeric(value: string | null | undefined): number | string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const n = Number(value);
  const canonical = value
    .replace(/^(-?)0+(?=\d)/, '$1')
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return Number.isFinite(n) && String(n) === canonical ? n : value;
}

/** A display text ("98.48", the report's display decimals) as a number (a double holds it); null -> `fallback`. */
const displayNumber = (text: string | null, fallback: string | null = null): number | string | null => (text === null ? fallback : Number(text));

function title(ws: Worksheet, report: LkjipReport, heading: { id: string; en: string }, columns: number): number {
  ws.addRow([`${heading.id} - ${report.unit.name} - ${LKJIP_LABELS.year.id} ${report.year}`]).font = { bold: true, size: 13 };
  ws.addRow([heading.en]).font = { italic: true, color: { argb: 'FF666666' } };
  const p = ws.addRow([`${LKJIP_LABELS.provenance.id} / ${LKJIP_LABELS.provenance.en}: ${report.provenance.text}`]);
  p.font = { size: 9, color: { argb: 'FF444444' } };
  if (columns > 1) {
    for (const r of [1, 2, 3]) ws.mergeCells(r, 1, r, columns);
  }
  ws.addRow([]);
  return ws.rowCount;
}

function header(ws: Worksheet, columns: readonly LkjipColumnLabel[]): void {
  const h = ws.addRow(columns.map((c) => c.id));
  h.font = { bold: true };
  h.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.alignment = { wrapText: true, vertical: 'middle' };
  });
  const e = ws.addRow(columns.map((c) => c.en));
  e.font = { italic: true, size: 9, color: { argb: 'FF666666' } };
  e.eachCell((c) => (c.fill = HEADER_FILL));
}

function summarySheet(wb: ExcelJS.Workbook, report: LkjipReport): void {
  const ws = wb.addWorksheet(LKJIP_SHEETS.summary);
  ws.columns = [{ width: 34 }, { width: 60 }, { width: 30 }];
  ws.addRow([report.title.id]).font = { bold: true, size: 14 };
  ws.addRow([report.title.en]).font = { italic: true, color: { argb: 'FF666666' } };
  ws.addRow([]);
  const kv = (id: string, value: string | number | null, en: string, numFmt?: string) => {
    const row = ws.addRow([id, value ?? LKJIP_LABELS.noData, en]);
    row.getCell(1).font = { bold: true };
    row.getCell(3).font = { italic: true, color: { argb: 'FF666666' } };
    if (numFmt && typeof value === 'number') row.getCell(2).numFmt = numFmt;
    row.getCell(2).alignment = { horizontal: 'left', wrapText: true };
  };
  const s = report.scorecard;
  kv('Unit kerja', report.unit.name, 'Unit');
  kv('Kode unit', report.unit.id, 'Unit id');
  kv('Tahun', report.year, 'Year');
  kv('Kartu kinerja', `${s.title} (${s.scorecardId} v${s.planVersion})`, 'Scorecard (plan version)');
  kv('Visi', s.vision, 'Vision');
  kv('Nilai kinerja', displayNumber(s.scoreText, LKJIP_LABELS.notMeasurable), 'Scorecard score', scoreFmt(report));
  kv('Predikat', s.band?.label.id ?? null, s.band ? `Rating (${s.band.label.en})` : 'Rating');
  kv('Predikat SAKIP', report.sakip?.grade ?? null, 'SAKIP grade');
  kv('Nilai SAKIP', report.sakip ? displayNumber(report.sakip.totalText) : null, 'SAKIP total (LKE)', scoreFmt(report));
  kv('Versi LKE', report.sakip ? `${report.sakip.worksheetId ? `${report.sakip.worksheetId} ` : ''}v${report.sakip.worksheetVersion}` : null, 'Worksheet version');
  kv('Pagu anggaran (Rp)', numeric(report.budget?.ceiling), 'Budget ceiling', MONEY);
  kv('Realisasi anggaran (Rp)', numeric(report.budget?.realized), 'Budget realized', MONEY);
  kv('Penyerapan anggaran (%)', report.budget ? displayNumber(report.budget.absorptionText, LKJIP_LABELS.notMeasurable) : null, 'Budget absorption', scoreFmt(report));
  kv('Jumlah indikator', report.kpis.length, 'KPIs');
  ws.addRow([]);
  const p = report.provenance;
  ws.addRow([`${LKJIP_LABELS.provenance.id}`, null, LKJIP_LABELS.provenance.en]).font = { bold: true };
  kv('Kebijakan penilaian', `${p.policy.policyId} v${p.policy.version}`, 'Scoring policy');
  kv('Posisi peristiwa', `${p.positions.from}-${p.positions.to}`, 'Event positions');
  kv('Versi rencana', `${p.scorecardId} v${p.planVersion}`, 'Plan version');
  kv(
    'Data tahun lalu',
    p.previous ? `${p.previous.scorecardId} posisi ${p.previous.positions.from}-${p.previous.positions.to} (${p.previous.policy.policyId} v${p.previous.policy.version})` : null,
    "Last year's data",
  );
  kv('Dibuat', p.generatedAt, 'Generated at');
  kv('Sumber data', p.text, 'Provenance');
}

function kpiSheet(wb: ExcelJS.Workbook, report: LkjipReport): void {
  const ws = wb.addWorksheet(LKJIP_SHEETS.kpis);
  ws.columns = [6, 22, 30, 10, 42, 12, 12, 12, 12, 14, 14, 14, 14, 14, 10, 24].map((width) => ({ width }));
  title(ws, report, LKJIP_LABELS.kpis, LKJIP_KPI_COLUMNS.length);
  header(ws, columnLabels(...LKJIP_KPI_COLUMNS));
  const headerRow = ws.rowCount - 1;
  for (const p of report.perspectives) {
    const pr = ws.addRow([null, `${p.code} ${p.name}`, `Nilai perspektif: ${p.scoreText ?? LKJIP_LABELS.notMeasurable}${p.band ? ` (${p.band.label.id})` : ''}; bobot ${p.weightText}`]);
    pr.font = { bold: true };
    pr.eachCell((c) => (c.fill = GROUP_FILL));
    for (const o of p.objectives) {
      const or = ws.addRow([null, null, `${o.code} ${o.name}`, null, `Nilai sasaran: ${o.scoreText ?? LKJIP_LABELS.notMeasurable}${o.band ? ` (${o.band.label.id})` : ''}`]);
      or.font = { italic: true };
      for (const k of o.kpis) {
        const row = ws.addRow([
          k.no,
          p.name,
          o.name,
          k.code,
          k.name,
          k.unitOfMeasure,
          numeric(k.targetText),
          numeric(k.realizationText) ?? LKJIP_LABELS.noData,
          displayNumber(k.achievementText, LKJIP_LABELS.notMeasurable),
          numeric(k.previousRealizationText) ?? LKJIP_LABELS.noData,
          displayNumber(k.previousAchievementText, LKJIP_LABELS.noData),
          numeric(k.endOfTermTargetText) ?? LKJIP_LABELS.noData,
          displayNumber(k.endOfTermAchievementText, LKJIP_LABELS.noData),
          k.band?.label.id ?? LKJIP_LABELS.noData,
          LKJIP_LABELS.trafficLight[k.trafficLight],
          k.achievement ?? k.notMeasurableReason ?? LKJIP_LABELS.noData,
        ]);
        row.alignment = { vertical: 'top', wrapText: true };
        for (const col of [9, 11, 13]) row.getCell(col).numFmt = scoreFmt(report);
        const fill = LIGHT_FILL[k.trafficLight];
        if (fill) row.getCell(15).fill = fill;
      }
    }
  }
  ws.views = [{ state: 'frozen', ySplit: headerRow + 1 }];
}

function vfmCells(v: LkjipVfmRow) {
  return [
    v.code ?? '',
    v.name,
    displayNumber(v.economyText, LKJIP_LABELS.noData),
    numeric(v.savings) ?? LKJIP_LABELS.noData,
    displayNumber(v.efficiencyText, LKJIP_LABELS.noData),
    displayNumber(v.effectivenessText, LKJIP_LABELS.noData),
    v.flagLabels.join('; '),
  ];
}

function budgetSheet(wb: ExcelJS.Workbook, report: LkjipReport): void {
  const ws = wb.addWorksheet(LKJIP_SHEETS.budget);
  ws.columns = [14, 44, 16, 20, 20, 16, 60].map((width) => ({ width }));
  title(ws, report, LKJIP_LABELS.budget, 7);
  ws.addRow(['Anggaran']).font = { bold: true, size: 12 };
  if (!report.budget) {
    ws.addRow(['Data anggaran tidak tersedia / no budget data']);
  } else {
    header(ws, columnLabels(['Kode', 'Code'], ['Program / Kegiatan', 'Initiative'], ['Level', 'Level'], ['Pagu (Rp)', 'Ceiling'], ['Realisasi (Rp)', 'Realized'], ['Penyerapan (%)', 'Absorption']));
    const budgetRow = (code: string, name: string, level: string, b: { ceiling: string | null; realized: string | null; absorptionText: string | null }) => {
      const row = ws.addRow([code, name, level, numeric(b.ceiling), numeric(b.realized), displayNumber(b.absorptionText, LKJIP_LABELS.notMeasurable)]);
      row.getCell(4).numFmt = MONEY;
      row.getCell(5).numFmt = MONEY;
      row.getCell(6).numFmt = scoreFmt(report);
      return row;
    };
    for (const b of report.budget.initiatives) budgetRow(b.code, b.name, b.level ?? '', b);
    budgetRow('Jumlah', 'Total', '', report.budget).font = { bold: true };
  }
  ws.addRow([]);
  ws.addRow(['Value for Money (3E)']).font = { bold: true, size: 12 };
  if (!report.valueForMoney) {
    ws.addRow(['Data value for money tidak tersedia / no value-for-money data']);
  } else {
    header(
      ws,
      columnLabels(
        ['Kode', 'Code'],
        ['Unit / Program', 'Unit / initiative'],
        ['Ekonomi: penyerapan (%)', 'Economy: absorption (%)'],
        ['Penghematan (Rp)', 'Savings'],
        ['Efisiensi (rasio)', 'Efficiency (> 1 efficient)'],
        ['Efektivitas (%)', 'Effectiveness (%)'],
        ['Catatan', 'Flags'],
      ),
    );
    for (const v of [report.valueForMoney.unit, ...report.valueForMoney.initiatives]) {
      const row = ws.addRow(vfmCells(v));
      for (const col of [3, 5, 6]) row.getCell(col).numFmt = scoreFmt(report);
      row.getCell(4).numFmt = MONEY;
      row.getCell(7).alignment = { wrapText: true, vertical: 'top' };
      if (v.initiativeId === null) row.font = { bold: true };
    }
  }
}

const CHART_NOTE =
  'Catatan: grafik bawaan Excel tidak dapat dibuat oleh pembuat berkas ini; data grafik disajikan sebagai tabel (sisipkan grafik dari tabel ini). ' +
  'Note: native charts are not supported by the generator; the chart data is given as a table.';

/** A sheet of chart data: columns of `widths`, the title rows and the note that the charts are tables. */
function chartDataSheet(wb: ExcelJS.Workbook, report: LkjipReport, name: string, heading: { id: string; en: string }, widths: readonly number[]): Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  title(ws, report, heading, widths.length);
  const note = ws.addRow([CHART_NOTE]);
  note.font = { italic: true, color: { argb: 'FF996600' } };
  ws.mergeCells(note.number, 1, note.number, widths.length);
  note.getCell(1).alignment = { wrapText: true };
  note.height = 30;
  return ws;
}

function trendSheet(wb: ExcelJS.Workbook, report: LkjipReport): void {
  const ws = chartDataSheet(wb, report, LKJIP_SHEETS.trend, LKJIP_LABELS.trend, [12, 44, 12, 10, 14, 14]);
  header(ws, columnLabels(['Kode', 'Code'], ['Indikator Kinerja', 'KPI'], ['Satuan', 'Unit'], ['Periode', 'Period'], ['Nilai', 'Value'], ['Capaian (%)', 'Achievement (%)']));
  for (const t of report.charts.kpiTrends) {
    for (const p of t.points) {
      const row = ws.addRow([t.code, t.name, t.unitOfMeasure, p.period, numeric(p.valueText) ?? LKJIP_LABELS.noData, displayNumber(p.achievementText, LKJIP_LABELS.notMeasurable)]);
      row.getCell(6).numFmt = scoreFmt(report);
    }
  }
}

function perspectiveSheet(wb: ExcelJS.Workbook, report: LkjipReport): void {
  const ws = chartDataSheet(wb, report, LKJIP_SHEETS.perspectives, LKJIP_LABELS.perspectives, [12, 44, 12, 14, 20]);
  header(ws, LKJIP_TABLE_COLUMNS.perspectives);
  for (const p of report.perspectives) {
    const row = ws.addRow([p.code, p.name, numeric(p.weightText), displayNumber(p.scoreText, LKJIP_LABELS.notMeasurable), p.band?.label.id ?? LKJIP_LABELS.noData]);
    row.getCell(4).numFmt = scoreFmt(report);
  }
  const total = ws.addRow([
    'Total',
    'Nilai kinerja / scorecard score',
    null,
    displayNumber(report.scorecard.scoreText, LKJIP_LABELS.notMeasurable),
    report.scorecard.band?.label.id ?? LKJIP_LABELS.noData,
  ]);
  total.font = { bold: true };
  total.getCell(4).numFmt = scoreFmt(report);
  ws.addRow([]);
  header(ws, columnLabels(['Kode', 'Code'], ['Sasaran Strategis', 'Strategic objective'], ['Perspektif', 'Perspective'], ['Nilai', 'Score'], ['Predikat', 'Rating']));
  for (const p of report.perspectives) {
    for (const o of p.objectives) {
      const row = ws.addRow([o.code, o.name, p.code, displayNumber(o.scoreText, LKJIP_LABELS.notMeasurable), o.band?.label.id ?? LKJIP_LABELS.noData]);
      row.getCell(4).numFmt = scoreFmt(report);
    }
  }
}

/** Re-packs a zip with every entry stamped `date` (and no folder entries), in the original order. */
async function restamp(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const entries: Array<{ name: string; file: JSZip.JSZipObject }> = [];
  src.forEach((name, file) => {
    if (!file.dir) entries.push({ name, file });
  });
  for (const e of entries) out.file(e.name, await e.file.async('uint8array'), { date, createFolders: false, binary: true });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

export async function renderLkjipXlsx(report: LkjipReport): Promise<Uint8Array> {
  const at = new Date(report.provenance.generatedAt);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Capaian';
  wb.lastModifiedBy = 'Capaian';
  wb.title = `${report.title.id} ${report.unit.name} ${report.year}`;
  wb.subject = report.title.en;
  wb.description = report.provenance.text;
  wb.created = at;
  wb.modified = at;
  summarySheet(wb, report);
  kpiSheet(wb, report);
  budgetSheet(wb, report);
  trendSheet(wb, report);
  perspectiveSheet(wb, report);
  const raw = await wb.xlsx.writeBuffer();
  return restamp(new Uint8Array(raw as ArrayBuffer), at);
}
