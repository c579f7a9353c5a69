/**
 * The one definition of every message that crosses between main and renderer. The preload's exposed API
 * and main's handler table are both derived from these two objects, so a channel cannot exist on one side
 * only: adding a request here is a type error in main until it is handled.
 */
import * as v from 'valibot';
import type { CueSwitches } from './cue-switches';
import type { UiLocale } from './i18n/locales';
import type { Exercise } from './exercise-types';
import type { DaySummary, PainTrend, Streak } from './history';
import type {
  ImportCommitResult,
  ImportPreviewResult,
  OwnContentView,
  OwnDeleteResult,
  OwnRestoreResult,
  OwnSaveResult,
} from './own-content';
import type { Preferences, PreferencesInput, ShortcutAction } from './preferences';
import type { RoutineItem } from './routines';
import type { Settings, SettingsInput } from './settings';
import { pauseChoices, type TrayCommand, type TrayStatus } from './tray-menu';

/** Why a player window is open. */
export type SessionReason = 'quick' | 'micro' | 'long';

/** What the player window should play. Sent by main; the renderer never decides what a break contains. */
export interface PlayerSession {
  id: string;
  reason: SessionReason;
  /** The exercise's or routine's name. */
  title: string;
  /** Exercises to play in order, each with its dose; one item for a single exercise. */
  items: readonly RoutineItem[];
  /** Whether this break may be put off or skipped (strict mode removes both; a quick stretch can always be left). */
  canPostpone: boolean;
  canSkip: boolean;
  /** Why this content was picked, when there is something worth saying (e.g. "the rotation starts over"). */
  note?: string;
  /**
   * The user's own exercises the items play, as they were when the session started (an edit or a
   * deletion meanwhile does not change a session under way); built-in ones are found by id.
   */
  ownExercises?: readonly Exercise[];
}

export type SessionOutcome = 'completed' | 'skipped';

/**
 * A break window's first frame, rendered by main from the player's own component: the page shows it
 * while its script builds the live player, which starts from the same session and switches.
 */
export interface PlayerFirstFrame {
  session: PlayerSession;
  cues: CueSwitches;
  html: string;
}

/**
 * A settings window's first frame, rendered by main from the settings page's own component with the
 * view it holds: the page shows it while its script builds the live form, which starts from that view.
 */
export interface SettingsFirstFrame {
  view: SettingsView;
  html: string;
}

/** What a cover on another display shows while a scheduled break runs on every screen. */
export interface BreakCover {
  reason: Exclude<SessionReason, 'quick'>;
  /** The exercise's or routine's name, as the player shows it. */
  title: string;
  /** Time left of the break's configured length when main answered; 0 once it has run out. */
  remainingMs: number;
}

/** Whether "Start at login" can work in this run, and what is in its way, in words for the user. */
export interface LoginItemView {
  /** False when this run cannot register Unhunch at all (run from source on macOS): no switch to offer. */
  available: boolean;
  /** Why it is unavailable; present exactly when `available` is false. */
  reason?: string;
  /** Why it will not start Unhunch even so: the last change failed, or the system awaits approval. */
  problem?: string;
}

/** Why a global shortcut the user set does nothing (another app holds it), by action; absent when it works. */
export type ShortcutProblems = Partial<Record<ShortcutAction, string>>;

/** What the settings window edits. */
export interface SettingsView {
  settings: Settings;
  preferences: Preferences;
  loginItem: LoginItemView;
  shortcutProblems: ShortcutProblems;
  /**
   * Why "every screen" cannot be honoured in this run, in words for the user (Wayland places windows
   * itself); absent where it can.
   */
  everyScreenUnavailable?: string;
  /** One message about a repaired or unreadable settings file, shown once; absent when all was well. */
  notice?: string;
}

export interface SettingsChange {
  settings?: SettingsInput;
  preferences?: PreferencesInput;
}

export type SettingsUpdateResult =
  | { ok: true; view: SettingsView }
  /** Field errors keyed by dotted path (`microBreak.everyMinutes`, `preferences.exerciseOverrides.chin-tuck.reps`). */
  | { ok: false; errors: Record<string, string> };

export interface ProgressView {
  today: DaySummary;
  /** The last `days` days, oldest first, ending today. */
  series: DaySummary[];
  streak: Streak;
  pain: PainTrend;
  painCheckIn: boolean;
}

/**
 * Whether the desktop shows tray icons. 'unknown' (no D-Bus tools, no answer in time) is treated as
 * 'present': better to say nothing than to tell someone with a working tray that it is missing.
 */
export type TrayHostState = 'present' | 'absent' | 'unknown';

/** The platforms the welcome page words differently: where the tray lives is named differently on each. */
export type WelcomePlatform = 'linux' | 'darwin' | 'win32' | 'other';

/** What the welcome page needs to say where Unhunch lives. */
export interface WelcomeInfo {
  platform: WelcomePlatform;
  trayHost: TrayHostState;
}

/** Marks the type a request resolves to; it has no runtime value of its own. */
function resolvesTo<T>(): T {
  return undefined as T;
}

