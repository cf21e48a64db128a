import { formatIdNumber, formatIdPercent, LKJIP_LABELS } from './lkjip-format.js';
import { COLORS, contentWidth, ensureSpace, heading, hRule, MARGIN, pdfSafe, type Doc } from './lkjip-pdf-layout.js';
import type { LkjipKpiTrend, LkjipReport } from './lkjip-types.js';

/* The charts of the LKjIP PDF: perspective scores as horizontal bars, and one small bar chart of achievement per KPI over its sub-periods. */

export function perspectiveChart(doc: Doc, report: LkjipReport): void {
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
  hRule(doc, x0, x0 + barW, chartBottom, 0.5);
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
  hRule(doc, areaX, areaX + areaW, areaY + areaH);
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

export function trendCharts(doc: Doc, report: LkjipReport): void {
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
