import { http, token } from '../support.js';
import type { JourneyGroup, Page } from './context.js';

/**
 * The evaluator's verification queue. This group owns the realizations of unit bpkad and of the
 * Bupati's KPIs (pemda-2026.*, Q1-Q3) and the locks of unit bpkad.
 */
export const verificationJourneys: JourneyGroup = (ctx) => {
  const row = (page: Page, kpiId: string, period: string) => page.getByTestId(`queue-row-${kpiId}-2026-${period}`);

  async function openQueue(query: string): Promise<Page> {
    const page = await ctx.signedIn('evaluator');
    await page.goto(`${ctx.consoleUrl}/verification${query}`);
    await page.getByRole('heading', { level: 1, name: 'Antrean verifikasi realisasi' }).waitFor();
    await page.getByTestId('queue-count').waitFor();
    return page;
  }

  async function statusesOf(kpiId: string, status: string): Promise<string[]> {
    const r = await http('GET', `${ctx.embedded.urls.measurement}/realizations?kpiId=${kpiId}&year=2026&status=${status}`, token('evaluator'));
    expect(r.status).toBe(200);
    return (r.body as { period: string }[]).map((x) => x.period).sort();
  }

  it('the queue lists submitted realizations with KPI and unit names; verifying one shows it verified on the KPI screen', async () => {
    const page = await openQueue('');
    const ikm = row(page, 'pemda-2026.iku-06', 'Q1');
    await ikm.getByRole('link', { name: 'Indeks Kepuasan Masyarakat (IKM)' }).waitFor();
    await expect(ikm.locator('td').nth(1).textContent()).resolves.toBe('Sekretariat Daerah');
    await expect(ikm.getByTestId('value').textContent()).resolves.toBe('82,35');
    await expect(row(page, 'bpkad-2026.iku-04', 'Q2').textContent()).resolves.toContain('Tender paket pekerjaan fisik terlambat');
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(21);
    await ctx.checkScreen(page, '40-verification-queue');

    await page.getByRole('button', { name: 'Verifikasi Indeks Kepuasan Masyarakat (IKM), Triwulan I 2026' }).click();
    const item = page.locator('[data-testid="result-item"][data-key="pemda-2026.iku-06|2026|Q1"]');
    await item.waitFor();
    await expect(item.getAttribute('data-outcome')).resolves.toBe('ok');
    await expect(item.textContent()).resolves.toContain('Terverifikasi');
    await ikm.waitFor({ state: 'detached' });
    await expect(statusesOf('pemda-2026.iku-06', 'verified')).resolves.toEqual(['Q1']);

    // The KPI's other periods are still queued: its name leads to the KPI screen.
    await row(page, 'pemda-2026.iku-06', 'Q2').getByRole('link', { name: 'Indeks Kepuasan Masyarakat (IKM)' }).click();
    await page.waitForURL((u) => u.pathname === '/kpis/pemda-2026.iku-06');
    const status = page.getByTestId('kpi-status-Q1');
    await status.waitFor();
    await expect(status.textContent()).resolves.toBe('Terverifikasi');
    await expect(page.getByTestId('kpi-status-Q2').textContent()).resolves.toBe('Diajukan');
  });

  it('bulk verify of two selected rows shows both done and they leave the queue; select all follows the filter', async () => {
    const page = await openQueue('?unit=bpkad');
    await row(page, 'bpkad-2026.iku-04', 'Q3').getByRole('link', { name: 'Persentase penyerapan anggaran belanja daerah' }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(3);
    const select = (p: string) => page.getByRole('checkbox', { name: `Pilih Persentase penyerapan anggaran belanja daerah, ${p} 2026` });

    // "Select all shown" with a period filter selects only what the filter shows.
    await page.locator('select[name="queue-period"]').selectOption('Q3');
    await row(page, 'bpkad-2026.iku-04', 'Q1').waitFor({ state: 'detached' });
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    await page.getByRole('checkbox', { name: 'Pilih semua yang tampil' }).check();
    await expect(page.getByTestId('bulk-verify').textContent()).resolves.toBe('Verifikasi yang dipilih (1)');
    await page.getByRole('checkbox', { name: 'Pilih semua yang tampil' }).uncheck();
    await page.locator('select[name="queue-period"]').selectOption('');
    await row(page, 'bpkad-2026.iku-04', 'Q1').waitFor();
    await expect(page.getByTestId('bulk-verify').isDisabled()).resolves.toBe(true);

    await select('Triwulan I').check();
    await select('Triwulan II').check();
    await expect(page.getByTestId('bulk-verify').textContent()).resolves.toBe('Verifikasi yang dipilih (2)');
    await page.getByTestId('bulk-verify').click();
    const summary = page.getByTestId('results-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toBe('2 berhasil, 0 gagal.');
    await expect(page.locator('[data-testid="result-item"][data-outcome="ok"]').count()).resolves.toBe(2);
    await row(page, 'bpkad-2026.iku-04', 'Q1').waitFor({ state: 'detached' });
    await row(page, 'bpkad-2026.iku-04', 'Q2').waitFor({ state: 'detached' });
    await row(page, 'bpkad-2026.iku-04', 'Q3').waitFor();
    await expect(page.getByTestId('bulk-verify').textContent()).resolves.toBe('Verifikasi yang dipilih (0)');
    await expect(statusesOf('bpkad-2026.iku-04', 'verified')).resolves.toEqual(['Q1', 'Q2']);
    await ctx.checkScreen(page, '41-verified');
  });

  it("rejecting without a reason shows the API's message next to the reason field; with a reason the realization leaves the queue as rejected", async () => {
    const page = await openQueue('?unit=dinsos&qperiod=Q1');
    const dtsen = row(page, 'pemda-2026.iku-05', 'Q1');
    await dtsen.waitFor();
    await dtsen.getByRole('button', { name: /^Tolak / }).click();
    const form = page.getByTestId('reject-form');
    await form.getByRole('button', { name: 'Kirim penolakan' }).click();
    const error = form.locator('[data-field="reason"]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('minimal 1 karakter');
    await expect(form.getByRole('textbox', { name: 'Alasan penolakan' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(statusesOf('pemda-2026.iku-05', 'rejected')).resolves.toEqual([]);

    await form.getByRole('textbox', { name: 'Alasan penolakan' }).fill('Bukti dukung rekap SIKS-NG belum dilampirkan');
    await form.getByRole('button', { name: 'Kirim penolakan' }).click();
    await dtsen.waitFor({ state: 'detached' });
    await form.waitFor({ state: 'detached' });
    const item = page.locator('[data-testid="result-item"][data-key="pemda-2026.iku-05|2026|Q1"]');
    await expect(item.textContent()).resolves.toContain('Ditolak');
    await page.getByTestId('queue-empty').waitFor();
    await expect(statusesOf('pemda-2026.iku-05', 'rejected')).resolves.toEqual(['Q1']);
  });

  it('locks bpkad 2026 Q1 with a reason and sees it confirmed, then unlocks it with a reason', async () => {
    const page = await openQueue('?unit=bpkad');
    const form = page.getByTestId('lock-form');
    await form.locator('select[name="lock-unit"]').selectOption('bpkad');
    await form.locator('select[name="lock-year"]').selectOption('2026');
    await form.locator('select[name="lock-period"]').selectOption('Q1');
    await form.getByRole('textbox', { name: 'Alasan' }).fill('Data TW I BPKAD sudah diperiksa Inspektorat');
    await form.getByRole('button', { name: 'Kunci periode' }).click();
    const state = page.getByTestId('lock-state');
    await state.waitFor();
    await expect(state.getAttribute('data-locked')).resolves.toBe('true');
    await expect(state.textContent()).resolves.toContain('Triwulan I 2026 untuk Badan Pengelolaan Keuangan dan Aset Daerah kini terkunci.');
    await expect(state.textContent()).resolves.toContain('Catatan: Data TW I BPKAD sudah diperiksa Inspektorat');
    await ctx.checkScreen(page, '42-period-lock');

    // Locking again is refused, next to the period.
    await form.getByRole('button', { name: 'Kunci periode' }).click();
    const periodError = form.locator('[data-field="period"]');
    await periodError.waitFor();
    await expect(periodError.textContent()).resolves.toContain('sudah dikunci');
    await expect(form.locator('select[name="lock-period"]').getAttribute('aria-invalid')).resolves.toBe('true');

    // Unlocking needs a reason.
    await form.getByRole('button', { name: 'Buka kunci' }).click();
    const reasonError = form.locator('[data-field="reason"]');
    await reasonError.waitFor();
    await expect(form.getByRole('textbox', { name: 'Alasan' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByRole('textbox', { name: 'Alasan' }).fill('Koreksi data SIPD yang terlambat');
    await form.getByRole('button', { name: 'Buka kunci' }).click();
    await page.locator('[data-testid="lock-state"][data-locked="false"]').waitFor();
    await expect(page.getByTestId('lock-state').textContent()).resolves.toContain('Triwulan I 2026 untuk Badan Pengelolaan Keuangan dan Aset Daerah kini terbuka kembali.');
    await expect(page.getByTestId('lock-state').textContent()).resolves.toContain('Alasan: Koreksi data SIPD yang terlambat');
  });
};
