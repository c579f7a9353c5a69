import type { Translate } from '../../../shared/i18n/catalog';
import type { CuePlayer } from './cues';
import { PlayerMachine, type PlayerSnapshot } from './player-machine';
import type { PlannedStep } from './step-plan';
import { joinSentences } from '../../../shared/i18n/message-format';

const prefersReducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** What a screen reader hears at a step change, sentence by sentence; the seconds are never announced. */
export function describeStep(
  t: Translate<'player'>,
  step: PlannedStep,
  index: number,
  total: number,
): string {
  const parts = [t('announceStep', { step: index + 1, total })];
  if (step.exerciseCount > 1 && step.rep === 1 && step.stepInRep === 1) {
    parts.push(
      t('announceExercise', {
        number: step.exerciseNumber,
        total: step.exerciseCount,
        name: step.exercise.name,
      }),
    );
  }
  if (step.reps > 1) parts.push(t('announceRep', { rep: step.rep, reps: step.reps }));
  if (step.side) parts.push(t(step.side === 'left' ? 'announceLeftSide' : 'announceRightSide'));
  parts.push(step.text);
  if (step.timing === 'hold') parts.push(t('announceHold', { count: step.seconds }));
  else if (step.timing) parts.push(t('announceSeconds', { count: step.seconds }));
  return joinSentences(parts);
}

/**
 * Binds the pure PlayerMachine to Svelte state and to the browser's timers. A timeout wakes the page when
 * a whole second or a step ends (timeouts still fire, if late, in a hidden window); while motion is allowed
 * an animation frame loop keeps the ring sweeping smoothly in between.
 */
export class PlayerState {
  snapshot = $state<PlayerSnapshot>({ status: 'ready', index: 0, remainingMs: 0, progress: 0 });
  announcement = $state('');

  private readonly machine: PlayerMachine;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;

  /** The steps as played; `retext` swaps their words when the language changes, never their timing. */
  plan = $state.raw<readonly PlannedStep[]>([]);

  constructor(
    plan: readonly PlannedStep[],
    private readonly t: Translate<'player'>,
    private readonly onFinished: () => void,
    private readonly cues?: CuePlayer,
    now: () => number = () => performance.now(),
  ) {
    this.plan = plan;
    this.machine = new PlayerMachine(
      plan.map((step) => step.seconds * 1000),
      now,
    );
    this.refresh();
  }

  get step(): PlannedStep {
    return this.plan[this.snapshot.index] as PlannedStep;
  }

  toggle = (): void => this.act(() => this.machine.toggle());
  next = (): void => this.act(() => this.machine.next());
  previous = (): void => this.act(() => this.machine.previous());
  restart = (): void => this.act(() => this.machine.restart());
  pause = (): void => this.act(() => this.machine.pause());

  /**
   * The same steps in another language: the words change, the timing and the place in the session stay.
   * A plan of another shape is a different session and is ignored (the view keys players by session).
   */
  retext(plan: readonly PlannedStep[]): void {
    if (plan === this.plan || plan.length !== this.plan.length) return;
    this.plan = plan;
  }

  destroy(): void {
    this.cues?.stop();
    clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }

  private act(change: () => void): void {
    change();
    this.refresh();
  }

  private refresh(): void {
    const before = this.snapshot;
    const after = this.machine.snapshot();
    this.snapshot = after;
    const stepEnded =
      before.status === 'running' && (after.index !== before.index || after.status === 'finished');
    if (stepEnded && this.plan[before.index]?.timing === 'hold') this.cues?.tone('hold-end');
    if (after.status === 'finished' && before.status !== 'finished') {
      this.announcement = this.t('announceFinished');
      this.cues?.tone('finished');
      this.cues?.say(this.announcement);
      this.onFinished();
    } else if (after.index !== before.index || this.announcement === '') {
      this.announcement = describeStep(this.t, this.step, after.index, this.plan.length);
    } else if (after.status === 'paused' && before.status === 'running') {
      this.announcement = this.t('announcePaused');
    }
    const stepBegan =
      after.status === 'running' && (after.index !== before.index || before.status === 'ready');
    if (stepBegan) {
      if (this.step.timing === 'hold') this.cues?.tone('hold-start');
      this.cues?.say(
        this.step.timing === 'hold' ? this.t('sayHold', { step: this.step.text }) : this.step.text,
      );
    }
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const untilStepEnds = this.machine.msUntilStepEnds();
    if (untilStepEnds === null) return;
    const untilNextSecond = this.snapshot.remainingMs % 1000 || 1000;
    this.timer = setTimeout(() => this.refresh(), Math.min(untilStepEnds, untilNextSecond) + 1);
    if (this.frame === undefined && !prefersReducedMotion()) this.frame = requestAnimationFrame(this.animate);
  }

  private readonly animate = (): void => {
    this.frame = undefined;
    if (this.snapshot.status !== 'running') return;
    const latest = this.machine.snapshot();
    // A step boundary is the timeout's business (announcements, finishing); frames only move the ring.
    if (latest.index !== this.snapshot.index || latest.status !== this.snapshot.status) {
      this.refresh();
      return;
    }
    this.snapshot = latest;
    this.frame = requestAnimationFrame(this.animate);
  };
}
