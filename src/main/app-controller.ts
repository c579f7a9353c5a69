import type { Exercise } from '../shared/exercise-types';
import { localizeExercise, localizeRoutine, type ContentText } from '../shared/i18n/content';
import type {
  BreakCover,
  EventName,
  EventPayload,
  PlayerFirstFrame,
  SettingsFirstFrame,
  PlayerSession,
  ProgressView,
  SessionOutcome,
  SettingsChange,
  SettingsUpdateResult,
  SettingsView,
  TrayHostState,
  WelcomeInfo,
} from '../shared/ipc-contract';
import {
  findAnyExercise,
  findAnyRoutine,
  isOwnId,
  NO_OWN_CONTENT,
  type ExportSelection,
  type ImportChoice,
  type ImportCommitResult,
  type ImportPreviewResult,
  type OwnContent,
  type OwnContentView,
  type OwnDeleteResult,
  type OwnKind,
  type OwnRestoreResult,
  type OwnSaveResult,
} from '../shared/own-content';
import type { RoutineItem } from '../shared/routines';
import type { BreakScreens } from '../shared/settings';
import type { TrayCommand, TrayStatus } from '../shared/tray-menu';
import type { ShortcutAction } from '../shared/preferences';
import type { WindowView } from '../shared/views';
import type { BreakContent } from './break-content';
import type { LaunchRequest } from './command-line';
import type { StatusReport } from './command-reply';
import type { PauseRequest } from './engine';
import type { Caller, IpcHandlers } from './ipc-handlers';
import { PlayerSessions } from './player-sessions';

/** What the controller needs from the window layer; `WindowManager` provides it in the app. */
export interface WindowPort {
  /** `attention`: a scheduled break, which comes to the front and stays there while it runs. */
  open(view: WindowView, options?: { attention?: boolean }): unknown;
  /** The app's own close, which always works. */
  close(view: WindowView): void;
  viewOf(webContentsId: number): WindowView | undefined;
  send<E extends EventName>(view: WindowView, event: E, payload: EventPayload<E>): void;
  /** While held, the user cannot close or minimise the window (a strict break). */
  hold(view: WindowView, held: boolean): void;
  /** A quiet cover on every display but the player's, following displays until `uncover`. */
  cover(): void;
  uncover(): void;
}

/**
 * The user's own exercises and routines, as the controller sees them: `OwnContentStore` for the data,
 * with the file dialogs of export and import added by the entry point.
 */
export interface OwnContentPort {
  content(): OwnContent;
  view(): OwnContentView;
  saveExercise(request: { id?: string; draft: unknown }): OwnSaveResult;
  saveRoutine(request: { id?: string; draft: unknown }): OwnSaveResult;
  delete(kind: OwnKind, id: string): OwnDeleteResult;
  restore(deletionId: string): OwnRestoreResult;
  /**
   * Asks where to save and writes the file; the path, or null when the user cancelled. The dialog is
   * modal to the caller's window.
   */
  exportToFile(selection: ExportSelection, caller: Caller): Promise<string | null>;
  /** Asks for a file and previews it; null when the user cancelled. Modal to the caller's window. */
  previewFromFile(caller: Caller): Promise<ImportPreviewResult | null>;
  commitImport(previewId: string, choices: Readonly<Record<string, ImportChoice>>): ImportCommitResult;
}

/** Without a store (unit tests of other behaviour): nothing of the user's own, and nothing to change. */
const noOwnContent: OwnContentPort = {
  content: () => NO_OWN_CONTENT,
  view: () => ({ exercises: [], routines: [], undo: [], readOnly: true }),
  saveExercise: () => ({ ok: false, problems: [{ path: '', message: 'Own exercises are not available.' }] }),
  saveRoutine: () => ({ ok: false, problems: [{ path: '', message: 'Own routines are not available.' }] }),
  delete: () => ({ ok: false, message: 'Own exercises are not available.' }),
  restore: () => ({ ok: false, message: 'Own exercises are not available.' }),
  exportToFile: () => Promise.resolve(null),
  previewFromFile: () => Promise.resolve(null),
  commitImport: () => ({ ok: false, problems: ['Own exercises are not available.'] }),
};

/** The break side of the app, as the controller sees it; `BreakCoordinator` provides it. */
export interface BreakCommands {
  quickStretchStarted(): void;
  postpone(): void;
  skip(): void;
  pause(request: PauseRequest): void;
  resume(): void;
  sessionEnded(session: PlayerSession, outcome: SessionOutcome): void;
  postponeSession(sessionId: string): void;
  /** How long the running break has left by its configured length, or null when none runs. */
  breakRemainingMs(): number | null;
}

