import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { http, token } from '../support.js';
import type { JourneyGroup } from './context.js';

/** One KPI row of a plan written as CSV in the template format. */
export interface PlanCsvKpi {
  code: string;
  objective: string;
  name: string;
  target: string;
  polarity?: string;
  weight?: string;
}

export interface PlanCsvInput {
  unitId: string;
  year: number;
  theme: string;
  title: string;
  /** Weights of P1 and P2. */
  weights: [string, string];
  kpis: PlanCsvKpi[];
}

const HEADER = [
  'lembar',
  'Jenis',
  'Isi',
  'Kode',
  'Nama',
  'Urutan',
  'Bobot',
  'Perspektif',
  'Sebab',
  'Akibat',
  'Sasaran',
  'Satuan',
  'Definisi',
  'Pemilik',
  'Frekuensi',
  'Level',
  'Polaritas',
  'Tipe Nilai',
  'Agregasi',
  'Target',
];

/**
 * A small whole plan as multi-sheet CSV (the template's `lembar` column): two perspectives, two
 * objectives linked SS-02 -> SS-01, the given yearly KPIs owned by the plan's unit. `rowOf` gives
 * the CSV line of a KPI (the row the import report names; the header is row 1).
 */
export function planCsv(p: PlanCsvInput): { text: string; rowOf(code: string): number } {
  const rows: Record<string, string>[] = [
    { lembar: 'Profil', Jenis: 'unit', Isi: p.unitId },
    { lembar: 'Profil', Jenis: 'tahun', Isi: String(p.year) },
    { lembar: 'Profil', Jenis: 'tema', Isi: p.theme },
    { lembar: 'Profil', Jenis: 'judul', Isi: p.title },
    { lembar: 'Profil', Jenis: 'visi', Isi: 'Layanan digital yang andal' },
    { lembar: 'Perspektif', Kode: 'P1', Nama: 'Pemangku Kepentingan', Urutan: '1', Bobot: p.weights[0] },
    { lembar: 'Perspektif', Kode: 'P2', Nama: 'Proses Internal', Urutan: '2', Bobot: p.weights[1] },
    { lembar: 'Sasaran', Kode: 'SS-01', Perspektif: 'P1', Nama: 'Meningkatnya kualitas layanan digital' },
    { lembar: 'Sasaran', Kode: 'SS-02', Perspektif: 'P2', Nama: 'Meningkatnya keandalan infrastruktur TIK' },
    { lembar: 'Peta Strategi', Sebab: 'SS-02', Akibat: 'SS-01' },
  ];
  const kpiRows = new Map<string, number>();
  for (const k of p.kpis) {
    kpiRows.set(k.code, rows.length + 2);
    rows.push({
      lembar: 'IKU',
      Kode: k.code,
      Sasaran: k.objective,
      Nama: k.name,
      Satuan: 'indeks',
      Definisi: `Definisi ${k.name}`,
      Pemilik: p.unitId,
      Frekuensi: 'tahunan',
      Level: 'hasil',
      Polaritas: k.polarity ?? 'semakin tinggi semakin baik',
      'Tipe Nilai': 'angka',
      Agregasi: 'terakhir',
      Bobot: k.weight ?? '100',
      Target: k.target,
    });
  }
  const cell = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = [HEADER.join(','), ...rows.map((r) => HEADER.map((h) => cell(r[h])).join(','))].join('\r\n') + '\r\n';
  return { text, rowOf: (code) => kpiRows.get(code) ?? 0 };
}

/** Writes a file for the browser to upload; returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-')), name);
  fs.writeFileSync(file, content);
  return file;
}

/** Uploads a plan file straight to the API (as the console does, multipart). */
export async function importPlanFile(planning: string, text: string, name = 'rencana.csv'): Promise<{ status: number; body: { scorecardId?: string; code?: string; details?: unknown[] } }> {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), name);
  const r = await fetch(`${planning}/scorecards/import/file`, { method: 'POST', headers: { authorization: `Bearer ${token('planner')}` }, body: form });
  return { status: r.status, body: (await r.json()) as { scorecardId?: string } };
}

const UNIT = 'diskominfo';
const YEAR = 2028;
const THEME = 'impor-e2e';
const SCORECARD = `${UNIT}-${YEAR}-${THEME}`;

