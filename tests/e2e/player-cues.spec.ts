import { expect, test, type Page } from '@playwright/test';
import { planSession } from '../../src/renderer/src/player/step-plan';
import { PlayerPage } from './pages/player-page';

/**
 * What the player says, plays and shows as time passes: spoken and sound cues (recorded in the page
 * by wrapping `speechSynthesis.speak` and `OscillatorNode.start`, so nothing is actually heard), the
 * side and repetition indicators, and a screen-reader announcer that speaks at step changes only.
 */

const items = [{ exerciseId: 'chin-tuck' }];
const plan = planSession(items);
const session = {
  id: 'cues',
  reason: 'quick' as const,
  title: 'Chin tuck',
  items,
  canPostpone: false,
  canSkip: true,
};

/** The hold-start chime rises C5 → E5; the hold-end chime falls E5 → C5 (Hz). */
const HOLD_START = 523.25;
const HOLD_END = 659.25;
const HOLD_START_MELODY = [HOLD_START, HOLD_END];

async function recordCues(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const cues = { spoken: [] as string[], languages: [] as string[], notes: [] as number[] };
    (window as unknown as { __cues: typeof cues }).__cues = cues;
    window.speechSynthesis.speak = (utterance) => {
      cues.spoken.push(utterance.text);
      cues.languages.push(utterance.lang);
    };
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      cues.notes.push(this.frequency.value);
      start.call(this, when);
    };
  });
}

const cues = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __cues: { spoken: string[]; languages: string[]; notes: number[] } }).__cues,
  );

test.describe('player cues', () => {
  test('speaks each step as it begins and chimes at the start and end of a hold, when switched on', async ({
    page,
  }) => {
    await recordCues(page);
    const player = new PlayerPage(page);
    await player.open(session, { preferences: { sounds: true, voice: true } });
    await player.freezeTime();
    const firstHold = plan.findIndex((step) => step.timing === 'hold');
    expect(firstHold).toBeGreaterThanOrEqual(0);

    await player.press('Space');
    const first = plan[0]!;
    await expect
      .poll(async () => (await cues(page)).spoken)
      .toEqual([first.timing === 'hold' ? `${first.text} Hold.` : first.text]);

    for (let i = 0; i < firstHold; i++) await player.passTime(plan[i]!.seconds * 1000 + 20);
    await expect.poll(async () => (await cues(page)).spoken.at(-1)).toBe(`${plan[firstHold]!.text} Hold.`);
    await expect.poll(async () => (await cues(page)).notes.slice(-2)).toEqual(HOLD_START_MELODY);

    const notesBefore = (await cues(page)).notes.length;
    await player.passTime(plan[firstHold]!.seconds * 1000 + 20);
    // The hold's end chimes (falling), then the next step's start if it is a hold too; and it is spoken.
    // Each chime is two notes; its first note tells which it is.
    const expected = plan[firstHold + 1]?.timing === 'hold' ? [HOLD_END, HOLD_START] : [HOLD_END];
    await expect
      .poll(async () => (await cues(page)).notes.slice(notesBefore).filter((_, index) => index % 2 === 0))
      .toEqual(expected);
    await expect.poll(async () => (await cues(page)).spoken.at(-1)).toContain(plan[firstHold + 1]!.text);
  });

  test('stays silent with both switches off', async ({ page }) => {
    await recordCues(page);
    const player = new PlayerPage(page);
    await player.open(session, { preferences: { sounds: false, voice: false } });
    await player.press('Space');
    await player.passTime(plan.reduce((sum, step) => sum + step.seconds, 0) * 1000 + 500);
    await expect(player.finished).toBeVisible();
    expect(await cues(page)).toEqual({ spoken: [], languages: [], notes: [] });
  });

  test('never tries to speak where the system has no voice, even with spoken cues on', async ({ page }) => {
    await recordCues(page);
    const player = new PlayerPage(page);
    await player.open(session, { speech: 'no-voice', preferences: { sounds: true, voice: true } });
    // Past the wait for voices, so the page knows there are none.
    await player.passTime(2000);
    await player.press('Space');
    await player.passTime(plan.reduce((sum, step) => sum + step.seconds, 0) * 1000 + 500);
    await expect(player.finished).toBeVisible();
    const heard = await cues(page);
    expect(heard.spoken).toEqual([]);
    // The chimes, switched on too, still play.
    expect(heard.notes.length).toBeGreaterThan(0);
  });

  test('speaks the window’s language', async ({ page }) => {
    await recordCues(page);
    const player = new PlayerPage(page);
    await player.open(session, { lang: 'en-XA', preferences: { sounds: false, voice: true } });
    await player.freezeTime();
    await expect(player.spokenCues).toHaveCount(0);
    // Offered, as the test voice speaks English.
    await expect(page.getByRole('button', { name: /Šþöķéñ/ })).toBeVisible();
    await player.press('Space');
    await expect.poll(async () => (await cues(page)).spoken.length).toBe(1);
    const { spoken, languages } = await cues(page);
    // The pseudo-locale's words, in English's voice (its numbers and dates are English too), in the
    // browser's own variant of English where it has one.
    expect(spoken[0]).toMatch(/^\[/);
    expect(languages).toHaveLength(1);
    expect(languages[0]).toMatch(/^en(-|$)/);
  });

  test('announces step changes to screen readers, never the passing seconds', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open(session);
    await player.freezeTime();
    await player.press('Space');
    const hold = plan.findIndex((step) => step.timing === 'hold' && step.seconds >= 5);
    for (let i = 0; i < hold; i++) await player.passTime(plan[i]!.seconds * 1000 + 20);
    const announced = await player.announcer.textContent();
    expect(announced).toContain(`Step ${hold + 1} of ${plan.length}`);
    const before = await player.secondsLeft();
    await player.passTime(3000);
    // The ring's seconds move on; the live region does not.
    expect(await player.secondsLeft()).toBe(before - 3);
    await expect(player.announcer).toHaveText(announced ?? '');
  });
});

test.describe('side and repetition indicators', () => {
  const sided = [{ exerciseId: 'childs-pose-reach' }];
  const steps = planSession(sided);

  test('show the repetition, the step within it and the side being worked', async ({ page }) => {
    const player = new PlayerPage(page);
    await player.open({ ...session, id: 'sides', title: "Child's pose", items: sided });
    const left = steps.findIndex((step) => step.side === 'left');
    const right = steps.findIndex((step) => step.side === 'right');
    const secondRep = steps.findIndex((step) => step.rep === 2);
    expect([left, right, secondRep].every((index) => index > 0)).toBe(true);
    const reps = steps[0]!.reps;
    const position = page.locator('.position');

    await expect(position).toContainText(`Rep 1 of ${reps}`);
    await expect(position).toContainText(`Step 1 of ${steps[0]!.stepsPerRep}`);
    await expect(page.getByText(/^(Left|Right) side$/)).toHaveCount(0);

    for (let i = 0; i < left; i++) await player.press('ArrowRight');
    await expect(page.getByText('Left side', { exact: true })).toBeVisible();
    for (let i = left; i < right; i++) await player.press('ArrowRight');
    await expect(page.getByText('Right side', { exact: true })).toBeVisible();
    for (let i = right; i < secondRep; i++) await player.press('ArrowRight');
    await expect(position).toContainText(`Rep 2 of ${reps}`);
    await expect(position).toContainText('Step 1 of');
  });
});
