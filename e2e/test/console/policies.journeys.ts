import { http, token } from '../support.js';
import type { JourneyGroup, Page } from './context.js';
import { open } from './kpi.journeys.js';

const SCORECARD = 'dpmptsp-2026';
/** A year no other group reads: the reporting, value-for-money and reward journeys write their versions there. */
const SPARE_YEAR = 2030;
const DRAFT = 'draf-formulir';

/** A score as the console shows it (formatScore, id-ID): two decimals with a decimal comma, "—" when absent. */
const shown = (score: string | null) => (score === null ? '—' : new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(score)));

type Policy = Record<string, unknown> & { policyId: string; version: number; achievement: { cap: string | null }; bands: { code: string; label: { id: string } }[] };

const withoutIdentity = ({ policyId: _p, version: _v, ...rest }: Policy) => rest;

/** The scoring form and its inputs. */
const scoringForm = (page: Page) => page.getByTestId('scoring-form');
const cap = (page: Page) => scoringForm(page).getByLabel('Batas atas capaian (%)');
const reason = (page: Page) => scoringForm(page).getByLabel('Alasan perubahan');

async function saveWith(page: Page, kind: string, why: string, expected: string): Promise<void> {
  const form = page.getByTestId(`${kind}-form`);
  await form.getByLabel('Alasan perubahan').fill(why);
  await form.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
  await form.getByTestId('save-outcome').filter({ hasText: expected }).waitFor();
}