/** Impor/ekspor: a planner downloads the template, uploads a whole 2028 plan (one bad row first), and exports it. */
export const planImportJourneys: JourneyGroup = (ctx) => {
  const planning = () => ctx.embedded.urls.planning;
  const plan = (polarity: string) =>
    planCsv({
      unitId: UNIT,
      year: YEAR,
      theme: THEME,
      title: 'Rencana Impor Diskominfo 2028',
      weights: ['60', '40'],
      kpis: [
        { code: 'IKU-01', objective: 'SS-01', name: 'Indeks kepuasan layanan digital', target: '82,5' },
        { code: 'IKU-02', objective: 'SS-02', name: 'Ketersediaan layanan pusat data', target: '99.5', polarity },
      ],
    });

  it('a plan with one bad row gets a report naming its row and column and stores nothing; the fixed plan is created, exported and linked to its Perjanjian Kinerja', async () => {
    expect((await http('GET', `${planning()}/scorecards/${SCORECARD}`, token('planner'))).status).toBe(404);
    const page = await ctx.signedIn('planner');
    await page.goto(`${ctx.consoleUrl}/plan-import`);
    await page.getByRole('heading', { level: 1, name: 'Impor dan ekspor rencana' }).waitFor();
    await ctx.checkScreen(page, '60-plan-import');

    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh templat (XLSX)' }).click()]);
    expect(template.suggestedFilename()).toBe('templat-kartu-kinerja.xlsx');
    const bytes = fs.readFileSync((await template.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    // One bad row: IKU-02 has a polarity the template does not know.
    const bad = plan('naik-turun');
    await page.getByLabel(/Berkas rencana/).setInputFiles(tempFile('rencana-diskominfo-2028.csv', bad.text));
    await page.getByRole('button', { name: 'Unggah rencana', exact: true }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    const rows = report.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['IKU', String(bad.rowOf('IKU-02')), 'Polaritas']);
    expect(cells[3]).toContain('"naik-turun" bukan pilihan yang dikenal');
    await expect(page.getByTestId('import-problems').textContent()).resolves.toContain('Tidak ada yang disimpan.');
    // The report says what the API says about that row, in Indonesian.
    const api = await importPlanFile(planning(), bad.text);
    expect(api.status).toBe(422);
    const detail = (api.body.details as { row: number; column: string; errors: string[] }[]).find((d) => d.row === bad.rowOf('IKU-02'))!;
    expect(detail.column).toBe('Polaritas');
    expect(cells[3]).toBe(detail.errors[0]!.split(' / ')[0]);
    await ctx.checkScreen(page, '61-plan-import-report');
    expect((await http('GET', `${planning()}/scorecards/${SCORECARD}`, token('planner'))).status).toBe(404);

    // The fixed file creates the scorecard.
    const good = plan('semakin tinggi semakin baik');
    await page.getByLabel(/Berkas rencana/).setInputFiles(tempFile('rencana-diskominfo-2028.csv', good.text));
    await page.getByRole('button', { name: 'Unggah rencana', exact: true }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    await expect(result.getAttribute('data-scorecard')).resolves.toBe(SCORECARD);
    await expect(result.textContent()).resolves.toContain(`Kartu kinerja ${SCORECARD} dibuat dari berkas.`);
    await expect(result.getByTestId('import-created').locator('li[data-kind="kpis"]').textContent()).resolves.toBe('IKU ditetapkan: 2');
    await expect(result.getByTestId('import-created').locator('li[data-kind="perspectives"]').textContent()).resolves.toBe('Perspektif ditetapkan: 2');
    await page.getByTestId('import-plan').waitFor();
    await expect(page.getByTestId('import-plan').textContent()).resolves.toBe('Rencana Impor Diskominfo 2028: 2 perspektif, 2 sasaran, 2 IKU, 0 program/kegiatan · draf');
    const stored = await http('GET', `${planning()}/scorecards/${SCORECARD}`, token('planner'));
    expect(stored.status).toBe(200);
    expect(stored.body.status).toBe('draft');
    expect(stored.body.kpis.map((k: { code: string; yearlyTarget: { value: string } }) => [k.code, k.yearlyTarget.value])).toEqual([
      ['IKU-01', '82.5'],
      ['IKU-02', '99.5'],
    ]);
    expect(stored.body.links).toEqual([{ from: 'SS-02', to: 'SS-01' }]);
    await ctx.checkScreen(page, '62-plan-import-result');

    // Export it as CSV: the file is the plan in the template format.
    await result.getByRole('button', { name: 'Pilih untuk ekspor' }).click();
    const scorecardSelect = page.locator('select[name="scorecard"]');
    await page.locator(`select[name="scorecard"] option[value="${SCORECARD}"]`).waitFor({ state: 'attached' });
    await expect(scorecardSelect.inputValue()).resolves.toBe(SCORECARD);
    await page.locator('select[name="format"]').selectOption('csv');
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh ekspor' }).click()]);
    expect(exported.suggestedFilename()).toBe(`${SCORECARD}.csv`);
    const csv = fs.readFileSync((await exported.path())!, 'utf8');
    expect(csv).toContain('Ketersediaan layanan pusat data');
    expect(csv).toMatch(/IKU,.*IKU-01,Indeks kepuasan layanan digital/);
    expect(csv).toContain('82.5');

    // And on to its Perjanjian Kinerja.
    await result.getByRole('link', { name: 'Tetapkan sebagai Perjanjian Kinerja' }).click();
    await page.waitForURL((u) => u.pathname === `/scorecards/${SCORECARD}/agreement`);
    await page.getByRole('heading', { level: 1, name: 'Perjanjian Kinerja' }).waitFor();
    await expect(page.getByTestId('status').textContent()).resolves.toBe('Draf');
  });

  it("an empty file and a file that is not a spreadsheet get the API's message on the file field", async () => {
    const page = await ctx.signedIn('planner');
    await page.goto(`${ctx.consoleUrl}/plan-import`);
    const input = page.getByLabel(/Berkas rencana/);
    const error = page.locator('#err-file');
    for (const [name, content] of [
      ['kosong.csv', ''],
      ['gambar.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0xff, 0xfe, 0x00])],
    ] as const) {
      const form = new FormData();
      form.append('file', new Blob([content]), name);
      const api = await fetch(`${planning()}/scorecards/import/file`, { method: 'POST', headers: { authorization: `Bearer ${token('planner')}` }, body: form });
      expect(api.status).toBe(400);
      const body = (await api.json()) as { message: string | string[] };
      const message = (Array.isArray(body.message) ? body.message[0]! : body.message).split(' / ')[0];

      await input.setInputFiles(tempFile(name, content));
      await page.getByRole('button', { name: 'Unggah rencana', exact: true }).click();
      await error.filter({ hasText: message }).waitFor();
      await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.getByTestId('import-report').count()).resolves.toBe(0);
    }
    await ctx.checkScreen(page, '63-plan-import-file-error');
  });
};
