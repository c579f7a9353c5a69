import type { Locator, Page } from '@playwright/test';
import type { PlayerSession } from '../../../src/shared/ipc-contract';
import { useFakeApi, type FakeApiOptions, type FakeMain } from '../support/fake-api';
import { addVoice, fakeSpeech, type SpeechSetup } from '../support/fake-speech';

/** The player window as a user sees it; specs talk to this, not to selectors. */
export class PlayerPage {
  readonly title: Locator;
  readonly currentStep: Locator;
  /** The current step's text, shown large beside the timer (the list of all steps may be scrolled). */
  readonly instruction: Locator;
  /** The scroll region holding the safety advice, the figure and every step. */
  readonly more: Locator;
  readonly controls: Locator;
  readonly timer: Locator;
  /** "Rep 1 of 2 · Step 3 of 7 · Left side". */
  readonly position: Locator;
  readonly announcer: Locator;
  readonly toggle: Locator;
  readonly finished: Locator;
  readonly safety: Locator;
  readonly painQuestion: Locator;
  readonly done: Locator;
  readonly cueSwitches: Locator;
  readonly soundCues: Locator;
  readonly spokenCues: Locator;
  main!: FakeMain;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.currentStep = page.locator('li[aria-current="step"]');
    this.instruction = page.getByTestId('instruction');
    this.more = page.getByRole('region', { name: 'Safety and steps' });
    this.controls = page.getByRole('group', { name: 'Player controls' });
    this.timer = page.getByRole('timer');
    this.position = page.locator('header .position');
    this.announcer = page.getByTestId('announcer');
    this.toggle = page.getByRole('button', { name: /^(Start|Pause|Resume)$/ });
    this.finished = page.getByRole('heading', { name: 'Well done' });
    this.safety = page.getByRole('complementary', { name: 'Safety advice' });
    this.painQuestion = page.getByRole('group', { name: 'How is your upper back?' });
    this.done = page.getByRole('button', { name: 'Done' });
    this.cueSwitches = page.getByRole('group', { name: 'Cues' });
    this.soundCues = page.getByRole('button', { name: 'Sound cues' });
    this.spokenCues = page.getByRole('button', { name: 'Spoken cues' });
  }

  /**
   * Opens the player for a session with a fake clock, so time passes only when a test says so. The page
   * has a voice unless `speech` says otherwise, whatever the machine running the tests has.
   */
  async open(
    session: PlayerSession | null,
    {
      speech = 'voice',
      lang,
      ...options
    }: Omit<FakeApiOptions, 'session'> & { speech?: SpeechSetup; lang?: string } = {},
  ): Promise<void> {
    await fakeSpeech(this.page, speech);
    this.main = await useFakeApi(this.page, { session, ...options });
    await this.page.clock.install();
    await this.page.goto(`player.html#/player${lang ? `?lang=${lang}` : ''}`);
    await this.page.locator('main').waitFor();
  }

  /**
   * Stops the fake clock flowing by itself, so from here time moves only by `passTime`: long walks through
   * many steps then stay exact however slowly the machine runs the assertions between them.
   */
  async freezeTime(): Promise<void> {
    const now = await this.page.evaluate(() => Date.now());
    await this.page.clock.pauseAt(now + 1000);
  }

  async secondsLeft(): Promise<number> {
    const label = (await this.timer.getAttribute('aria-label')) ?? '';
    return Number(/^(\d+) seconds?/.exec(label)?.[1] ?? NaN);
  }

  /** A system voice turns up after the page has looked, as speech services load late. */
  addVoice(): Promise<void> {
    return addVoice(this.page);
  }

  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  passTime(ms: number): Promise<void> {
    return this.page.clock.runFor(ms);
  }
}
