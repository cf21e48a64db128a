import { http, token } from '../support.js';
import type { JourneyGroup } from './context.js';
import { open } from './kpi.journeys.js';

const NOTE = 'Disetujui Sekda dalam rapat evaluasi kinerja';
const when = (at: string) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(at));
const score = (v: string) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(v));

/** Reward and punishment recommendations of 2026: this group decides BPKAD's TPP recommendation (no other group reads it). */
export const recommendationsJourneys: JourneyGroup = (ctx) => {
  const list = async () => {
    const r = await http('GET', `${ctx.embedded.urls.evaluation}/recommendations/2026`, token('evaluator'));
    expect(r.status).toBe(200);
    return r.body as {
      recommendationId: string;
      unitId: string;
      kind: string;
      period: string;
      unitName: string;
      ruleId: string;
      ruleVersion: number;
      inputs: { period: string; score: string | null }[];
      decision: null | { data: { decidedBy: string; decidedAt: string; note: string | null } };
    }[];
  };

  it('accepting a recommendation: a rejection needs a reason (the API says so on the field); the decided one shows who and when, also after a reload', async () => {
    // BPKAD's TPP recommendation of 2026 (its id names the rule version in force, e.g. tpp-performance.v1.bpkad.2026).
    const before = (await list()).find((x) => x.unitId === 'bpkad' && x.kind === 'tpp' && x.period === '2026');
    expect(before?.decision).toBeNull();
    const ID = before!.recommendationId;

    const page = await ctx.signedIn('evaluator');
    await open(page, '/recommendations?year=2026');
    const row = page.locator(`[data-testid="recommendations"] tr[data-id="${ID}"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(`${before!.ruleId} v${before!.ruleVersion}`);
    expect(text).toContain(`${before!.inputs[0].period}: nilai ${score(before!.inputs[0].score!)}`);
    expect(text).toContain('Belum diputuskan');
    await ctx.checkScreen(page, '91-recommendations');

    await row.getByRole('button', { name: `Tolak TPP bagian kinerja untuk ${before!.unitName}` }).click();
    const form = page.getByTestId('decision-form');
    await form.getByRole('button', { name: 'Tolak rekomendasi' }).click();
    const reason = form.getByLabel('Alasan penolakan (wajib)');
    await form.locator('[data-field="reason"]').waitFor();
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.locator('[data-field="reason"]').textContent()).resolves.toBe('reason minimal 1 karakter');
    await ctx.checkScreen(page, '92-recommendation-reason');
    await form.getByRole('button', { name: 'Batal' }).click();
    expect((await list()).find((x) => x.recommendationId === ID)?.decision).toBeNull();

    await row.getByRole('button', { name: `Terima TPP bagian kinerja untuk ${before!.unitName}` }).click();
    await form.getByLabel('Catatan (tidak wajib)').fill(NOTE);
    await form.getByRole('button', { name: 'Terima rekomendasi' }).dblclick();
    await row.locator('[data-testid="decision"]').waitFor();
    const decided = (await list()).find((x) => x.recommendationId === ID)!.decision!;
    expect(decided.data.note).toBe(NOTE);
    const shown = `oleh ${decided.data.decidedBy} pada ${when(decided.data.decidedAt)}`;
    await expect(row.getByTestId('decided-by').textContent()).resolves.toBe(shown);
    await expect(row.locator('[data-testid="decision"]').textContent()).resolves.toContain(`Catatan: ${NOTE}`);
    await expect(page.getByTestId('decision-status').textContent()).resolves.toBe(`Rekomendasi ${ID} diterima.`);

    await page.reload();
    await row.locator('[data-testid="decision"]').waitFor();
    await expect(row.locator('.rec-state').textContent()).resolves.toBe('Diterima');
    await expect(row.getByTestId('decided-by').textContent()).resolves.toBe(shown);
    await expect(row.getByRole('button').count()).resolves.toBe(0);
    await ctx.checkScreen(page, '93-recommendation-accepted');
  });
};
