import type { JourneyGroup } from './context.js';

/** Sign-in and language: what every person meets first. */
export const commonJourneys: JourneyGroup = (ctx) => {
  it('the sign-in screen lists demo roles and units, and refuses a unit operator without a unit next to the field', async () => {
    const page = await ctx.newPage();
    await page.goto(`${ctx.consoleUrl}/`);
    await page.waitForURL((u) => u.pathname.endsWith('/sign-in'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Masuk ke Capaian');
    await page.locator('select[name="role"]').selectOption('unit_operator');
    await page.locator('select[name="unit"]').selectOption('');
    await page.locator('form button[type="submit"]').click();
    const error = page.locator('[data-field="unit"]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('Operator unit harus memilih unit');
    await expect(page.locator('select[name="unit"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await ctx.checkScreen(page, '00-sign-in');
  });

  it('switching to English changes the labels, and the choice is kept after a reload', async () => {
    const page = await ctx.signedIn('evaluator');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Dasbor' }).waitFor();
    await page.getByTestId('language').selectOption('en');
    await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.reload();
    await nav.getByRole('link', { name: 'Verification queue' }).waitFor();
    await page.getByTestId('language').selectOption('id');
    await nav.getByRole('link', { name: 'Antrean verifikasi' }).waitFor();
  });
};
