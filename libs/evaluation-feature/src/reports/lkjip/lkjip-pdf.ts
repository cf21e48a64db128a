import PDFDocument from 'pdfkit';
import { LKJIP_LABELS, formatIdNumber, formatIdPercent, formatRupiah } from './lkjip-format.js';
import type { LkjipKpiTrend, LkjipReport } from './lkjip-types.js';

/*
 * LKjIP as a PDF (A4 landscape), drawn with pdfkit's built-in Helvetica (no font files). Pages:
 * title and summary, the KPI table (paginated, header repeated), charts (perspective scores as
 * horizontal bars, one small bar chart of achievement per KPI over its sub-periods), budget and
 * value for money, SAKIP. Every page's footer carries the provenance line and the page number.
 * Deterministic: CreationDate/ModDate are the report's generatedAt, nothing reads a clock.
 */

type Doc = PDFKit.PDFDocument;

const MARGIN = 40;
const FOOTER = 48;
const COLORS = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#b0b0b0',
  header: '#dce6f1',
  perspective: '#e8eef6',
  objective: '#f4f4f4',
  bar: '#3f6fb5',
  reference: '#c0392b',
  green: '#2e9e4f',
  yellow: '#e0b000',
  red: '#c0392b',
  none: '#aaaaaa',
} as const;

/** WinAnsi (the standard fonts' encoding) extras beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = { '≤': '<=', '≥': '>=', '≠': '!=', '×': 'x', '−': '-', '\u00ad': '' };

/** Text the built-in Helvetica can show: known look-alikes replaced, anything outside WinAnsi as '?'. */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) as number;
    if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (ch === '\n' || ch === '\t') out += ' ';
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else out += '?';
  }
  return out;
}

const contentWidth = (doc: Doc) => doc.page.width - MARGIN * 2;
const bottom = (doc: Doc) => doc.page.height - FOOTER;

function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

function heading(doc: Doc, label: { id: string; en: string }): void {
  ensureSpace(doc, 60);
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .fillColor(COLORS.text)
    .text(pdfSafe(label.id), MARGIN, doc.y, { width: contentWidth(doc) });
  doc
    .font('Helvetica-Oblique')
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(pdfSafe(label.en), MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.6);
  doc.fillColor(COLORS.text);
}

