import { LKJIP_LABELS, LKJIP_TABLE_COLUMNS, formatIdNumber, formatIdPercent, formatRupiah, type LkjipColumnLabel } from './lkjip-format.js';
import type { LkjipKpiTrend, LkjipReport, LkjipVfmRow } from './lkjip-types.js';

/*
 * LKjIP as one printable HTML page: inline CSS (with @media print and A4 landscape pages),
 * tables, and inline SVG bar charts (perspective scores; achievement per sub-period of each KPI).
 * No scripts, no external resources; every text from the report is escaped. Deterministic.
 */

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const e = escapeHtml;

const CSS = `
  :root { --muted: #555; --rule: #c8c8c8; --head: #dce6f1; --persp: #e8eef6; --obj: #f4f4f4; --bar: #3f6fb5; --ref: #c0392b; }
  * { box-sizing: border-box; }
  body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 12px; color: #1a1a1a; margin: 24px; }
  h1 { font-size: 24px; margin: 0; }
  h2 { font-size: 17px; margin: 28px 0 0; border-bottom: 2px solid var(--bar); padding-bottom: 2px; }
  .en { color: var(--muted); font-style: italic; font-size: 0.85em; font-weight: normal; }
  .sub { color: var(--muted); margin: 2px 0 12px; }
  table { border-collapse: collapse; width: 100%; margin: 8px 0; }
  th, td { border: 1px solid var(--rule); padding: 3px 5px; vertical-align: top; text-align: left; }
  th { background: var(--head); }
  th .en { display: block; }
  td.num { text-align: right; white-space: nowrap; }
  tr.perspective td { background: var(--persp); font-weight: bold; }
  tr.objective td { background: var(--obj); font-style: italic; }
  .light { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 4px; vertical-align: middle; }
  .light.green { background: #2e9e4f; } .light.yellow { background: #e0b000; } .light.red { background: #c0392b; } .light.none { background: #aaa; }
  dl.summary { display: grid; grid-template-columns: max-content auto; gap: 4px 16px; }
  dl.summary dt { font-weight: bold; } dl.summary dd { margin: 0; }
  .provenance { color: var(--muted); font-size: 10px; margin: 4px 0; }
  .charts { display: flex; flex-wrap: wrap; gap: 10px; }
  .trend { border: 1px solid var(--rule); padding: 4px; width: 260px; }
  .trend h3 { font-size: 11px; margin: 0 0 2px; }
  .flag { color: #c0392b; }
  footer { margin-top: 24px; border-top: 1px solid var(--rule); padding-top: 4px; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print {
    body { margin: 0; font-size: 10px; }
    section { break-before: page; }
    section.first { break-before: auto; }
    tr, .trend { break-inside: avoid; }
    thead { display: table-header-group; }
  }
`;

const label = (l: { id: string; en: string }) => `${e(l.id)} <span class="en">${e(l.en)}</span>`;
const provenanceLine = (report: LkjipReport) => `<p class="provenance">${e(LKJIP_LABELS.provenance.id)} / ${e(LKJIP_LABELS.provenance.en)}: ${e(report.provenance.text)}</p>`;
const num = (text: string) => `<td class="num">${e(text)}</td>`;
const headerRow = (columns: readonly LkjipColumnLabel[]) => `<thead><tr>${columns.map((c) => `<th>${e(c.id)}<span class="en">${e(c.en)}</span></th>`).join('')}</tr></thead>`;

