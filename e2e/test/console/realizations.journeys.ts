import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { http, token, waitFor } from '../support.js';
import type { JourneyGroup, Page } from './context.js';
import { fillNoteAndEvidence } from './steps.js';

const UNIT = 'dpmptsp';

/** The row of a KPI in one of the screen's tables. */
const rowOf = (page: Page, table: 'missing-table' | 'reported-table', kpiId: string) => page.locator(`[data-testid="${table}"] tr[data-kpi="${kpiId}"]`);

/** Counts the console's POSTs to a measurement path (what the browser really sent). */
function countPosts(page: Page, pathname: string): () => number {
  let n = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === pathname) n++;
  });
  return () => n;
}

async function openForm(page: Page, consoleUrl: string, period: string, kpiId: string): Promise<void> {
  await page.goto(`${consoleUrl}/my-realizations?year=2026&period=${period}`);
  await page.getByRole('heading', { level: 1, name: 'Realisasi Saya' }).waitFor();
  await rowOf(page, 'missing-table', kpiId)
    .getByRole('button', { name: /^Isi realisasi/ })
    .click();
  await page.getByTestId('realization-form').waitFor();
}

/** The unit's score for the period as the dashboard shows it. */
async function dashboardScore(page: Page, consoleUrl: string, period: string): Promise<string> {
  await page.goto(`${consoleUrl}/?year=2026&period=${period}`);
  const cell = page.getByTestId(`unit-score-${UNIT}`);
  await cell.waitFor();
  return ((await cell.textContent()) ?? '').trim();
}

