import ExcelJS from 'exceljs';
import { exampleApprovedKpi, exampleRealizationRecorded, exampleScorecardApproved, type IntegrationEventType } from '@capaian/contracts';
import { createEvaluationProjection, DEFAULT_SCORING_POLICY_V0, evaluateScorecard, type ScorecardEvaluation, type StoredInputLike } from '@capaian/evaluation-domain';
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from '@capaian/scoring';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { numberedEventId, testEvent } from '../../evaluation-api.test-helpers.js';
import {
  buildLkjip,
  formatIdNumber,
  LkjipInputError,
  lkjipBudgetOf,
  lkjipSakipOf,
  lkjipValueForMoneyOf,
  renderLkjipHtml,
  renderLkjipPdf,
  renderLkjipXlsx,
  type LkjipInput,
  type ValueForMoneyLike,
} from './index.js';

// ---------------------------------------------------------------------------------------------
// A small hand-made history: DPMPTSP's 2025 and 2026 plans and their realizations.
// 2026: PLG (weight 60) SS-01 {IKU-01 IKM quarterly average, IKU-02 permits quarterly sum};
//       PBI (weight 40) SS-02 {IKU-03 processing days, lower is better, yearly}.
// ---------------------------------------------------------------------------------------------
let n = 0;
function stored(type: IntegrationEventType, data: unknown, occurredAt: string): StoredInputLike {
  n++;
  return { position: n, data: testEvent(type, data, { eventId: numberedEventId('2c', n), occurredAt, sourcePosition: n, tenantId: 'kab', aggregateId: 'x' }) };
}
const value = (kpiId: string, year: number, period: string, v: string) =>
  stored('measurement.realization-recorded', exampleRealizationRecorded({ realizationId: `${kpiId}-${period}`, kpiId, year, period: period as 'Q1', value: v }), `${year}-07-01T00:00:00.000Z`);

const EVIL = 'Waktu penyelesaian izin <script>alert("x")</script>';
const plan2026 = exampleScorecardApproved({
  perspectives: [
    { perspectiveId: 'dpmptsp-2026.plg', code: 'PLG', name: 'Masyarakat', order: 1, weight: '60' },
    { perspectiveId: 'dpmptsp-2026.pbi', code: 'PBI', name: 'Proses Bisnis Internal', order: 2, weight: '40' },
  ],
  objectives: [
    { objectiveId: 'dpmptsp-2026.ss-01', code: 'SS-01', perspectiveId: 'dpmptsp-2026.plg', name: 'Meningkatnya kualitas pelayanan', weight: null, contributesTo: null },
    { objectiveId: 'dpmptsp-2026.ss-02', code: 'SS-02', perspectiveId: 'dpmptsp-2026.pbi', name: 'Proses perizinan yang cepat', weight: null, contributesTo: null },
  ],
  kpis: [
    exampleApprovedKpi({ kpiId: 'dpmptsp-2026.iku-01', weight: '50' }),
    exampleApprovedKpi({
      kpiId: 'dpmptsp-2026.iku-02',
      code: 'IKU-02',
      name: 'Jumlah izin terbit',
      unitOfMeasure: 'izin',
      weight: '50',
      aggregation: 'sum',
      yearlyTarget: { value: '1200' },
      periodTargets: [],
      endOfTermTarget: { value: '1500' },
      baseline: '900',
    }),
    exampleApprovedKpi({
      kpiId: 'dpmptsp-2026.iku-03',
      code: 'IKU-03',
      objectiveId: 'dpmptsp-2026.ss-02',
      name: EVIL,
      unitOfMeasure: 'hari',
      polarity: 'lower_is_better',
      frequency: 'yearly',
      aggregation: 'last',
      yearlyTarget: { value: '5' },
      periodTargets: [],
      endOfTermTarget: { value: '3' },
      thresholds: null,
    }),
  ],
});
const plan2025 = exampleScorecardApproved({
  scorecardId: 'dpmptsp-2025',
  year: 2025,
  title: 'Kartu Kinerja DPMPTSP 2025',
  kpis: [
    exampleApprovedKpi({ kpiId: 'dpmptsp-2025.iku-01', objectiveId: 'dpmptsp-2025.ss-01', weight: '50' }),
    exampleApprovedKpi({
      kpiId: 'dpmptsp-2025.iku-02',
      objectiveId: 'dpmptsp-2025.ss-01',
      code: 'IKU-02',
      name: 'Jumlah izin terbit',
      weight: '50',
      aggregation: 'sum',
      yearlyTarget: { value: '1100' },
      periodTargets: [],
    }),
  ],
  perspectives: [{ perspectiveId: 'dpmptsp-2025.plg', code: 'PLG', name: 'Masyarakat', order: 1, weight: '100' }],
  objectives: [{ objectiveId: 'dpmptsp-2025.ss-01', code: 'SS-01', perspectiveId: 'dpmptsp-2025.plg', name: 'Meningkatnya kualitas pelayanan', weight: null, contributesTo: null }],
  initiatives: [],
});

