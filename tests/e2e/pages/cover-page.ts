import type { Locator, Page } from '@playwright/test';
import type { BreakCover } from '../../../src/shared/ipc-contract';
import { useFakeApi } from '../support/fake-api';

/** A break's cover on another screen, as a user sees it; specs talk to this, not to selectors. */
export class CoverPage {
  readonly main: Locator;
  readonly countdown: Locator;
  readonly line: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.countdown = page.getByRole('timer');
    this.line = this.main.getByRole('paragraph').last();
  }

  /** Opens the cover with a fake clock frozen at the start, so time passes only when a test says so. */
  async open(cover: BreakCover | null, lang?: string): Promise<void> {
    await useFakeApi(this.page, { session: null, cover });
    const start = new Date('2026-11-24T09:00:00').getTime();
    await this.page.clock.install({ time: start });
    // Paused a little ahead of the install time, which real time may already have passed.
    await this.page.clock.pauseAt(start + 60_000);
    await this.page.goto(`cover.html#/cover${lang ? `?lang=${lang}` : ''}`);
    await this.main.waitFor();
  }

  passTime(ms: number): Promise<void> {
    return this.page.clock.runFor(ms);
  }
}
