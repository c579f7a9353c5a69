import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { BreakCover } from '../../src/shared/ipc-contract';
import { CoverPage } from './pages/cover-page';
import { recordedCalls } from './support/fake-api';
import { plainEnglish } from './support/pseudo-locale';

/** The pseudo-locale writes lengths of time as English does (Intl): "2 seconds". */
const englishDurations = [/\d+ (minutes?|seconds?)/];

const stretch: BreakCover = { reason: 'micro', title: 'Chin tuck', remainingMs: 32_000 };

test.describe('cover (a break on every screen)', () => {
  test('counts the break down and points to the screen with the exercise', async ({ page }) => {
    const cover = new CoverPage(page);
    await cover.open(stretch);
    await expect(page).toHaveTitle('Break · Unhunch');
    await expect(cover.countdown).toHaveText('0:32');
    await expect(cover.countdown).toHaveAccessibleName('32 seconds left');
    await expect(cover.line).toHaveText('Stretch break: Chin tuck is on the screen you were using.');

    await cover.passTime(2_000);
    await expect(cover.countdown).toHaveText('0:30');
    // Once the break's time is up the stretch may still be going: finish it there.
    await cover.passTime(30_000);
    await expect(cover.countdown).toHaveText('0:00');
    await expect(cover.line).toHaveText('Finish Chin tuck on the screen you were using, then carry on.');
  });

  test('a long break counts in minutes', async ({ page }) => {
    const cover = new CoverPage(page);
    await cover.open({ reason: 'long', title: 'Upper-back reset', remainingMs: 245_500 });
    await expect(cover.countdown).toHaveText('4:06');
    await expect(cover.countdown).toHaveAccessibleName('4 minutes, 6 seconds left');
    await expect(cover.line).toHaveText('Long break: Upper-back reset is on the screen you were using.');
  });

  test('has nothing to press or focus, and asks main nothing but what to show', async ({ page }) => {
    const cover = new CoverPage(page);
    await cover.open(stretch);
    await expect(page.locator('button, a, input, select, textarea, [tabindex]')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect((await recordedCalls(page)).map(({ name }) => name)).toEqual(['getBreakCover']);
  });

  test('stays a calm, empty screen when no break is running', async ({ page }) => {
    const cover = new CoverPage(page);
    await cover.open(null);
    await expect(cover.countdown).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unhunch');
  });

  test('keeps still for those who ask for reduced motion', async ({ page }) => {
    const breathing = (): Promise<string> =>
      page.locator('.breath').evaluate((element) => getComputedStyle(element).animationName);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const cover = new CoverPage(page);
    await cover.open(stretch);
    expect(await breathing()).toMatch(/breathe$/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await breathing()).toBe('none');
  });

  test('in the pseudo-locale, leaves no text in plain English', async ({ page }) => {
    const cover = new CoverPage(page);
    // Main names the session in the window's language; a pseudo-locale name stands for that here.
    await cover.open({ reason: 'long', title: '[Ûþþéŕ-ƀàçķ ŕéšéţ]', remainingMs: 2_000 }, 'en-XA');
    await expect(cover.countdown).toHaveText('0:02');
    await expect(page).toHaveTitle(/^\[.+\]$/);
    expect(await plainEnglish(page, englishDurations)).toEqual([]);
    await cover.passTime(3_000);
    await expect(cover.countdown).toHaveText('0:00');
    expect(await plainEnglish(page, englishDurations)).toEqual([]);
  });

  test('with no break, in the pseudo-locale, shows no plain English either', async ({ page }) => {
    const cover = new CoverPage(page);
    await cover.open(null, 'en-XA');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[.+\]$/);
    expect(await plainEnglish(page)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`reads clearly in ${colorScheme}, with no accessibility violations`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme });
      const cover = new CoverPage(page);
      await cover.open(stretch);
      await expect(cover.countdown).toHaveText('0:32');
      await expect(page).toHaveScreenshot(`cover-${colorScheme}.png`);
      // axe waits on timers of its own, which the frozen clock would never fire.
      await page.clock.resume();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
  }
});
