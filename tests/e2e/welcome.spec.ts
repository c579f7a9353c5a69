import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { safetyAdvice } from '../../src/shared/tips';
import { WelcomePage } from './pages/welcome-page';
import { BREAK_AHEAD, emitEvent, recordedCalls, useFakeApi } from './support/fake-api';
import { plainEnglish } from './support/pseudo-locale';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(' | ')})`,
  );
}

const noTray = { platform: 'linux', trayHost: 'absent' } as const;
const warned = { headline: 'Stretch break now', paused: false, canPostpone: true, canSkip: true } as const;

/** What the page asked main to do, without the reads it makes on opening. */
async function commands(page: Page): Promise<unknown[]> {
  return (await recordedCalls(page)).filter((call) => call.name === 'runCommand').map((call) => call.input);
}

test.describe('welcome', () => {
  test('without a tray, says this window is the way in and how to get it back', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    await expect(page).toHaveTitle('Welcome · Unhunch');
    await expect(welcome.where).toContainText('Your desktop does not show tray icons');
    await expect(welcome.where).toContainText('this window is your way in');
    await expect(welcome.where).toContainText('open Unhunch again from your app launcher');
    await expect(welcome.trayHint).toBeVisible();
    await expect(welcome.trayHint).toContainText('gnome-shell-extension-appindicator');
    await expect(welcome.safety).toBeVisible();
    await expect(welcome.safety).toContainText(safetyAdvice);
    await expect(welcome.statusLine).toHaveText(BREAK_AHEAD.headline);
    await expect(welcome.pauseBreaks).toBeVisible();
    await expect(welcome.actions).toHaveText(['Quick stretch', 'Exercise library', 'Progress', 'Settings']);
    // The only way to quit without a tray, so it stands with the words about this window.
    await expect(welcome.quitInWhere).toBeVisible();
    const calls = await recordedCalls(page);
    expect(calls).toContainEqual({ name: 'getWelcome' });
    expect(calls).toContainEqual({ name: 'getTrayStatus' });
  });

  const withTray = [
    { platform: 'linux', words: 'in the system tray on your desktop’s panel' },
    { platform: 'darwin', words: 'in the menu bar at the top of your screen' },
    { platform: 'win32', words: 'in the notification area at the right end of the taskbar' },
    { platform: 'other', words: 'in your desktop’s system tray' },
  ] as const;
  for (const { platform, words } of withTray) {
    test(`with a tray on ${platform}, points to it and does not nag`, async ({ page }) => {
      const welcome = new WelcomePage(page);
      await welcome.open({ platform, trayHost: 'present' });
      await expect(welcome.where).toContainText(`Unhunch lives ${words}`);
      await expect(welcome.where).toContainText('Click its icon');
      await expect(welcome.where).not.toContainText('does not show tray icons');
      await expect(welcome.trayHint).toHaveCount(0);
      await expect(welcome.safety).toBeVisible();
      // The tray's menu has Quit; here it stays, quietly, at the end.
      await expect(welcome.quitInWhere).toHaveCount(0);
      await expect(welcome.quit).toBeVisible();
      await expect(welcome.statusLine).toHaveText(BREAK_AHEAD.headline);
    });
  }

  test('an unsure check reads as a tray that is there', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open({ platform: 'linux', trayHost: 'unknown' });
    await expect(welcome.where).toContainText('Unhunch lives in the system tray');
    await expect(welcome.trayHint).toHaveCount(0);
    // "Unknown" may yet be a missing tray: Quit is still here.
    await expect(welcome.quit).toBeVisible();
  });

  test('still offers everything when main does not answer', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(null);
    await expect(welcome.where).toContainText('Unhunch lives in your desktop’s system tray');
    await expect(welcome.actions).toHaveCount(4);
    await expect(welcome.quit).toBeVisible();
  });

  test('without the status, says so and still offers the rest', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray, { trayStatus: null });
    await expect(welcome.breaks).toContainText('Unhunch could not say when the next break is.');
    await expect(welcome.breaks).toHaveAttribute('aria-busy', 'false');
    await expect(welcome.actions).toHaveCount(4);
    await expect(welcome.quit).toBeVisible();
    // A status main pushes later fills the gap.
    await emitEvent(page, 'trayStatusChanged', BREAK_AHEAD);
    await expect(welcome.statusLine).toHaveText(BREAK_AHEAD.headline);
    await expect(welcome.breaks).not.toContainText('could not say');
  });

  test('the status line follows what main pushes', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    await expect(welcome.statusLine).toHaveText('Stretch in 12 min');
    await emitEvent(page, 'trayStatusChanged', { ...BREAK_AHEAD, headline: 'Stretch in 11 min' });
    await expect(welcome.statusLine).toHaveText('Stretch in 11 min');
    await emitEvent(page, 'trayStatusChanged', {
      headline: 'Paused until 14:30',
      paused: true,
      canPostpone: false,
      canSkip: false,
    });
    await expect(welcome.statusLine).toHaveText('Paused until 14:30');
    await expect(welcome.resume).toBeVisible();
    await expect(welcome.pauseBreaks).toHaveCount(0);
  });

  test('offers Postpone and Skip only while the break allows them', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    await expect(welcome.postpone).toHaveCount(0);
    await expect(welcome.skip).toHaveCount(0);

    await emitEvent(page, 'trayStatusChanged', warned);
    await expect(welcome.statusLine).toHaveText('Stretch break now');
    await expect(welcome.breaks.getByRole('button')).toHaveText([
      'Postpone break',
      'Skip break',
      'Pause breaks',
    ]);

    // Postponed as often as allowed: it may still be skipped.
    await emitEvent(page, 'trayStatusChanged', { ...warned, canPostpone: false });
    await expect(welcome.postpone).toHaveCount(0);
    await expect(welcome.skip).toBeVisible();

    // Strict mode: neither.
    await emitEvent(page, 'trayStatusChanged', { ...warned, canPostpone: false, canSkip: false });
    await expect(welcome.skip).toHaveCount(0);

    await emitEvent(page, 'trayStatusChanged', warned);
    await welcome.skip.click();
    expect(await commands(page)).toEqual([{ type: 'skip' }]);
    await expect(welcome.statusLine).toHaveText('Stretch in 20 min');
    await expect(welcome.skip).toHaveCount(0);
  });

  test('pauses for 1 hour and resumes with the keyboard alone', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    await page.keyboard.press('Tab');
    await expect(welcome.pauseBreaks).toBeFocused();
    await expect(welcome.pauseBreaks).toHaveAttribute('aria-expanded', 'false');
    await expect(welcome.pauseChoices).toHaveCount(0);

    await page.keyboard.press('Enter');
    await expect(welcome.pauseBreaks).toHaveAttribute('aria-expanded', 'true');
    // The tray's own choices, in its order.
    await expect(welcome.pauseChoices).toHaveText([
      'For 30 minutes',
      'For 1 hour',
      'For 2 hours',
      'Until tomorrow',
      'Until I resume',
    ]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(welcome.pauseChoice('For 1 hour')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(welcome.statusLine).toHaveText('Paused until 16:00');
    // The choice went away with the pause it made; focus waits on what replaced it, not at the top.
    await expect(welcome.resume).toBeFocused();
    await expect(welcome.resume).toHaveAccessibleDescription('Paused until 16:00');

    await page.keyboard.press('Space');
    await expect(welcome.statusLine).toHaveText('Stretch in 20 min');
    await expect(welcome.pauseBreaks).toBeFocused();
    // Closed again: the choices made the last pause, not this one.
    await expect(welcome.pauseBreaks).toHaveAttribute('aria-expanded', 'false');
    expect(await commands(page)).toEqual([
      { type: 'pause', request: { kind: 'minutes', minutes: 60 } },
      { type: 'resume' },
    ]);
  });

  test('keeps focus however the answer and the new status are ordered', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray, { statusAfterAnswer: true });
    await welcome.pauseBreaks.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(welcome.statusLine).toHaveText('Paused until 15:30');
    await expect(welcome.resume).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(welcome.pauseBreaks).toBeFocused();
  });

  test('Escape closes the pause choices and returns to their button', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    await welcome.pauseBreaks.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(welcome.pauseChoice('For 30 minutes')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(welcome.pauseBreaks).toBeFocused();
    await expect(welcome.pauseBreaks).toHaveAttribute('aria-expanded', 'false');
    await expect(welcome.pauseChoices).toHaveCount(0);
    expect(await commands(page)).toEqual([]);
  });

  test('pauses until tomorrow, or until resumed, as the tray does', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    await welcome.pauseBreaks.click();
    await welcome.pauseChoice('Until tomorrow').click();
    await expect(welcome.statusLine).toHaveText('Paused until tomorrow');
    await welcome.resume.click();
    await welcome.pauseBreaks.click();
    await welcome.pauseChoice('Until I resume').click();
    await expect(welcome.statusLine).toHaveText('Paused');
    expect(await commands(page)).toEqual([
      { type: 'pause', request: { kind: 'tomorrow' } },
      { type: 'resume' },
      { type: 'pause', request: { kind: 'indefinite' } },
    ]);
  });

  test('opens paused: offers Resume, not Pause', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray, {
      trayStatus: { headline: 'Paused until 14:30', paused: true, canPostpone: false, canSkip: false },
    });
    await expect(welcome.statusLine).toHaveText('Paused until 14:30');
    await expect(welcome.breaks.getByRole('button')).toHaveText(['Resume breaks']);
  });

  test('postponing from the keyboard keeps focus in the break controls', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray, { trayStatus: warned });
    await page.keyboard.press('Tab');
    await expect(welcome.postpone).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(welcome.statusLine).toHaveText('Stretch in 5 min');
    await expect(welcome.postpone).toHaveCount(0);
    await expect(welcome.pauseBreaks).toBeFocused();
    expect(await commands(page)).toEqual([{ type: 'postpone' }]);
  });

  test('every button works from the keyboard alone, Quit last', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    const keys = ['Enter', 'Space', 'Enter', 'Space', 'Enter'];
    for (const [index, button] of [
      welcome.quickStretch,
      welcome.library,
      welcome.progress,
      welcome.settings,
      welcome.quit,
    ].entries()) {
      await page.keyboard.press('Tab');
      if (index === 0) {
        // The pause control comes first, then the page's buttons in the tray's order.
        await expect(welcome.pauseBreaks).toBeFocused();
        await page.keyboard.press('Tab');
      }
      await expect(button).toBeFocused();
      await page.keyboard.press(keys[index]!);
    }
    expect(await commands(page)).toEqual([
      { type: 'quick-stretch' },
      { type: 'open-library' },
      { type: 'open-progress' },
      { type: 'open-settings' },
      { type: 'quit' },
    ]);
    // Quit is the last stop: Tab from it leaves the page's controls.
    await page.keyboard.press('Tab');
    await expect(welcome.quit).not.toBeFocused();
  });

  test('with a tray, Quit still comes last from the keyboard', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open({ platform: 'linux', trayHost: 'present' });
    await welcome.settings.focus();
    await page.keyboard.press('Tab');
    await expect(welcome.quit).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await commands(page)).toEqual([{ type: 'quit' }]);
  });

  test('says so, next to the control, when a command does not work, and clears it on the next try', async ({
    page,
  }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray, { failing: ['runCommand'] });
    await expect(welcome.actionsAlert).toHaveText('');
    await expect(welcome.breaksAlert).toHaveText('');
    await welcome.settings.click();
    await expect(welcome.actionsAlert).toHaveText('Settings could not be opened. Please try again.');
    await welcome.quickStretch.click();
    await expect(welcome.actionsAlert).toHaveText('Quick stretch could not be started. Please try again.');
    await welcome.pauseBreaks.click();
    await welcome.pauseChoice('For 2 hours').click();
    await expect(welcome.breaksAlert).toHaveText('Breaks could not be paused. Please try again.');
    await expect(welcome.actionsAlert).toHaveText('');
    // Nothing changed, so the choices stay open for another try.
    await expect(welcome.pauseChoice('For 2 hours')).toBeFocused();
    await welcome.quit.click();
    await expect(welcome.where.getByRole('alert')).toHaveText('Unhunch could not quit. Please try again.');
    await expect(welcome.breaksAlert).toHaveText('');
  });

  test('in the pseudo-locale, every word comes from the catalog', async ({ page }) => {
    await useFakeApi(page, { session: null, welcome: noTray });
    await page.goto('welcome.html#/welcome?lang=en-XA');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('#tray-status')).toBeVisible();
    await expect(page.locator('#where-title + p')).toBeVisible();
    // The status line is main's (the tray's words, in main's language); the package name is a name.
    expect(await plainEnglish(page, [BREAK_AHEAD.headline, 'gnome-shell-extension-appindicator'])).toEqual(
      [],
    );
  });

  test('uses no inline styles, which the CSP would block', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    await expect(page.locator('main [style]')).toHaveCount(0);
    expect(violations).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no detectable accessibility violations in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const welcome = new WelcomePage(page);
      await welcome.open(noTray, { trayStatus: warned });
      await welcome.pauseBreaks.click();
      expect(await axeViolations(page)).toEqual([]);
      await welcome.open(
        { platform: 'win32', trayHost: 'present' },
        { trayStatus: { headline: 'Paused', paused: true, canPostpone: false, canSkip: false } },
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('fits the smallest window without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 480 });
    const welcome = new WelcomePage(page);
    await welcome.open(noTray, { trayStatus: warned });
    await welcome.pauseBreaks.click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    for (const control of [welcome.pauseChoice('Until I resume'), welcome.settings, welcome.quit]) {
      await control.focus();
      await expect(control).toBeInViewport();
    }
    await expect(welcome.safety).toBeVisible();
  });
});