const history: StoredInputLike[] = [
  stored('planning.scorecard-approved', plan2025, '2025-01-10T00:00:00.000Z'),
  ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => value('dpmptsp-2025.iku-01', 2025, q, '79')),
  ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => value('dpmptsp-2025.iku-02', 2025, q, '250')),
  stored('planning.scorecard-approved', plan2026, '2026-01-10T00:00:00.000Z'),
  value('dpmptsp-2026.iku-01', 2026, 'Q1', '82.5'),
  value('dpmptsp-2026.iku-01', 2026, 'Q2', '80'),
  value('dpmptsp-2026.iku-02', 2026, 'Q1', '300'),
  value('dpmptsp-2026.iku-02', 2026, 'Q2', '350'),
  value('dpmptsp-2026.iku-03', 2026, 'Y', '4'),
];

function evaluations(): { current: ScorecardEvaluation; previous: ScorecardEvaluation } {
  const p = createEvaluationProjection();
  for (const e of history) p.apply(e);
  return { current: evaluateScorecard(p.inputs, 'kab', 'dpmptsp-2026')!, previous: evaluateScorecard(p.inputs, 'kab', 'dpmptsp-2025')! };
}

// Value for money as evaluation-domain's value-for-money module shapes it (the fields the report reads).
const INEFFICIENT = 'Tidak efisien: rasio efisiensi 0.85 (capaian output 68.33% / penyerapan anggaran 80.00%) di bawah batas 1';
const vfm: ValueForMoneyLike = {
  unit: {
    scope: 'unit',
    id: 'dpmptsp',
    economy: { ceiling: '1250000000', realized: '1000000000', absorption: '80', savings: '250000000' },
    efficiency: { ratio: '0.8541' },
    effectiveness: { percent: '76.3257' },
    flags: [{ code: 'inefficient', message: { id: INEFFICIENT, en: 'Inefficient' } }],
  },
  initiatives: [
    {
      scope: 'initiative',
      id: 'dpmptsp-2026.p-01',
      economy: { ceiling: '1250000000', realized: '1000000000', absorption: '80', savings: '250000000' },
      efficiency: { ratio: '0.8541' },
      effectiveness: { percent: '76.3257' },
      flags: [],
    },
  ],
};

const GENERATED_AT = '2027-01-15T03:00:00.000Z';
function input(): LkjipInput {
  const { current, previous } = evaluations();
  return {
    unit: { id: 'dpmptsp', name: plan2026.unitName },
    year: 2026,
    plan: plan2026,
    current,
    previous,
    budget: lkjipBudgetOf(vfm),
    valueForMoney: lkjipValueForMoneyOf(vfm),
    sakip: lkjipSakipOf({ total: '72.5', grade: 'BB', worksheet: { worksheetId: 'lke-88-2021', version: 1 } }),
    provenance: { policy: current.policy, positions: current.positions, generatedAt: GENERATED_AT },
  };
}

// The provenance line every output must carry (positions 10-15: the 2026 plan and its values).
const PROVENANCE = 'Posisi peristiwa 10-15; kebijakan permendagri-86-2017 v0; rencana dpmptsp-2026 v1';

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await pdf.destroy();
  return pages;
}

