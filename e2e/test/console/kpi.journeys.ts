import { http, token } from '../support.js';
import type { JourneyGroup, Page } from './context.js';

const KPI = 'dpmptsp-2026.iku-03';

/** Waits until the element with the test id shows exactly `text` (the console loads asynchronously). */
/**
 * Opens a console route inside the running app (client-side navigation). A full load of a nested
 * path (`/kpis/x`) asks for `kpis/config.json`, which the server does not have.
 */
export async function open(page: Page, route: string): Promise<void> {
  await page.evaluate(`window.history.pushState({}, '', ${JSON.stringify(route)}); window.dispatchEvent(new PopStateEvent('popstate'));`);
}

export async function shows(page: Page, testId: string, text: string): Promise<void> {
  const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await page
    .getByTestId(testId)
    .filter({ hasText: exact })
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await expect(
    page
      .getByTestId(testId)
      .textContent()
      .then((t) => t?.trim()),
  ).resolves.toBe(text);
}

/** The KPI detail: definition, target against realization per period, and its history. */
export const kpiJourneys: JourneyGroup = (ctx) => {
  it('KPI IKU-03 of DPMPTSP shows its chart, Q1–Q3 submitted, and every recorded change with its note', async () => {
    const evaluator = token('evaluator');
    const notes: string[] = [];
    for (const period of ['Q1', 'Q2', 'Q3']) {
      const r = await http('GET', `${ctx.embedded.urls.measurement}/realizations/${KPI}/2026/${period}`, evaluator);
      expect(r.status).toBe(200);
      expect(r.body.current.status).toBe('submitted');
      if (r.body.current.note) notes.push(r.body.current.note);
    }
    expect(notes.length).toBeGreaterThan(0);

    const page = await ctx.signedIn('evaluator');
    await open(page, `/kpis/${KPI}`);
    await page.getByRole('heading', { level: 1, name: 'IKU-03 · Nilai realisasi investasi PMA dan PMDN' }).waitFor();
    for (const period of ['Q1', 'Q2', 'Q3']) await shows(page, `kpi-status-${period}`, 'Diajukan');
    await shows(page, 'kpi-status-Q4', 'Belum dilaporkan');
    await page.locator('[data-testid="kpi-chart"] svg').first().waitFor();
    const definition = page.getByTestId('kpi-definition');
    await expect(definition.textContent()).resolves.toContain('Semakin tinggi semakin baik');
    await expect(definition.textContent()).resolves.toContain('LKPM pada sistem OSS RBA');
    const q1 = page.locator('[data-testid="kpi-periods"] tr[data-period="Q1"]');
    await expect(q1.textContent()).resolves.toMatch(/Rp\s?250\.000\.000\.000/);
    await expect(q1.textContent()).resolves.toMatch(/Rp\s?231\.500\.000\.000/);

    const history = page.getByTestId('kpi-history');
    const text = (await history.textContent()) ?? '';
    for (const note of notes) expect(text).toContain(`Catatan: ${note}`);
    await expect(history.locator('li[data-kind="recorded"]').count()).resolves.toBe(3);
    await expect(history.locator('li[data-kind="plan"]').first().textContent()).resolves.toContain('Rencana versi 1 disetujui');
    await ctx.checkScreen(page, '20-kpi-detail');

    await page.getByLabel('Tampilkan').selectOption('plan');
    await expect(history.locator('li[data-kind="recorded"]').count()).resolves.toBe(0);
    await page.getByTestId('language').selectOption('en');
    await shows(page, 'kpi-status-Q1', 'Submitted');
    await page.getByTestId('language').selectOption('id');
  });
};
