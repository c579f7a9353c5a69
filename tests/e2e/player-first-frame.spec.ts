import { expect, test, type Page } from '@playwright/test';
import type { PlayerSession } from '../../src/shared/ipc-contract';
import { PlayerPage } from './pages/player-page';
import { recordedCalls } from './support/fake-api';
import { holdChunk, renderFirstFrame } from './support/first-frame';

const session: PlayerSession = {
  id: 'session-1',
  reason: 'micro',
  title: 'Chin tuck',
  items: [{ exerciseId: 'chin-tuck' }],
  canPostpone: true,
  canSkip: true,
};

/** Opens the German player with main's first frame, its live player held back until `release`. */
async function openHeld(page: Page, cues = { sound: true, voice: false, painCheckIn: false }) {
  const player = new PlayerPage(page);
  const release = await holdChunk(page, /\/assets\/texts-de-[\w-]+\.js$/);
  await player.open(session, {
    lang: 'de',
    // Where the system has a voice, its switch joins the frame once the page has found it.
    speech: 'no-voice',
    firstFrame: await renderFirstFrame(session, 'de', cues),
    preferences: { sounds: cues.sound, voice: cues.voice, painCheckIn: cues.painCheckIn },
  });
  // Marks the first frame's nodes, to tell them from the live player's once it takes over.
  await page.locator('main').evaluate((main) => main.setAttribute('data-first-frame', ''));
  return { player, release };
}

const live = (page: Page) => page.locator('main:not([data-first-frame])');
/** The ring's seconds, in any language. */
const secondsLeft = async (page: Page) =>
  Number(await page.getByRole('timer').locator('.seconds').textContent());

test.describe('a break window shows main’s first frame while it builds the player', () => {
  for (const { width, height, colorScheme } of [
    { width: 900, height: 760, colorScheme: 'light' as const },
    { width: 420, height: 480, colorScheme: 'dark' as const },
  ]) {
    test(`${width}×${height} ${colorScheme}: the first frame is on screen before the player is built, which replaces it unseen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      // The figure is drawn once the first frame is on screen, whichever builds it: not yet, here.
      await holdChunk(page, /\/assets\/drawing-kit-[\w-]+\.js$/);
      const { release } = await openHeld(page, { sound: false, voice: false, painCheckIn: false });
      await expect(page.getByRole('button', { name: 'Starten' })).toBeVisible();
      // The user's own switch, as main knows it, not the default the page starts with.
      await expect(page.getByRole('button', { name: 'Tonsignale' })).toHaveAttribute('aria-pressed', 'false');
      expect((await recordedCalls(page)).map((call) => call.name)).not.toContain('getPlayerSession');
      const firstFrame = await page.screenshot();

      await release();
      await expect(live(page)).toBeVisible();
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page.getByRole('button', { name: 'Tonsignale' })).toHaveAttribute('aria-pressed', 'false');
      expect(await secondsLeft(page)).toBe(5);
      const built = await page.screenshot();
      expect(built.equals(firstFrame), 'the built player looks exactly as its first frame did').toBe(true);
    });
  }

  test('a click on the first frame’s Start starts the player once it is built', async ({ page }) => {
    const { player, release } = await openHeld(page);
    await page.getByRole('button', { name: 'Starten' }).click();
    await release();
    await expect(live(page)).toBeVisible();
    await expect(live(page).getByRole('button', { name: 'Anhalten' })).toBeVisible();
    await player.passTime(2_000);
    expect(await secondsLeft(page)).toBeLessThan(5);
  });

  test('keys pressed on the first frame reach the player: Space starts it, focus stays where Tab put it', async ({
    page,
  }) => {
    const { release } = await openHeld(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Starten' })).toBeFocused();
    await release();
    await expect(live(page)).toBeVisible();
    const toggle = live(page).getByRole('button', { name: 'Anhalten' });
    await expect(toggle).toBeVisible();
    await expect(toggle).toBeFocused();
  });

  test('Esc on the first frame leaves the break once the player is built, as it would have at once', async ({
    page,
  }) => {
    const { release } = await openHeld(page);
    await page.keyboard.press('Escape');
    await release();
    await expect(live(page)).toBeVisible();
    await expect
      .poll(async () => (await recordedCalls(page)).map((call) => call.name))
      .toEqual(expect.arrayContaining(['finishSession', 'closeWindow']));
  });
});

test('a break that main moved on from while the window loaded gives way to the one main plays now', async ({
  page,
}) => {
  const player = new PlayerPage(page);
  const now: PlayerSession = {
    ...session,
    id: 'session-2',
    title: 'Plank',
    items: [{ exerciseId: 'plank' }],
  };
  await player.open(now, { firstFrame: await renderFirstFrame(session) });
  await expect(player.title).toHaveText('Plank');
  await expect(page.locator('main')).toHaveCount(1);
});
