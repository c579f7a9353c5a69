import type {
  EventName,
  EventPayload,
  PlayerSession,
  SessionOutcome,
  SessionReason,
} from '../shared/ipc-contract';
import { findExercise } from '../shared/exercises';
import { findRoutine } from '../shared/routines';
import type { ViewName } from '../shared/views';
import type { IpcHandlers } from './ipc-handlers';
import { PlayerSessions } from './player-sessions';
import type { TrayCommand } from './tray-menu';

/** What the controller needs from the window layer; `WindowManager` provides it in the app. */
export interface WindowPort {
  open(view: ViewName): unknown;
  close(view: ViewName): void;
  viewOf(webContentsId: number): ViewName | undefined;
  send<E extends EventName>(view: ViewName, event: E, payload: EventPayload<E>): void;
}

export interface ControllerDeps {
  windows: WindowPort;
  /** Picks the exercise for a quick stretch. */
  chooseQuickStretch: () => string;
  onSessionEnded?: (session: PlayerSession, outcome: SessionOutcome) => void;
  quit: () => void;
}

/**
 * The app's behaviour between the tray, the windows and IPC, with no Electron in it: the Electron entry
 * point only builds the ports and hands tray clicks and IPC calls to this object.
 */
export class AppController {
  readonly sessions: PlayerSessions;

  constructor(private readonly deps: ControllerDeps) {
    this.sessions = new PlayerSessions((session, outcome) => deps.onSessionEnded?.(session, outcome));
  }

  runTrayCommand(command: TrayCommand): void {
    switch (command) {
      case 'quick-stretch':
        this.playExercise(this.deps.chooseQuickStretch(), 'quick');
        return;
      case 'open-library':
        this.deps.windows.open('library');
        return;
      case 'quit':
        this.deps.quit();
        return;
    }
  }

  /** A second launch of the app lands here: show the user something rather than nothing. */
  surface(): void {
    this.deps.windows.open(this.sessions.current ? 'player' : 'library');
  }

  /** The player window closed; a session it had not reported ends as skipped. */
  playerClosed(): void {
    this.sessions.abandon();
  }

  playExercise(exerciseId: string, reason: SessionReason): PlayerSession {
    const exercise = findExercise(exerciseId);
    if (!exercise) throw new Error(`Unknown exercise: ${exerciseId}`);
    return this.play({ reason, title: exercise.name, items: [{ exerciseId }] });
  }

  playRoutine(routineId: string, reason: SessionReason): PlayerSession {
    const routine = findRoutine(routineId);
    if (!routine) throw new Error(`Unknown routine: ${routineId}`);
    return this.play({ reason, title: routine.name, items: routine.items });
  }

  private play(content: Omit<PlayerSession, 'id'>): PlayerSession {
    const session = this.sessions.start(content);
    this.deps.windows.open('player');
    // A window that is already open will not ask again, so it is told.
    this.deps.windows.send('player', 'playerSession', session);
    return session;
  }

  readonly ipcHandlers: IpcHandlers = {
    getPlayerSession: () => this.sessions.current,
    // Recording and closing are separate: a finished player stays open on its "well done" screen.
    finishSession: ({ sessionId, outcome }) => {
      this.sessions.finish(sessionId, outcome);
    },
    startExercise: ({ exerciseId }) => void this.playExercise(exerciseId, 'quick'),
    startRoutine: ({ routineId }) => void this.playRoutine(routineId, 'quick'),
    closeWindow: (_input, caller) => {
      const view = this.deps.windows.viewOf(caller.webContentsId);
      if (view) this.deps.windows.close(view);
    },
  };
}
