import { expect, type Locator, type Page } from '@playwright/test';
import { useFakeApi, type FakeApiOptions, type FakeMain } from '../support/fake-api';
import { addVoice, fakeSpeech, type SpeechSetup } from '../support/fake-speech';

/** The settings window as a user sees it; specs talk to this, not to selectors. */
export class SettingsPage {
  readonly heading: Locator;
  readonly notice: Locator;
  readonly dismissNotice: Locator;
  readonly problem: Locator;
  /** The sections' sidebar, or on a narrow window the bar with the Sections menu. */
  readonly navigation: Locator;
  readonly menuButton: Locator;
  main!: FakeMain;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.notice = page.getByRole('status').filter({ hasText: /reset to defaults|invalid/ });
    this.dismissNotice = page.getByRole('button', { name: 'Dismiss' });
    this.problem = page.getByRole('alert');
    this.navigation = page.getByRole('navigation', { name: 'Settings sections' });
    this.menuButton = this.navigation.getByRole('button', { name: /^Sections/ });
  }

  navItem(title: string): Locator {
    return this.navigation.getByRole('listitem').getByRole('button', { name: title, exact: true });
  }

  /** Goes to a section as a user would: through the menu on a narrow window, the sidebar on a wide one. */
  async goTo(title: string): Promise<void> {
    if (await this.menuButton.isVisible()) await this.menuButton.click();
    await this.navItem(title).click();
  }

  sectionHeading(title: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: title, exact: true });
  }

  resetButton(title: string): Locator {
    return this.page.getByRole('button', { name: `Reset this section to defaults: ${title}`, exact: true });
  }

  /** Opens the settings window with the fake bridge; resolves once the form is filled in. */
  async open({
    speech = 'voice',
    ...options
  }: Omit<FakeApiOptions, 'session'> & { speech?: SpeechSetup } = {}): Promise<void> {
    await fakeSpeech(this.page, speech);
    this.main = await useFakeApi(this.page, { session: null, ...options });
    await this.page.goto('settings.html#/settings');
    await this.heading.waitFor();
    await this.field('Time between micro breaks').waitFor();
  }

  /**
   * Opens the settings window with the page's clock stopped (`page.clock.runFor` moves it) while main's
   * `getSettings` never answers, throws at once or fails; resolves once the page is mounted.
   */
  async openUnanswered(answer: 'never' | 'throw' | 'reject'): Promise<void> {
    await this.page.clock.install({ time: new Date('2026-12-01T09:00:00Z') });
    await this.page.clock.pauseAt(new Date('2026-12-01T09:00:01Z'));
    this.main = await useFakeApi(this.page, { session: null });
    await this.page.addInitScript((mode) => {
      const api = (window as unknown as { unhunch: { getSettings: () => Promise<never> } }).unhunch;
      api.getSettings = () => {
        if (mode === 'throw') throw new Error('no bridge');
        if (mode === 'reject') return Promise.reject(new Error('the store is locked'));
        return new Promise<never>(() => undefined);
      };
    }, answer);
    await this.page.goto('settings.html#/settings');
    // Mounted: the live regions are there, ready for what comes.
    await this.page.getByTestId('save-status').waitFor({ state: 'attached' });
  }

  /** A system voice turns up after the page has looked, as speech services load late. */
  addVoice(): Promise<void> {
    return addVoice(this.page);
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** A number field by its label (its accessible name starts with it). */
  field(label: string | RegExp, within: Locator | Page = this.page): Locator {
    return within.getByRole('spinbutton', { name: label });
  }

  textbox(label: string | RegExp, within: Locator | Page = this.page): Locator {
    return within.getByRole('textbox', { name: label });
  }

  checkbox(label: string | RegExp): Locator {
    return this.page.getByRole('checkbox', { name: label });
  }

  /** A shortcut's record button, named by its label, its keys (or "Off") and what it does. */
  shortcut(label: string): Locator {
    return this.section('Keyboard shortcuts').getByRole('button', { name: new RegExp(`^${label} `) });
  }

  /** A shortcut's message: shown beside it and read as part of its button's description. */
  async expectShortcutError(button: Locator, message: string): Promise<void> {
    await expect.poll(() => this.errorOf(button)).toBe(message);
    await expect(this.page.getByText(message, { exact: true })).toBeVisible();
  }

  async expectNoShortcutError(button: Locator): Promise<void> {
    await expect.poll(() => this.errorOf(button)).toBeNull();
  }

  /** The group (fieldset) with this legend: an exercise's card, a radio group, an app list. */
  group(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name, exact: typeof name === 'string' });
  }

  /** The message shown beside a field, found through the field's aria-describedby. */
  async errorOf(field: Locator): Promise<string | null> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '')
      .split(/\s+/)
      .filter((id) => id.endsWith('-error'));
    if (ids.length === 0) return null;
    return this.page.locator(`[id="${ids[0]}"]`).textContent();
  }

  async expectError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => this.errorOf(field)).toBe(message);
    await expect(this.page.getByText(message, { exact: true })).toBeVisible();
  }

  async expectNoError(field: Locator): Promise<void> {
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => this.errorOf(field)).toBeNull();
  }

  /** Replaces a field's text from the keyboard and leaves it with Tab, which commits the value. */
  async typeInto(field: Locator, text: string): Promise<void> {
    await field.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
    if (text !== '') await this.page.keyboard.type(text);
  }

  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  /** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
  async tabTo(target: Locator, maxPresses = 150): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }
}
