import { http } from '../support.js';
import type { ConsoleContext, JourneyGroup, Page } from './context.js';

/** Two decimals with a decimal comma, as the console shows scores in Indonesian. */
const idScore = (v: string) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(v));

async function devToken(ctx: ConsoleContext): Promise<string> {
  const r = await http('POST', `${ctx.consoleUrl}/dev/sign-in`, undefined, { role: 'evaluator' });
  expect([200, 201]).toContain(r.status);
  return r.body.token as string;
}

/** What the API says for a period: every scorecard's score and the KPI colour counts (each KPI once). */
async function expected(ctx: ConsoleContext, bearer: string, period: string) {
  const list = await http('GET', `${ctx.embedded.urls.planning}/scorecards?year=2026`, bearer);
  expect(list.status).toBe(200);
  const scores = new Map<string, any>();
  const tones = new Map<string, string>();
  for (const s of list.body as { scorecardId: string }[]) {
    const r = await http('GET', `${ctx.embedded.urls.evaluation}/scores/scorecards/${s.scorecardId}?period=${period}`, bearer);
    expect(r.status).toBe(200);
    scores.set(s.scorecardId, r.body);
    for (const k of r.body.kpis) {
      const f = period === 'Y' ? k.year : k.periods.find((p: { period: string }) => p.period === period);
      const c = f?.trafficLight.color;
      if (!tones.has(k.kpiId)) tones.set(k.kpiId, c === 'green' || c === 'yellow' || c === 'red' ? c : 'grey');
    }
  }
  const counts = new Map(['green', 'yellow', 'red', 'grey'].map((t) => [t, [...tones.values()].filter((x) => x === t).length]));
  return { scores, counts, kpis: tones.size };
}

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Waits until the element shows exactly this text (the figures are refetched after a change). */
const waitForText = (page: Page, testId: string, want: string) =>
  page
    .getByTestId(testId)
    .filter({ hasText: new RegExp(`^\\s*${escape(want)}\\s*$`) })
    .waitFor();

export const dashboardJourneys: JourneyGroup = (ctx) => {
  it('the dashboard for 2026 Q2 shows the demo units with their scores, the ranking and KPIs by colour', async () => {
    const bearer = await devToken(ctx);
    const api = await expected(ctx, bearer, 'Q2');
    const page = await ctx.signedIn('planner');
    await page.goto(`${ctx.consoleUrl}/?year=2026&period=Q2`);
    await page.getByTestId('unit-tree').waitFor();
    await page.getByTestId('ranking').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Dasbor kinerja');

    // Each unit with a scorecard shows its Q2 score as the API computes it, decimal comma, 2 decimals.
    for (const unit of ['pemda', 'dpmptsp', 'diskominfo', 'bpkad']) {
      const s = api.scores.get(`${unit}-2026`).score;
      const cell = page.getByTestId(`unit-score-${unit}`);
      await cell.waitFor();
      await expect(text(page, `unit-score-${unit}`)).resolves.toBe(s.measurable ? idScore(s.score) : 'Belum dapat dinilai');
    }
    await expect(text(page, 'unit-score-dpmptsp')).resolves.toMatch(/^\d{2,3},\d{2}$/);
    // A unit without a scorecard says so instead of a number.
    await expect(text(page, 'unit-score-dinkes')).resolves.toBe('Tidak ada nilai');
    // The unit name links to its scorecard.
    await expect(
      page
        .getByRole('link', { name: /Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu/ })
        .first()
        .getAttribute('href'),
    ).resolves.toContain('/scorecards/dpmptsp-2026');

    // The ranking lists the three demo OPDs in the official order, with their Q2 scores beside the year's.
    const ranking = (await http('GET', `${ctx.embedded.urls.evaluation}/scores/rankings/2026`, bearer)).body;
    const rows = page.getByTestId('ranking').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')))).resolves.toEqual(ranking.ranking.map((r: { unitId: string }) => `rank-${r.unitId}`));
    await expect(rows.first().locator('td').first().textContent()).resolves.toBe('1');
    await expect(rows.first().locator('td').nth(1).textContent()).resolves.toBe(idScore(ranking.ranking[0].score));
    for (const r of ranking.ranking as { unitId: string; scorecardId: string }[]) {
      const s = api.scores.get(r.scorecardId).score;
      await waitForText(page, `rank-score-${r.unitId}`, s.measurable ? idScore(s.score) : 'Belum dapat dinilai');
    }
    await page.getByTestId('ranking-chart').locator('svg').waitFor();

    // KPI counts by colour are the API's traffic lights for Q2, and add up to every KPI of the year.
    let sum = 0;
    for (const tone of ['green', 'yellow', 'red', 'grey']) {
      const n = Number(await text(page, `kpi-count-${tone}`));
      expect(n).toBe(api.counts.get(tone));
      sum += n;
    }
    expect(sum).toBe(api.kpis);
    expect(api.counts.get('green')).toBeGreaterThan(0);
    await page.getByTestId('kpi-colour-chart').locator('svg').waitFor();

    // What is missing: the demo has overdue realizations; each OPD row says how many.
    await page.getByTestId('outstanding').waitFor();
    await expect(page.getByTestId('outstanding').locator('tbody tr').count()).resolves.toBeGreaterThan(0);

    await ctx.checkScreen(page, '10-dashboard');
  });

  it('changing the period changes the URL and the figures', async () => {
    const bearer = await devToken(ctx);
    const q1 = await expected(ctx, bearer, 'Q1');
    const q2 = await expected(ctx, bearer, 'Q2');
    const page = await ctx.signedIn('evaluator');
    await page.goto(`${ctx.consoleUrl}/?year=2026&period=Q2`);
    await page.getByTestId('unit-score-dpmptsp').waitFor();
    const before = await text(page, 'unit-score-dpmptsp');
    expect(before).toBe(idScore(q2.scores.get('dpmptsp-2026').score.score));

    await page.locator('select[name="period"]').selectOption('Q1');
    await page.waitForURL((u) => u.searchParams.get('period') === 'Q1');
    const after = idScore(q1.scores.get('dpmptsp-2026').score.score);
    expect(after).not.toBe(before);
    await waitForText(page, 'unit-score-dpmptsp', after);
    await expect(page.locator('select[name="period"]').inputValue()).resolves.toBe('Q1');
    await expect(page.getByRole('columnheader', { name: 'Nilai Triwulan I' }).first().isVisible()).resolves.toBe(true);
    await page.getByTestId('kpi-count-green').waitFor();
    for (const tone of ['green', 'yellow', 'red', 'grey']) await expect(text(page, `kpi-count-${tone}`)).resolves.toBe(String(q1.counts.get(tone)));

    // The year view shows the official ranking's year scores.
    await page.locator('select[name="period"]').selectOption('Y');
    await page.waitForURL((u) => u.searchParams.get('period') === 'Y');
    const ranking = await http('GET', `${ctx.embedded.urls.evaluation}/scores/rankings/2026`, bearer);
    const dpmptsp = ranking.body.units.find((u: { unitId: string }) => u.unitId === 'dpmptsp');
    await waitForText(page, 'unit-score-dpmptsp', idScore(dpmptsp.score));

    // In English the same figure has a decimal point.
    await page.getByTestId('language').selectOption('en');
    await page.locator('h1', { hasText: 'Performance dashboard' }).waitFor();
    await waitForText(page, 'unit-score-dpmptsp', new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(dpmptsp.score)));
    await expect(text(page, 'unit-score-dinkes')).resolves.toBe('No score');
  });
};
