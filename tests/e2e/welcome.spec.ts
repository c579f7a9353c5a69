import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { safetyAdvice } from '../../src/shared/tips';
import { WelcomePage } from './pages/welcome-page';
import { recordedCalls } from './support/fake-api';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(' | ')})`,
  );
}

const noTray = { platform: 'linux', trayHost: 'absent' } as const;

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
    await expect(welcome.actions).toHaveText(['Quick stretch', 'Exercise library', 'Settings', 'Progress']);
    expect(await recordedCalls(page)).toContainEqual({ name: 'getWelcome' });
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
    });
  }

  test('an unsure check reads as a tray that is there', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open({ platform: 'linux', trayHost: 'unknown' });
    await expect(welcome.where).toContainText('Unhunch lives in the system tray');
    await expect(welcome.trayHint).toHaveCount(0);
  });

  test('still offers everything when main does not answer', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(null);
    await expect(welcome.where).toContainText('Unhunch lives in your desktop’s system tray');
    await expect(welcome.actions).toHaveCount(4);
  });

  test('every button works from the keyboard alone', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    const keys = ['Enter', 'Space', 'Enter', 'Space'];
    for (const [index, button] of [
      welcome.quickStretch,
      welcome.library,
      welcome.settings,
      welcome.progress,
    ].entries()) {
      await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      await page.keyboard.press(keys[index]!);
    }
    const calls = (await recordedCalls(page)).filter((call) => call.name !== 'getWelcome');
    expect(calls).toEqual([
      { name: 'runCommand', input: { type: 'quick-stretch' } },
      { name: 'runCommand', input: { type: 'open-library' } },
      { name: 'runCommand', input: { type: 'open-settings' } },
      { name: 'runCommand', input: { type: 'open-progress' } },
    ]);
    // The buttons are the only stops: Tab from the last one leaves the page's controls.
    await page.keyboard.press('Tab');
    await expect(welcome.progress).not.toBeFocused();
  });

  test('says so when a button does not work, and clears it on the next try', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await welcome.open(noTray, { failing: ['runCommand'] });
    await expect(page.getByRole('alert')).toHaveText('');
    await welcome.settings.click();
    await expect(page.getByRole('alert')).toHaveText('Settings could not be opened. Please try again.');
    await welcome.quickStretch.click();
    await expect(page.getByRole('alert')).toHaveText('Quick stretch could not be started. Please try again.');
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
      await welcome.open(noTray);
      expect(await axeViolations(page)).toEqual([]);
      await welcome.open({ platform: 'win32', trayHost: 'present' });
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('fits the smallest window without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 480 });
    const welcome = new WelcomePage(page);
    await welcome.open(noTray);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    await welcome.progress.focus();
    await expect(welcome.progress).toBeInViewport();
  });
});
