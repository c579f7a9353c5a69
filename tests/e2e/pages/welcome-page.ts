import type { Locator, Page } from '@playwright/test';
import type { WelcomeInfo } from '../../../src/shared/ipc-contract';
import { useFakeApi, type FakeApiOptions } from '../support/fake-api';

/** The welcome window as a user sees it; specs talk to this, not to selectors. */
export class WelcomePage {
  readonly heading: Locator;
  readonly where: Locator;
  readonly trayHint: Locator;
  readonly safety: Locator;
  readonly actions: Locator;
  readonly quickStretch: Locator;
  readonly library: Locator;
  readonly settings: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Welcome to Unhunch' });
    this.where = page.getByRole('region', { name: 'Where to find Unhunch' });
    this.trayHint = this.where.getByText(/AppIndicator and KStatusNotifierItem Support/);
    this.safety = page.getByRole('complementary', { name: 'Safety advice' });
    this.actions = page.getByRole('region', { name: 'What would you like to do?' }).getByRole('button');
    this.quickStretch = page.getByRole('button', { name: 'Quick stretch' });
    this.library = page.getByRole('button', { name: 'Exercise library' });
    this.settings = page.getByRole('button', { name: 'Settings' });
    this.progress = page.getByRole('button', { name: 'Progress' });
  }

  /** Opens the welcome window as main would answer on `welcome`'s platform and tray. */
  async open(
    welcome: WelcomeInfo | null,
    options: Omit<FakeApiOptions, 'session' | 'welcome'> = {},
  ): Promise<void> {
    await useFakeApi(this.page, { session: null, welcome, ...options });
    await this.page.goto('index.html#/welcome');
    await this.heading.waitFor();
    // The where-text arrives with main's answer; until then the region is busy and empty.
    await this.where.getByRole('paragraph').first().waitFor();
  }
}
