import type { Locator, Page } from '@playwright/test';
import { useFakeApi, type FakeApiOptions, type FakeMain } from '../support/fake-api';

/** The progress window as a user sees it; specs talk to this, not to selectors. */
export class ProgressPage {
  readonly heading: Locator;
  readonly today: Locator;
  readonly history: Locator;
  readonly streak: Locator;
  readonly week: Locator;
  readonly month: Locator;
  readonly breaksChart: Locator;
  readonly minutesChart: Locator;
  readonly painChart: Locator;
  readonly exportCsv: Locator;
  readonly exportJson: Locator;
  readonly exportStatus: Locator;
  main!: FakeMain;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Progress' });
    this.today = page.getByRole('region', { name: 'Today' });
    this.history = page.getByRole('region', { name: 'History' });
    this.streak = page.getByTestId('streak');
    this.week = page.getByRole('radio', { name: '7 days' });
    this.month = page.getByRole('radio', { name: '30 days' });
    this.breaksChart = page.getByRole('figure', { name: 'Breaks per day' });
    this.minutesChart = page.getByRole('figure', { name: 'Active minutes per day' });
    this.painChart = page.getByRole('figure', { name: 'Upper-back pain' });
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
    this.exportJson = page.getByRole('button', { name: 'Export JSON' });
    this.exportStatus = page.getByRole('region', { name: 'Export' }).getByRole('status');
  }

  /** Opens the progress window; a `lang` other than English waits for the page without reading its words. */
  async open(options: Omit<FakeApiOptions, 'session'> = {}, lang?: string): Promise<void> {
    this.main = await useFakeApi(this.page, { session: null, ...options });
    await this.page.goto(`progress.html#/progress${lang ? `?lang=${lang}` : ''}`);
    await (lang ? this.page.getByTestId('streak') : this.today).waitFor();
  }

  /** A today figure by its term ("Breaks completed"). */
  stat(term: string): Locator {
    return this.today
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
      .getByRole('definition');
  }

  /** The rows of a chart's data table, each as its cells' text, header cell first. */
  async tableRows(chart: Locator): Promise<string[][]> {
    const rows = chart.getByRole('table').getByRole('row');
    const count = await rows.count();
    const out: string[][] = [];
    for (let i = 1; i < count; i++) {
      const cells = await rows.nth(i).locator('th, td').allTextContents();
      out.push(cells.map((text) => text.trim()));
    }
    return out;
  }
}