interface RequestSpec {
  input: v.GenericSchema;
  output: unknown;
}

/**
 * Only the pauses the menu offers: a page may ask for nothing the tray could not, so a compromised page
 * cannot pause breaks for a year (or for -5 minutes, which the engine would take as "ended already").
 */
const pauseMinutes: number[] = pauseChoices.flatMap(({ request }): number[] =>
  request.kind === 'minutes' ? [request.minutes] : [],
);
const pauseRequestSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('minutes'), minutes: v.picklist(pauseMinutes) }),
  v.strictObject({ kind: v.literal('tomorrow') }),
  v.strictObject({ kind: v.literal('indefinite') }),
]);

const bare = <T extends TrayCommand['type']>(type: T) => v.strictObject({ type: v.literal(type) });

/** A tray command as the welcome page sends it; strict objects, so no key beyond the command's own. */
export const trayCommandSchema = v.variant('type', [
  bare('quick-stretch'),
  bare('open-library'),
  bare('open-settings'),
  bare('open-progress'),
  bare('postpone'),
  bare('skip'),
  v.strictObject({ type: v.literal('pause'), request: pauseRequestSchema }),
  bare('resume'),
  bare('quit'),
]);

/** Fails to compile when the schema and `TrayCommand` drift apart, in either direction. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SchemaMatchesTrayCommand = Assert<Same<v.InferOutput<typeof trayCommandSchema>, TrayCommand>>;

/** An array, a Date or a Map is refused, not read as `{}`. */
const plainObject = v.custom<Record<string, unknown>>((value) => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}, 'must be a plain object');
const sessionId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const contentId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/, 'must be a known exercise or routine id'));
const ownKind = v.picklist(['exercise', 'routine']);
/**
 * A draft from the form is passed on as sent, like a settings change: the store checks every field and
 * answers in words, and names every key it does not know.
 */
const ownSave = v.strictObject({ id: v.optional(contentId), draft: plainObject });
const exportSelection = v.variant('kind', [
  v.strictObject({ kind: v.literal('exercise'), id: contentId }),
  v.strictObject({ kind: v.literal('routine'), id: contentId }),
  v.strictObject({ kind: v.literal('all') }),
]);
/** Choices by preview key ("exercise:<id>"); a plain object with few keys, checked again by the store. */
const importChoices = v.pipe(
  plainObject,
  v.check((choices) => Object.keys(choices).length <= 400, 'too many choices'),
  v.check(
    (choices) =>
      Object.values(choices).every((choice) =>
        ['add', 'replace', 'keep-both', 'skip'].includes(choice as string),
      ),
    'each choice must be add, replace, keep-both or skip',
  ),
);

