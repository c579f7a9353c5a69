import type { Translate } from '../shared/i18n/catalog';
import type { BreakRecord } from '../shared/history';
import type { PlayerSession, SessionOutcome } from '../shared/ipc-contract';
import type { RoutineItem } from '../shared/routines';
import type { BreakContent } from './break-content';
import type { BreakEngine, BreakKind, EngineEvent, PauseRequest } from './engine';
import type { HoldReason } from './engine/moment';
import { describeNext } from './engine';
import { formatDuration } from '../shared/i18n/format';
import type { StatusText } from './engine/describe-next';
import type { NoticeAction, Notifier } from './notify-port';
import type { TrayStatus } from './tray-menu';

export type EnginePort = Pick<
  BreakEngine,
  'on' | 'snapshot' | 'postpone' | 'skip' | 'completeBreak' | 'quickStretch' | 'pauseFor' | 'resume'
>;

/** The moment detectors, as far as the coordinator drives them; `MomentMonitor` provides it. */
export interface MomentWatch {
  watch(active: boolean, only?: readonly HoldReason[], poll?: boolean): void;
  refresh(): Promise<void>;
}

/**
 * How far ahead of a break's warning (or of the break, with warnings off) the detectors start looking.
 * They are asked at the engine's wake-ups, which come at least once a minute of active time while a
 * break comes nearer, so this leaves them at least half a minute to answer before anything is shown.
 */
export const WATCH_AHEAD_MS = 90_000;

/** How the coordinator shows and withdraws a break in the player window. */
export interface PlayerPort {
  play(content: Omit<PlayerSession, 'id'>): PlayerSession;
  close(sessionId: string): void;
}

/** Where finished breaks are recorded; `HistoryStore` provides it. */
export interface BreakLog {
  recordBreak(record: Pick<BreakRecord, 'kind' | 'outcome' | 'postponed' | 'exercises' | 'title'>): unknown;
}

export interface BreakCoordinatorDeps {
  engine: EnginePort;
  player: PlayerPort;
  notifier: Notifier;
  choose: (kind: BreakKind) => BreakContent;
  /** Wall-clock now, for "Paused until 14:30". */
  wallNow: () => number;
  /**
   * The words of the tray's status line and of notifications. Each `t` reads the current language on
   * every call, so the next notice and status speak a language changed meanwhile.
   */
  text: { tray: Translate<'tray'>; notify: Translate<'notify'> };
  /** The locale the status line's clock times and lists are written in, as of now. */
  formatLocale: () => string;
  /** Called whenever what the tray shows may have changed. */
  changed: () => void;
  log?: BreakLog;
  moments?: MomentWatch;
}

const exerciseIds = (items: readonly RoutineItem[]): string[] => items.map((item) => item.exerciseId);

/** Whole sentences per kind of break: word order differs between languages. */
const noticeTitles = {
  micro: { warning: 'microWarningTitle', offer: 'microOfferTitle' },
  long: { warning: 'longWarningTitle', offer: 'longOfferTitle' },
} as const;

const noticeActions = (canPostpone: boolean, canSkip: boolean): NoticeAction[] => [
  ...(canPostpone ? ['postpone' as const] : []),
  ...(canSkip ? ['skip' as const] : []),
];

/**
 * Turns the engine's events into what the user sees — a heads-up notification, the break window, its
 * withdrawal — and the user's answers back into engine inputs. It owns the link between a break and the
 * player session showing it, so each break's outcome reaches the engine exactly once.
 */
export class BreakCoordinator {
  /** Content picked at the warning, so the break plays what the notification announced. */
  private announced: { kind: BreakKind; content: BreakContent } | null = null;
  private breakSessionId: string | null = null;
  /** The break in the window is strict: finishing it is the only way out short of quitting. */
  private breakStrict = false;
  /** What the current break's window played, for the history; kept until the engine ends the break. */
  private breakItems: readonly RoutineItem[] = [];
  /** The name of what the running break plays, kept in its record: an own entry may be renamed or deleted. */
  private breakTitle: string | undefined;
  private readonly postponed: Record<BreakKind, number> = { micro: 0, long: 0 };
  /** The running break came as a notification (held too long), not in the window. */
  private offered = false;

  constructor(private readonly deps: BreakCoordinatorDeps) {
    deps.engine.on((event) => this.onEngineEvent(event));
  }

