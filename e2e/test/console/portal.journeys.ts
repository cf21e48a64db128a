import { TENANT, http, token } from '../support.js';
import type { JourneyGroup, Page } from './context.js';
import { shows } from './kpi.journeys.js';

/** A score as the portal shows it (formatScore, id-ID): two decimals with a decimal comma, "—" when absent. */
const shown = (score: string | null) => (score === null ? '—' : new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(score)));

/** The period this group publishes, and periods it checks are never published (nobody publishes monthly periods in the journeys). */
const YEAR = 2026;
const PERIOD = 'Q1';
const KEY = `${YEAR}-${PERIOD}`;
const UNPUBLISHED = [`${YEAR}-M11`, `${YEAR}-M12`, '2025-M01'];

interface PublishedUnit {
  unitId: string;
  scorecardId: string;
  score: string | null;
  band: string | null;
  rank: number | null;
}

/** The public portal: a period published through the API, shown without sign-in; unpublished periods refused (this group only adds a publication). */
export const portalJourneys: JourneyGroup = (ctx) => {
  const publicUrl = (path: string) => `${ctx.embedded.urls.evaluation}/public/${TENANT}${path}`;
  const openPortal = async (page: Page, path: string) => {
    await page.goto(`${ctx.consoleUrl}/public/${TENANT}${path}`);
  };

  it('the public portal showing published scores and refusing unpublished ones', async () => {
    const before = await http('GET', publicUrl('/publications'), undefined);
    expect(before.status).toBe(200);
    const publishedKeys = new Set((before.body.publications as { year: number; period: string }[]).map((p) => `${p.year}-${p.period}`));
    const unpublished = UNPUBLISHED.find((k) => !publishedKeys.has(k))!;
    const [uYear, uPeriod] = unpublished.split('-');
    expect((await http('GET', publicUrl(`/publications/${uYear}/${uPeriod}`), undefined)).status).toBe(404);

    // An evaluator publishes the period (a repeat with the same key writes nothing twice).
    const key = `portal-journey-${Date.now()}`;
    const publish = await http('POST', `${ctx.embedded.urls.evaluation}/scores/publish`, token('evaluator'), { year: YEAR, period: PERIOD }, { 'Idempotency-Key': key });
    expect(publish.status).toBe(200);
    const again = await http('POST', `${ctx.embedded.urls.evaluation}/scores/publish`, token('evaluator'), { year: YEAR, period: PERIOD }, { 'Idempotency-Key': key });
    expect(again.body).toMatchObject({ position: publish.body.position, replayed: true });
    const units = publish.body.units as PublishedUnit[];
    expect(units.length).toBeGreaterThan(3);
    expect(units.some((u) => u.score !== null)).toBe(true);

    // The public API answers it without a token: the same scores, the position of the publication.
    const answer = await http('GET', publicUrl(`/publications/${YEAR}/${PERIOD}`), undefined);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ year: YEAR, period: PERIOD, position: publish.body.position, positions: publish.body.positions });
    for (const u of units) expect(answer.body.units.find((x: PublishedUnit) => x.scorecardId === u.scorecardId)).toMatchObject({ score: u.score, band: u.band === null ? null : { code: u.band } });

    // Without signing in: the portal shows the published scores, when and from what they were published.
    const page = await ctx.newPage();
    await openPortal(page, `?p=${KEY}`);
    const period = page.getByTestId('published-period');
    await period.waitFor();
    await expect(period.getAttribute('data-period')).resolves.toBe(KEY);
    await expect(page.getByTestId('provenance').first().textContent()).resolves.toContain(`dihitung dari posisi data ${publish.body.positions.from}–${publish.body.positions.to}`);
    const table = page.getByTestId('published-scores');
    for (const u of units) await expect(table.locator(`tr[data-scorecard="${u.scorecardId}"] [data-testid="score"]`).textContent()).resolves.toBe(shown(u.score));
    const pemda = answer.body.units.find((u: { unitKind: string | null }) => u.unitKind === 'pemda');
    expect(pemda).toBeDefined();
    await expect(page.getByTestId('pemda-score').first().textContent()).resolves.toContain(shown(pemda.score));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Kinerja ${pemda.unitName}`);
    // The trend table has a column per published period, this one among them.
    await expect(page.getByTestId('trend-table').locator('thead th').allTextContents()).resolves.toContain('Triwulan I 2026');
    // Only published periods are offered.
    const offered = await page
      .getByLabel('Periode yang diterbitkan')
      .locator('option')
      .evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    expect(offered).toContain(KEY);
    expect(offered).not.toContain(unpublished);
    await ctx.checkScreen(page, 'A0-portal-scores');

    // Keyboard only: the skip link first, then Tab to an OPD's scorecard and Enter.
    const opd = units.find((u) => u.score !== null && u.scorecardId !== pemda.scorecardId)!;
    const opdName = answer.body.units.find((u: PublishedUnit) => u.scorecardId === opd.scorecardId).unitName as string;
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement?.className')).resolves.toBe('skip-link');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate('document.activeElement?.getAttribute("href")')) === `/public/${TENANT}/${KEY}/${opd.scorecardId}`;
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === `/public/${TENANT}/${KEY}/${opd.scorecardId}`);
    await page.getByTestId('published-scorecard').waitFor();
    await expect(page.getByTestId('scorecard-score').textContent()).resolves.toContain(shown(opd.score));
    await expect(page.getByTestId('published-scorecard').textContent()).resolves.toContain(opdName);
    await page.getByTestId('map-objectives').first().waitFor();
    const map = await http('GET', publicUrl(`/publications/${YEAR}/${PERIOD}/scorecards/${opd.scorecardId}/strategy-map`), undefined);
    expect(map.status).toBe(200);
    expect(map.body.score).toBe(opd.score);
    const objectives = await page.getByTestId('map-objectives').locator('li').allTextContents();
    expect(objectives).toHaveLength(map.body.objectives.length);
    const first = map.body.objectives.find((o: { score: string | null }) => o.score !== null);
    if (first) expect(objectives.find((t) => t.startsWith(`${first.code} `))).toContain(shown(first.score));
    await ctx.checkScreen(page, 'A1-portal-scorecard');

    // The LKjIP of what was published: a PDF, served without a token.
    const href = await page.getByTestId('lkjip-link').getAttribute('href');
    expect(href).toBe(publicUrl(`/publications/${YEAR}/${PERIOD}/scorecards/${opd.scorecardId}/lkjip`));
    const pdf = await fetch(href!);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    // An unpublished period: not offered, the portal says so, and its public URLs answer 404 without a token.
    await openPortal(page, `?p=${unpublished}`);
    await shows(page, 'not-published', 'Periode ini belum diterbitkan. Hanya periode yang telah diterbitkan yang dapat dilihat di portal ini.');
    await expect(page.getByTestId('published-period').count()).resolves.toBe(0);
    await ctx.checkScreen(page, 'A2-portal-unpublished');
    await openPortal(page, `/${unpublished}/${opd.scorecardId}`);
    await page.getByRole('heading', { level: 1, name: 'Belum diterbitkan' }).waitFor();
    for (const path of [
      `/publications/${uYear}/${uPeriod}`,
      `/publications/${uYear}/${uPeriod}/scorecards/${opd.scorecardId}/strategy-map`,
      `/publications/${uYear}/${uPeriod}/scorecards/${opd.scorecardId}/lkjip`,
    ]) {
      const r = await http('GET', publicUrl(path), undefined);
      expect([path, r.status]).toEqual([path, 404]);
    }
    const list = await http('GET', publicUrl('/publications'), undefined);
    expect((list.body.publications as { year: number; period: string }[]).map((p) => `${p.year}-${p.period}`)).not.toContain(unpublished);
  });

  it('the public portal on a phone (375×800), in English, with the Pemda code form', async () => {
    // Another period published (its own key): the trends then have two periods when the first journey ran.
    const q2 = await http('POST', `${ctx.embedded.urls.evaluation}/scores/publish`, token('evaluator'), { year: YEAR, period: 'Q2' }, { 'Idempotency-Key': `portal-journey-q2-${Date.now()}` });
    expect(q2.status).toBe(200);
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${ctx.consoleUrl}/public`);
    await page.getByLabel('Kode Pemda').fill(TENANT);
    await page.getByRole('button', { name: 'Buka' }).click();
    await page.waitForURL((u) => u.pathname === `/public/${TENANT}`);
    await page.getByTestId('published-period').waitFor();
    await expect(page.getByTestId('published-period').getAttribute('data-period')).resolves.toBe(`${YEAR}-Q2`);
    await page.getByTestId('language').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Performance of /);
    await expect(page.getByTestId('provenance').first().textContent()).resolves.toMatch(/^Published .+ WIB · computed from data positions \d+–\d+ · policy /);
    // Nothing wider than the phone: wide tables scroll inside their own box.
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(375);
    await ctx.checkScreen(page, 'A3-portal-phone');
    await page.getByTestId('language').selectOption('id');
  });
};
