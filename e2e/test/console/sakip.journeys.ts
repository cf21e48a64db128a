import { http, token } from '../support.js';
import type { JourneyGroup, Page } from './context.js';
import { fieldMessage, fillNoteAndEvidence } from './steps.js';

/**
 * The SAKIP evaluation (LKE): an evaluator starts the evaluation of a unit, answers criteria with
 * the system's suggestions, is refused finalization while criteria are unanswered, revises an
 * answer with a reason, then finalizes with the grade the API computes. This group owns the SAKIP
 * evaluation of unit bpkad for 2026 (no other group evaluates SAKIP).
 */
const UNIT = 'bpkad';
const YEAR = 2026;

interface Sheet {
  status: string;
  suggestions: Record<string, { answer: string; derivedFrom: { id: string } }>;
  answers: Record<string, { answer: string; note: string | null; evidence: { url: string; label: string | null }[] }>;
  worksheet: { components: { subComponents: { criteria: { code: string; scale: string }[] }[] }[]; scales: Record<string, { kind: string }> };
  score: { total: string; grade: string; answered: number; of: number; unanswered: string[]; components: { code: string; score: string }[] };
}

export const sakipJourneys: JourneyGroup = (ctx) => {
  const base = () => `${ctx.embedded.urls.evaluation}/sakip/evaluations/${UNIT}/${YEAR}`;
  const sheet = async (): Promise<Sheet> => {
    const r = await http('GET', base(), token('evaluator'));
    expect(r.status).toBe(200);
    return r.body as Sheet;
  };
  const unitName = async (): Promise<string> => {
    const r = await http('GET', `${ctx.embedded.urls.planning}/org/tree`, token('evaluator'));
    type Node = { unitId: string; name: string; children: Node[] };
    const find = (nodes: Node[]): Node | undefined => nodes.map((n) => (n.unitId === UNIT ? n : find(n.children))).find(Boolean);
    return find((r.body as { roots: Node[] }).roots)!.name;
  };
  const criterion = (page: Page, code: string) => page.getByTestId(`criterion-${code}`);
  /** The screen's confirmation of the last write, once it says `text`. */
  const noticed = async (page: Page, text: string) => {
    const notice = page.getByTestId('sakip-notice').filter({ hasText: text });
    await notice.waitFor();
    return (await notice.textContent()) ?? '';
  };
  const openWorksheet = async (page: Page) => {
    await page.goto(`${ctx.consoleUrl}/sakip/${UNIT}/${YEAR}`);
    await page.getByTestId('sakip-score').waitFor();
  };

  it('starts the LKE of a unit, answers criteria with suggestions and evidence, is refused finalization listing what is unanswered, and revises an answer with a reason', async () => {
    expect((await http('GET', base(), token('evaluator'))).status).toBe(404);
    const name = await unitName();
    const page = await ctx.signedIn('evaluator');
    await page.getByRole('link', { name: 'Evaluasi SAKIP', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluasi SAKIP (LKE)' }).waitFor();
    await page.locator('select[name="year"]').selectOption(String(YEAR));
    const row = page.getByTestId(`sakip-unit-${UNIT}`);
    await row.waitFor();
    await expect(row.getAttribute('data-status')).resolves.toBe('none');
    await ctx.checkScreen(page, '80-sakip-list');

    // Start: the worksheet opens with the system's suggestions and what they were derived from.
    await row.getByRole('button', { name: `Mulai evaluasi ${name}` }).click();
    await page.waitForURL((u) => u.pathname === `/sakip/${UNIT}/${YEAR}`);
    await page.getByRole('heading', { level: 1, name: `Evaluasi SAKIP ${name} tahun ${YEAR}` }).waitFor();
    await expect(page.getByTestId('sakip-status').textContent()).resolves.toBe('Sedang dievaluasi');
    const started = await sheet();
    expect(started.status).toBe('in_progress');
    expect(started.score.of).toBe(42);
    await expect(page.getByTestId('sakip-progress').textContent()).resolves.toBe('0 dari 42 kriteria dijawab (0%)');
    const suggested = Object.entries(started.suggestions);
    expect(suggested.length).toBeGreaterThan(0);
    for (const [code, s] of suggested) {
      await expect(criterion(page, code).getAttribute('data-suggested')).resolves.toBe(s.answer);
      await expect(criterion(page, code).getByTestId('derived-from').textContent()).resolves.toBe(`Berdasarkan: ${s.derivedFrom.id}`);
    }
    await ctx.checkScreen(page, '81-sakip-worksheet');

    // Answer 1.a.1 with a note and an evidence link.
    await page.getByRole('button', { name: 'Jawab 1.a.1' }).click();
    const form = page.getByTestId('answer-form');
    await form.getByLabel('Jawaban').selectOption('Y');
    await fillNoteAndEvidence(form, { note: 'Renstra BPKAD 2025-2029 ditetapkan dengan Perkada', url: 'https://drive.pemda.go.id/lke/bpkad/renstra.pdf', label: 'Renstra BPKAD' });
    await ctx.checkScreen(page, '82-sakip-answer-form');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(noticed(page, 'Kriteria 1.a.1 dijawab')).resolves.toBe('Kriteria 1.a.1 dijawab Y.');
    await page.locator('[data-testid="criterion-1.a.1"][data-answer="Y"]').waitFor();
    await criterion(page, '1.a.1').getByRole('link', { name: 'Renstra BPKAD' }).waitFor();
    expect((await sheet()).answers['1.a.1']).toMatchObject({
      answer: 'Y',
      note: 'Renstra BPKAD 2025-2029 ditetapkan dengan Perkada',
      evidence: [{ url: 'https://drive.pemda.go.id/lke/bpkad/renstra.pdf', label: 'Renstra BPKAD' }],
    });

    // Answer a suggested criterion: the suggestion is pre-selected.
    const [code, suggestion] = suggested[0]!;
    await page.getByRole('button', { name: `Jawab ${code}` }).click();
    await expect(page.getByTestId('answer-form').getByLabel('Jawaban').inputValue()).resolves.toBe(suggestion.answer);
    await page.getByTestId('answer-form').getByRole('button', { name: 'Simpan' }).click();
    await page.locator(`[data-testid="criterion-${code}"][data-answer="${suggestion.answer}"]`).waitFor();
    await expect(page.getByTestId('sakip-progress').textContent()).resolves.toBe('2 dari 42 kriteria dijawab (4%)');

    // Finalizing now is refused: the screen lists the 40 unanswered criteria, as the API names them.
    await page.getByTestId('finalize').click();
    const refused = page.getByTestId('finalize-refused');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain('Finalisasi ditolak: kriteria berikut belum dijawab (40)');
    const unanswered = (await sheet()).score.unanswered;
    expect(unanswered).toHaveLength(40);
    await expect(
      page
        .getByTestId('unanswered-list')
        .locator('li')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-code'))),
    ).resolves.toEqual(unanswered);
    expect((await sheet()).status).toBe('in_progress');
    await ctx.checkScreen(page, '83-sakip-finalize-refused');

    // A reviewer's revision needs a reason: the API's message is on the reason field.
    await page.getByRole('button', { name: 'Revisi 1.a.1' }).click();
    const revise = page.getByTestId('answer-form');
    await revise.getByLabel('Jawaban').selectOption('T');
    await revise.getByRole('button', { name: 'Simpan revisi' }).click();
    // The message is on the reason field (Alasan revisi): marked invalid and pointing at it.
    await fieldMessage(revise, 'reason');
    expect((await sheet()).answers['1.a.1']!.answer).toBe('Y');
    await revise.getByLabel('Alasan revisi').fill('Renstra belum ditetapkan dengan Perkada, baru rancangan');
    await revise.getByRole('button', { name: 'Simpan revisi' }).click();
    await expect(noticed(page, 'direvisi')).resolves.toBe('Jawaban kriteria 1.a.1 direvisi dari Y menjadi T. Alasan: Renstra belum ditetapkan dengan Perkada, baru rancangan');
    await page.locator('[data-testid="criterion-1.a.1"][data-answer="T"]').waitFor();
    // The note and evidence stay with the revised answer.
    expect((await sheet()).answers['1.a.1']).toMatchObject({ answer: 'T', note: 'Renstra BPKAD 2025-2029 ditetapkan dengan Perkada' });
    await ctx.checkScreen(page, '84-sakip-revision');
  });

  it('once every criterion is answered, finalizes with the grade and breakdown the API computes; reopens with a reason and finalizes again', async () => {
    const before = await sheet();
    const all = before.worksheet.components.flatMap((c) => c.subComponents.flatMap((s) => s.criteria));
    const graded = ['AA', 'A', 'B', 'A', 'C', 'A'];
    let i = 0;
    for (const c of all) {
      if (before.answers[c.code]) continue;
      const answer = before.worksheet.scales[c.scale]!.kind === 'yes_no' ? (i % 5 === 4 ? 'T' : 'Y') : graded[i % graded.length]!;
      i++;
      const r = await http('PUT', `${base()}/answers/${c.code}`, token('evaluator'), { answer }, { 'Idempotency-Key': `sakip-e2e-${c.code}` });
      expect(r.status).toBe(200);
    }
    const complete = await sheet();
    expect(complete.score.answered).toBe(42);

    const page = await ctx.signedIn('evaluator');
    await openWorksheet(page);
    await expect(page.getByTestId('sakip-progress').textContent()).resolves.toBe('42 dari 42 kriteria dijawab (100%)');
    await page.getByTestId('finalize').click();
    await page.locator('[data-testid="sakip-status"][data-status="finalized"]').waitFor();
    const final = await sheet();
    expect(final.status).toBe('finalized');
    await expect(noticed(page, 'difinalisasi')).resolves.toContain(`predikat ${final.score.grade}`);
    await expect(page.getByTestId('sakip-grade').textContent()).resolves.toBe(final.score.grade);
    await expect(page.getByTestId('sakip-total').getAttribute('data-value')).resolves.toBe(final.score.total);
    for (const c of final.score.components) {
      await expect(page.getByTestId(`breakdown-${c.code}`).getByTestId('score').getAttribute('data-value')).resolves.toBe(c.score);
    }
    await page.getByRole('heading', { level: 2, name: 'Nilai akhir' }).waitFor();
    await expect(page.getByRole('button', { name: /^(Jawab|Revisi) / }).count()).resolves.toBe(0);
    await ctx.checkScreen(page, '85-sakip-finalized');

    // Reopen needs a reason; the answers can then be revised and the evaluation finalized again.
    await page.getByRole('button', { name: 'Buka kembali evaluasi' }).click();
    await fieldMessage(page.getByTestId('reopen-panel'), 'reason', 'reopen-reason');
    await page.getByLabel('Alasan membuka kembali').fill('Bukti tambahan Renstra diterima setelah finalisasi');
    await page.getByRole('button', { name: 'Buka kembali evaluasi' }).click();
    await page.locator('[data-testid="sakip-status"][data-status="in_progress"]').waitFor();
    await expect(noticed(page, 'dibuka kembali')).resolves.toContain('Alasan: Bukti tambahan Renstra diterima setelah finalisasi');
    await page.getByRole('button', { name: 'Revisi 1.a.1' }).click();
    await page.getByTestId('answer-form').getByLabel('Jawaban').selectOption('Y');
    await page.getByTestId('answer-form').getByLabel('Alasan revisi').fill('Perkada penetapan Renstra sudah terbit');
    await page.getByTestId('answer-form').getByRole('button', { name: 'Simpan revisi' }).click();
    await page.locator('[data-testid="criterion-1.a.1"][data-answer="Y"]').waitFor();
    await page.getByTestId('finalize').click();
    await page.locator('[data-testid="sakip-status"][data-status="finalized"]').waitFor();
    const again = await sheet();
    expect(again.status).toBe('finalized');
    await expect(page.getByTestId('sakip-grade').textContent()).resolves.toBe(again.score.grade);
    await expect(page.getByTestId('sakip-total').getAttribute('data-value')).resolves.toBe(again.score.total);

    // The list shows the unit's final grade.
    await page.getByRole('link', { name: '← Daftar evaluasi SAKIP' }).click();
    const row = page.getByTestId(`sakip-unit-${UNIT}`);
    await page.locator(`[data-testid="sakip-unit-${UNIT}"][data-status="finalized"]`).waitFor();
    await expect(row.textContent()).resolves.toContain(again.score.grade);
    await expect(row.getByTestId('status').textContent()).resolves.toBe('Final');
    await ctx.checkScreen(page, '86-sakip-list-final');
  });
};