export interface ControllerDeps {
  windows: WindowPort;
  /** Resolved late: the break coordinator and the controller each need the other. */
  breaks: () => BreakCommands;
  /** Picks what a quick stretch plays. */
  chooseQuickStretch: () => BreakContent;
  /** Where a scheduled break shows, as the settings say now. */
  breakScreens: () => BreakScreens;
  /** Something the tray shows may have changed. */
  changed: () => void;
  /** What the tray shows now, for the welcome page that stands in for it. */
  status: () => TrayStatus;
  quit: () => void;
  settings: {
    view(): SettingsView;
    update(change: SettingsChange): SettingsUpdateResult;
  };
  /** The user's own doses folded into what a session plays. */
  personalise: (items: readonly RoutineItem[]) => RoutineItem[];
  progress: (days: 7 | 30) => ProgressView;
  recordPainCheckIn: (score: number) => void;
  /** Asks where to save, modal to the caller's window, and writes the file; null when the user cancelled. */
  exportHistory: (format: 'csv' | 'json', caller: Caller) => Promise<string | null>;
  /** Turns our global shortcuts off while the settings page records one, and on again. */
  suspendShortcuts: (suspended: boolean) => void;
  /** Hands `unhunch status` its answer, under the reply id its launch chose. */
  replyToStatus: (replyId: string, report: StatusReport) => void;
  log: (message: string, detail?: unknown) => void;
  /**
   * Exercise and routine names in the current language, for a stretch's title; none (the default)
   * for English, whose names are the records'.
   */
  content?: () => ContentText | undefined;
  /** A break window's first frame for `session`, or null where the page builds it alone. */
  playerFirstFrame?: (session: PlayerSession) => PlayerFirstFrame | null;
  /** A settings window's first frame showing `view`, or null where the page builds it alone. */
  settingsFirstFrame?: (view: SettingsView) => SettingsFirstFrame | null;
  /**
   * The platform and the tray-host answer for the welcome page; may wait for a check still under way.
   * Optional only until the entry point provides it: without it the page hears "unknown", which it
   * words like a tray that is there.
   */
  welcome?: () => WelcomeInfo | Promise<WelcomeInfo>;
  /** The user's own exercises and routines; optional only for tests of other behaviour. */
  own?: OwnContentPort;
}

/**
 * The app's behaviour between the tray, the windows and IPC, with no Electron in it: the Electron entry
 * point only builds the ports and hands tray clicks and IPC calls to this object.
 */
export class AppController {
  readonly sessions: PlayerSessions;

  constructor(private readonly deps: ControllerDeps) {
    this.sessions = new PlayerSessions((session, outcome) => {
      // However a session ends, its break's hold on the player and its covers end with it.
      deps.windows.hold('player', false);
      deps.windows.uncover();
      deps.breaks().sessionEnded(session, outcome);
    });
  }

  runTrayCommand(command: TrayCommand): void {
    const breaks = this.deps.breaks();
    switch (command.type) {
      case 'quick-stretch':
        this.playQuick(this.deps.chooseQuickStretch());
        break;
      case 'open-library':
        this.deps.windows.open('library');
        break;
      case 'open-settings':
        this.deps.windows.open('settings');
        break;
      case 'open-progress':
        this.deps.windows.open('progress');
        break;
      case 'postpone':
        breaks.postpone();
        break;
      case 'skip':
        breaks.skip();
        break;
      case 'pause':
        breaks.pause(command.request);
        break;
      case 'resume':
        breaks.resume();
        break;
      case 'quit':
        this.deps.quit();
        return;
    }
    this.deps.changed();
  }

  /**
   * A second launch of the app lands here: show the user something rather than nothing. Without a tray
   * icon the welcome page is the way in, so that is what a launch from the app launcher brings back.
   */
  surface(trayHost: TrayHostState = 'present'): void {
    if (this.sessions.current) this.deps.windows.open('player');
    else this.deps.windows.open(trayHost === 'absent' ? 'welcome' : 'library');
  }