interface Column {
  id: string;
  en: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

interface Cell {
  text: string;
  bold?: boolean;
  color?: string;
  /** Draws a traffic-light dot before the text. */
  dot?: string;
}

const PAD = 3;
const FONT_SIZE = 8;

function cellHeight(doc: Doc, c: Cell, width: number): number {
  doc.font(c.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
  return doc.heightOfString(pdfSafe(c.text) || ' ', { width: width - PAD * 2 - (c.dot ? 9 : 0) });
}

/** The columns a row's cells are laid in: one cell spans the whole table. */
function layout(columns: readonly Column[], cells: readonly Cell[]): readonly Column[] {
  if (cells.length !== 1) return columns;
  return [{ id: '', en: '', width: columns.reduce((s, c) => s + c.width, 0) }];
}

function rowHeight(doc: Doc, columns: readonly Column[], cells: readonly Cell[]): number {
  const cols = layout(columns, cells);
  return Math.max(...cells.map((c, i) => cellHeight(doc, c, (cols[i] as Column).width))) + PAD * 2;
}

function drawRow(doc: Doc, allColumns: readonly Column[], cells: readonly Cell[], fill?: string): void {
  const columns = layout(allColumns, cells);
  const height = rowHeight(doc, allColumns, cells);
  const y = doc.y;
  let x = MARGIN;
  const total = columns.reduce((s, c) => s + c.width, 0);
  if (fill) doc.rect(MARGIN, y, total, height).fill(fill);
  cells.forEach((c, i) => {
    const col = columns[i] as Column;
    let tx = x + PAD;
    if (c.dot) {
      doc.circle(tx + 3, y + PAD + 4, 3).fill(c.dot);
      tx += 9;
    }
    doc
      .font(c.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(FONT_SIZE)
      .fillColor(c.color ?? COLORS.text);
    doc.text(pdfSafe(c.text), tx, y + PAD, { width: col.width - PAD * 2 - (c.dot ? 9 : 0), align: col.align ?? 'left' });
    x += col.width;
  });
  doc
    .moveTo(MARGIN, y + height)
    .lineTo(MARGIN + total, y + height)
    .lineWidth(0.4)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.fillColor(COLORS.text);
  doc.x = MARGIN;
  doc.y = y + height;
}

function drawHeader(doc: Doc, columns: readonly Column[]): void {
  const idH = Math.max(...columns.map((c) => cellHeight(doc, { text: c.id, bold: true }, c.width)));
  doc.font('Helvetica-Oblique').fontSize(6.5);
  const enH = Math.max(...columns.map((c) => doc.heightOfString(pdfSafe(c.en), { width: c.width - PAD * 2 })));
  const y = doc.y;
  const total = columns.reduce((s, c) => s + c.width, 0);
  doc.rect(MARGIN, y, total, idH + enH + PAD * 3).fill(COLORS.header);
  let x = MARGIN;
  for (const c of columns) {
    doc
      .font('Helvetica-Bold')
      .fontSize(FONT_SIZE)
      .fillColor(COLORS.text)
      .text(pdfSafe(c.id), x + PAD, y + PAD, { width: c.width - PAD * 2, align: c.align ?? 'left' });
    doc
      .font('Helvetica-Oblique')
      .fontSize(6.5)
      .fillColor(COLORS.muted)
      .text(pdfSafe(c.en), x + PAD, y + PAD * 2 + idH, { width: c.width - PAD * 2, align: c.align ?? 'left' });
    x += c.width;
  }
  doc.fillColor(COLORS.text);
  doc.x = MARGIN;
  doc.y = y + idH + enH + PAD * 3;
}

/** A table that repeats its header on each new page; `rows` are [cells, fill?]. */
function drawTable(doc: Doc, columns: readonly Column[], rows: ReadonlyArray<{ cells: Cell[]; fill?: string }>): void {
  drawHeader(doc, columns);
  for (const r of rows) {
    if (ensureSpace(doc, rowHeight(doc, columns, r.cells))) drawHeader(doc, columns);
    drawRow(doc, columns, r.cells, r.fill);
  }
  doc.moveDown(0.8);
}

const LIGHT_COLOR = { green: COLORS.green, yellow: COLORS.yellow, red: COLORS.red, none: COLORS.none } as const;

function titlePage(doc: Doc, report: LkjipReport): void {
  const w = contentWidth(doc);
  doc.y = 110;
  doc.font('Helvetica-Bold').fontSize(24).fillColor(COLORS.text).text(pdfSafe(report.title.id), MARGIN, doc.y, { width: w, align: 'center' });
  doc.font('Helvetica-Oblique').fontSize(12).fillColor(COLORS.muted).text(pdfSafe(report.title.en), { width: w, align: 'center' });
  doc.moveDown(1.5);
  doc.font('Helvetica-Bold').fontSize(18).fillColor(COLORS.text).text(pdfSafe(report.unit.name), { width: w, align: 'center' });
  doc.font('Helvetica').fontSize(14).text(`${LKJIP_LABELS.year.id} ${report.year}`, { width: w, align: 'center' });
  doc
    .fontSize(10)
    .fillColor(COLORS.muted)
    .text(pdfSafe(`${report.scorecard.title} (${report.scorecard.scorecardId} v${report.scorecard.planVersion})`), { width: w, align: 'center' });
  doc.moveDown(2);
  const s = report.scorecard;
  const items: Array<[string, string, string]> = [
    ['Nilai kinerja', s.scoreText === null ? LKJIP_LABELS.notMeasurable : `${formatIdPercent(s.scoreText)}${s.band ? ` (${s.band.label.id})` : ''}`, 'Scorecard score'],
    ['Predikat SAKIP', report.sakip ? `${report.sakip.grade} (nilai ${formatIdNumber(report.sakip.totalText)})` : LKJIP_LABELS.noData, 'SAKIP grade'],
    ['Penyerapan anggaran', report.budget ? `${formatIdPercent(report.budget.absorptionText)} % dari ${formatRupiah(report.budget.ceiling)}` : LKJIP_LABELS.noData, 'Budget absorption'],
    ['Jumlah indikator kinerja', String(report.kpis.length), 'KPIs'],
  ];
  const boxX = MARGIN + w / 2 - 220;
  for (const [id, value, en] of items) {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(11).fillColor(COLORS.text).text(pdfSafe(id), boxX, y, { width: 180 });
    doc.font('Helvetica-Oblique').fontSize(8).fillColor(COLORS.muted).text(en, boxX, doc.y, { width: 180 });
    const after = doc.y;
    doc
      .font('Helvetica')
      .fontSize(11)
      .fillColor(COLORS.text)
      .text(pdfSafe(value), boxX + 190, y, { width: 250 });
    doc.y = Math.max(after, doc.y) + 6;
  }
  doc.moveDown(1);
  doc
    .font('Helvetica-Oblique')
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(pdfSafe(`Visi: ${s.vision}`), MARGIN + 80, doc.y, { width: w - 160, align: 'center' });
  doc.fillColor(COLORS.text);
}

function kpiTable(doc: Doc, report: LkjipReport): void {
  doc.addPage();
  heading(doc, LKJIP_LABELS.kpis);
  const L = LKJIP_LABELS.columns;
  const E = LKJIP_LABELS.columnsEn;
  const columns: Column[] = [
    { id: L.no, en: E.no, width: 20 },
    { id: L.code, en: E.code, width: 48 },
    { id: L.name, en: E.name, width: 186 },
    { id: L.unitOfMeasure, en: E.unitOfMeasure, width: 48 },
    { id: L.target, en: E.target, width: 58, align: 'right' },
    { id: L.realization, en: E.realization, width: 58, align: 'right' },
    { id: L.achievement, en: E.achievement, width: 54, align: 'right' },
    { id: L.previous, en: E.previous, width: 62, align: 'right' },
    { id: L.endOfTerm, en: E.endOfTerm, width: 62, align: 'right' },
    { id: 'Capaian thd Target Akhir (%)', en: 'Vs five-year target', width: 58, align: 'right' },
    { id: L.band, en: E.band, width: 62 },
    { id: L.trafficLight, en: E.trafficLight, width: 46 },
  ];
  const rows: Array<{ cells: Cell[]; fill?: string }> = [];
  for (const p of report.perspectives) {
    rows.push({
      cells: wide(`Perspektif ${p.code} ${p.name} - nilai ${formatIdPercent(p.scoreText)}${p.band ? ` (${p.band.label.id})` : ''}, bobot ${formatIdNumber(p.weightText)}`, true),
      fill: COLORS.perspective,
    });
    for (const o of p.objectives) {
      rows.push({ cells: wide(`${o.code} ${o.name} - nilai ${formatIdPercent(o.scoreText)}${o.band ? ` (${o.band.label.id})` : ''}`, false), fill: COLORS.objective });
      for (const k of o.kpis) {
        rows.push({
          cells: [
            { text: String(k.no) },
            { text: k.code },
            { text: k.name },
            { text: k.unitOfMeasure },
            { text: formatIdNumber(k.targetText) },
            { text: formatIdNumber(k.realizationText) },
            { text: formatIdPercent(k.achievementText), bold: true },
            { text: formatIdNumber(k.previousRealizationText) },
            { text: formatIdNumber(k.endOfTermTargetText) },
            { text: k.endOfTermAchievementText === null ? LKJIP_LABELS.noData : formatIdNumber(k.endOfTermAchievementText) },
            { text: k.band?.label.id ?? LKJIP_LABELS.noData },
            { text: LKJIP_LABELS.trafficLight[k.trafficLight], dot: LIGHT_COLOR[k.trafficLight] },
          ],
        });
      }
    }
  }
  drawTable(doc, columns, rows);
}

/** A group row: one cell across the table. */
function wide(text: string, bold: boolean): Cell[] {
  return [{ text, bold }];
}

function perspectiveChart(doc: Doc, report: LkjipReport): void {
  doc.addPage();
  heading(doc, LKJIP_LABELS.perspectives);
  const data = report.charts.perspectiveScores;
  const max = Math.max(120, ...data.map((d) => (d.score === null ? 0 : Math.ceil(Number(d.score)))));
  const labelW = 220;
  const barW = contentWidth(doc) - labelW - 80;
  const x0 = MARGIN + labelW;
  const top = doc.y;
  const rowH = 22;
  data.forEach((d, i) => {
    const y = top + i * rowH;
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(COLORS.text)
      .text(pdfSafe(`${d.code} ${d.name}`), MARGIN, y + 5, { width: labelW - 8, height: rowH, ellipsis: true, lineBreak: false });
    if (d.score !== null) doc.rect(x0, y + 3, (barW * Math.max(0, Number(d.score))) / max, rowH - 8).fill(COLORS.bar);
    doc.fillColor(COLORS.text).text(formatIdPercent(d.scoreText), x0 + (d.score === null ? 0 : (barW * Math.max(0, Number(d.score))) / max) + 4, y + 5, { width: 76, lineBreak: false });
  });
  const chartBottom = top + data.length * rowH;
  const refX = x0 + (barW * 100) / max;
  doc.moveTo(refX, top).lineTo(refX, chartBottom).dash(3, { space: 2 }).lineWidth(0.8).strokeColor(COLORS.reference).stroke().undash();
  doc
    .moveTo(x0, chartBottom)
    .lineTo(x0 + barW, chartBottom)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc
    .font('Helvetica')
    .fontSize(7)
    .fillColor(COLORS.muted)
    .text('0', x0 - 2, chartBottom + 3, { lineBreak: false });
  doc.text('100', refX - 6, chartBottom + 3, { lineBreak: false });
  doc.text(String(max), x0 + barW - 8, chartBottom + 3, { lineBreak: false });
  doc.x = MARGIN;
  doc.y = chartBottom + 16;
  doc
    .font('Helvetica-Bold')
    .fontSize(10)
    .fillColor(COLORS.text)
    .text(
      `Nilai kinerja / scorecard score: ${formatIdPercent(report.scorecard.scoreText)}${report.scorecard.band ? ` (${report.scorecard.band.label.id} / ${report.scorecard.band.label.en})` : ''}`,
      MARGIN,
      doc.y,
    );
  doc.moveDown(1);
}

const TREND_W = 244;
const TREND_H = 130;

function trendChart(doc: Doc, t: LkjipKpiTrend, x: number, y: number): void {
  doc
    .rect(x, y, TREND_W - 10, TREND_H - 8)
    .lineWidth(0.4)
    .strokeColor(COLORS.rule)
    .stroke();
  doc
    .font('Helvetica-Bold')
    .fontSize(8)
    .fillColor(COLORS.text)
    .text(pdfSafe(`${t.code} ${t.name}`), x + 5, y + 4, { width: TREND_W - 20, height: 20, ellipsis: true });
  const areaX = x + 24;
  const areaY = y + 28;
  const areaW = TREND_W - 44;
  const areaH = TREND_H - 72;
  const pts = t.points;
  const max = Math.max(120, ...pts.map((p) => (p.achievement === null ? 0 : Math.ceil(Number(p.achievement)))));
  const slot = pts.length > 0 ? areaW / pts.length : areaW;
  const barW = Math.min(22, slot * 0.6);
  const ref = areaY + areaH - (areaH * 100) / max;
  pts.forEach((p, i) => {
    const cx = areaX + slot * i + slot / 2;
    if (p.achievement !== null) {
      const h = (areaH * Math.max(0, Number(p.achievement))) / max;
      doc.rect(cx - barW / 2, areaY + areaH - h, barW, h).fill(COLORS.bar);
    }
    doc
      .font('Helvetica')
      .fontSize(6)
      .fillColor(COLORS.text)
      .text(pdfSafe(p.period), cx - slot / 2, areaY + areaH + 2, { width: slot, align: 'center', lineBreak: false });
    doc.fillColor(COLORS.muted).text(p.achievementText === null ? '-' : formatIdNumber(p.achievementText), cx - slot / 2, areaY + areaH + 10, { width: slot, align: 'center', lineBreak: false });
  });
  doc
    .moveTo(areaX, ref)
    .lineTo(areaX + areaW, ref)
    .dash(2, { space: 2 })
    .lineWidth(0.6)
    .strokeColor(COLORS.reference)
    .stroke()
    .undash();
  doc
    .moveTo(areaX, areaY + areaH)
    .lineTo(areaX + areaW, areaY + areaH)
    .lineWidth(0.4)
    .strokeColor(COLORS.rule)
    .stroke();
  doc
    .font('Helvetica')
    .fontSize(6)
    .fillColor(COLORS.muted)
    .text('100', x + 4, ref - 3, { lineBreak: false });
  if (pts.every((p) => p.achievement === null))
    doc.fontSize(8).text('Belum ada capaian terukur / nothing measurable yet', areaX, areaY + areaH / 2, { width: areaW, align: 'center', lineBreak: false });
  doc
    .font('Helvetica')
    .fontSize(6)
    .fillColor(COLORS.muted)
    .text('Capaian (%) per periode', x + 5, y + TREND_H - 20, { width: TREND_W - 20, lineBreak: false });
  doc.fillColor(COLORS.text);
}

function trendCharts(doc: Doc, report: LkjipReport): void {
  ensureSpace(doc, 80 + TREND_H);
  heading(doc, LKJIP_LABELS.trend);
  const perRow = Math.max(1, Math.floor(contentWidth(doc) / TREND_W));
  const trends = report.charts.kpiTrends;
  for (let i = 0; i < trends.length; i += perRow) {
    ensureSpace(doc, TREND_H);
    const y = doc.y;
    trends.slice(i, i + perRow).forEach((t, j) => trendChart(doc, t, MARGIN + j * TREND_W, y));
    doc.x = MARGIN;
    doc.y = y + TREND_H;
  }
  if (trends.length === 0) doc.font('Helvetica').fontSize(9).text('Tidak ada data tren / no trend data', MARGIN, doc.y);
}

function budgetSection(doc: Doc, report: LkjipReport): void {
  doc.addPage();
  heading(doc, LKJIP_LABELS.budget);
  doc.font('Helvetica-Bold').fontSize(11).text('Anggaran', MARGIN, doc.y);
  doc.moveDown(0.3);
  if (!report.budget) {
    doc.font('Helvetica').fontSize(9).text('Data anggaran tidak tersedia / no budget data');
    doc.moveDown(0.8);
  } else {
    const columns: Column[] = [
      { id: 'Kode', en: 'Code', width: 70 },
      { id: 'Program / Kegiatan', en: 'Initiative', width: 300 },
      { id: 'Pagu', en: 'Ceiling', width: 130, align: 'right' },
      { id: 'Realisasi', en: 'Realized', width: 130, align: 'right' },
      { id: 'Penyerapan (%)', en: 'Absorption (%)', width: 90, align: 'right' },
    ];
    const b = report.budget;
    drawTable(doc, columns, [
      ...b.initiatives.map((i) => ({
        cells: [{ text: i.code }, { text: i.name }, { text: formatRupiah(i.ceiling) }, { text: formatRupiah(i.realized) }, { text: formatIdPercent(i.absorptionText) }],
      })),
      {
        cells: [
          { text: 'Jumlah', bold: true },
          { text: 'Total', bold: true },
          { text: formatRupiah(b.ceiling), bold: true },
          { text: formatRupiah(b.realized), bold: true },
          { text: formatIdPercent(b.absorptionText), bold: true },
        ],
        fill: COLORS.objective,
      },
    ]);
  }
  ensureSpace(doc, 80);
  doc.font('Helvetica-Bold').fontSize(11).fillColor(COLORS.text).text('Value for Money (3E)', MARGIN, doc.y);
  doc.moveDown(0.3);
  if (!report.valueForMoney) {
    doc.font('Helvetica').fontSize(9).text('Data value for money tidak tersedia / no value-for-money data');
    doc.moveDown(0.8);
  } else {
    const columns: Column[] = [
      { id: 'Kode', en: 'Code', width: 60 },
      { id: 'Unit / Program', en: 'Unit / initiative', width: 190 },
      { id: 'Ekonomi: penyerapan (%)', en: 'Economy: absorption', width: 72, align: 'right' },
      { id: 'Penghematan', en: 'Savings', width: 100, align: 'right' },
      { id: 'Efisiensi (rasio)', en: 'Efficiency (> 1 efficient)', width: 72, align: 'right' },
      { id: 'Efektivitas (%)', en: 'Effectiveness', width: 72, align: 'right' },
      { id: 'Catatan', en: 'Flags', width: 192 },
    ];
    const v = report.valueForMoney;
    drawTable(
      doc,
      columns,
      [v.unit, ...v.initiatives].map((r) => ({
        cells: [
          { text: r.code ?? '', bold: r.initiativeId === null },
          { text: r.name, bold: r.initiativeId === null },
          { text: r.economyText === null ? '-' : formatIdNumber(r.economyText) },
          { text: formatRupiah(r.savings) },
          { text: r.efficiencyText === null ? '-' : formatIdNumber(r.efficiencyText) },
          { text: r.effectivenessText === null ? '-' : formatIdNumber(r.effectivenessText) },
          { text: r.flagLabels.join('; '), color: r.flags.length > 0 ? COLORS.red : COLORS.text },
        ],
        fill: r.initiativeId === null ? COLORS.objective : undefined,
      })),
    );
  }
}

function sakipSection(doc: Doc, report: LkjipReport): void {
  doc.moveDown(1);
  ensureSpace(doc, 90);
  heading(doc, LKJIP_LABELS.sakip);
  doc.font('Helvetica').fontSize(11).fillColor(COLORS.text);
  if (!report.sakip) doc.text('Belum ada evaluasi SAKIP untuk tahun ini / no SAKIP evaluation for the year', MARGIN, doc.y);
  else
    doc.text(
      pdfSafe(
        `Predikat SAKIP: ${report.sakip.grade} - nilai ${formatIdNumber(report.sakip.totalText)} (LKE ${report.sakip.worksheetId ? `${report.sakip.worksheetId} ` : ''}versi ${report.sakip.worksheetVersion})`,
      ),
      MARGIN,
      doc.y,
    );
}

function footers(doc: Doc, report: LkjipReport): void {
  const range = doc.bufferedPageRange();
  const provenance = pdfSafe(`${LKJIP_LABELS.provenance.id}: ${report.provenance.text}`);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - FOOTER + 12;
    const w = contentWidth(doc);
    doc
      .moveTo(MARGIN, y - 4)
      .lineTo(MARGIN + w, y - 4)
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .stroke();
    doc
      .font('Helvetica')
      .fontSize(6.5)
      .fillColor(COLORS.muted)
      .text(provenance, MARGIN, y, { width: w - 90, height: 26, ellipsis: true });
    doc.text(`Halaman ${i + 1} dari ${range.count}`, MARGIN + w - 85, y, { width: 85, align: 'right', lineBreak: false });
    doc.page.margins.bottom = savedBottom;
  }
}

export async function renderLkjipPdf(report: LkjipReport): Promise<Uint8Array> {
  const at = new Date(report.provenance.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOTER },
    bufferPages: true,
    info: {
      Title: pdfSafe(`${report.title.id} - ${report.unit.name} - ${report.year}`),
      Author: 'Capaian',
      Subject: pdfSafe(report.provenance.text),
      Creator: 'Capaian',
      Producer: 'Capaian (pdfkit)',
      CreationDate: at,
      ModDate: at,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  titlePage(doc, report);
  kpiTable(doc, report);
  perspectiveChart(doc, report);
  trendCharts(doc, report);
  budgetSection(doc, report);
  sakipSection(doc, report);
  footers(doc, report);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
