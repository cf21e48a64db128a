import { http, token } from '../support.js';
import type { JourneyGroup } from './context.js';
import { open } from './kpi.journeys.js';

const SCORECARD = 'pemda-2026';

/** A percent as the console shows it (formatPercent, id-ID): up to two decimals with a comma, "—" when absent. */
const percent = (v: string | null) => (v === null ? '—' : `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(Number(v))}%`);
const ratio = (v: string | null) => (v === null ? '—' : new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(Number(v)));
const rupiah = (v: string | null) => (v === null ? '—' : new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(Number(v)));
const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

interface Line {
  id: string;
  name: string;
  economy: { ceiling: string | null; realized: string | null; absorption: string | null; reason: string | null };
  efficiency: { ratio: string | null; reason: string | null };
  effectiveness: { percent: string | null; reason: string | null };
  flags: { code: string }[];
}

/** Value for money (3E) of the Pemda's scorecard, read only (budget realizations are not touched). */
export const vfmJourneys: JourneyGroup = (ctx) => {
  it('the Pemda scorecard shows economy, efficiency and effectiveness per unit, program and initiative as the API computes them', async () => {
    const r = await http('GET', `${ctx.embedded.urls.evaluation}/vfm/scorecards/${SCORECARD}`, token('evaluator'));
    expect(r.status).toBe(200);
    const unit = r.body.unit as Line;
    const programs = r.body.programs as Line[];
    const initiatives = r.body.initiatives as Line[];
    expect(programs.length).toBeGreaterThan(0);
    expect(initiatives.length).toBeGreaterThan(programs.length);

    const page = await ctx.signedIn('evaluator');
    await open(page, '/vfm?year=2026');
    await page.getByLabel('Kartu kinerja').selectOption(SCORECARD);
    await page.waitForURL((u) => u.searchParams.get('scorecard') === SCORECARD);
    await page.getByTestId('vfm-initiatives').waitFor();
    await page.getByRole('heading', { level: 2, name: `${r.body.unitName} — 2026` }).waitFor();
    await expect(page.getByTestId('vfm-basis').textContent()).resolves.toContain(`Kebijakan ${r.body.policy.policyId} v${r.body.policy.version}`);
    await expect(page.getByTestId('vfm-basis').textContent()).resolves.toContain(`posisi peristiwa ${r.body.basis.positions.from}–${r.body.basis.positions.to}`);

    const check = async (table: string, line: Line) => {
      const row = page.locator(`[data-testid="${table}"] tbody tr[data-id="${line.id}"]`);
      const cell = async (name: string) => clean(await row.locator(`[data-cell="${name}"]`).textContent());
      expect(await cell('ceiling')).toBe(clean(rupiah(line.economy.ceiling)));
      expect(await cell('realized')).toBe(clean(rupiah(line.economy.realized)));
      expect(await cell('absorption')).toBe(percent(line.economy.absorption));
      expect(await cell('efficiency')).toBe(ratio(line.efficiency.ratio));
      expect(await cell('effectiveness')).toMatch(new RegExp(`^${percent(line.effectiveness.percent).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      const notes = await row.locator('[data-cell="notes"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-flag') ?? li.getAttribute('data-reason')));
      const reasons = [line.economy.reason, line.efficiency.reason, line.effectiveness.reason].filter((x): x is string => x !== null);
      expect(notes).toEqual([...line.flags.map((f) => f.code), ...new Set(reasons)]);
    };
    await check('vfm-unit', unit);
    for (const p of programs) await check('vfm-programs', p);
    for (const i of initiatives) await check('vfm-initiatives', i);

    // The unit's effectiveness is measured (outcome KPIs with realizations); its economy is not, and the screen says why in words.
    expect(unit.effectiveness.percent).not.toBeNull();
    const unitNotes = clean(await page.locator('[data-testid="vfm-unit"] [data-cell="notes"]').textContent());
    expect(unit.economy.reason).toBe('no_budget_reported');
    expect(unitNotes).toContain('Ekonomi, Efisiensi: belum ada realisasi anggaran yang dilaporkan');
    if (![unit, ...initiatives].some((l) => l.flags.length > 0)) await expect(page.getByTestId('vfm-flag-summary').textContent()).resolves.toBe('Tidak ada tanda peringatan.');
    await ctx.checkScreen(page, '90-vfm');
  });
};