function summary(report: LkjipReport): string {
  const s = report.scorecard;
  const items: Array<[string, string, string]> = [
    ['Unit kerja', 'Unit', `${report.unit.name} (${report.unit.id})`],
    ['Tahun', 'Year', String(report.year)],
    ['Kartu kinerja', 'Scorecard', `${s.title} (${s.scorecardId} v${s.planVersion})`],
    ['Visi', 'Vision', s.vision],
    ['Nilai kinerja', 'Scorecard score', s.scoreText === null ? LKJIP_LABELS.notMeasurable : formatIdPercent(s.scoreText)],
    ['Predikat', 'Rating', s.band ? `${s.band.label.id} (${s.band.label.en})` : LKJIP_LABELS.noData],
    [
      'Predikat SAKIP',
      'SAKIP grade',
      report.sakip
        ? `${report.sakip.grade} (nilai ${formatIdNumber(report.sakip.totalText)}, LKE ${report.sakip.worksheetId ? `${report.sakip.worksheetId} ` : ''}versi ${report.sakip.worksheetVersion})`
        : LKJIP_LABELS.noData,
    ],
    [
      'Anggaran',
      'Budget',
      report.budget ? `${formatRupiah(report.budget.realized)} dari ${formatRupiah(report.budget.ceiling)} (${formatIdPercent(report.budget.absorptionText)} %)` : LKJIP_LABELS.noData,
    ],
  ];
  return `<section class="first" id="ringkasan">
<h2>${label(LKJIP_LABELS.summary)}</h2>
<dl class="summary">${items.map(([id, en, v]) => `<dt>${e(id)} <span class="en">${e(en)}</span></dt><dd>${e(v)}</dd>`).join('')}</dl>
${provenanceLine(report)}
</section>`;
}

function kpiTable(report: LkjipReport): string {
  const body: string[] = [];
  for (const p of report.perspectives) {
    body.push(
      `<tr class="perspective"><td colspan="12">Perspektif ${e(p.code)} ${e(p.name)} - nilai ${e(formatIdPercent(p.scoreText))}${p.band ? ` (${e(p.band.label.id)})` : ''}, bobot ${e(formatIdNumber(p.weightText))}</td></tr>`,
    );
    for (const o of p.objectives) {
      body.push(`<tr class="objective"><td colspan="12">${e(o.code)} ${e(o.name)} - nilai ${e(formatIdPercent(o.scoreText))}${o.band ? ` (${e(o.band.label.id)})` : ''}</td></tr>`);
      for (const k of o.kpis) {
        body.push(
          `<tr class="kpi" data-kpi="${e(k.kpiId)}"><td>${k.no}</td><td>${e(k.code)}</td><td>${e(k.name)}</td><td>${e(k.unitOfMeasure)}</td>` +
            num(formatIdNumber(k.targetText)) +
            num(formatIdNumber(k.realizationText)) +
            `<td class="num"><strong>${e(formatIdPercent(k.achievementText))}</strong></td>` +
            num(formatIdNumber(k.previousRealizationText)) +
            num(formatIdNumber(k.endOfTermTargetText)) +
            num(k.endOfTermAchievementText === null ? LKJIP_LABELS.noData : formatIdNumber(k.endOfTermAchievementText)) +
            `<td>${e(k.band?.label.id ?? LKJIP_LABELS.noData)}</td>` +
            `<td><span class="light ${k.trafficLight}"></span>${e(LKJIP_LABELS.trafficLight[k.trafficLight])}</td></tr>`,
        );
      }
    }
  }
  return `<section id="capaian-iku">
<h2>${label(LKJIP_LABELS.kpis)}</h2>
${provenanceLine(report)}
<table>
${headerRow(LKJIP_TABLE_COLUMNS.kpis)}
<tbody>
${body.join('\n')}
</tbody>
</table>
</section>`;
}

function perspectiveSvg(report: LkjipReport): string {
  const data = report.charts.perspectiveScores;
  const max = Math.max(120, ...data.map((d) => (d.score === null ? 0 : Math.ceil(Number(d.score)))));
  const labelW = 240;
  const barW = 460;
  const rowH = 24;
  const height = data.length * rowH + 24;
  const x = (v: number) => labelW + (barW * v) / max;
  const rows = data.map((d, i) => {
    const y = i * rowH;
    const v = d.score === null ? 0 : Math.max(0, Number(d.score));
    return (
      `<text x="0" y="${y + 16}" font-size="12">${e(`${d.code} ${d.name}`)}</text>` +
      (d.score === null ? '' : `<rect x="${labelW}" y="${y + 4}" width="${(x(v) - labelW).toFixed(2)}" height="${rowH - 8}" fill="#3f6fb5"/>`) +
      `<text x="${(x(v) + 4).toFixed(2)}" y="${y + 16}" font-size="11">${e(formatIdPercent(d.scoreText))}</text>`
    );
  });
  const axisY = data.length * rowH;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(LKJIP_LABELS.perspectives.id)}" width="${labelW + barW + 80}" height="${height}" viewBox="0 0 ${labelW + barW + 80} ${height}">
