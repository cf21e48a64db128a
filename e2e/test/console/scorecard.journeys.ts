import { http } from '../support.js';
import type { ConsoleContext, JourneyGroup } from './context.js';

async function devToken(ctx: ConsoleContext): Promise<string> {
  const r = await http('POST', `${ctx.consoleUrl}/dev/sign-in`, undefined, { role: 'evaluator' });
  expect([200, 201]).toContain(r.status);
  return r.body.token as string;
}

const idPercent = (v: string) => `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(Number(v))}%`;
const idScore = (v: string) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(v));

export const scorecardJourneys: JourneyGroup = (ctx) => {
  it('the scorecard list shows every 2026 scorecard with its unit name, version and status', async () => {
    const page = await ctx.signedIn('viewer');
    await page.getByRole('navigation').getByRole('link', { name: 'Kartu kinerja' }).click();
    await page.waitForURL((u) => u.pathname.endsWith('/scorecards'));
    await page.getByTestId('scorecard-list').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Kartu kinerja tahun 2026');
    const row = page.getByTestId('scorecard-dpmptsp-2026');
    await expect(row.locator('td').first().textContent()).resolves.toBe('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
    await expect(row.textContent()).resolves.toContain('Ditetapkan');
    await expect(page.getByTestId('scorecard-list').locator('tbody tr').count()).resolves.toBe(5);
    await ctx.checkScreen(page, '11-scorecards');
    await row.getByRole('link').click();
    await page.waitForURL((u) => u.pathname.endsWith('/scorecards/dpmptsp-2026'));
    await page.locator('h1', { hasText: 'Balanced Scorecard Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Tahun 2026' }).waitFor();
  });

  it('scorecard dpmptsp-2026 shows its perspectives and KPIs for Q2 with Indonesian decimals, the strategy map and the pohon kinerja', async () => {
    const bearer = await devToken(ctx);
    const plan = (await http('GET', `${ctx.embedded.urls.planning}/scorecards/dpmptsp-2026`, bearer)).body;
    const score = (await http('GET', `${ctx.embedded.urls.evaluation}/scores/scorecards/dpmptsp-2026?period=Q2`, bearer)).body;
    const tree = (await http('GET', `${ctx.embedded.urls.planning}/org/units/dpmptsp/performance-tree?year=2026`, bearer)).body;

    const page = await ctx.signedIn('evaluator');
    // From the dashboard's ranking to the OPD's scorecard, keeping the period.
    await page.goto(`${ctx.consoleUrl}/?year=2026&period=Q2`);
    await page.getByTestId('rank-dpmptsp').getByRole('link').click();
    await page.waitForURL((u) => u.pathname === '/scorecards/dpmptsp-2026' && u.searchParams.get('period') === 'Q2');
    await page.getByTestId('perspective-MAS').waitFor();
    await expect(page.locator('h1').count()).resolves.toBe(1);
    for (const p of plan.perspectives) await expect(page.getByTestId(`perspective-${p.code}`).locator('h2').textContent()).resolves.toContain(p.name);

    // IKU-01 (an index, Q2 realized 85.20 against 85.00): decimal comma, achievement as the API computes it.
    const iku01 = score.kpis.find((k: { kpiId: string }) => k.kpiId === 'dpmptsp-2026.iku-01').periods.find((p: { period: string }) => p.period === 'Q2');
    const row = page.getByTestId('kpi-row-dpmptsp-2026.iku-01');
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.join(' | ')).toContain('85,2');
    expect(cells.join(' | ')).toContain(idPercent(iku01.achievement.percent));
    await expect(row.locator('.band-label').textContent()).resolves.toBe('Hijau');
    await expect(row.getByRole('link').getAttribute('href')).resolves.toBe('/kpis/dpmptsp-2026.iku-01');
    // A money KPI is in Rupiah; a KPI with nothing reported says so.
    await expect(page.getByTestId('kpi-row-dpmptsp-2026.iku-03').textContent()).resolves.toMatch(/Rp\s?[\d.]+/);
    await expect(page.getByTestId('kpi-row-dpmptsp-2026.iku-02').textContent()).resolves.toContain('Realisasi belum dilaporkan');
    // Perspective and scorecard scores.
    const mas = score.score.perspectives.find((p: { perspectiveId: string }) => p.perspectiveId === 'dpmptsp-2026.mas');
    await expect(page.getByTestId('perspective-MAS').locator('.rollup').first().textContent()).resolves.toContain(idScore(mas.score));
    await expect(page.getByTestId('scorecard-score').textContent()).resolves.toContain(idScore(score.score.score));
    // The trend sparkline is drawn for a KPI with data.
    await row.locator('.sparkline svg').waitFor();
    await expect(page.getByRole('link', { name: 'Putar ulang riwayat' }).last().getAttribute('href')).resolves.toBe('/replay/dpmptsp-2026');
    await ctx.checkScreen(page, '12-scorecard-kpis');

    // Strategy map: one node per objective, arrows from the plan's links, the same in text.
    const mapTab = page.getByRole('tab', { name: 'Peta strategi' });
    await page.getByRole('tab', { name: 'Perspektif dan IKU' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Peta strategi' }).waitFor();
    await expect(page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent)).resolves.toBe('Peta strategi');
    await expect(mapTab.getAttribute('tabindex')).resolves.toBe('0');
    await page.waitForURL((u) => u.searchParams.get('tab') === 'map');
    await page.locator('.react-flow__node').first().waitFor();
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(plan.objectives.length);
    await page.locator('.react-flow__edge').first().waitFor();
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(plan.links.length);
    await expect(page.getByTestId('graph-node-dpmptsp-2026.ss-01').getAttribute('data-tone')).resolves.toBe('green');
    await expect(page.getByTestId('map-links').locator('li').count()).resolves.toBe(plan.links.length);
    await expect(page.getByTestId('map-links').textContent()).resolves.toContain('SS-05 Meningkatnya kompetensi petugas layanan perizinan mendorong SS-04');
    await ctx.checkScreen(page, '13-strategy-map');

    // Pohon kinerja: the unit, its objectives and KPIs as a tree; the demo's gaps flagged and explained.
    await page.getByRole('tab', { name: 'Pohon kinerja' }).click();
    await page.getByTestId('tree-list').waitFor();
    const objectives = tree.root.scorecards.flatMap((s: { objectives: unknown[] }) => s.objectives);
    const kpis = objectives.flatMap((o: { kpis: unknown[] }) => o.kpis);
    await page.locator('.react-flow__node').first().waitFor();
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(1 + objectives.length + kpis.length);
    await expect(page.getByTestId('tree-gap').count()).resolves.toBe(tree.gaps.length);
    expect(tree.gaps.length).toBeGreaterThan(0);
    const gap = tree.gaps[0];
    await expect(page.getByTestId('tree-gap').first().getAttribute('data-gap')).resolves.toBe(gap.type);
    await expect(page.getByTestId('tree-gaps').textContent()).resolves.toContain(gap.message.split(' / ')[0]);
    await expect(page.locator('.graph-node.flagged').count()).resolves.toBe(new Set(tree.gaps.map((g: { itemId: string }) => g.itemId)).size);
    await ctx.checkScreen(page, '14-pohon-kinerja');
  });
};
