import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { EmbeddedInstance } from '../support.js';

/** What each group of browser journeys gets: the running console and a fresh page per journey. */
export interface ConsoleContext {
  /** Set in beforeAll of the runner; read inside tests only. */
  embedded: EmbeddedInstance;
  browser: Browser;
  consoleUrl: string;
  /** A new browser context and page (no session), closed after the test. */
  newPage(options?: { locale?: string }): Promise<Page>;
  /** A page already signed in through the dev sign-in screen. */
  signedIn(role: 'planner' | 'unit_operator' | 'evaluator' | 'admin' | 'viewer', unit?: string): Promise<Page>;
  /** Fails the test on any serious or critical axe-core violation; saves a screenshot `<name>.png`. */
  checkScreen(page: Page, name: string): Promise<void>;
}

export type JourneyGroup = (ctx: ConsoleContext) => void;
export type { Browser, BrowserContext, Page };