${rows.join('\n')}
<line x1="${labelW}" y1="${axisY}" x2="${labelW + barW}" y2="${axisY}" stroke="#999" stroke-width="1"/>
<line x1="${x(100).toFixed(2)}" y1="0" x2="${x(100).toFixed(2)}" y2="${axisY}" stroke="#c0392b" stroke-dasharray="4 3"/>
<text x="${labelW}" y="${axisY + 14}" font-size="10" fill="#555">0</text><text x="${(x(100) - 8).toFixed(2)}" y="${axisY + 14}" font-size="10" fill="#555">100</text><text x="${labelW + barW - 16}" y="${axisY + 14}" font-size="10" fill="#555">${max}</text>
</svg>`;
}

function trendSvg(t: LkjipKpiTrend): string {
  const w = 250;
  const h = 130;
  const areaX = 26;
  const areaY = 8;
  const areaW = w - areaX - 6;
  const areaH = h - 44;
  const max = Math.max(120, ...t.points.map((p) => (p.achievement === null ? 0 : Math.ceil(Number(p.achievement)))));
  const slot = t.points.length > 0 ? areaW / t.points.length : areaW;
  const barW = Math.min(22, slot * 0.6);
  const yOf = (v: number) => areaY + areaH - (areaH * v) / max;
  const bars = t.points.map((p, i) => {
    const cx = areaX + slot * i + slot / 2;
    const v = p.achievement === null ? null : Math.max(0, Number(p.achievement));
    return (
      (v === null
        ? ''
        : `<rect x="${(cx - barW / 2).toFixed(2)}" y="${yOf(v).toFixed(2)}" width="${barW.toFixed(2)}" height="${(areaY + areaH - yOf(v)).toFixed(2)}" fill="#3f6fb5"><title>${e(`${p.period}: ${formatIdNumber(p.valueText)} (${formatIdPercent(p.achievementText)} %)`)}</title></rect>`) +
      `<text x="${cx.toFixed(2)}" y="${areaY + areaH + 12}" font-size="9" text-anchor="middle">${e(p.period)}</text>` +
      `<text x="${cx.toFixed(2)}" y="${areaY + areaH + 24}" font-size="8" text-anchor="middle" fill="#555">${e(p.achievementText === null ? '-' : formatIdNumber(p.achievementText))}</text>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(`Tren ${t.code}`)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
${bars.join('\n')}
<line x1="${areaX}" y1="${areaY + areaH}" x2="${areaX + areaW}" y2="${areaY + areaH}" stroke="#999"/>
<line x1="${areaX}" y1="${yOf(100).toFixed(2)}" x2="${areaX + areaW}" y2="${yOf(100).toFixed(2)}" stroke="#c0392b" stroke-dasharray="3 2"/>
<text x="0" y="${(yOf(100) + 3).toFixed(2)}" font-size="8" fill="#555">100</text>
<text x="${areaX}" y="${h - 4}" font-size="8" fill="#555">Capaian (%) per periode</text>
</svg>`;
}

function charts(report: LkjipReport): string {
  return `<section id="perspektif">
