import type { Page } from 'playwright-core';
import { startEmbedded, type EmbeddedInstance } from './support.js';
import { axeViolations, launchBrowser, screenshot, signIn } from './browser/support.js';
import type { ConsoleContext, JourneyGroup } from './console/context.js';
import { commonJourneys } from './console/common.journeys.js';
import { dashboardJourneys } from './console/dashboard.journeys.js';
import { scorecardJourneys } from './console/scorecard.journeys.js';
import { kpiJourneys } from './console/kpi.journeys.js';
import { realizationJourneys } from './console/realizations.journeys.js';
import { verificationJourneys } from './console/verification.journeys.js';
import { replayJourneys } from './console/replay.journeys.js';
import { orgJourneys } from './console/org.journeys.js';
import { planJourneys } from './console/plan.journeys.js';
import { agreementJourneys } from './console/agreement.journeys.js';
import { planImportJourneys } from './console/planImport.journeys.js';
import { policiesJourneys } from './console/policies.journeys.js';
import { sakipJourneys } from './console/sakip.journeys.js';
import { vfmJourneys } from './console/vfm.journeys.js';
import { recommendationsJourneys } from './console/recommendations.journeys.js';
import { reportsJourneys } from './console/reports.journeys.js';
import { portalJourneys } from './console/portal.journeys.js';

/**
 * The web console in a real browser (Debian's Chromium via playwright-core) against the real
 * embedded backend with the demo Pemda: what a person sees, screen by screen. Every screen is
 * checked with axe-core (no serious or critical violation) and saved as a screenshot under
 * .data/screenshots. CONSOLE_ONLY=<group> runs one group (common, dashboard, scorecard, kpi,
 * realizations, verification, replay, org, plan, agreement, planImport, policies, sakip, vfm,
 * recommendations, reports, portal).
 */
const GROUPS: [string, JourneyGroup][] = [
  ['common', commonJourneys],
  ['dashboard', dashboardJourneys],
  ['scorecard', scorecardJourneys],
  ['kpi', kpiJourneys],
  ['realizations', realizationJourneys],
  ['verification', verificationJourneys],
  ['replay', replayJourneys],
  ['org', orgJourneys],
  ['plan', planJourneys],
  ['agreement', agreementJourneys],
  ['planImport', planImportJourneys],
  ['policies', policiesJourneys],
  ['sakip', sakipJourneys],
  ['vfm', vfmJourneys],
  ['recommendations', recommendationsJourneys],
  ['reports', reportsJourneys],
  ['portal', portalJourneys],
];
const ONLY = process.env.CONSOLE_ONLY;

describe('web console in Chromium', () => {
  const pages: Page[] = [];
  const ctx = {} as ConsoleContext;

  beforeAll(async () => {
    const embedded: EmbeddedInstance = await startEmbedded({ console: true });
    const browser = await launchBrowser();
    Object.assign(ctx, {
      embedded,
      browser,
      consoleUrl: embedded.consoleUrl,
      async newPage(options: { locale?: string } = {}) {
        const context = await browser.newContext({ locale: options.locale ?? 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        pages.push(page);
        return page;
      },
      async signedIn(role: string, unit?: string) {
        const page = await ctx.newPage();
        await signIn(page, embedded.consoleUrl, role, unit);
        return page;
      },
      async checkScreen(page: Page, name: string) {
        await screenshot(page, name);
        const violations = await axeViolations(page);
        expect(violations).toEqual([]);
      },
    } satisfies Omit<ConsoleContext, never>);
  }, 240_000);

  afterEach(async () => {
    for (const page of pages.splice(0))
      await page
        .context()
        .close()
        .catch(() => undefined);
  });

  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.embedded?.stop();
  });

  for (const [name, group] of GROUPS) {
    if (ONLY && ONLY !== name) continue;
    describe(name, () => group(ctx));
  }
});