function cellText(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

describe('LKjIP report model', () => {
  const report = buildLkjip(input());

  it('per objective (grouped by perspective) and KPI: target, realization, achievement, last year, five-year target, band, light', () => {
    expect(report.perspectives.map((p) => [p.code, p.objectives.map((o) => [o.code, o.kpis.map((k) => k.code)])])).toEqual([
      ['PLG', [['SS-01', ['IKU-01', 'IKU-02']]]],
      ['PBI', [['SS-02', ['IKU-03']]]],
    ]);
    const [ikm, izin, waktu] = report.kpis;
    // IKM: mean(82.5, 80) = 81.25 against 82.5 -> 98.4848...; last year mean 79; 81.25 / 88 -> 92.33
    expect(ikm).toMatchObject({
      no: 1,
      target: '82.5',
      realization: '81.25',
      achievementText: '98.48',
      previousRealization: '79',
      changeFromPrevious: '2.25',
      endOfTermTarget: '88',
      endOfTermAchievementText: '92.33',
      band: { code: 'sangat_tinggi' },
      trafficLight: 'yellow',
    });
    expect(ikm!.achievement!.startsWith('98.4848')).toBe(true);
    // Permits: 650 / 1200 -> 54.17 (rendah); last year 1000
    expect(izin).toMatchObject({ target: '1200', realization: '650', achievementText: '54.17', previousRealization: '1000', endOfTermTarget: '1500', band: { code: 'rendah' }, trafficLight: 'red' });
    // Days, lower is better: 5 / 4 = 125 -> capped at 120; no KPI IKU-03 last year; 3 / 4 = 75 against the five-year target
    expect(waktu).toMatchObject({
      name: EVIL,
      target: '5',
      realization: '4',
      achievement: '120',
      achievementText: '120.00',
      previousRealization: null,
      endOfTermAchievementText: '75.00',
      band: { code: 'sangat_tinggi' },
    });
    expect(report.perspectives.map((p) => p.scoreText)).toEqual(['76.33', '120.00']);
    expect(report.scorecard).toMatchObject({ scoreText: '93.80', band: { code: 'sangat_tinggi' } });
    expect(report.charts.kpiTrends[0]!.points.map((p) => [p.period, p.value, p.achievementText])).toEqual([
      ['Q1', '82.5', '103.13'],
      ['Q2', '80', '98.77'],
      ['Q3', null, null],
      ['Q4', null, null],
    ]);
    expect(report.provenance.text.startsWith(PROVENANCE)).toBe(true);
    expect(report.provenance.text).toContain('tahun lalu dpmptsp-2025 posisi 1-9');
    expect(report.provenance.text.endsWith(`dibuat ${GENERATED_AT}`)).toBe(true);
    expect(report.valueForMoney?.unit).toMatchObject({
      flags: ['inefficient'],
      flagLabels: [INEFFICIENT],
      economyText: '80.00',
      savings: '250000000',
      efficiencyText: '0.85',
      effectivenessText: '76.33',
    });
    expect(report.sakip).toEqual({ total: '72.5', totalText: '72.50', grade: 'BB', worksheetVersion: '1', worksheetId: 'lke-88-2021' });
    expect(report.budget?.initiatives[0]).toMatchObject({ code: 'P-01', name: 'Program Pelayanan Penanaman Modal', absorptionText: '80.00' });
  });

  it('refuses inputs that do not belong together (another plan, policy or year) and a non-default policy without its data', () => {
    const ok = input();
    expect(() => buildLkjip({ ...ok, year: 2025 })).toThrow(LkjipInputError);
    expect(() => buildLkjip({ ...ok, previous: ok.current })).toThrow(/previous/);
    expect(() => buildLkjip({ ...ok, provenance: { ...ok.provenance, policy: { policyId: 'kab-2026', version: 3 } } })).toThrow(/computed under/);
    const other = { ...DEFAULT_SCORING_POLICY, policyId: 'kab-2026', version: 2 };
    expect(() =>
      buildLkjip({ ...ok, current: { ...ok.current, policy: { policyId: 'kab-2026', version: 2 } }, provenance: { ...ok.provenance, policy: { policyId: 'kab-2026', version: 2 } } }),
    ).toThrow(/scoringPolicy is required/);
    expect(
      buildLkjip({
        ...ok,
        current: { ...ok.current, policy: { policyId: 'kab-2026', version: 2 } },
        provenance: { ...ok.provenance, policy: { policyId: 'kab-2026', version: 2 } },
        scoringPolicy: other,
      }).provenance.policy,
    ).toEqual({ policyId: 'kab-2026', version: 2 });
  });

  it('works without last year, budget, value for money or SAKIP (shown as missing)', async () => {
    const r = buildLkjip({ ...input(), previous: null, budget: null, valueForMoney: null, sakip: null });
    expect(r.kpis.every((k) => k.previousRealization === null)).toBe(true);
    expect(r.provenance.previous).toBeNull();
    const codes = buildLkjip({ ...input(), valueForMoney: { unit: { economy: null, efficiency: null, effectiveness: null, flags: ['inefficient', 'something_new'] }, initiatives: [] } });
    expect(codes.valueForMoney?.unit.flagLabels).toEqual(['tidak efisien', 'something_new']);
    expect(renderLkjipHtml(r)).toContain('Belum ada evaluasi SAKIP');
    expect((await pdfPages(await renderLkjipPdf(r))).join(' ')).toContain('Data anggaran tidak tersedia');
    expect((await renderLkjipXlsx(r)).length).toBeGreaterThan(1000);
  });

  it('formats numbers the Indonesian way for print', () => {
    expect(formatIdNumber('1250000000')).toBe('1.250.000.000');
    expect(formatIdNumber('98.48')).toBe('98,48');
    expect(formatIdNumber('-1234.5', 2)).toBe('-1.234,50');
    expect(formatIdNumber('WTP')).toBe('WTP');
    expect(formatIdNumber(null)).toBe('-');
  });
});

describe("LKjIP display rounding (the policy's display decimals; exact values stay in the model)", () => {
  // IKU-01 with a third quarter: mean(82.5, 80, 85.85) = 82.78333... (the exact value has 34 digits).
  const policy: ScoringPolicy = { ...DEFAULT_SCORING_POLICY_V0, policyId: 'scoring-policy-kab.2026', version: 1, display: { decimals: 1 } };
  function roundedInput(): LkjipInput {
    const p = createEvaluationProjection();
    for (const e of [...history, value('dpmptsp-2026.iku-01', 2026, 'Q3', '85.85')]) p.apply(e);
    const current = evaluateScorecard(p.inputs, 'kab', 'dpmptsp-2026', policy)!;
    const previous = evaluateScorecard(p.inputs, 'kab', 'dpmptsp-2025')!;
    const plainVfm: ValueForMoneyLike = { ...vfm, unit: { ...vfm.unit, flags: [], economy: { ...vfm.unit.economy, realized: '1000000000.75', savings: '249999999.25' } } };
    return {
      ...input(),
      current,
      previous,
      valueForMoney: lkjipValueForMoneyOf(plainVfm),
      budget: lkjipBudgetOf(plainVfm),
      provenance: { policy: current.policy, positions: current.positions, generatedAt: GENERATED_AT },
      scoringPolicy: policy,
    };
  }
  /** Every number in a text, written the Indonesian way: decimals after ',' and '.' only as a thousands separator (groups of 3). */
  function tooLong(text: string, decimals: number): string[] {
    const plain = text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, 'INSTANT');
    const bad: string[] = [];
    for (const m of plain.matchAll(/\d+(?:\.\d+)*(?:,(\d+))?/g)) {
      if (
        (m[1]?.length ?? 0) > decimals ||
        m[0]
          .split(',')[0]!
          .split('.')
          .slice(1)
          .some((g) => g.length !== 3)
      )
        bad.push(m[0]);
    }
    return bad;
  }

  it('rounds every printed figure: the model keeps the exact value beside its display text', () => {
    const report = buildLkjip(roundedInput());
    expect(report.display).toEqual({ decimals: 1 });
    const ikm = report.kpis[0]!;
    expect(ikm.realization).toBe('82.78333333333333333333333333333333');
    expect(ikm).toMatchObject({ realizationText: '82.8', targetText: '82.5', achievementText: '100.3', changeFromPreviousText: '3.8' });
    expect(report.scorecard.scoreText).toMatch(/^\d+\.\d$/);
    expect(report.sakip?.totalText).toBe('72.5');
    expect(report.valueForMoney?.unit).toMatchObject({ efficiencyText: '0.9', effectivenessText: '76.3', economyText: '80.0' });
  });

  it("the PDF text and the HTML hold no number with more than the policy's decimals", async () => {
    const report = buildLkjip(roundedInput());
    const pdf = (await pdfPages(await renderLkjipPdf(report))).join(' ');
    expect(pdf).toContain('82,8');
    expect(pdf).toContain('Rp 1.000.000.001');
    expect(tooLong(pdf, 1)).toEqual([]);
    const html = renderLkjipHtml(report)
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]*>/g, ' ');
    expect(html).toContain('82,8');
    expect(tooLong(html, 1)).toEqual([]);
    // The check itself: it finds the long exact value the report would print unrounded, and a misplaced point.
    expect(tooLong('Realisasi 82,78333333333333333333333333333 3 dan 1.250.000.000 dan 82.78', 1)).toEqual(['82,78333333333333333333333333333', '82.78']);
  });
});