<h2>${label(LKJIP_LABELS.perspectives)}</h2>
${provenanceLine(report)}
${perspectiveSvg(report)}
<table>
${headerRow(LKJIP_TABLE_COLUMNS.perspectives)}
<tbody>
${report.perspectives.map((p) => `<tr><td>${e(p.code)}</td><td>${e(p.name)}</td>${num(formatIdNumber(p.weightText))}${num(formatIdPercent(p.scoreText))}<td>${e(p.band?.label.id ?? LKJIP_LABELS.noData)}</td></tr>`).join('\n')}
<tr><td colspan="3"><strong>Nilai kinerja</strong> <span class="en">Scorecard score</span></td>${num(formatIdPercent(report.scorecard.scoreText))}<td>${e(report.scorecard.band?.label.id ?? LKJIP_LABELS.noData)}</td></tr>
</tbody>
</table>
<h2>${label(LKJIP_LABELS.trend)}</h2>
${provenanceLine(report)}
<div class="charts">
${report.charts.kpiTrends.map((t) => `<div class="trend"><h3>${e(t.code)} ${e(t.name)}</h3>${trendSvg(t)}</div>`).join('\n')}
</div>
</section>`;
}

function vfmRow(v: LkjipVfmRow): string {
  const n = (t: string | null) => num(t === null ? LKJIP_LABELS.noData : formatIdNumber(t));
  const name = v.initiativeId === null ? `<strong>${e(v.name)}</strong>` : e(v.name);
  return `<tr><td>${e(v.code ?? '')}</td><td>${name}</td>${n(v.economyText)}${num(formatRupiah(v.savings))}${n(v.efficiencyText)}${n(v.effectivenessText)}<td class="flag">${v.flagLabels.map(e).join('<br>')}</td></tr>`;
}

function budget(report: LkjipReport): string {
  const b = report.budget;
  const budgetTable = b
    ? `<table>
${headerRow(LKJIP_TABLE_COLUMNS.budget)}
<tbody>
${b.initiatives.map((i) => `<tr><td>${e(i.code)}</td><td>${e(i.name)}</td>${num(formatRupiah(i.ceiling))}${num(formatRupiah(i.realized))}${num(formatIdPercent(i.absorptionText))}</tr>`).join('\n')}
<tr><td colspan="2"><strong>Jumlah</strong> <span class="en">Total</span></td>${num(formatRupiah(b.ceiling))}${num(formatRupiah(b.realized))}${num(formatIdPercent(b.absorptionText))}</tr>
</tbody>
</table>`
    : '<p>Data anggaran tidak tersedia <span class="en">no budget data</span></p>';
  const v = report.valueForMoney;
  const vfmTable = v
    ? `<table>
${headerRow(LKJIP_TABLE_COLUMNS.valueForMoney)}
<tbody>
${[v.unit, ...v.initiatives].map(vfmRow).join('\n')}
</tbody>
</table>`
    : '<p>Data value for money tidak tersedia <span class="en">no value-for-money data</span></p>';
  return `<section id="anggaran">
<h2>${label(LKJIP_LABELS.budget)}</h2>
${provenanceLine(report)}
<h3>Anggaran <span class="en">Budget</span></h3>
${budgetTable}
<h3>Value for Money (3E)</h3>
${vfmTable}
<h2>${label(LKJIP_LABELS.sakip)}</h2>
<p id="sakip">${report.sakip ? `Predikat SAKIP: <strong>${e(report.sakip.grade)}</strong> - nilai ${e(formatIdNumber(report.sakip.totalText))} (LKE ${e(report.sakip.worksheetId ? `${report.sakip.worksheetId} ` : '')}versi ${e(report.sakip.worksheetVersion)})` : 'Belum ada evaluasi SAKIP untuk tahun ini <span class="en">no SAKIP evaluation for the year</span>'}</p>
</section>`;
}

export function renderLkjipHtml(report: LkjipReport): string {
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Capaian">
<title>${e(`${report.title.id} - ${report.unit.name} - ${report.year}`)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${e(report.title.id)}</h1>
<p class="sub">${e(report.title.en)} &middot; ${e(report.unit.name)} &middot; ${e(LKJIP_LABELS.year.id)} ${report.year}</p>
</header>
${summary(report)}
${kpiTable(report)}
${charts(report)}
${budget(report)}
<footer>${provenanceLine(report)}</footer>
</body>
</html>
`;
}
