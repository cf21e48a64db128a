import { http, token, waitFor } from '../support.js';
import type { JourneyGroup } from './context.js';
import { open, shows } from './kpi.journeys.js';

const SCORECARD = 'diskominfo-2026';
const KPI = 'diskominfo-2026.iku-03';
const PERIOD = 'Q2';

/** A score as the console shows it (formatScore, id-ID): two decimals with a decimal comma, "—" when absent. */
const shown = (score: string | null) => (score === null ? '—' : new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(score)));

interface Point {
  position: number;
  occurredAt: string;
  eventType: string;
  subject: string;
  score: string | null;
}

/** Replay of a scorecard's score over its history and what-if under another policy version (this group owns diskominfo-2026). */
export const replayJourneys: JourneyGroup = (ctx) => {
  const evaluator = () => token('evaluator');
  const scoreAt = async (asOf?: string): Promise<string | null> => {
    const q = new URLSearchParams({ period: PERIOD, ...(asOf ? { asOf } : {}) });
    const r = await http('GET', `${ctx.embedded.urls.evaluation}/scores/scorecards/${SCORECARD}?${q}`, evaluator());
    expect(r.status).toBe(200);
    return r.body.score.score as string | null;
  };

  it('after a correction, the replay now shows the new score and an instant before it shows the earlier one', async () => {
    const { measurement, evaluation } = ctx.embedded.urls;
    const current = await http('GET', `${measurement}/realizations/${KPI}/2026/${PERIOD}`, evaluator());
    expect(current.status).toBe(200);
    const before = await scoreAt();
    const corrected = String(Number(current.body.current.value) - 3);
    const operator = token('unit_operator', current.body.current.unitId);
    const write = await http('POST', `${measurement}/realizations/${KPI}/2026/${PERIOD}/corrections`, operator, {
      value: corrected,
      reason: 'Rekap desa terlayani dihitung ulang; tiga desa belum tersambung',
    });
    expect(write.status).toBeLessThan(300);
    const after = await waitFor(
      'evaluation to score the correction',
      async () => {
        const s = await scoreAt();
        return s !== before ? s : undefined;
      },
      30_000,
      200,
    );
    const timeline = await http('GET', `${evaluation}/scores/scorecards/${SCORECARD}/timeline?period=${PERIOD}`, evaluator());
    const points = (timeline.body.points as Point[]).sort((a, b) => a.position - b.position);
    const at = points.findIndex((p) => p.eventType === 'measurement.realization-corrected' && p.subject === `${KPI} ${PERIOD}`);
    expect(at).toBeGreaterThan(0);
    const earlier = points[at - 1];
    const earlierScore = await scoreAt(earlier.occurredAt);
    expect(earlierScore).not.toBe(after);

    const page = await ctx.signedIn('evaluator');
    await open(page, '/replay');
    await page.getByRole('link', { name: /Putar ulang Balanced Scorecard Dinas Komunikasi dan Informatika/ }).click();
    await page.waitForURL((u) => u.pathname.endsWith(`/replay/${SCORECARD}`));
    const slider = page.getByRole('slider', { name: 'Nilai sebagaimana tercatat pada' });
    await expect(slider.getAttribute('name')).resolves.toBe('asOf');
    await shows(page, 'replay-instant', 'Triwulan II saat ini (data terbaru)');
    await shows(page, 'replay-score', shown(after));
    const changes = page.locator('[data-testid="replay-timeline"] tr[data-kind="corrected"]');
    await expect(changes.first().textContent()).resolves.toContain(`${shown(before)} → ${shown(after)}`);
    await changes.first().filter({ hasText: 'unit_operator@' }).waitFor();

    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < at - 1; i++) await page.keyboard.press('ArrowRight');
    await expect(slider.inputValue()).resolves.toBe(String(at - 1));
    await expect(page.getByTestId('replay-instant').textContent()).resolves.toMatch(/^Triwulan II sebagaimana tercatat pada .+ WIB$/);
    await shows(page, 'replay-score', shown(earlierScore));
    await ctx.checkScreen(page, '21-replay');

    await page.keyboard.press('End');
    await shows(page, 'replay-score', shown(after));
  });

  it('what-if under policy version 0 shows the real and the other score side by side', async () => {
    const r = await http('POST', `${ctx.embedded.urls.evaluation}/scores/scorecards/${SCORECARD}/what-if`, evaluator(), { policyVersion: 0, period: PERIOD });
    expect(r.status).toBeLessThan(300);
    const page = await ctx.signedIn('evaluator');
    await open(page, `/replay/${SCORECARD}?year=2026&period=${PERIOD}`);
    await page.getByTestId('replay-score').waitFor();
    await page.getByLabel('Versi kebijakan pembanding').selectOption('0');
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    await page.getByTestId('replay-what-if').waitFor();
    await expect(page.getByTestId('what-if-actual').textContent()).resolves.toContain(shown(r.body.actual.score));
    await expect(page.getByTestId('what-if-other').textContent()).resolves.toContain(shown(r.body.whatIf.score));
    const headers = await page.locator('[data-testid="replay-what-if"] thead th').allTextContents();
    expect(headers).toEqual(['Indikator', `Sebenarnya (${r.body.actual.policy.policyId} v${r.body.actual.policy.version})`, `Jika (${r.body.whatIf.policy.policyId} v0)`]);
    await ctx.checkScreen(page, '22-what-if');
  });
};
