import PDFDocument from 'pdfkit';
import { LKJIP_LABELS, LKJIP_TABLE_COLUMNS, formatIdNumber, formatIdPercent, formatRupiah } from './lkjip-format.js';
import { perspectiveChart, trendCharts } from './lkjip-pdf-charts.js';
import { COLORS, FOOTER, MARGIN, contentWidth, drawTable, ensureSpace, heading, hRule, pdfSafe, titledTable, withLayout, type Cell, type Doc, type TableRow } from './lkjip-pdf-layout.js';
import type { LkjipReport } from './lkjip-types.js';

/*
 * LKjIP as a PDF (A4 landscape), drawn with pdfkit's built-in Helvetica (no font files). Pages:
 * title and summary, the KPI table (paginated, header repeated), charts (perspective scores as
 * horizontal bars, one small bar chart of achievement per KPI over its sub-periods), budget and
 * value for money, SAKIP. Every page's footer carries the provenance line and the page number.
 * Deterministic: CreationDate/ModDate are the report's generatedAt, nothing reads a clock.
 */

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
  const columns = withLayout(LKJIP_TABLE_COLUMNS.kpis, [[20], [48], [186], [48], [58, 'right'], [58, 'right'], [54, 'right'], [62, 'right'], [62, 'right'], [58, 'right'], [62], [46]]);
  const rows: TableRow[] = [];
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

function budgetSection(doc: Doc, report: LkjipReport): void {
  doc.addPage();
  heading(doc, LKJIP_LABELS.budget);
  const b = report.budget;
  titledTable(
    doc,
    'Anggaran',
    'Data anggaran tidak tersedia / no budget data',
    b && {
      columns: withLayout(LKJIP_TABLE_COLUMNS.budget, [[70], [300], [130, 'right'], [130, 'right'], [90, 'right']]),
      rows: [
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
      ],
    },
  );
  const v = report.valueForMoney;
  titledTable(
    doc,
    'Value for Money (3E)',
    'Data value for money tidak tersedia / no value-for-money data',
    v && {
      columns: withLayout(LKJIP_TABLE_COLUMNS.valueForMoney, [[60], [190], [72, 'right'], [100, 'right'], [72, 'right'], [72, 'right'], [192]]),
      rows: [v.unit, ...v.initiatives].map((r) => ({
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
    },
  );
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
    hRule(doc, MARGIN, MARGIN + w, y - 4);
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