/** Policies of a year: each a versioned document with a reason; the 2026 scoring policy is changed and restored here. */
export const policiesJourneys: JourneyGroup = (ctx) => {
  const evaluator = () => token('evaluator');
  const evaluation = () => ctx.embedded.urls.evaluation;
  const scoringPolicy = async (): Promise<Policy> => {
    const r = await http('GET', `${evaluation()}/policies/2026`, evaluator());
    expect(r.status).toBe(200);
    return r.body.current as Policy;
  };

  it('a policy change and its effect on a score shown side by side (the 2026 policy is restored afterwards)', async () => {
    const original = await scoringPolicy();
    const before = (await http('GET', `${evaluation()}/policies/2026/versions`, evaluator())).body.versions as { version: number }[];
    const inForce = before[before.length - 1]!.version;
    const bandLabel = (policy: Policy, code: string | null) => policy.bands.find((b) => b.code === code)?.label.id ?? '';
    try {
      const page = await ctx.signedIn('evaluator');
      await page.getByRole('navigation').getByRole('link', { name: 'Kebijakan' }).click();
      await page.waitForURL((u) => u.pathname === '/policies');
      await expect(page.locator('h1').textContent()).resolves.toBe('Kebijakan');
      await expect(cap(page).inputValue()).resolves.toBe(original.achievement.cap ?? '');
      await ctx.checkScreen(page, '70-policies-scoring');

      // The effect of the unsaved form (the cap lowered to 100) beside the policy in force.
      await cap(page).fill('100');
      const effect = page.getByTestId('policy-effect');
      await effect.getByLabel('Kartu kinerja').selectOption(SCORECARD);
      await effect.getByLabel('Periode').selectOption('Y');
      await effect.getByLabel('Bandingkan dengan').selectOption('draft');
      await effect.getByRole('button', { name: 'Bandingkan' }).click();
      const draft = { ...withoutIdentity(original), achievement: { ...original.achievement, cap: '100' }, policyId: DRAFT, version: inForce + 1 };
      const whatIfDraft = await http('POST', `${evaluation()}/scores/scorecards/${SCORECARD}/what-if`, evaluator(), { policy: draft, period: 'Y' });
      expect(whatIfDraft.status).toBe(200);
      expect(whatIfDraft.body.whatIf.score).not.toBe(whatIfDraft.body.actual.score);
      await effect.getByTestId('effect-table').waitFor();
      await expect(effect.getByTestId('effect-actual').textContent()).resolves.toBe(`${shown(whatIfDraft.body.actual.score)} ${bandLabel(original, whatIfDraft.body.actual.band)}`);
      await expect(effect.getByTestId('effect-other').textContent()).resolves.toBe(`${shown(whatIfDraft.body.whatIf.score)} ${bandLabel(original, whatIfDraft.body.whatIf.band)}`);
      const headers = await effect.locator('thead th').allTextContents();
      expect(headers).toEqual(['Nilai / indikator', `Berlaku (${original.policyId} v${original.version})`, 'Pembanding (isi formulir)', 'Selisih']);
      await ctx.checkScreen(page, '71-policies-effect-draft');

      // A reason that is too short: the API refuses it, on the reason field.
      await reason(page).fill('cap');
      await scoringForm(page).getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
      await scoringForm(page).locator('.field-error[data-field="reason"]').filter({ hasText: 'Alasan wajib diisi (min. 5 karakter)' }).waitFor();
      await expect(reason(page).getAttribute('aria-invalid')).resolves.toBe('true');
      await expect((await http('GET', `${evaluation()}/policies/2026/versions`, evaluator())).body.versions).toHaveLength(before.length);
      await ctx.checkScreen(page, '72-policies-reason-refused');

      // Saved with a reason: a new version, in force.
      const changed = inForce + 1;
      await saveWith(page, 'scoring', 'Cap capaian diturunkan ke 100 (uji e2e)', `Tersimpan sebagai versi ${changed}`);
      const afterChange = await scoringPolicy();
      expect(afterChange.version).toBe(changed);
      expect(afterChange.achievement.cap).toBe('100');
      await page
        .getByTestId('in-force')
        .filter({ hasText: `Berlaku: versi ${changed}.` })
        .waitFor();
      const versions = page.getByTestId('scoring-versions');
      await expect(versions.locator(`tr[data-version="${changed}"]`).textContent()).resolves.toContain('Cap capaian diturunkan ke 100 (uji e2e)');
      await expect(versions.locator(`tr[data-version="${changed}"]`).textContent()).resolves.toContain('Berlaku');
      await expect(versions.locator('tr[data-version="0"]').textContent()).resolves.toContain('Bawaan');

      // The score under the new version (in force) beside the one under the version before it.
      await expect(effect.getByLabel('Bandingkan dengan').inputValue()).resolves.toBe(String(inForce));
      await effect.getByRole('button', { name: 'Bandingkan' }).click();
      const whatIf = await http('POST', `${evaluation()}/scores/scorecards/${SCORECARD}/what-if`, evaluator(), { policyVersion: inForce, period: 'Y' });
      expect(whatIf.body.actual.policy.version).toBe(changed);
      expect(whatIf.body.actual.score).toBe(whatIfDraft.body.whatIf.score);
      expect(whatIf.body.whatIf.score).toBe(whatIfDraft.body.actual.score);
      await effect
        .locator('thead th')
        .nth(1)
        .filter({ hasText: `v${changed})` })
        .waitFor();
      await expect(effect.getByTestId('effect-actual').textContent()).resolves.toBe(`${shown(whatIf.body.actual.score)} ${bandLabel(afterChange, whatIf.body.actual.band)}`);
      await expect(effect.getByTestId('effect-other').textContent()).resolves.toBe(`${shown(whatIf.body.whatIf.score)} ${bandLabel(original, whatIf.body.whatIf.band)}`);
      const iku01 = (whatIf.body.kpis as { code: string; actual: string; whatIf: string }[]).find((k) => k.code === 'IKU-01')!;
      expect(iku01.actual).toBe('100');
      await ctx.checkScreen(page, '73-policies-effect-saved');

      // Back to the earlier values: view that version, copy it into the form, save it as a further version.
      await versions.getByRole('button', { name: `Lihat versi ${inForce}` }).click();
      const view = page.getByTestId('scoring-version');
      await expect(view.getByLabel('Batas atas capaian (%)').inputValue()).resolves.toBe(original.achievement.cap ?? '');
      await expect(view.getByLabel('Batas atas capaian (%)').isDisabled()).resolves.toBe(true);
      await ctx.checkScreen(page, '74-policies-version');
      await view.getByRole('button', { name: 'Salin ke formulir' }).click();
      await expect(cap(page).inputValue()).resolves.toBe(original.achievement.cap ?? '');
      await saveWith(page, 'scoring', 'Kembali ke ketentuan sebelumnya (uji e2e)', `Tersimpan sebagai versi ${changed + 1}`);
      // The same values again: nothing changed, no version written.
      await saveWith(page, 'scoring', 'Simpan ulang tanpa perubahan (uji e2e)', `Tidak ada perubahan: isinya sama dengan versi ${changed + 1}`);
      const restored = await scoringPolicy();
      expect(restored.version).toBe(changed + 1);
      expect(withoutIdentity(restored)).toEqual(withoutIdentity(original));
    } finally {
      // Whatever happened above, the groups after this one score 2026 under the values they expect.
      const now = await scoringPolicy();
      if (JSON.stringify(withoutIdentity(now)) !== JSON.stringify(withoutIdentity(original))) {
        await http('PUT', `${evaluation()}/policies/2026`, evaluator(), { policy: withoutIdentity(original), reason: 'Pemulihan kebijakan setelah uji e2e' });
      }
    }
  });

  it('reporting deadline, value-for-money thresholds and reward rules: each change a version, earlier ones readable', async () => {
    const { measurement } = ctx.embedded.urls;
    const page = await ctx.signedIn('evaluator');
    await open(page, `/policies?year=${SPARE_YEAR}&doc=reporting`);
    const form = page.getByTestId('reporting-form');
    const days = form.getByLabel('Batas pelaporan (hari setelah periode berakhir)');
    const start = (await http('GET', `${measurement}/reporting-policies/${SPARE_YEAR}`, evaluator())).body.current;
    await expect(days.inputValue()).resolves.toBe(String(start.deadlineDaysAfterPeriodEnd));
    // Checked before sending: whole days 0-366.
    await days.fill('400');
    await form.getByLabel('Alasan perubahan').fill('Batas pelaporan diperpanjang (uji e2e)');
    await form.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await form.getByText('Harus bilangan bulat 0–366').waitFor();
    await expect(days.getAttribute('aria-invalid')).resolves.toBe('true');
    // Someone else sets a version meanwhile: the save is refused as stale (If-Match), the form offers to reload.
    const parallel = await http('PUT', `${measurement}/reporting-policies/${SPARE_YEAR}`, evaluator(), { deadlineDaysAfterPeriodEnd: 12, reason: 'Perubahan paralel (uji e2e)' });
    expect(parallel.status).toBe(200);
    await days.fill('14');
    await form.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    const stale = form.getByTestId('stale-banner');
    await stale.waitFor();
    await stale.getByRole('button', { name: 'Muat ulang' }).click();
    await page.getByTestId('in-force').filter({ hasText: 'Berlaku: versi 1.' }).waitFor();
    await expect(days.inputValue()).resolves.toBe('12');
    await days.fill('15');
    await form.getByLabel('Periode berjalan boleh dilaporkan sebelum berakhir').uncheck();
    await saveWith(page, 'reporting', 'Batas pelaporan 15 hari (uji e2e)', 'Tersimpan sebagai versi 2');
    const reporting = (await http('GET', `${measurement}/reporting-policies/${SPARE_YEAR}`, evaluator())).body;
    expect(reporting.current).toMatchObject({ deadlineDaysAfterPeriodEnd: 15, acceptBeforePeriodEnd: false });
    await expect(page.getByTestId('reporting-versions').locator('tbody tr').count()).resolves.toBe(3);
    await page.getByTestId('reporting-versions').getByRole('button', { name: 'Lihat versi 0' }).click();
    await expect(page.getByTestId('reporting-version').getByLabel('Batas pelaporan (hari setelah periode berakhir)').inputValue()).resolves.toBe(String(start.deadlineDaysAfterPeriodEnd));
    await ctx.checkScreen(page, '75-policies-reporting');

    await page.getByRole('tab', { name: 'Value for money' }).click();
    const vfm = page.getByTestId('vfm-form');
    await vfm.getByLabel('bila rasio efisiensi di bawah').fill('0,9');
    await saveWith(page, 'vfm', 'Ambang efisiensi 0,9 (uji e2e)', 'Tersimpan sebagai versi 1');
    const vfmPolicy = (await http('GET', `${evaluation()}/policies/${SPARE_YEAR}/vfm`, evaluator())).body.current;
    expect(vfmPolicy.flags.inefficient).toEqual({ enabled: true, below: '0.9' });
    await ctx.checkScreen(page, '76-policies-vfm');

    await page.getByRole('tab', { name: 'Reward & punishment' }).click();
    const rewards = page.getByTestId('rewards-form');
    const oral = rewards.locator('fieldset').filter({ has: page.locator('legend', { hasText: /^Aturan \d+: Teguran lisan \(/ }) });
    await oral.getByLabel('Ambang nilai kurang').fill('60');
    await saveWith(page, 'rewards', 'Ambang teguran lisan 60 (uji e2e)', 'Tersimpan sebagai versi 1');
    const rules = (await http('GET', `${evaluation()}/policies/${SPARE_YEAR}/rewards`, evaluator())).body.current.rules as { ruleId: string; version: number; threshold?: string }[];
    const rule = rules.find((r) => r.ruleId === 'oral-warning')!;
    expect(rule).toMatchObject({ threshold: '60', version: 2 });
    expect(rules.find((r) => r.ruleId === 'tpp-performance')!.version).toBe(1);
    await rewards.locator('legend', { hasText: '(versi aturan 2)' }).first().waitFor();
    await ctx.checkScreen(page, '77-policies-rewards');
  });
};
