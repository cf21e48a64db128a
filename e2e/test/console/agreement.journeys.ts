import { http, token } from '../support.js';
import type { JourneyGroup, Page } from './context.js';
import { importPlanFile, planCsv, type PlanCsvKpi } from './planImport.journeys.js';

const UNIT = 'diskominfo';
const YEAR = 2028;
const THEME = 'pk-e2e';
const SCORECARD = `${UNIT}-${YEAR}-${THEME}`;
const SIGNER = 'Kepala Dinas Kominfo';
const REASON = 'Penyesuaian target setelah Perubahan APBD 2028';

const KPIS: PlanCsvKpi[] = [
  { code: 'IKU-01', objective: 'SS-01', name: 'Indeks SPBE', target: '3.2' },
  { code: 'IKU-02', objective: 'SS-02', name: 'Persentase perangkat daerah terhubung jaringan intra', target: '90' },
];
const plan = (weights: [string, string], kpis = KPIS) => planCsv({ unitId: UNIT, year: YEAR, theme: THEME, title: 'Perjanjian Kinerja Diskominfo 2028', weights, kpis }).text;

/** Perjanjian Kinerja: approval refused then given, a revision with a reason, a second version, and the comparison of the two (this group owns diskominfo-2028-pk-e2e). */
export const agreementJourneys: JourneyGroup = (ctx) => {
  const planning = () => ctx.embedded.urls.planning;
  const read = async () => (await http('GET', `${planning()}/scorecards/${SCORECARD}`, token('planner'))).body;
  const open = async (page: Page) => {
    await page.goto(`${ctx.consoleUrl}/scorecards/${SCORECARD}/agreement`);
    await page.getByRole('heading', { level: 1, name: 'Perjanjian Kinerja' }).waitFor();
    await page.getByTestId('status').waitFor();
  };
  const status = (page: Page) => page.getByTestId('status').getAttribute('data-status');

  it('approval refused while the weights sum to 90, approved once fixed; a revision needs a reason; v2 approved; v1 and v2 compared side by side', async () => {
    // A draft whose perspective weights sum to 90 (created through the API, as an import would).
    expect((await importPlanFile(planning(), plan(['60', '30']))).status).toBe(200);
    const page = await ctx.signedIn('planner');
    await open(page);
    await expect(page.getByTestId('status').textContent()).resolves.toBe('Draf');
    await expect(page.getByTestId('version').textContent()).resolves.toBe('Belum ada (draf)');
    await expect(page.getByTestId('compare-unavailable').count()).resolves.toBe(1);
    await ctx.checkScreen(page, '64-agreement-draft');

    // The API refuses the approval: its message is shown.
    const refusedByApi = await http('POST', `${planning()}/scorecards/${SCORECARD}/approve`, token('planner'), { signedBy: SIGNER });
    expect(refusedByApi.status).toBe(422);
    expect(refusedByApi.body.code).toBe('PERSPECTIVE_WEIGHTS_NOT_100');
    await page.getByLabel(/Penandatangan/).fill(SIGNER);
    await page.getByTestId('agreement-approve').click();
    const refused = page.getByTestId('approve-refused');
    await refused.waitFor();
    await expect(refused.locator('li').allTextContents()).resolves.toEqual([String(refusedByApi.body.message).split(' / ')[0]]);
    await expect(refused.textContent()).resolves.toContain('Jumlah bobot perspektif 90 (P1 60 + P2 30), harus 100');
    await ctx.checkScreen(page, '65-agreement-refused');
    expect((await read()).status).toBe('draft');

    // Fixed (P2 40), approved from the screen: version 1.
    expect((await importPlanFile(planning(), plan(['60', '40']))).status).toBe(200);
    await open(page);
    await page.getByLabel(/Penandatangan/).fill(SIGNER);
    await page.getByTestId('agreement-approve').dblclick();
    await page.getByTestId('agreement-done').waitFor();
    await expect(page.getByTestId('agreement-done').textContent()).resolves.toBe('Perjanjian Kinerja versi 1 ditetapkan.');
    await page.getByTestId('revision-form').waitFor();
    await expect(status(page)).resolves.toBe('approved');
    await expect(page.getByTestId('version').textContent()).resolves.toBe('Versi 1');
    const v1 = await read();
    expect(v1).toMatchObject({ status: 'approved', version: 1, approvals: [{ version: 1, signedBy: SIGNER, reason: null }] });

    // A revision needs a reason: empty and too short are refused on the field.
    const reason = page.getByLabel(/Alasan revisi/);
    const reasonError = page.locator('#err-reason');
    await page.getByTestId('agreement-revise').click();
    await reasonError.waitFor();
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    await reason.fill('abc');
    await page.getByTestId('agreement-revise').click();
    await reasonError.filter({ hasText: 'Alasan revisi wajib diisi (minimal 5 karakter)' }).waitFor();
    await expect(reason.getAttribute('aria-describedby')).resolves.toBe('err-reason');
    await ctx.checkScreen(page, '66-agreement-revision-reason');
    expect((await read()).status).toBe('approved');

    await reason.fill(REASON);
    await page.getByTestId('agreement-revise').click();
    await page.getByTestId('approve-form').waitFor();
    await expect(status(page)).resolves.toBe('in_revision');
    await expect(page.getByTestId('revision-reason').textContent()).resolves.toBe(REASON);
    expect(await read()).toMatchObject({ status: 'in_revision', revisionReason: REASON });

    // Meanwhile the plan changes through the API: IKU-01's target goes up, IKU-03 is added.
    const revised = [{ ...KPIS[0]!, target: '3.5' }, KPIS[1]!, { code: 'IKU-03', objective: 'SS-02', name: 'Indeks keamanan informasi', target: '75' }];
    expect((await importPlanFile(planning(), plan(['60', '40'], revised))).status).toBe(200);

    // Reloaded, the open revision is compared with version 1, then approved as version 2.
    await open(page);
    await page.getByTestId('compare-summary').waitFor();
    await expect(page.getByTestId('compare-summary').textContent()).resolves.toBe('Dari Versi 1 ke Saat ini (Dalam revisi): 1 ditambah, 1 diubah, 0 dihapus.');
    await page.getByTestId('agreement-approve').click();
    await page.getByTestId('agreement-done').waitFor();
    await expect(page.getByTestId('agreement-done').textContent()).resolves.toBe('Perjanjian Kinerja versi 2 ditetapkan.');
    await page.getByTestId('revision-form').waitFor();
    await expect(page.getByTestId('version').textContent()).resolves.toBe('Versi 2');
    const v2 = await read();
    expect(v2).toMatchObject({ status: 'approved', version: 2 });
    expect(v2.approvals.map((a: { version: number; reason: string | null }) => [a.version, a.reason])).toEqual([
      [1, null],
      [2, REASON],
    ]);

    // The comparison of v1 and v2, from what the API keeps of each version.
    const [a, b] = await Promise.all([1, 2].map(async (v) => (await http('GET', `${planning()}/scorecards/${SCORECARD}/versions/${v}`, token('planner'))).body));
    const target = (version: { snapshot: { kpis: { code: string; yearlyTarget: { value: string } }[] } }, code: string) => version.snapshot.kpis.find((k) => k.code === code)?.yearlyTarget.value;
    expect([target(a, 'IKU-01'), target(b, 'IKU-01'), target(a, 'IKU-03'), target(b, 'IKU-03')]).toEqual(['3.2', '3.5', undefined, '75']);
    await page.goto(`${ctx.consoleUrl}/scorecards/${SCORECARD}/agreement?from=1&to=2`);
    const summary = page.getByTestId('compare-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toBe('Dari Versi 1 ke Versi 2: 1 ditambah, 1 diubah, 0 dihapus.');
    await expect(page.locator('select[name="from"]').inputValue()).resolves.toBe('1');
    await expect(page.locator('select[name="to"]').inputValue()).resolves.toBe('2');
    const kpis = page.getByTestId('compare-kpis');
    const changed = kpis.locator('tr[data-key="IKU-01"][data-field="yearlyTarget"]');
    await expect(changed.locator('td').allTextContents()).resolves.toEqual(['Diubah', 'Target tahunan', '3,2', '3,5']);
    const added = kpis.locator('tr[data-key="IKU-03"]');
    await expect(added.getAttribute('data-change')).resolves.toBe('added');
    await expect(added.textContent()).resolves.toContain('Indeks keamanan informasi');
    await expect(kpis.locator('thead th').allTextContents()).resolves.toEqual(['Butir', 'Perubahan', 'Isian', 'Versi 1', 'Versi 2']);
    await expect(page.getByTestId('compare-perspectives').count()).resolves.toBe(0);

    // The version history: the draft closed by v1, the revision (with its reason) closed by v2.
    const stages = page.getByTestId('agreement-stages').locator('tbody tr');
    await expect(stages.count()).resolves.toBe(2);
    await expect(stages.nth(1).textContent()).resolves.toContain(REASON);
    await expect(stages.nth(1).getByTestId('stage-approval').textContent()).resolves.toContain('Versi 2');
    await expect(stages.nth(0).getByTestId('stage-approval').textContent()).resolves.toContain(`ditandatangani ${SIGNER}`);
    await ctx.checkScreen(page, '67-agreement-compare');

    // The same comparison in English.
    await page.getByTestId('language').selectOption('en');
    await expect(summary.textContent()).resolves.toBe('From Version 1 to Version 2: 1 added, 1 changed, 0 removed.');
    await page.getByTestId('language').selectOption('id');
  });
};
