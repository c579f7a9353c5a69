import { expect, type Locator, type Page } from '@playwright/test';
import { useFakeApi, type FakeApiOptions, type FakeMain } from '../support/fake-api';

/** The library window as a user sees it; specs talk to this, not to selectors. */
export class LibraryPage {
  readonly listHeading: Locator;
  readonly heading: Locator;
  readonly safety: Locator;
  readonly search: Locator;
  readonly bodyPart: Locator;
  readonly level: Locator;
  readonly place: Locator;
  readonly count: Locator;
  readonly exercises: Locator;
  readonly routines: Locator;
  readonly tips: Locator;
  readonly clearFilters: Locator;
  readonly showAll: Locator;
  readonly back: Locator;
  readonly detailStart: Locator;

  constructor(readonly page: Page) {
    this.listHeading = page.getByRole('heading', { level: 1, name: 'Exercise library' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.safety = page.getByRole('complementary', { name: 'Safety advice' });
    this.search = page.getByRole('searchbox', { name: 'Search by name' });
    this.bodyPart = page.getByRole('combobox', { name: 'Body part' });
    this.level = page.getByRole('combobox', { name: 'Skill level' });
    this.place = page.getByRole('combobox', { name: 'Place' });
    this.count = page
      .getByRole('status')
      .filter({ hasText: /^\s*(\d+ (of \d+ )?exercises?|No exercises match)\s*$/ });
    this.exercises = page.getByRole('region', { name: 'Exercises', exact: true });
    this.routines = page.getByRole('region', { name: 'Routines', exact: true });
    this.tips = page.getByRole('region', { name: 'Tips' });
    this.clearFilters = page.getByRole('button', { name: 'Clear search and filters' });
    this.showAll = page.getByRole('button', { name: 'Show all exercises' });
    this.back = page.getByRole('button', { name: /Back to the library/ });
    this.detailStart = page.getByRole('article').getByRole('button', { name: /^Start / });
  }

  main!: FakeMain;

  /** Opens the library window (or a detail, given its hash) with the fake bridge installed. */
  async open(hash = '#/library', options: Omit<FakeApiOptions, 'session'> = {}): Promise<void> {
    this.main = await useFakeApi(this.page, { session: null, ...options });
    await this.page.goto(`library.html${hash}`);
    await this.heading.waitFor();
  }

  /** The names on the exercise cards currently shown, in order. */
  cardNames(): Promise<string[]> {
    return this.exercises.getByRole('heading', { level: 3 }).allTextContents();
  }

  card(name: string): Locator {
    return this.exercises.getByRole('article', { name, exact: true });
  }

  howTo(name: string): Locator {
    return this.page.getByRole('link', { name: `How to do it: ${name}`, exact: true });
  }

  startCard(name: string): Locator {
    return this.card(name).getByRole('button', { name: `Start ${name}`, exact: true });
  }

  routine(name: string): Locator {
    return this.routines.getByRole('article', { name, exact: true });
  }

  /** The small pictures of a routine's exercises, in order; hidden from screen readers, as the list names them. */
  routineStrip(name: string): Locator {
    return this.routine(name).locator('.strip');
  }

  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  /** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
  async tabTo(target: Locator, maxPresses = 60): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }
}
