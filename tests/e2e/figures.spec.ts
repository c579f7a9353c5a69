import { expect, test } from '@playwright/test';
import { findExercise } from '../../src/shared/exercises';
import { PlayerPage } from './pages/player-page';

/**
 * A handful of poses as the player draws them, against committed baselines: a change in the figure
 * renderer or in these poses shows up as a pixel difference. Motion is reduced so each figure is drawn
 * at its pose, not mid-glide.
 */
const cases = [
  { exerciseId: 'chin-tuck', step: 1 },
  { exerciseId: 'bird-dog', step: 1 },
  { exerciseId: 'glute-bridge', step: 1 },
  { exerciseId: 'wall-pec-stretch', step: 1 },
  { exerciseId: 'childs-pose-reach', step: 4 },
  { exerciseId: 'posture-check', step: 0 },
];

for (const { exerciseId, step } of cases) {
  test(`${exerciseId} step ${step + 1} looks as it did`, async ({ page }) => {
    const exercise = findExercise(exerciseId)!;
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await page.setViewportSize({ width: 900, height: 760 });
    const player = new PlayerPage(page);
    await player.open({
      id: 'figure',
      reason: 'quick',
      title: exercise.name,
      items: [{ exerciseId }],
      canPostpone: false,
      canSkip: true,
    });
    for (let i = 0; i < step; i++) await player.press('ArrowRight');
    await expect(player.currentStep).toHaveText(exercise.steps[step]!.text);
    const figure = page.getByRole('img', { name: /./ }).first();
    await expect(figure).toBeVisible();
    await expect(figure).toHaveScreenshot(`${exerciseId}-${step + 1}.png`);
  });
}
