import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { findExercise } from '../../src/shared/exercises';
import { planSession } from '../../src/renderer/src/player/step-plan';
import { PlayerPage } from './pages/player-page';
import { emitEvent, recordedCalls } from './support/fake-api';

const chinTuck = findExercise('chin-tuck')!;
const plan = planSession([{ exerciseId: 'chin-tuck' }]);
const totalMs = plan.reduce((sum, step) => sum + step.seconds, 0) * 1000 + 500;
const session = {
  id: 'session-1',
  reason: 'micro' as const,
  title: chinTuck.name,
  items: [{ exerciseId: 'chin-tuck' }],
  canPostpone: false,
  canSkip: true,
};

async function playToTheEnd(player: PlayerPage): Promise<void> {
  await player.press('Space');
  await player.passTime(totalMs);
  await expect(player.finished).toBeVisible();
}

test.describe('player preferences', () => {
  test('asks the pain check-in once, answered with the keyboard', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session, { preferences: { painCheckIn: true } });
    await playToTheEnd(player);

    await expect(player.painQuestion).toBeVisible();
    await expect(player.painQuestion).toContainText('0 is no pain, 10 the worst');
    // The question takes focus; arrows move along the scale, Enter sends.
    await expect(page.getByRole('radio', { name: /^0 +no pain$/ })).toBeFocused();
    await player.press('ArrowRight');
    await player.press('ArrowRight');
    await player.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '3', exact: true })).toBeChecked();
    // The arrows chose a number; they did not step the (finished) player.
    await expect(player.finished).toBeVisible();
    await player.press('Tab');
    await expect(page.getByRole('button', { name: 'Save answer' })).toBeFocused();
    await player.press('Enter');

    await expect(player.painQuestion).toHaveCount(0);
    await expect(player.done).toBeFocused();
    expect(await recordedCalls(page)).toContainEqual({ name: 'recordPainCheckIn', input: { score: 3 } });
    expect(player.main.history.painCheckIns.map((checkIn) => checkIn.score)).toEqual([3]);

    // Again, and once more to the end: the session has been asked already.
    await page.getByRole('button', { name: 'Again' }).click();
    await playToTheEnd(player);
    await expect(player.painQuestion).toHaveCount(0);
    await expect(player.done).toBeFocused();
    expect((await recordedCalls(page)).filter((call) => call.name === 'recordPainCheckIn')).toHaveLength(1);
  });

  test('Enter on a chosen number sends it', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session, { preferences: { painCheckIn: true } });
    await playToTheEnd(player);
    // From 0, left wraps round to the other end of the scale.
    await player.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: /^10 +worst pain$/ })).toBeChecked();
    await player.press('Enter');
    await expect(player.painQuestion).toHaveCount(0);
    expect(await recordedCalls(page)).toContainEqual({ name: 'recordPainCheckIn', input: { score: 10 } });
  });

  test('the question can be skipped', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session, { preferences: { painCheckIn: true } });
    await playToTheEnd(player);
    const skip = page.getByRole('button', { name: 'Skip question' });
    // Save waits for a number, so from the scale the next stop is Skip.
    await expect(page.getByRole('button', { name: 'Save answer' })).toBeDisabled();
    await player.press('Tab');
    await expect(skip).toBeFocused();
    await player.press('Enter');
    await expect(player.painQuestion).toHaveCount(0);
    await expect(player.done).toBeFocused();
    expect((await recordedCalls(page)).map((call) => call.name)).not.toContain('recordPainCheckIn');
  });

  test('does not ask when the pain check-in is off', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session);
    await playToTheEnd(player);
    await expect(player.painQuestion).toHaveCount(0);
    await expect(player.done).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the pain check-in has no detectable accessibility violations in ${colorScheme}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const player = new PlayerPage(page);
      await player.open(session, { preferences: { painCheckIn: true } });
      await playToTheEnd(player);
      await expect(player.painQuestion).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }

  test('cue switches follow and change the saved preferences', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session, { preferences: { sounds: false, voice: true } });
    const sound = page.getByRole('button', { name: 'Sound cues' });
    const voice = page.getByRole('button', { name: 'Spoken cues' });
    await expect(sound).toHaveAttribute('aria-pressed', 'false');
    await expect(voice).toHaveAttribute('aria-pressed', 'true');

    await sound.focus();
    await player.press('Enter');
    await expect(sound).toHaveAttribute('aria-pressed', 'true');
    expect(await recordedCalls(page)).toContainEqual({
      name: 'updateSettings',
      input: { preferences: { sounds: true } },
    });
    await expect.poll(() => player.main.preferences.sounds).toBe(true);

    // The settings window (or another player) changed them.
    const view = player.main.view();
    view.preferences.voice = false;
    await emitEvent(page, 'settingsChanged', view);
    await expect(voice).toHaveAttribute('aria-pressed', 'false');
    // Nothing is kept in local storage any more.
    expect(await page.evaluate(() => window.localStorage.getItem('unhunch.player.cues'))).toBeNull();
  });
});
