import type { Locator, Page } from '@playwright/test';
import type { WelcomeInfo } from '../../../src/shared/ipc-contract';
import { useFakeApi, type FakeApiOptions } from '../support/fake-api';

/** The welcome window as a user sees it; specs talk to this, not to selectors. */
export class WelcomePage {
  readonly heading: Locator;
  readonly where: Locator;
  readonly trayHint: Locator;
  readonly safety: Locator;
  /** The stand-in for the tray: its status line and the break commands. */
  readonly breaks: Locator;
  readonly statusLine: Locator;
  readonly pauseBreaks: Locator;
  readonly pauseChoices: Locator;
  readonly resume: Locator;
  readonly postpone: Locator;
  readonly skip: Locator;
  readonly breaksAlert: Locator;
  readonly actions: Locator;
  readonly actionsAlert: Locator;
  readonly quickStretch: Locator;
  readonly library: Locator;
  readonly settings: Locator;
  readonly progress: Locator;
  readonly quit: Locator;
  /** Quit where there is no tray: with the words about this window being the way in. */
  readonly quitInWhere: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Welcome to Unhunch' });
    this.where = page.getByRole('region', { name: 'Where to find Unhunch' });
    this.trayHint = this.where.getByText(/AppIndicator and KStatusNotifierItem Support/);
    this.safety = page.getByRole('complementary', { name: 'Safety advice' });
    this.breaks = page.getByRole('region', { name: 'Breaks' });
    this.statusLine = this.breaks.locator('#tray-status');
    this.pauseBreaks = this.breaks.getByRole('button', { name: 'Pause breaks' });
    this.pauseChoices = this.breaks.getByRole('list', { name: 'Pause breaks' }).getByRole('button');
    this.resume = this.breaks.getByRole('button', { name: 'Resume breaks' });
    this.postpone = this.breaks.getByRole('button', { name: 'Postpone break' });
    this.skip = this.breaks.getByRole('button', { name: 'Skip break' });
    this.breaksAlert = this.breaks.getByRole('alert');
    const actions = page.getByRole('region', { name: 'What would you like to do?' });
    this.actions = actions.getByRole('button');
    this.actionsAlert = actions.getByRole('alert');
    this.quickStretch = page.getByRole('button', { name: 'Quick stretch' });
    this.library = page.getByRole('button', { name: 'Exercise library' });
    this.settings = page.getByRole('button', { name: 'Settings' });
    this.progress = page.getByRole('button', { name: 'Progress' });
    this.quit = page.getByRole('button', { name: 'Quit Unhunch' });
    this.quitInWhere = this.where.getByRole('button', { name: 'Quit Unhunch' });
  }

  pauseChoice(label: string): Locator {
    return this.pauseChoices.filter({ hasText: label });
  }

  /** Opens the welcome window as main would answer on `welcome`'s platform and tray. */
  async open(
    welcome: WelcomeInfo | null,
    options: Omit<FakeApiOptions, 'session' | 'welcome'> = {},
  ): Promise<void> {
    await useFakeApi(this.page, { session: null, welcome, ...options });
    // Going to the very URL the page is on only scrolls to its hash; a second open must load it afresh.
    if (this.page.url() !== 'about:blank') await this.page.goto('about:blank');
    await this.page.goto('welcome.html#/welcome');
    await this.heading.waitFor();
    // The where-text arrives with main's answer; until then the region is busy and empty.
    await this.where.getByRole('paragraph').first().waitFor();
    if (options.trayStatus !== null) await this.statusLine.waitFor();
  }
}