  /**
   * A launch from outside: a second `unhunch …` reaching this instance, or the first launch's own
   * command once start-up is done. Commands take the tray's and the library's paths, so the command
   * line cannot do anything differently from them; only a bare launch brings a window forward.
   */
  fromOutside(request: LaunchRequest, trayHost: TrayHostState = 'present'): void {
    if (request.kind === 'ignore') return this.deps.log('ignored a launch', request.reason);
    if (request.kind === 'surface') return this.surface(trayHost);
    const { command } = request;
    try {
      switch (command.type) {
        case 'tray':
          return this.runTrayCommand(command.command);
        case 'exercise':
          return this.startExercise(command.exerciseId);
        case 'routine':
          return this.startRoutine(command.routineId);
        case 'status':
          return this.deps.replyToStatus(command.replyId, this.statusReport());
      }
    } catch (error) {
      // An id this version does not know (the launch was a newer one): nothing to play, nothing to break.
      this.deps.log('a command from outside failed', error instanceof Error ? error.message : error);
    }
  }

  /**
   * A global shortcut was pressed, in whatever app. Pause/resume toggles by what the tray shows, and
   * pauses until resumed: the same keys bring breaks back, whenever the user is ready.
   */
  runShortcut(action: ShortcutAction): void {
    switch (action) {
      case 'quickStretch':
        return this.runTrayCommand({ type: 'quick-stretch' });
      case 'pauseResume':
        return this.runTrayCommand(
          this.deps.status().paused ? { type: 'resume' } : { type: 'pause', request: { kind: 'indefinite' } },
        );
      case 'skipBreak':
        return this.runTrayCommand({ type: 'skip' });
    }
  }

  /** What `unhunch status` prints: the tray's status and today's breaks. */
  statusReport(): StatusReport {
    const { date, breaks, completed, skipped, workedThrough, natural, quick, activeMinutes } =
      this.deps.progress(7).today;
    return {
      ...this.deps.status(),
      today: { date, breaks, completed, skipped, workedThrough, natural, quick, activeMinutes },
    };
  }

  /**
   * The welcome page shows what the tray shows, so it hears every change the tray does. Only that page
   * listens; a closed one reads the status afresh when it opens.
   */
  statusChanged(status: TrayStatus): void {
    this.deps.windows.send('welcome', 'trayStatusChanged', status);
  }

  /** The player window closed; a session it had not reported ends as skipped. */
  playerClosed(): void {
    this.sessions.abandon();
  }

  /**
   * Shows a session in the player window, reusing the window if it is open. A scheduled break comes to
   * the front, covers the other screens if the user asked for every screen, and in strict mode holds
   * the player open until it is finished.
   */
  play(content: Omit<PlayerSession, 'id'>): PlayerSession {
    const ownExercises = this.ownExercisesIn(content.items);
    const session = this.sessions.start({
      ...content,
      items: this.deps.personalise(content.items),
      ...(ownExercises.length > 0 ? { ownExercises } : {}),
    });
    const scheduled = session.reason !== 'quick';
    this.deps.windows.open('player', { attention: scheduled });
    this.deps.windows.hold('player', isStrict(session));
    if (scheduled && this.deps.breakScreens() === 'all') this.deps.windows.cover();
    // A window that is already open will not ask again, so it is told.
    this.deps.windows.send('player', 'playerSession', session);
    return session;
  }

  /** Withdraws a session that no longer applies (its break was postponed, paused or timed out). */
  close(sessionId: string): void {
    if (this.sessions.current?.id !== sessionId) return;
    this.sessions.abandon();
    this.deps.windows.close('player');
  }

  private get own(): OwnContentPort {
    return this.deps.own ?? noOwnContent;
  }

  /** Snapshots of the own exercises a session plays, so the player needs no store of its own. */
  private ownExercisesIn(items: readonly RoutineItem[]): Exercise[] {
    const ids = [...new Set(items.map((item) => item.exerciseId).filter((id) => isOwnId(id, 'exercise')))];
    if (ids.length === 0) return [];
    const content = this.own.content();
    return ids.flatMap((id) => {
      const exercise = content.exercises.find((candidate) => candidate.id === id);
      if (!exercise) return [];
      // The player needs the exercise, not whether it is offered in breaks or when it was edited.
      const { offerInBreaks: _offer, updatedAt: _updated, ...played } = exercise;
      return [played];
    });
  }

  private startExercise(exerciseId: string): void {
    const exercise = findAnyExercise(this.own.content(), exerciseId);
    if (!exercise) throw new Error(`Unknown exercise: ${exerciseId}`);
    const { name } = localizeExercise(exercise, this.deps.content?.());
    this.playQuick({ title: name, items: [{ exerciseId }] });
  }