/** Realisasi Saya: a unit operator reports, fixes a refused value, and uploads the unit's form. */
export const realizationJourneys: JourneyGroup = (ctx) => {
  const operator = () => token('unit_operator', UNIT);
  const measurement = () => ctx.embedded.urls.measurement;
  const current = async (kpiId: string, period: string) => http('GET', `${measurement()}/realizations/${kpiId}/2026/${period}`, operator());

  it('an operator reports a Rupiah value for Q4 with evidence; it moves to "Sudah dilaporkan" and the dashboard score changes', async () => {
    const kpiId = 'dpmptsp-2026.iku-03';
    expect((await current(kpiId, 'Q4')).status).toBe(404);
    const page = await ctx.signedIn('unit_operator', UNIT);
    await page.waitForURL((u) => u.pathname.endsWith('/my-realizations'));
    const before = await dashboardScore(page, ctx.consoleUrl, 'Q4');

    await openForm(page, ctx.consoleUrl, 'Q4', kpiId);
    await expect(rowOf(page, 'missing-table', kpiId).textContent()).resolves.toContain('Periode berjalan');
    await expect(page.getByTestId('realization-form').getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Isi realisasi IKU-03 — Nilai realisasi investasi PMA dan PMDN');
    await page.getByLabel('Nilai realisasi', { exact: true }).fill('Rp 401.250.000.000');
    await fillNoteAndEvidence(page, { note: 'Rekap LKPM triwulan IV sementara', url: 'https://drive.pemda.go.id/bukti/lkpm-tw4.pdf', label: 'Rekap LKPM TW IV' });
    await ctx.checkScreen(page, '30-my-realizations');
    await page.getByRole('button', { name: 'Simpan' }).click();

    const reported = rowOf(page, 'reported-table', kpiId);
    await reported.waitFor();
    await expect(reported.getByTestId('reported-value').textContent()).resolves.toMatch(/^Rp\s?401\.250\.000\.000$/);
    await expect(reported.textContent()).resolves.toContain('Diajukan');
    await expect(rowOf(page, 'missing-table', kpiId).count()).resolves.toBe(0);
    await expect(page.getByTestId('saved-banner').textContent()).resolves.toContain('Realisasi IKU-03 tersimpan');
    const stored = await current(kpiId, 'Q4');
    expect(stored.body.current).toMatchObject({
      value: '401250000000',
      status: 'submitted',
      note: 'Rekap LKPM triwulan IV sementara',
      evidence: [{ url: 'https://drive.pemda.go.id/bukti/lkpm-tw4.pdf', label: 'Rekap LKPM TW IV' }],
    });

    // Evaluation is eventually consistent: the dashboard is read again until its score moves.
    const after = await waitFor(
      'the dashboard score of DPMPTSP for Q4 to change',
      async () => {
        const s = await dashboardScore(page, ctx.consoleUrl, 'Q4');
        return s !== before ? s : undefined;
      },
      12_000,
      500,
    );
    expect(after).toMatch(/^\d+,\d{2}$/);
  });

  it('a value that is not a number is refused without sending; a value the API refuses shows its message next to the field, and nothing is stored', async () => {
    const kpiId = 'pemda-2026.iku-10';
    const page = await ctx.signedIn('unit_operator', UNIT);
    const posts = countPosts(page, '/realizations');
    await openForm(page, ctx.consoleUrl, 'Q4', kpiId);
    const value = page.getByLabel('Nilai realisasi', { exact: true });
    const error = page.getByTestId('realization-form').locator('[data-field="value"]');

    await value.fill('abc');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(error.textContent()).resolves.toBe('Nilai harus berupa angka, mis. 87,5 atau 1.250.000. Tidak ada yang dikirim.');
    expect(posts()).toBe(0);

    await value.fill('-5');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await error.filter({ hasText: 'uang' }).waitFor();
    await expect(error.textContent()).resolves.toBe('Nilai realisasi (uang) harus angka desimal >= 0');
    await expect(value.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(value.getAttribute('aria-describedby')).resolves.toContain('err-value');
    expect(posts()).toBe(1);
    await expect(page.getByTestId('realization-form').getByTestId('problem-banner').count()).resolves.toBe(0);
    await ctx.checkScreen(page, '31-realization-error');

    await page.getByTestId('language').selectOption('en');
    await expect(error.textContent()).resolves.toBe('value must be a decimal number >= 0');
    await page.getByTestId('language').selectOption('id');

    expect((await current(kpiId, 'Q4')).status).toBe(404);
    await expect(rowOf(page, 'missing-table', kpiId).count()).resolves.toBe(1);
  });

  it('an upload of the unit form with one good and one bad row lists the bad row and stores nothing', async () => {
    const good = { kpiId: 'dpmptsp-2026.iku-10', period: 'Q1', label: 'TW I', value: '12,5' };
    const bad = { kpiId: 'dpmptsp-2026.iku-05', period: 'Q1', label: 'TW I', value: 'abc' };
    const missingQ1 = async () =>
      (await http('GET', `${measurement()}/units/${UNIT}/missing-realizations?year=2026&period=Q1`, operator())).body.missing.map((m: { kpiId: string }) => m.kpiId) as string[];
    expect(await missingQ1()).toEqual(expect.arrayContaining([good.kpiId, bad.kpiId]));

    const template = await fetch(`${measurement()}/realizations/template?year=2026`, { headers: { authorization: `Bearer ${operator()}` } });
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await template.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('Realisasi')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    let badRow = 0;
    sheet.eachRow((row, n) => {
      const id = row.getCell(col('ID IKU')).text;
      const period = row.getCell(col('Periode')).text;
      for (const r of [good, bad]) {
        if (id === r.kpiId && period === r.label) {
          row.getCell(col('Nilai')).value = r.value;
          if (r === bad) badRow = n;
        }
      }
    });
    expect(badRow).toBeGreaterThan(1);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'real-')), 'realisasi-dpmptsp-2026.xlsx');
    await workbook.xlsx.writeFile(file);

    const page = await ctx.signedIn('unit_operator', UNIT);
    await page.goto(`${ctx.consoleUrl}/my-realizations?year=2026&period=Q1`);
    await page.getByRole('heading', { level: 2, name: 'Unggah lewat lembar kerja' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh formulir (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toBe('realisasi-dpmptsp-2026.xlsx');

    await page.getByLabel('Berkas yang sudah diisi').setInputFiles(file);
    await page.getByRole('button', { name: 'Unggah', exact: true }).click();
    const problems = page.getByTestId('upload-problem-table');
    await problems.waitFor();
    await expect(page.getByTestId('upload-problems').textContent()).resolves.toContain('Tidak ada yang disimpan.');
    const rows = problems.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells[0]).toBe('Realisasi');
    expect(cells[1]).toBe(String(badRow));
    expect(cells[2]).toBe('Nilai');
    expect(cells[3]).toMatch(/angka/i);
    await ctx.checkScreen(page, '32-upload-errors');

    expect(await missingQ1()).toEqual(expect.arrayContaining([good.kpiId, bad.kpiId]));
    expect((await current(good.kpiId, 'Q1')).status).toBe(404);
    await expect(rowOf(page, 'missing-table', good.kpiId).count()).resolves.toBe(1);
  });

  it('a double click on Save stores one realization', async () => {
    const kpiId = 'pemda-2026.iku-11';
    expect((await current(kpiId, 'Q4')).status).toBe(404);
    const page = await ctx.signedIn('unit_operator', UNIT);
    await openForm(page, ctx.consoleUrl, 'Q4', kpiId);
    await page.getByLabel('Nilai realisasi', { exact: true }).fill('1250');
    await page.getByRole('button', { name: 'Simpan' }).dblclick();
    const reported = rowOf(page, 'reported-table', kpiId);
    await reported.waitFor();
    await expect(reported.getByTestId('reported-value').textContent()).resolves.toMatch(/^1\.250/);

    const stored = await current(kpiId, 'Q4');
    expect(stored.status).toBe(200);
    expect(stored.body.history).toHaveLength(1);
    expect(stored.body.current).toMatchObject({ value: '1250', valueRevision: 1 });
    const list = await http('GET', `${measurement()}/realizations?unitId=${UNIT}&year=2026&kpiId=${kpiId}`, operator());
    expect(list.body.filter((r: { period: string }) => r.period === 'Q4')).toHaveLength(1);
  });

  it('a correction with a reason replaces the value; a form someone else changed meanwhile gets the 412 and offers to reload', async () => {
    const kpiId = 'dpmptsp-2026.iku-06';
    const page = await ctx.signedIn('unit_operator', UNIT);
    await page.goto(`${ctx.consoleUrl}/my-realizations?year=2026&period=Q2`);
    await rowOf(page, 'reported-table', kpiId)
      .getByRole('button', { name: /^Koreksi/ })
      .click();
    await page.getByTestId('realization-form').waitFor();

    // Meanwhile a colleague of the unit corrects the same value (through the API, with its ETag).
    const seen = (await current(kpiId, 'Q2')).body.current;
    const colleague = await http(
      'POST',
      `${measurement()}/realizations/${kpiId}/2026/Q2/corrections`,
      operator(),
      { value: '3.0', reason: 'Rekap ulang oleh rekan' },
      { 'If-Match': `"${seen.revision}"` },
    );
    expect(colleague.status).toBe(201);

    await page.getByLabel('Nilai realisasi', { exact: true }).fill('2,9');
    await page.getByLabel('Alasan koreksi').fill('Salah ketik pada rekap');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const stale = page.getByTestId('stale-banner');
    await stale.waitFor();
    await expect(stale.textContent()).resolves.toContain('telah diubah orang lain');
    await ctx.checkScreen(page, '33-correction-stale');
    // The stale form stored nothing: the colleague's value stands.
    expect((await current(kpiId, 'Q2')).body.current.value).toBe('3.0');

    // Reload, then the same correction on the fresh value goes through.
    await stale.getByRole('button', { name: 'Muat ulang' }).click();
    const reported = rowOf(page, 'reported-table', kpiId);
    await page.getByTestId('realization-form').waitFor({ state: 'detached' });
    await expect(page.getByTestId('saved-banner').count()).resolves.toBe(0);
    await waitFor('the reloaded value', async () => (/^3\s/.test(((await reported.getByTestId('reported-value').textContent()) ?? '').trim()) ? true : undefined), 10_000, 200);
    await reported.getByRole('button', { name: /^Koreksi/ }).click();
    await expect(page.getByTestId('realization-form').textContent()).resolves.toMatch(/Nilai saat ini: 3(?![,\d])/);
    await page.getByLabel('Nilai realisasi', { exact: true }).fill('2,9');
    await page.getByLabel('Alasan koreksi').fill('Salah ketik pada rekap');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await waitFor('the corrected value on the screen', async () => (((await reported.getByTestId('reported-value').textContent()) ?? '').includes('2,9') ? true : undefined), 10_000, 200);
    const stored = (await current(kpiId, 'Q2')).body;
    expect(stored.current).toMatchObject({ value: '2.9', status: 'submitted' });
    expect(stored.history.filter((h: { type: string }) => h.type === 'realization-corrected').map((h: { data: { reason: string } }) => h.data.reason)).toEqual([
      'Rekap ulang oleh rekan',
      'Salah ketik pada rekap',
    ]);
  });
};
