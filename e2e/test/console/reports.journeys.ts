import { readFileSync } from 'node:fs';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { http, token } from '../support.js';
import type { JourneyGroup, Page } from './context.js';
import { open } from './kpi.journeys.js';

const SCORECARD = 'dpmptsp-2026';
const score = (v: string | null) => (v === null ? '—' : new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(v)));

/** The text of every page of a PDF, as the LKjIP spec reads it (the title is in a compressed stream with embedded fonts). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

/** Clicks Download and returns the saved file's name and bytes. */
async function download(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh LKjIP' }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/** The instant `at` as a datetime-local value in WIB (the journeys' browser time zone), to the second. */
const wibLocal = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19);

/** Reports: the LKjIP of a scorecard downloaded with the token, now and as it stood at an instant; publishing 2026 Q1 (the portal group reads it). */
export const reportsJourneys: JourneyGroup = (ctx) => {
  it('downloads the LKjIP PDF of DPMPTSP 2026: a PDF carrying the scorecard title, now and as it stood at a chosen instant', async () => {
    const evaluator = token('evaluator');
    const model = await http('GET', `${ctx.embedded.urls.evaluation}/reports/lkjip/${SCORECARD}?format=json`, evaluator);
    expect(model.status).toBe(200);
    const title = model.body.scorecard.title as string;
    expect(title).toContain('Dinas Penanaman Modal');

    const page = await ctx.signedIn('evaluator');
    await open(page, '/reports?year=2026');
    await page.getByLabel('Kartu kinerja').selectOption(SCORECARD);
    await expect(page.locator('select[name="format"]').inputValue()).resolves.toBe('pdf');
    const now = await download(page);
    expect(now.name).toBe(`lkjip-${SCORECARD}.pdf`);
    expect(Buffer.from(now.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const nowText = await pdfText(now.bytes);
    expect(nowText).toContain(title);
    expect(nowText).toContain(`Nilai kinerja Scorecard score ${model.body.scorecard.scoreText.replace('.', ',')}`);
    await expect(page.getByTestId('lkjip-status').textContent()).resolves.toBe(`lkjip-${SCORECARD}.pdf telah diunduh.`);

    // As it stood at an instant: the report says it was made for that instant (its provenance), to the second.
    const at = new Date(Math.floor(Date.now() / 1000) * 1000);
    await page.getByLabel('Sebagaimana tercatat pada…').check();
    await page.getByLabel('Tanggal dan jam (WIB)').fill(wibLocal(at));
    const then = await download(page);
    expect(then.name).toBe(`lkjip-${SCORECARD}-asof-${at.toISOString().slice(0, 19).replace(/:/g, '')}Z.pdf`);
    expect(Buffer.from(then.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const thenText = await pdfText(then.bytes);
    expect(thenText).toContain(title);
    expect(thenText).toContain(`dibuat ${at.toISOString()}`);
    await ctx.checkScreen(page, '94-reports-lkjip');

    // An instant before the demo Pemda existed: the API's answer, in words.
    await page.getByLabel('Tanggal dan jam (WIB)').fill('2020-01-01T08:00:00');
    await page.getByRole('button', { name: 'Unduh LKjIP' }).click();
    await expect(page.getByTestId('problem-banner').getAttribute('data-code')).resolves.toBe('SCORECARD_UNKNOWN');
  });

  it('publishes the official scores of 2026 Q1 after a confirmation, showing the positions they come from and the scores published', async () => {
    const page = await ctx.signedIn('evaluator');
    await open(page, '/reports?year=2026');
    await page.getByLabel('Periode').selectOption('Q1');
    await page.getByRole('button', { name: 'Terbitkan…' }).click();
    const confirm = page.getByTestId('publish-confirm');
    await expect(confirm.textContent()).resolves.toContain('Terbitkan nilai resmi Triwulan I 2026?');
    await ctx.checkScreen(page, '95-publish-confirm');

    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/scores/publish') && r.request().method() === 'POST'),
      confirm.getByRole('button', { name: 'Ya, terbitkan Triwulan I 2026' }).dblclick(),
    ]);
    expect(answer.status()).toBe(200);
    expect(answer.request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    const published = (await answer.json()) as { year: number; period: string; positions: { from: number; to: number }; position: number; units: { scorecardId: string; score: string | null }[] };
    expect([published.year, published.period]).toEqual([2026, 'Q1']);
    await page.getByTestId('published').waitFor();
    await expect(page.getByTestId('published-positions').textContent()).resolves.toBe(`${published.positions.from}–${published.positions.to}`);
    await expect(page.getByTestId('published-position').textContent()).resolves.toBe(String(published.position));
    expect(published.units.length).toBeGreaterThan(0);
    for (const u of published.units) {
      await expect(page.locator(`[data-testid="published-units"] tr[data-id="${u.scorecardId}"] [data-cell="score"]`).textContent()).resolves.toBe(score(u.score));
      // What was published is the live score of that moment.
      const live = await http('GET', `${ctx.embedded.urls.evaluation}/scores/scorecards/${u.scorecardId}?period=Q1`, token('evaluator'));
      expect(live.body.score.score).toBe(u.score);
    }
    await expect(page.getByRole('status').filter({ hasText: 'Nilai resmi Triwulan I 2026 diterbitkan pada' }).count()).resolves.toBe(1);
    await ctx.checkScreen(page, '96-published');
  });
};
