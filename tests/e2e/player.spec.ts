import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { findExercise } from '../../src/shared/exercises';
import { poses } from '../../src/shared/poses/library';
import { findRoutine } from '../../src/shared/routines';
import { planSession } from '../../src/renderer/src/player/step-plan';
import { PlayerPage } from './pages/player-page';
import { emitEvent, recordedCalls } from './support/fake-api';
import { plainEnglish } from './support/pseudo-locale';

const chinTuck = findExercise('chin-tuck')!;
const plan = planSession([{ exerciseId: 'chin-tuck' }]);
/** The pseudo-locale lists as English does (Intl), so the figure's list of working parts says "and". */
const englishListWords = [/\],? and \[/];
/** The names of the controls that `count` presses of Tab land on, in order. */
async function focusOrder(page: Page, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  return names;
}

const session = {
  id: 'session-1',
  reason: 'quick' as const,
  title: chinTuck.name,
  items: [{ exerciseId: 'chin-tuck' }],
  canPostpone: false,
  canSkip: true,
};

test.describe('player', () => {
  test('walks a whole exercise with the keyboard only', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session);
    await expect(player.title).toHaveText(chinTuck.name);
    await expect(player.safety).toBeVisible();
    await expect(player.currentStep).toHaveText(plan[0]!.text);
    await expect(player.toggle).toHaveText('Start');

    await player.press('Space');
    await expect(player.toggle).toHaveText('Pause');
    await expect(player.announcer).toContainText(`Step 1 of ${plan.length}`);

    // The first step ends on its own and the next one begins.
    await player.passTime(plan[0]!.seconds * 1000 + 50);
    await expect(player.currentStep).toHaveText(plan[1]!.text);
    await expect(player.announcer).toContainText(`Step 2 of ${plan.length}`);

    // Arrows move between steps.
    await player.press('ArrowRight');
    await expect(player.currentStep).toHaveText(plan[2]!.text);
    await player.press('ArrowLeft');
    await expect(player.currentStep).toHaveText(plan[1]!.text);

    // Paused time does not count.
    await player.press('Space');
    await expect(player.toggle).toHaveText('Resume');
    const before = await player.secondsLeft();
    await player.passTime(10_000);
    expect(await player.secondsLeft()).toBe(before);
    await player.press('Space');
    await expect(player.toggle).toHaveText('Pause');

    // Let the rest of the exercise run out.
    const remaining = plan.slice(1).reduce((sum, step) => sum + step.seconds, 0);
    await player.passTime(remaining * 1000 + 500);
    await expect(player.finished).toBeVisible();
    expect(await recordedCalls(page)).toContainEqual({
      name: 'finishSession',
      input: { sessionId: 'session-1', outcome: 'completed' },
    });

    // "Done" has focus on the finished screen: Enter closes the window.
    await player.press('Enter');
    expect((await recordedCalls(page)).map((call) => call.name)).toContain('closeWindow');
  });

  test('keeps exact time across steps even when timers fire late', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session);
    await player.press('Space');
    // One long jump, as when a hidden window is throttled: every step that ended is caught up on.
    const firstThree = plan.slice(0, 3).reduce((sum, step) => sum + step.seconds, 0);
    await page.clock.fastForward(firstThree * 1000 + 1000);
    await expect(player.currentStep).toHaveText(plan[3]!.text);
    expect(await player.secondsLeft()).toBe(plan[3]!.seconds - 1);
  });

  test('Esc before the end reports a skip and closes', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session);
    await player.press('Space');
    await player.press('Escape');
    const calls = await recordedCalls(page);
    expect(calls).toContainEqual({
      name: 'finishSession',
      input: { sessionId: 'session-1', outcome: 'skipped' },
    });
    expect(calls.map((call) => call.name)).toContain('closeWindow');
  });

  test('every control is reachable by Tab and named', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session);
    // On the first step there is nothing before it, so Previous is disabled and skipped.
    expect(await focusOrder(page, 5)).toEqual(['Start', 'Next', 'Close', 'Sound cues', 'Spoken cues']);
    // Once past it, Previous joins the cycle (Tab wraps through the document back to the first control).
    await player.press('ArrowRight');
    // The scroll region of safety advice and steps comes last; its long text is filtered out here.
    const cycle = (await focusOrder(page, 8)).filter((name) => name.length < 20);
    expect(cycle).toEqual(['Previous', 'Start', 'Next', 'Close', 'Sound cues', 'Spoken cues']);
  });

  test.describe('spoken cues are offered only where the system has a voice', () => {
    test('without a voice there is no Spoken cues button, and Tab goes from Sound cues to the page', async ({
      page,
    }) => {
      const player = new PlayerPage(page);
      await player.open(session, { speech: 'no-voice', preferences: { voice: true } });
      // Still checking: not offered yet, so it cannot vanish from under the focus.
      await expect(player.soundCues).toBeVisible();
      await expect(player.spokenCues).toHaveCount(0);
      // The wait is over and no voice came.
      await player.passTime(2000);
      await expect(player.spokenCues).toHaveCount(0);
      await expect(player.cueSwitches.getByRole('button')).toHaveText(['Sound cues']);
      expect(await focusOrder(page, 4)).toEqual(['Start', 'Next', 'Close', 'Sound cues']);
      await player.press('ArrowRight');
      // The scroll region of safety advice and steps comes last; its long text is filtered out here.
      const cycle = (await focusOrder(page, 7)).filter((name) => name.length < 20);
      expect(cycle).toEqual(['Previous', 'Start', 'Next', 'Close', 'Sound cues']);
    });

    test('a voice that arrives late brings the button, following the saved preference', async ({ page }) => {
      const player = new PlayerPage(page);
      await player.open(session, { speech: 'no-voice', preferences: { voice: true } });
      await player.passTime(2000);
      await expect(player.spokenCues).toHaveCount(0);

      await player.addVoice();
      await expect(player.spokenCues).toBeVisible();
      await expect(player.spokenCues).toHaveAttribute('aria-pressed', 'true');
      expect(await focusOrder(page, 5)).toEqual(['Start', 'Next', 'Close', 'Sound cues', 'Spoken cues']);
    });

    test('where the page has no speech synthesis at all, there is none, and the break plays', async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const player = new PlayerPage(page);
      await player.open(session, { speech: 'no-speech', preferences: { voice: true } });
      await expect(player.soundCues).toBeVisible();
      await expect(player.spokenCues).toHaveCount(0);
      await player.press('Space');
      await player.passTime(plan[0]!.seconds * 1000 + 50);
      await expect(player.currentStep).toHaveText(plan[1]!.text);
      expect(errors).toEqual([]);
    });
  });

  test('has no detectable accessibility violations', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session);
    await expect(player.title).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('plays a routine exercise by exercise', async ({ page }) => {
    const routine = findRoutine('upper-back-reset')!;
    const routinePlan = planSession(routine.items);
    const player = new PlayerPage(page);
    await player.open({ ...session, id: 'session-2', title: routine.name, items: routine.items });
    await expect(player.title).toHaveText(routine.name);
    const first = routinePlan[0]!.exercise.name;
    const secondIndex = routinePlan.findIndex((step) => step.exerciseNumber === 2);
    await expect(
      page.getByText(`Exercise 1 of ${routine.items.length}: ${first}`, { exact: true }),
    ).toBeVisible();
    for (let i = 0; i < secondIndex; i++) await player.press('ArrowRight');
    await expect(
      page.getByText(`Exercise 2 of ${routine.items.length}: ${routinePlan[secondIndex]!.exercise.name}`, {
        exact: true,
      }),
    ).toBeVisible();
    await expect(player.currentStep).toHaveText(routinePlan[secondIndex]!.text);
  });

  test('completes a whole routine with the keyboard only, exercise by exercise', async ({ page }) => {
    const routine = findRoutine('upper-back-reset')!;
    const steps = planSession(routine.items);
    const player = new PlayerPage(page);
    await player.open({ ...session, id: 'routine-run', title: routine.name, items: routine.items });
    await player.freezeTime();

    await player.press('Space');
    await expect(player.toggle).toHaveText('Pause');
    for (const [index, step] of steps.entries()) {
      await expect(player.currentStep).toHaveText(step.text);
      await expect(
        page.getByText(`Exercise ${step.exerciseNumber} of ${routine.items.length}: ${step.exercise.name}`, {
          exact: true,
        }),
      ).toBeVisible();
      if (index === 1) {
        // A pause on the way, by keyboard too: the step waits for Space.
        await player.press('Space');
        await player.passTime(30_000);
        await expect(player.currentStep).toHaveText(step.text);
        await player.press('Space');
      }
      await player.passTime(step.seconds * 1000 + 50);
    }

    await expect(player.finished).toBeVisible();
    expect(await recordedCalls(page)).toContainEqual({
      name: 'finishSession',
      input: { sessionId: 'routine-run', outcome: 'completed' },
    });
    // Done has the focus, so Enter closes the window.
    await expect(player.done).toBeFocused();
    await player.press('Enter');
    expect((await recordedCalls(page)).map((call) => call.name)).toContain('closeWindow');
  });

  test('a scheduled break offers Postpone and Skip', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open({ ...session, reason: 'micro', canPostpone: true });
    await expect(page.getByText('Stretch break', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Postpone' }).press('Enter');
    expect(await recordedCalls(page)).toContainEqual({
      name: 'postponeBreak',
      input: { sessionId: 'session-1' },
    });
    await expect(page.getByRole('button', { name: 'Skip break' })).toBeVisible();
  });

  test('in strict mode a break cannot be left before it ends', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open({ ...session, reason: 'long', canPostpone: false, canSkip: false });
    await expect(page.getByRole('button', { name: /Postpone|Skip|Close/ })).toHaveCount(0);
    await player.press('Escape');
    expect((await recordedCalls(page)).map((call) => call.name)).not.toContain('closeWindow');
    await player.press('Space');
    await player.passTime(plan.reduce((sum, step) => sum + step.seconds, 0) * 1000 + 500);
    await expect(player.finished).toBeVisible();
    await player.press('Escape');
    expect((await recordedCalls(page)).map((call) => call.name)).toContain('closeWindow');
  });

  test('says so when there is nothing to play', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(null);
    await expect(page.getByRole('heading', { name: 'Nothing to play' })).toBeVisible();
  });

  test('in the pseudo-locale, leaves no text in plain English from the first step to the pain question', async ({
    page,
  }) => {
    const routine = findRoutine('upper-back-reset')!;
    const steps = planSession(routine.items);
    const player = new PlayerPage(page);
    await player.open(
      {
        ...session,
        id: 'pseudo',
        reason: 'micro',
        canPostpone: true,
        title: routine.name,
        items: routine.items,
      },
      { lang: 'en-XA', preferences: { painCheckIn: true } },
    );
    await player.freezeTime();
    // The routine's name comes from the window's texts, not from the English main sent.
    await expect(player.title).toHaveText(/^\[.+\]$/);
    await expect(page.getByRole('img', { name: /./ })).toBeVisible();
    expect(await plainEnglish(page, englishListWords)).toEqual([]);

    await player.press('Space');
    await player.press('Space');
    await expect(player.announcer).not.toBeEmpty();
    expect(await plainEnglish(page, englishListWords)).toEqual([]);
    const sides = page.locator('.side');
    for (let index = 1; index < steps.length; index++) {
      await player.press('ArrowRight');
      if (steps[index]!.side) await expect(sides).toBeVisible();
      expect(await plainEnglish(page, englishListWords), `step ${index + 1}`).toEqual([]);
    }
    await player.press('ArrowRight');
    await expect(page.getByRole('radio').first()).toBeFocused();
    expect(await plainEnglish(page, englishListWords)).toEqual([]);
  });

  test('follows a change of language mid-session, keeping its place and its time', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session);
    await player.freezeTime();
    await player.press('Space');
    await player.passTime(plan[0]!.seconds * 1000 + 50);
    await expect(player.instruction).toHaveText(plan[1]!.text);
    const left = await player.secondsLeft();

    await emitEvent(page, 'localeChanged', 'en-XA');
    await expect(player.title).toHaveText(/^\[.+\]$/);
    await expect(player.instruction).toHaveText(/^\[.+\]$/);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/^\[.+\]$/);
    await expect(player.position).toContainText(`2 öƒ ${plan[0]!.stepsPerRep}`);
    expect(await player.timer.getAttribute('aria-label')).toMatch(new RegExp(`^\\[${left} `));
    await player.passTime(1000);
    expect(await player.timer.getAttribute('aria-label')).toMatch(new RegExp(`^\\[${left - 1} `));
  });

  test('in the pseudo-locale, says there is nothing to play without plain English', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(null, { lang: 'en-XA' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await plainEnglish(page, englishListWords)).toEqual([]);
  });

  test.describe('a step that shows the body from another side', () => {
    const items = [{ exerciseId: 'childs-pose-reach' }];
    const steps = planSession(items);
    const viewOf = (index: number) => poses[steps[index]?.pose ?? '']?.view;
    const from = steps.findIndex((_, index) => index > 0 && viewOf(index) !== viewOf(index - 1)) - 1;
    const drawings = (page: import('@playwright/test').Page) => page.locator('svg.figure > g');

    async function openAt(page: import('@playwright/test').Page, reducedMotion: 'reduce' | 'no-preference') {
      await page.emulateMedia({ reducedMotion });
      const player = new PlayerPage(page);
      await player.open({ ...session, id: 'views', title: "Child's pose", items });
      for (let i = 0; i < from; i++) await player.press('ArrowRight');
      // The figure loads once the first frame is up; let the fake clock get it there.
      await player.passTime(100);
      await expect(drawings(page)).toHaveCount(1);
      return player;
    }

    test('cross-fades from one drawing to the other', async ({ page }) => {
      expect(from).toBeGreaterThanOrEqual(0);
      const player = await openAt(page, 'no-preference');
      const before = await page.locator('svg.figure').getAttribute('aria-label');
      // The fade runs on real time (Web Animations), not the fake clock: record the most drawings ever
      // present at once rather than racing its 300 ms.
      await page.evaluate(() => {
        const svg = document.querySelector('svg.figure')!;
        const seen = { most: 0 };
        (window as unknown as { __drawings: typeof seen }).__drawings = seen;
        new MutationObserver(() => {
          seen.most = Math.max(seen.most, svg.querySelectorAll(':scope > g').length);
        }).observe(svg, { childList: true });
      });
      await player.press('ArrowRight');
      // Both drawings are there while one fades into the other, then only the new one.
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { __drawings: { most: number } }).__drawings.most),
        )
        .toBe(2);
      await expect(drawings(page)).toHaveCount(1);
      await expect(page.locator('svg.figure')).not.toHaveAttribute('aria-label', before ?? '');
    });

    test('cuts straight to the new drawing under reduced motion', async ({ page }) => {
      const player = await openAt(page, 'reduce');
      await player.press('ArrowRight');
      await player.passTime(20);
      await expect(drawings(page)).toHaveCount(1);
      // Nothing in the figure is animating: no fade, not even a zero-length one still pending.
      const figureAnimations = await page.evaluate(
        () =>
          document
            .getAnimations()
            .filter((animation) => (animation.effect as KeyframeEffect | null)?.target?.closest('svg.figure'))
            .length,
      );
      expect(figureAnimations).toBe(0);
    });
  });
});