export const ipcRequests = {
  /** The session the calling player window should show, or null when it has none. */
  getPlayerSession: { input: v.undefined(), output: resolvesTo<PlayerSession | null>() },
  /** The player's first frame for that session, or null when there is none to show (or none rendered). */
  getPlayerFirstFrame: { input: v.undefined(), output: resolvesTo<PlayerFirstFrame | null>() },
  /** The player reports how a session ended, once; main records it. */
  finishSession: {
    input: v.strictObject({ sessionId, outcome: v.picklist(['completed', 'skipped']) }),
    output: resolvesTo<void>(),
  },
  /** Put the break this session belongs to off by the configured minutes; main closes the window. */
  postponeBreak: { input: v.strictObject({ sessionId }), output: resolvesTo<void>() },
  /** Play one exercise now, picked in the library. */
  startExercise: { input: v.strictObject({ exerciseId: contentId }), output: resolvesTo<void>() },
  /** Play a routine now, picked in the library. */
  startRoutine: { input: v.strictObject({ routineId: contentId }), output: resolvesTo<void>() },
  /** The settings and preferences, for the settings window. */
  getSettings: { input: v.undefined(), output: resolvesTo<SettingsView>() },
  /** The settings window's first frame, or null when main rendered none. */
  getSettingsFirstFrame: { input: v.undefined(), output: resolvesTo<SettingsFirstFrame | null>() },
  /** Validates and applies a change at once; invalid fields come back with messages and nothing is saved. */
  updateSettings: {
    // Passed on as sent: valibot's record would quietly drop keys such as "__proto__", and the store
    // names every key it does not know.
    input: v.strictObject({
      settings: v.optional(plainObject),
      preferences: v.optional(plainObject),
    }),
    output: resolvesTo<SettingsUpdateResult>(),
  },
  /** Today, the last 7 or 30 days, the streak and the pain trend. */
  getProgress: {
    input: v.strictObject({ days: v.picklist([7, 30]) }),
    output: resolvesTo<ProgressView>(),
  },
  /** Asks where to save, then writes the history; resolves to the path, or null if the user cancelled. */
  exportHistory: {
    input: v.strictObject({ format: v.picklist(['csv', 'json']) }),
    output: resolvesTo<string | null>(),
  },
  /** The optional "How is your upper back?" answer, 0 (no pain) to 10. */
  recordPainCheckIn: {
    input: v.strictObject({ score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)) }),
    output: resolvesTo<void>(),
  },
  /** The platform and whether a tray icon can be seen, for the welcome page. */
  getWelcome: { input: v.undefined(), output: resolvesTo<WelcomeInfo>() },
  /** What the tray shows: the next break or the pause, and whether a break may be put off or skipped. */
  getTrayStatus: { input: v.undefined(), output: resolvesTo<TrayStatus>() },
  /** Runs a tray menu command, for the welcome page that stands in for the tray where none shows. */
  runCommand: { input: trayCommandSchema, output: resolvesTo<void>() },
  /**
   * While the settings page records a shortcut, ours are off, so pressing one reaches the page; main
   * turns them back on when the page saves or closes.
   */
  suspendShortcuts: { input: v.strictObject({ suspended: v.boolean() }), output: resolvesTo<void>() },
  /** Close the window that sent this; a strict break's player stays until it is finished. */
  closeWindow: { input: v.undefined(), output: resolvesTo<void>() },
  /** What a cover shows: the running scheduled break, or null when none runs. */
  getBreakCover: { input: v.undefined(), output: resolvesTo<BreakCover | null>() },
  /** The user's own exercises and routines, with what can be undone. */
  getOwnContent: { input: v.undefined(), output: resolvesTo<OwnContentView>() },
  /** Adds (no id) or replaces (the own id) an exercise; problems come back by field and nothing changes. */
  saveOwnExercise: { input: ownSave, output: resolvesTo<OwnSaveResult>() },
  saveOwnRoutine: { input: ownSave, output: resolvesTo<OwnSaveResult>() },
  /** Deletes an own entry; the answer carries the message and the id an Undo passes back. */
  deleteOwnContent: {
    input: v.strictObject({ kind: ownKind, id: contentId }),
    output: resolvesTo<OwnDeleteResult>(),
  },
  restoreOwnContent: {
    input: v.strictObject({ deletionId: v.pipe(v.string(), v.regex(/^deletion-[a-z0-9]{10}$/)) }),
    output: resolvesTo<OwnRestoreResult>(),
  },
  /** Asks where to save, then writes the file; the path, or null if the user cancelled. */
  exportOwnContent: { input: exportSelection, output: resolvesTo<string | null>() },
  /**
   * Asks for a file and reads it into a preview; null if the user cancelled. Nothing changes until
   * `commitOwnImport`.
   */
  previewOwnImport: { input: v.undefined(), output: resolvesTo<ImportPreviewResult | null>() },
  /** Carries out the choices for the preview's entries; a conflict without a choice refuses it all. */
  commitOwnImport: {
    input: v.strictObject({ previewId: v.pipe(v.string(), v.maxLength(100)), choices: importChoices }),
    output: resolvesTo<ImportCommitResult>(),
  },
} as const satisfies Record<string, RequestSpec>;

/** Messages main pushes to a window, by name, with their payload type. */
export const ipcEvents = {
  /** A reused player window is given a new session. */
  playerSession: resolvesTo<PlayerSession>(),
  /** Settings changed (from any window or the tray); every open window may need to follow. */
  settingsChanged: resolvesTo<SettingsView>(),
  /** What the tray shows changed (a minute passed, a break was warned, breaks were paused). */
  trayStatusChanged: resolvesTo<TrayStatus>(),
  /** The interface language changed (the setting, or the system's with "system"); windows reload their texts. */
  localeChanged: resolvesTo<UiLocale>(),
  /** The user's own exercises or routines changed (any window, an import, an undo). */
  ownContentChanged: resolvesTo<OwnContentView>(),
} as const;

export type RequestName = keyof typeof ipcRequests;
export type EventName = keyof typeof ipcEvents;
export type RequestInput<K extends RequestName> = v.InferOutput<(typeof ipcRequests)[K]['input']>;
export type RequestOutput<K extends RequestName> = (typeof ipcRequests)[K]['output'];
export type EventPayload<E extends EventName> = (typeof ipcEvents)[E];

/** Prefixing every channel keeps ours apart from Electron's and any library's. */
export const CHANNEL_PREFIX = 'unhunch:';
export const requestChannel = (name: RequestName): string => `${CHANNEL_PREFIX}request:${name}`;
export const eventChannel = (name: EventName): string => `${CHANNEL_PREFIX}event:${name}`;

export const requestNames = Object.keys(ipcRequests) as RequestName[];

/** The API a window sees as `window.unhunch`. */
export type UnhunchApi = {
  [K in RequestName]: RequestInput<K> extends undefined
    ? () => Promise<RequestOutput<K>>
    : (input: RequestInput<K>) => Promise<RequestOutput<K>>;
} & {
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Validates a request's input against the contract, with a message that names the request and the field. */
export function parseRequestInput<K extends RequestName>(
  name: K,
  input: unknown,
): { ok: true; value: RequestInput<K> } | { ok: false; message: string } {
  const result = v.safeParse(ipcRequests[name].input, input);
  if (result.success) return { ok: true, value: result.output as RequestInput<K> };
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') || 'input';
  return { ok: false, message: `Invalid ${name} request: ${path}: ${issue.message}` };
}