  /** What the tray shows; in other words than the current language's when `text` says so. */
  status(text: StatusText = { t: this.deps.text.tray, locale: this.deps.formatLocale() }): TrayStatus {
    const snapshot = this.deps.engine.snapshot();
    const next = describeNext(snapshot, snapshot.atMs, this.deps.wallNow(), text);
    const pending =
      snapshot.currentBreak !== null || snapshot.heldBreak !== null || snapshot.nextBreak?.warned === true;
    const postponesLeft = snapshot.nextBreak?.postponesLeft ?? 0;
    return {
      headline: next.label,
      paused: next.paused,
      canPostpone: pending && !snapshot.strict && postponesLeft > 0,
      canSkip: pending && !snapshot.strict,
    };
  }

  /**
   * Asks the detectors to look only while a break is near, warned or held: they run processes and
   * scan /proc, which is not worth doing when no break could be affected. A break coming is looked at
   * again on each of the engine's wake-ups (`wake`), which come when it matters: each minute of the
   * countdown, the warning, the break. A held break has no such wake-ups (nothing counts down), so
   * there the detectors poll on their own, to let the break go soon after the reason ends.
   */
  updateWatch(wake = false): void {
    const { currentBreak, heldBreak, nextBreak } = this.deps.engine.snapshot();
    const near = nextBreak !== null && (nextBreak.warned || nextBreak.warningInActiveMs <= WATCH_AHEAD_MS);
    // An app rule holds however long the app runs, and nothing else can let the break go meanwhile: only
    // the app list is worth asking again until then (PowerShell or osascript every 10 s all day is not).
    const appRuleHolds =
      heldBreak !== null && heldBreak.releaseAtMs === null && heldBreak.reasons.includes('app-rule');
    const watching = currentBreak === null && (heldBreak !== null || near);
    this.deps.moments?.watch(watching, appRuleHolds ? ['app-rule'] : undefined, heldBreak !== null);
    if (wake && watching && heldBreak === null) void this.deps.moments?.refresh();
  }

  /** How long the running break has left by its configured length, or null when none runs. */
  breakRemainingMs(): number | null {
    const { currentBreak, atMs } = this.deps.engine.snapshot();
    if (currentBreak === null) return null;
    return currentBreak.startedAtMs + currentBreak.durationSeconds * 1000 - atMs;
  }

  quickStretchStarted(): void {
    this.deps.engine.quickStretch();
  }

  postpone(): void {
    this.deps.engine.postpone();
  }

  skip(): void {
    this.deps.engine.skip();
  }

  /**
   * Pausing ends a running break as skipped, which a strict break must not allow: the user is told,
   * and may pause once it is finished.
   */
  pause(request: PauseRequest): void {
    if (this.breakSessionId !== null && this.breakStrict) {
      const t = this.deps.text.notify;
      this.deps.notifier.show({ title: t('strictTitle'), body: t('strictBody'), actions: [] }, () => {});
      return;
    }
    this.deps.engine.pauseFor(request);
  }

  resume(): void {
    this.deps.engine.resume();
  }

  /** The player reported (or abandoned) a session; if it was a break's, the engine hears the outcome. */
  sessionEnded(session: PlayerSession, outcome: SessionOutcome): void {
    if (session.reason === 'quick') {
      this.deps.log?.recordBreak({
        kind: 'quick',
        outcome,
        postponed: 0,
        exercises: outcome === 'completed' ? exerciseIds(session.items) : [],
        ...(outcome === 'completed' ? { title: session.title } : {}),
      });
      return;
    }
    if (session.id !== this.breakSessionId) return;
    this.breakSessionId = null;
    if (outcome === 'completed') this.deps.engine.completeBreak();
    else this.deps.engine.skip();
  }

  /** Postpone asked from the break window itself. */
  postponeSession(sessionId: string): void {
    if (sessionId === this.breakSessionId) this.deps.engine.postpone();
  }

