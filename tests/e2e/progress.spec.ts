import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { longDate as longDateIn } from '../../src/renderer/src/progress/progress-format';
import { ProgressPage } from './pages/progress-page';
import { recordedCalls } from './support/fake-api';
import { plainEnglish } from './support/pseudo-locale';
import { NOW, SEED, seedDate, seededHistory, type SeedDay } from './support/seed-history';

/** Dates as the English window writes them. */
const longDate = (date: string): string => longDateIn('en', date);

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(' | ')})`,
  );
}

const EMPTY: Omit<SeedDay, 'daysAgo'> = { completed: 0, skipped: 0, workedThrough: 0, activeMinutes: 0 };

/** The seed's days within the last `days`, oldest first, zeros where nothing happened. */
function expectedDays(days: number): (SeedDay & { date: string })[] {
  return Array.from({ length: days }, (_, index) => {
    const daysAgo = days - 1 - index;
    const seeded = SEED.find((day) => day.daysAgo === daysAgo);
    return { ...EMPTY, ...seeded, daysAgo, date: seedDate(daysAgo) };
  });
}

const seeded = { history: seededHistory(), now: NOW, preferences: { painCheckIn: true } };

test.describe('progress', () => {
  test("shows today's figures and the streak", async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.open(seeded);
    await expect(progress.heading).toBeVisible();
    await expect(progress.stat('Active minutes')).toHaveText('95');
    await expect(progress.stat('Breaks completed')).toHaveText('3');
    await expect(progress.stat('Skipped')).toHaveText('1');
    await expect(progress.stat('Worked through')).toHaveText('1');
    // Four days in a row: today and the three before it; four days ago had no completed break.
    await expect(progress.streak).toHaveText('Streak: 4 days in a row, today included.');
    expect(await recordedCalls(page)).toContainEqual({ name: 'getProgress', input: { days: 7 } });
  });

  test('charts the last 7 or 30 days, with the numbers in a table', async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.open(seeded);
    await expect(progress.week).toBeChecked();

    const week = expectedDays(7);
    expect(await progress.tableRows(progress.breaksChart)).toEqual(
      week.map((day) => [
        longDate(day.date),
        String(day.completed),
        String(day.skipped),
        String(day.workedThrough),
      ]),
    );
    expect(await progress.tableRows(progress.minutesChart)).toEqual(
      week.map((day) => [longDate(day.date), String(day.activeMinutes)]),
    );
    // Today is the last row, by its full date.
    await expect(progress.breaksChart.getByRole('row').last()).toContainText('Wednesday, March 18, 2026');
    await expect(progress.breaksChart).toContainText('Last 7 days: 17 completed, 6 skipped.');
    await expect(progress.minutesChart).toContainText('Last 7 days: 790 minutes active in all.');
    // One bar per non-zero count, drawn for the eye only.
    const bars = progress.breaksChart.locator('svg rect');
    await expect(bars).toHaveCount(
      week.reduce((n, day) => n + (day.completed > 0 ? 1 : 0) + (day.skipped > 0 ? 1 : 0), 0),
    );
    await expect(progress.breaksChart.locator('svg')).toHaveAttribute('aria-hidden', 'true');

    // Arrow keys on the period switch move to 30 days.
    await progress.week.focus();
    await page.keyboard.press('ArrowRight');
    await expect(progress.month).toBeChecked();
    await expect.poll(async () => (await progress.tableRows(progress.breaksChart)).length).toBe(30);
    expect(await recordedCalls(page)).toContainEqual({ name: 'getProgress', input: { days: 30 } });
    const month = expectedDays(30);
    expect(await progress.tableRows(progress.breaksChart)).toEqual(
      month.map((day) => [
        longDate(day.date),
        String(day.completed),
        String(day.skipped),
        String(day.workedThrough),
      ]),
    );
    await expect(progress.breaksChart).toContainText('Last 30 days: 24 completed, 9 skipped.');
    await expect(progress.minutesChart).toContainText('Last 30 days: 1,060 minutes active in all.');
  });

  test('draws the pain trend from the check-ins', async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.open(seeded);
    await expect(progress.painChart).toBeVisible();
    expect(await progress.tableRows(progress.painChart)).toEqual([
      [longDate(seedDate(6)), '6', '1'],
      [longDate(seedDate(3)), '5.5', '2'],
      [longDate(seedDate(1)), '4', '1'],
      [longDate(seedDate(0)), '3', '1'],
    ]);
    await expect(progress.painChart).toContainText('5 check-ins in the last 7 days. The trend is easing');
    await expect(progress.painChart.locator('svg circle')).toHaveCount(4);
    await expect(progress.painChart.locator('svg line.trend')).toHaveCount(1);
    await expect(page.getByText(/pain check-in is off/)).toHaveCount(0);
  });

  test('says when the pain check-in is off', async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.open({ history: seededHistory(SEED.map(({ pain: _pain, ...day }) => day)), now: NOW });
    await expect(page.getByText(/The pain check-in is off/)).toBeVisible();
    await expect(progress.painChart).toHaveCount(0);
  });

  test('starts empty without history', async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.open({ now: NOW });
    await expect(progress.stat('Active minutes')).toHaveText('0');
    await expect(progress.streak).toHaveText('Streak: No streak yet. Complete a break to start one.');
    expect(await progress.tableRows(progress.breaksChart)).toHaveLength(7);
    await expect(progress.breaksChart.locator('svg rect')).toHaveCount(0);
  });

  test('exports CSV and JSON, and says where they went', async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.open(seeded);
    await progress.exportCsv.focus();
    await page.keyboard.press('Enter');
    await expect(progress.exportStatus).toHaveText('CSV saved to /home/user/Documents/unhunch-history.csv');
    await page.keyboard.press('Tab');
    await expect(progress.exportJson).toBeFocused();
    await page.keyboard.press('Space');
    await expect(progress.exportStatus).toHaveText('JSON saved to /home/user/Documents/unhunch-history.json');
    const calls = (await recordedCalls(page)).filter((call) => call.name === 'exportHistory');
    expect(calls).toEqual([
      { name: 'exportHistory', input: { format: 'csv' } },
      { name: 'exportHistory', input: { format: 'json' } },
    ]);
    expect(progress.main.exports).toEqual(['csv', 'json']);
  });

  test('says so when an export is cancelled', async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.open({ ...seeded, exportFolder: null });
    await progress.exportJson.click();
    await expect(progress.exportStatus).toHaveText('Export cancelled.');
  });

  test('uses no inline styles, which the CSP would block', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const progress = new ProgressPage(page);
    await progress.open(seeded);
    await expect(progress.painChart).toBeVisible();
    await expect(page.locator('main [style]')).toHaveCount(0);
    expect(violations).toEqual([]);
  });

  test('leaves no text in plain English under the pseudo-locale', async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.open(seeded, 'en-XA');
    await expect(page.locator('svg circle')).toHaveCount(4);
    // The pseudo-locale writes dates as English does; everything else must come from the catalog.
    const days = [...Array.from({ length: 7 }, (_, index) => seedDate(index))].flatMap((date) => {
      const day = new Date(`${date}T00:00:00Z`);
      const options: Intl.DateTimeFormatOptions[] = [
        { weekday: 'long' },
        { weekday: 'short' },
        { month: 'long' },
      ];
      return options.map((option) =>
        new Intl.DateTimeFormat('en', { ...option, timeZone: 'UTC' }).format(day),
      );
    });
    const dateWords = new RegExp(`\\b(${[...new Set(days)].join('|')})\\b`, 'g');
    expect(await plainEnglish(page, [dateWords])).toEqual([]);
    await expect(page.locator('h1')).toHaveText(/^\[.+\]$/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no detectable accessibility violations in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const progress = new ProgressPage(page);
      await progress.open(seeded);
      await expect(progress.painChart).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await progress.month.check({ force: true });
      await expect.poll(async () => (await progress.tableRows(progress.breaksChart)).length).toBe(30);
      await progress.exportCsv.click();
      await expect(progress.exportStatus).not.toBeEmpty();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