describe('LKjIP XLSX', () => {
  it('has the five sheets; the KPI rows and the provenance read back; same report -> same bytes', async () => {
    const report = buildLkjip(input());
    const bytes = await renderLkjipXlsx(report);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Capaian IKU', 'Anggaran & VfM', 'Tren', 'Perspektif']);

    const ws = wb.getWorksheet('Capaian IKU')!;
    let header: string[] = [];
    const rows: Array<Record<string, string | number | null>> = [];
    ws.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      if (values[3] === 'Kode') header = values as string[];
      else if (header.length > 0 && typeof values[0] === 'number') rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
    });
    expect(rows.map((r) => [r['Kode'], r['Target'], r['Realisasi'], r['Capaian (%)'], r['Realisasi Tahun Lalu'], r['Target Akhir Renstra'], r['Predikat']])).toEqual([
      ['IKU-01', 82.5, 81.25, 98.48, 79, 88, 'Sangat Tinggi'],
      ['IKU-02', 1200, 650, 54.17, 1000, 1500, 'Rendah'],
      ['IKU-03', 5, 4, 120, '-', 3, 'Sangat Tinggi'],
    ]);
    expect(rows[2]!['Indikator Kinerja']).toBe(EVIL);
    expect(String(rows[0]!['Capaian (eksak)']).startsWith('98.4848')).toBe(true);
    expect(cellText(ws.getCell('A3').value)).toContain(PROVENANCE);

    const summary = new Map<string, string | number | null>();
    wb.getWorksheet('Ringkasan')!.eachRow((row) => summary.set(String(cellText(row.getCell(1).value)), cellText(row.getCell(2).value)));
    expect(summary.get('Predikat SAKIP')).toBe('BB');
    expect(summary.get('Nilai kinerja')).toBe(93.8);
    expect(summary.get('Posisi peristiwa')).toBe('10-15');
    expect(summary.get('Kebijakan penilaian')).toBe('permendagri-86-2017 v0');
    expect(summary.get('Pagu anggaran (Rp)')).toBe(1250000000);

    const trend: unknown[][] = [];
    wb.getWorksheet('Tren')!.eachRow((row) => trend.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText)));
    expect(trend.some((r) => String(r[0]).includes('grafik bawaan'))).toBe(true);
    expect(trend.filter((r) => r[0] === 'IKU-01').map((r) => [r[3], r[4], r[5]])).toEqual([
      ['Q1', 82.5, 103.13],
      ['Q2', 80, 98.77],
      ['Q3', '-', 'tidak terukur'],
      ['Q4', '-', 'tidak terukur'],
    ]);

    expect(Buffer.from(await renderLkjipXlsx(buildLkjip(input()))).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('LKjIP PDF', () => {
  it('carries the title, the KPI table, the SAKIP grade and the provenance on every page; same report -> same bytes', async () => {
    const report = buildLkjip(input());
    const bytes = await renderLkjipPdf(report);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = await pdfPages(bytes);
    const all = pages.join(' ');
    expect(pages[0]).toContain('Laporan Kinerja Instansi Pemerintah (LKjIP)');
    expect(pages[0]).toContain(plan2026.unitName);
    expect(all).toContain('Indeks Kepuasan Masyarakat (IKM)');
    expect(all).toContain('98,48');
    expect(all).toContain('54,17');
    expect(all).toContain('Predikat SAKIP: BB');
    expect(all).toContain('Rp 1.250.000.000');
    expect(all).toContain('Tidak efisien: rasio efisiensi 0.85');
    for (const page of pages) expect(page).toContain(PROVENANCE);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(Buffer.from(await renderLkjipPdf(buildLkjip(input()))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('paginates a long KPI table, repeating its header', async () => {
    const base = input();
    const many = Array.from({ length: 60 }, (_, i) =>
      exampleApprovedKpi({ kpiId: `dpmptsp-2026.x-${i}`, code: `X-${String(i).padStart(2, '0')}`, name: `Indikator tambahan nomor ${i} dengan nama yang cukup panjang untuk dibungkus`, weight: '1' }),
    );
    const plan = { ...plan2026, kpis: [...plan2026.kpis, ...many] };
    const r = buildLkjip({ ...base, plan });
    const pages = await pdfPages(await renderLkjipPdf(r));
    const withTable = pages.filter((p) => p.includes('Indikator Kinerja KPI'));
    expect(withTable.length).toBeGreaterThan(1);
    expect(pages.join(' ')).toContain('X-59');
    for (const page of pages) expect(page).toContain('Halaman');
  });
});

describe('LKjIP HTML', () => {
  it('is printable, carries the same content, escapes every text, and is identical for the same report', () => {
    const report = buildLkjip(input());
    const html = renderLkjipHtml(report);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain('Laporan Kinerja Instansi Pemerintah (LKjIP)');
    expect(html).toContain('Indeks Kepuasan Masyarakat (IKM)');
    expect(html).toContain('<strong>98,48</strong>');
    expect(html).toContain('Predikat SAKIP: <strong>BB</strong>');
    expect(html).toContain(PROVENANCE);
    expect(html).toContain('<svg');
    expect(html).not.toContain('<script');
    expect(html).toContain('Waktu penyelesaian izin &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(renderLkjipHtml(buildLkjip(input()))).toBe(html);
  });
});