  private onEngineEvent(event: EngineEvent): void {
    switch (event.type) {
      case 'warning':
        this.warn(event.kind, event.inSeconds, event.canPostpone, event.canSkip);
        break;
      case 'break-start':
        this.offered = event.presentation === 'notification';
        if (event.presentation === 'notification')
          this.offerBreak(event.kind, event.canPostpone, event.canSkip);
        else this.startBreak(event.kind, event.canPostpone, event.canSkip);
        break;
      case 'deferred':
        // The warning no longer holds: the break waits for a better moment and is warned again then.
        this.deps.notifier.dismiss();
        this.announced = null;
        break;
      case 'worked-through':
        // A notification break already said "when you can"; a second notification would be nagging.
        // It is still recorded as worked through.
        if (this.offered) break;
        this.deps.notifier.show(
          {
            title: this.deps.text.notify('workedThroughTitle'),
            body: this.deps.text.notify('workedThroughBody'),
            actions: [],
          },
          () => {},
        );
        break;
      case 'break-end':
        this.offered = false;
        this.deps.log?.recordBreak({
          kind: event.kind,
          outcome: event.outcome,
          postponed: this.postponed[event.kind],
          exercises: event.outcome === 'completed' ? exerciseIds(this.breakItems) : [],
          ...(event.outcome === 'completed' && this.breakTitle !== undefined
            ? { title: this.breakTitle }
            : {}),
        });
        this.postponed[event.kind] = 0;
        this.breakItems = [];
        this.breakTitle = undefined;
        this.endNotice();
        break;
      case 'postponed':
        this.postponed[event.kind]++;
        this.endNotice();
        break;
      case 'paused':
        this.endNotice();
        break;
      case 'natural-break':
        this.deps.log?.recordBreak({ kind: 'natural', outcome: 'completed', postponed: 0, exercises: [] });
        this.postponed[event.kind] = 0;
        if (event.kind === 'long') this.postponed.micro = 0;
        break;
      case 'postpone-refused':
        if (event.reason === 'limit-reached') {
          this.deps.notifier.show(
            {
              title: this.deps.text.notify('postponeLimitTitle'),
              body: this.deps.text.notify('postponeLimitBody'),
              actions: [],
            },
            () => {},
          );
        }
        break;
      case 'resumed':
      case 'quick-stretch':
        break;
    }
    this.updateWatch();
    this.deps.changed();
  }

  /** The warned or running break is over, one way or another: its notice and window go. */
  private endNotice(): void {
    this.deps.notifier.dismiss();
    this.announced = null;
    this.withdrawBreakWindow();
  }

  private warn(kind: BreakKind, inSeconds: number, canPostpone: boolean, canSkip: boolean): void {
    const content = this.deps.choose(kind);
    this.announced = { kind, content };
    const actions = noticeActions(canPostpone, canSkip);
    const t = this.deps.text.notify;
    this.deps.notifier.show(
      {
        title: t(noticeTitles[kind].warning, {
          time: formatDuration(this.deps.formatLocale(), inSeconds, 'short'),
        }),
        body: t('warningBody', { title: content.title }),
        actions,
        seconds: inSeconds,
      },
      (action) => (action === 'postpone' ? this.postpone() : this.skip()),
    );
  }

  /**
   * A break held back for too long comes as a notification, never a window: whatever kept it back
   * (a talk, a call) may well still be going on. It ends by itself after its duration.
   */
  private offerBreak(kind: BreakKind, canPostpone: boolean, canSkip: boolean): void {
    const content = this.takeAnnounced(kind);
    const t = this.deps.text.notify;
    this.deps.notifier.show(
      {
        title: t(noticeTitles[kind].offer),
        body: t('offerBody', { title: content.title }),
        actions: noticeActions(canPostpone, canSkip),
      },
      (action) => (action === 'postpone' ? this.postpone() : this.skip()),
    );
  }

  /** What the warning announced for this kind of break, or a fresh pick if nothing was announced. */
  private takeAnnounced(kind: BreakKind): BreakContent {
    const content = this.announced?.kind === kind ? this.announced.content : this.deps.choose(kind);
    this.announced = null;
    return content;
  }

  private startBreak(kind: BreakKind, canPostpone: boolean, canSkip: boolean): void {
    this.deps.notifier.dismiss();
    const content = this.takeAnnounced(kind);
    const session = this.deps.player.play({ reason: kind, ...content, canPostpone, canSkip });
    this.breakSessionId = session.id;
    this.breakStrict = !canSkip;
    this.breakItems = session.items;
    this.breakTitle = session.title;
  }

  /** The engine ended the break on its own (postponed, paused, or never reported back): close its window. */
  private withdrawBreakWindow(): void {
    const sessionId = this.breakSessionId;
    this.breakSessionId = null;
    if (sessionId) this.deps.player.close(sessionId);
  }
}