  private startRoutine(routineId: string): void {
    const routine = findAnyRoutine(this.own.content(), routineId);
    if (!routine) throw new Error(`Unknown routine: ${routineId}`);
    const { name } = localizeRoutine(routine, this.deps.content?.());
    this.playQuick({ title: name, items: routine.items });
  }

  /**
   * A stretch the user asked for counts as a micro break taken. It does not replace a strict break,
   * which would end it as skipped: the break's player comes forward instead.
   */
  private playQuick(content: BreakContent): PlayerSession {
    const current = this.sessions.current;
    if (isStrict(current)) {
      this.deps.windows.open('player', { attention: true });
      return current;
    }
    const session = this.play({ reason: 'quick', ...content, canPostpone: false, canSkip: true });
    this.deps.breaks().quickStretchStarted();
    return session;
  }

  /** A window's first frame, or null where rendering it failed: the page then builds its view alone. */
  private firstFrameOf<Frame>(window: string, render: () => Frame | null): Frame | null {
    try {
      return render();
    } catch (error) {
      this.deps.log(`the ${window}'s first frame could not be rendered`, error);
      return null;
    }
  }

  readonly ipcHandlers: IpcHandlers = {
    getPlayerSession: () => this.sessions.current,
    getPlayerFirstFrame: () => {
      const session = this.sessions.current;
      const render = this.deps.playerFirstFrame;
      return session && render ? this.firstFrameOf('player', () => render(session)) : null;
    },
    // Recording and closing are separate: a finished player stays open on its "well done" screen.
    finishSession: ({ sessionId, outcome }) => {
      // Strict mode has no Skip: a page that reports one anyway must not end the break with it.
      if (outcome === 'skipped' && isStrict(this.sessions.current)) return;
      this.sessions.finish(sessionId, outcome);
    },
    postponeBreak: ({ sessionId }) => {
      this.deps.breaks().postponeSession(sessionId);
    },
    startExercise: ({ exerciseId }) => this.startExercise(exerciseId),
    startRoutine: ({ routineId }) => this.startRoutine(routineId),
    getSettings: () => this.deps.settings.view(),
    getSettingsFirstFrame: () => {
      const render = this.deps.settingsFirstFrame;
      return render ? this.firstFrameOf('settings window', () => render(this.deps.settings.view())) : null;
    },
    updateSettings: (change) => this.deps.settings.update(change as SettingsChange),
    getProgress: ({ days }) => this.deps.progress(days),
    exportHistory: ({ format }, caller) => this.deps.exportHistory(format, caller),
    recordPainCheckIn: ({ score }) => this.deps.recordPainCheckIn(score),
    getWelcome: () => this.deps.welcome?.() ?? { platform: 'other', trayHost: 'unknown' },
    getTrayStatus: () => this.deps.status(),
    // The welcome page's buttons are the tray menu's items: one behaviour, two ways in.
    runCommand: (command) => this.runTrayCommand(command),
    suspendShortcuts: ({ suspended }) => this.deps.suspendShortcuts(suspended),
    // A strict break's page cannot close its own window either: finishing it is the way out.
    closeWindow: (_input, caller) => {
      const view = this.deps.windows.viewOf(caller.webContentsId);
      if (view === 'player' && isStrict(this.sessions.current)) return;
      if (view) this.deps.windows.close(view);
    },
    getBreakCover: () => this.breakCover(),
    getOwnContent: () => this.own.view(),
    saveOwnExercise: (request) => this.own.saveExercise(request),
    saveOwnRoutine: (request) => this.own.saveRoutine(request),
    deleteOwnContent: ({ kind, id }) => this.own.delete(kind, id),
    restoreOwnContent: ({ deletionId }) => this.own.restore(deletionId),
    exportOwnContent: (selection, caller) => this.own.exportToFile(selection, caller),
    previewOwnImport: (_input, caller) => this.own.previewFromFile(caller),
    commitOwnImport: ({ previewId, choices }) =>
      this.own.commitImport(previewId, choices as Record<string, ImportChoice>),
  };

  /** What a cover shows: the running break's name and the time its configured length leaves. */
  private breakCover(): BreakCover | null {
    const session = this.sessions.current;
    if (!session || session.reason === 'quick') return null;
    const remainingMs = this.deps.breaks().breakRemainingMs() ?? 0;
    return { reason: session.reason, title: session.title, remainingMs: Math.max(0, remainingMs) };
  }
}

/** A scheduled break in strict mode, not yet finished: it may be neither skipped nor closed. */
function isStrict(session: PlayerSession | null): session is PlayerSession {
  return session !== null && session.reason !== 'quick' && !session.canSkip;
}
