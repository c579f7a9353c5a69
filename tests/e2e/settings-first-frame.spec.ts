import { expect, test, type Page } from '@playwright/test';
import { recordedCalls, useFakeApi, type FakeApiOptions } from './support/fake-api';
import { fakeSpeech } from './support/fake-speech';
import { holdChunk, settingsFrameRenderer } from './support/first-frame';

/**
 * Opens the German settings window with main's first frame, its live form held back (it waits for the
 * German texts) until `release`.
 */
async function openHeld(page: Page, options: Omit<FakeApiOptions, 'session'> = {}) {
  await fakeSpeech(page, 'no-voice');
  const release = await holdChunk(page, /\/assets\/texts-de-[\w-]+\.js$/);
  await useFakeApi(page, {
    session: null,
    settingsFirstFrame: await settingsFrameRenderer('de'),
    ...options,
  });
  await page.goto('settings.html#/settings?lang=de');
  await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
  // Marks the first frame's nodes, to tell them from the live form's once it takes over.
  await page.locator('main').evaluate((main) => main.setAttribute('data-first-frame', ''));
  return release;
}

const live = (page: Page) => page.locator('main:not([data-first-frame])');
/** The page's controls in the order `prerendered.ts` counts them, each by its element, id and name. */
const controls = (page: Page) =>
  page
    .locator('main button, main [tabindex], main input')
    .evaluateAll((found) =>
      found.map(
        (control) =>
          `${control.tagName} #${control.id} ${control.getAttribute('aria-label') ?? control.textContent?.trim()}`,
      ),
    );
const saves = async (page: Page) =>
  (await recordedCalls(page)).filter((call) => call.name === 'updateSettings').map((call) => call.input);

test.describe('a settings window shows main’s first frame while it builds the form', () => {
  // The window's default size and its smallest (src/main/windows.ts).
  for (const { width, height, colorScheme } of [
    { width: 820, height: 820, colorScheme: 'light' as const },
    { width: 480, height: 480, colorScheme: 'dark' as const },
  ]) {
    test(`${width}×${height} ${colorScheme}: the form is on screen before it is built, and the built one replaces it unseen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      const release = await openHeld(page, {
        settings: { microBreak: { everyMinutes: 35 } },
        notice: 'Einige Einstellungen waren ungültig.',
      });
      // The user's own values, as main holds them, before the page has asked for them.
      await expect(page.locator('#field-microBreak-everyMinutes')).toHaveValue('35');
      await expect(page.getByText('Einige Einstellungen waren ungültig.')).toBeVisible();
      expect((await recordedCalls(page)).map((call) => call.name)).not.toContain('getSettings');
      const firstFrame = await page.screenshot();
      const frameControls = await controls(page);

      await release();
      await expect(live(page)).toBeVisible();
      await expect(page.locator('main')).toHaveCount(1);
      // Every section is built, below the fold.
      await expect(page.locator('#system-title')).toBeAttached();
      await expect(page.locator('#field-microBreak-everyMinutes')).toHaveValue('35');
      const built = await page.screenshot();
      expect(built.equals(firstFrame), 'the built form looks exactly as its first frame did').toBe(true);
      // What is carried across goes by place among the controls: the built form's first section has
      // the frame's, in the same order.
      expect((await controls(page)).slice(0, frameControls.length)).toEqual(frameControls);
    });
  }

  test('what is typed into the first frame’s field is in the built one, and Enter saves it', async ({
    page,
  }) => {
    const release = await openHeld(page);
    const field = page.locator('#field-microBreak-everyMinutes');
    await field.fill('35');
    await field.press('Enter');
    await release();
    await expect(live(page)).toBeVisible();
    await expect(live(page).locator('#field-microBreak-everyMinutes')).toHaveValue('35');
    await expect(live(page).locator('#field-microBreak-everyMinutes')).toBeFocused();
    await expect.poll(() => saves(page)).toEqual([{ settings: { microBreak: { everyMinutes: 35 } } }]);
  });

  test('a field the user typed into and left on the first frame keeps the text, and saves it', async ({
    page,
  }) => {
    const release = await openHeld(page);
    await page.locator('#field-microBreak-everyMinutes').fill('35');
    await page.keyboard.press('Tab');
    await release();
    await expect(live(page)).toBeVisible();
    await expect(live(page).locator('#field-microBreak-durationSeconds')).toBeFocused();
    await expect.poll(() => saves(page)).toEqual([{ settings: { microBreak: { everyMinutes: 35 } } }]);
    await expect(live(page).locator('#field-microBreak-everyMinutes')).toHaveValue('35');
  });

  test('an option picked on the first frame is picked, and saved, once the form is built', async ({
    page,
  }) => {
    const release = await openHeld(page);
    await page.getByLabel('Auf allen Bildschirmen').check();
    await release();
    await expect(live(page)).toBeVisible();
    await expect(live(page).getByLabel('Auf allen Bildschirmen')).toBeChecked();
    await expect.poll(() => saves(page)).toEqual([{ settings: { breakScreens: 'all' } }]);
  });

  test('a section picked in the first frame’s list is shown once the form is built', async ({ page }) => {
    await page.setViewportSize({ width: 820, height: 820 });
    const release = await openHeld(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Tastenkürzel', exact: true }).click();
    await release();
    await expect(live(page)).toBeVisible();
    const heading = live(page).getByRole('heading', { level: 2, name: 'Tastenkürzel' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });

  test('a switch turned off on the first frame is off, and saved, once the form is built', async ({
    page,
  }) => {
    const release = await openHeld(page);
    await page.getByLabel('Lange Pausen machen').click();
    await release();
    await expect(live(page)).toBeVisible();
    await expect(live(page).getByLabel('Lange Pausen machen')).not.toBeChecked();
    await expect.poll(() => saves(page)).toEqual([{ settings: { longBreak: { enabled: false } } }]);
  });

  test('focus stays where Tab put it on the first frame', async ({ page }) => {
    const release = await openHeld(page);
    // Past the sections' navigation and the first reset, to the first switch and on to the next field.
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let tabs = 0; !(await focusedId()).startsWith('field-') && tabs < 20; tabs++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await focusedId();
    expect(focused).toBe('field-microBreak-everyMinutes');
    await release();
    await expect(live(page)).toBeVisible();
    await expect(live(page).locator(`#${focused}`)).toBeFocused();
  });
});
