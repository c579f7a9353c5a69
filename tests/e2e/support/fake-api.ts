import type { Page } from '@playwright/test';
import {
  currentStreak,
  dailySeries,
  emptyHistory,
  fixedOffsetCalendar,
  painTrend,
  todaySummary,
  type History,
} from '../../../src/shared/history';
import {
  parseRequestInput,
  type BreakCover,
  type LoginItemView,
  type PlayerFirstFrame,
  type SettingsFirstFrame,
  type PlayerSession,
  type ProgressView,
  type RequestName,
  type SettingsUpdateResult,
  type SettingsView,
  type ShortcutProblems,
  type UnhunchApi,
  type WelcomeInfo,
} from '../../../src/shared/ipc-contract';
import { refusedShortcut } from '../../../src/main/global-shortcuts';
import { MemoryPort } from '../../../src/main/persistence/memory-port';
import { OwnContentStore } from '../../../src/main/persistence/own-content-store';
import type { ExportSelection, ImportChoice, OwnContentView } from '../../../src/shared/own-content';
import { normalizePreferences, SHORTCUT_ACTIONS, type Preferences } from '../../../src/shared/preferences';
import { normalizeSettings, type Settings, type Weekday } from '../../../src/shared/settings';
import type { TrayCommand, TrayStatus } from '../../../src/shared/tray-menu';

export interface FakeApiOptions {
  session: PlayerSession | null;
  /**
   * What main answers the player's first-frame request with (`renderFirstFrame` in first-frame.ts
   * renders it as main does); none where absent, as from a main that renders none.
   */
  firstFrame?: PlayerFirstFrame | null;
  /**
   * How main renders a settings window's first frame from the view it holds (`settingsFrameRenderer` in
   * first-frame.ts); none where absent, as from a main that renders none.
   */
  settingsFirstFrame?: (view: SettingsView) => SettingsFirstFrame | null;
  /** What a cover is told of the running break (none where absent). */
  cover?: BreakCover | null;
  /** What getWelcome answers (Linux with a tray where absent); null makes it fail, as a broken main would. */
  welcome?: WelcomeInfo | null;
  /** The welcome page's requests that fail, as they would if main threw. */
  failing?: 'runCommand'[];
  /**
   * Main's new status reaches the page after runCommand's answer rather than before; Electron promises
   * no order between a reply and a push.
   */
  statusAfterAnswer?: boolean;
  /**
   * The locale main switches every window to when the Language setting is saved, by the value saved;
   * where absent, the value itself ('en' for 'system'). A test maps a language to the pseudo-locale to
   * see the switch while the translations themselves may not exist yet.
   */
  localeFor?: Record<string, string>;
  /** What the tray shows at first (a break 12 minutes away where absent); null makes getTrayStatus fail. */
  trayStatus?: TrayStatus | null;
  /** Stored settings (partial, normalised like main's store); the defaults where absent. */
  settings?: Record<string, unknown>;
  /** Stored preferences (partial); the defaults where absent. */
  preferences?: Record<string, unknown>;
  /** The repaired-file notice main's store reports; it comes with every view, as main's does. */
  notice?: string;
  /** Whether start at login works in this run, as main's login item reports it; available by default. */
  loginItem?: LoginItemView;
  /** Shortcuts other apps hold: main reports each one the user sets as refused by the system. */
  takenShortcuts?: string[];
  /** Why breaks cannot show on every screen in this run (Wayland); they can where absent. */
  everyScreenUnavailable?: string;
  /**
   * Errors main reports on top of the shared checks, for fields a change touches, keyed as main keys them:
   * engine settings bare ("microBreak.everyMinutes"), preferences prefixed
   * ("preferences.exerciseOverrides.chin-tuck.reps").
   */
  refuse?: Record<string, string>;
  history?: History;
  /** What "now" is for progress figures and pain check-ins (ISO); local dates are UTC here. */
  now?: string;
  /** The folder the save dialog picks for an export, or null when the user cancels it. */
  exportFolder?: string | null;
  /** The stored own-content document (own-content.json) main starts from; none where absent. */
  ownContent?: unknown;
  /**
   * What the open dialog of an import yields: the file's name and text, or null when the user cancels.
   * Set it on the returned FakeMain before the page imports.
   */
  importFile?: { name: string; text: string } | null;
}

export interface RecordedCall {
  name: string;
  input?: unknown;
}

/** The requests the page-side fake hands to {@link FakeMain}, which runs in Node with the shared modules. */
const MAIN_REQUESTS = [
  'getSettings',
  'updateSettings',
  'getProgress',
  'exportHistory',
  'recordPainCheckIn',
  'getTrayStatus',
  'runCommand',
  'getOwnContent',
  'saveOwnExercise',
  'saveOwnRoutine',
  'deleteOwnContent',
  'restoreOwnContent',
  'exportOwnContent',
  'previewOwnImport',
  'commitOwnImport',
] as const satisfies readonly RequestName[];
type MainRequest = (typeof MAIN_REQUESTS)[number];

/** The tray's status on an ordinary afternoon: the next stretch a while off, nothing to put off. */
export const BREAK_AHEAD: TrayStatus = {
  headline: 'Stretch in 12 min',
  paused: false,
  canPostpone: false,
  canSkip: false,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Main's settings, history and export behaviour, in Node: the same contract validation as the IPC
 * handlers, the shared normalisers for settings and preferences (errors keyed by dotted path, nothing
 * saved when anything is wrong) and the shared history functions for progress.
 */
export class FakeMain {
  settings: Settings;
  preferences: Preferences;
  history: History;
  readonly now: Date;
  readonly notice: string | undefined;
  loginItem: LoginItemView;
  takenShortcuts: string[];
  readonly everyScreenUnavailable: string | undefined;
  readonly refuse: Record<string, string>;
  readonly exportFolder: string | null;
  readonly exports: string[] = [];
  trayStatus: TrayStatus | null;
  /** Main's own-content store itself, over a file held in memory. */
  readonly own: OwnContentStore;
  readonly ownPort: MemoryPort;
  importFile: { name: string; text: string } | null;
  /** What each own-content export wrote, in order. */
  readonly ownExports: { path: string; content: string }[] = [];
  private readonly calendar = fixedOffsetCalendar(0);

  constructor(options: FakeApiOptions) {
    this.settings = normalizeSettings(options.settings ?? {}).settings;
    this.preferences = normalizePreferences(options.preferences ?? {}).preferences;
    this.history = structuredClone(options.history ?? emptyHistory());
    this.now = new Date(options.now ?? '2026-03-18T15:00:00Z');
    this.notice = options.notice;
    this.loginItem = options.loginItem ?? { available: true };
    this.takenShortcuts = options.takenShortcuts ?? [];
    this.everyScreenUnavailable = options.everyScreenUnavailable;
    this.refuse = options.refuse ?? {};
    this.exportFolder = options.exportFolder === undefined ? '/home/user/Documents' : options.exportFolder;
    this.trayStatus = options.trayStatus === undefined ? BREAK_AHEAD : options.trayStatus;
    this.ownPort = new MemoryPort(options.ownContent, 'own-content');
    let seed = 0;
    // Ids in a fixed sequence, so screenshots and assertions do not depend on chance.
    this.own = new OwnContentStore({
      port: this.ownPort,
      now: () => this.now,
      random: () => (seed = (seed * 9301 + 49297) % 233280) / 233280,
    });
    this.importFile = options.importFile ?? null;
  }

  /** What getSettings and a successful update answer: main repeats its start-up notice in every one. */
  view(): SettingsView {
    return {
      ...this.changedView(),
      ...(this.notice === undefined ? {} : { notice: this.notice }),
    };
  }

  /** What main broadcasts as `settingsChanged`: the same view without the notice. */
  changedView(): SettingsView {
    return {
      settings: structuredClone(this.settings),
      preferences: structuredClone(this.preferences),
      loginItem: structuredClone(this.loginItem),
      shortcutProblems: this.shortcutProblems(),
      ...(this.everyScreenUnavailable === undefined
        ? {}
        : { everyScreenUnavailable: this.everyScreenUnavailable }),
    };
  }

  /** As main registers the shortcuts: one another app holds is refused, and said so. */
  private shortcutProblems(): ShortcutProblems {
    const problems: ShortcutProblems = {};
    for (const action of SHORTCUT_ACTIONS) {
      const accelerator = this.preferences.shortcuts[action];
      if (accelerator !== '' && this.takenShortcuts.includes(accelerator))
        problems[action] = refusedShortcut(accelerator, false);
    }
    return problems;
  }

  handle(name: MainRequest, input: unknown): unknown {
    const parsed = parseRequestInput(name, input);
    if (!parsed.ok) throw new Error(parsed.message);
    switch (name) {
      case 'getSettings':
        return this.view();
      case 'updateSettings':
        return this.update(
          parsed.value as { settings?: Record<string, unknown>; preferences?: Record<string, unknown> },
        );
      case 'getProgress':
        return this.progress((parsed.value as { days: 7 | 30 }).days);
      case 'exportHistory': {
        const { format } = parsed.value as { format: 'csv' | 'json' };
        this.exports.push(format);
        return this.exportFolder === null ? null : `${this.exportFolder}/unhunch-history.${format}`;
      }
      case 'recordPainCheckIn':
        this.history.painCheckIns.push({
          at: this.now.toISOString(),
          score: (parsed.value as { score: number }).score,
        });
        return undefined;
      case 'getTrayStatus':
        if (this.trayStatus === null) throw new Error('getTrayStatus failed');
        return structuredClone(this.trayStatus);
      case 'runCommand':
        this.run(parsed.value as TrayCommand);
        return undefined;
      case 'getOwnContent':
        return this.own.view();
      case 'saveOwnExercise':
        return this.own.saveExercise(parsed.value as { id?: string; draft: unknown });
      case 'saveOwnRoutine':
        return this.own.saveRoutine(parsed.value as { id?: string; draft: unknown });
      case 'deleteOwnContent': {
        const { kind, id } = parsed.value as { kind: 'exercise' | 'routine'; id: string };
        return this.own.delete(kind, id);
      }
      case 'restoreOwnContent':
        return this.own.restore((parsed.value as { deletionId: string }).deletionId);
      case 'exportOwnContent': {
        const file = this.own.export(parsed.value as ExportSelection);
        if (!file) throw new Error('That no longer exists.');
        if (this.exportFolder === null) return null;
        const path = `${this.exportFolder}/${file.fileName}`;
        this.ownExports.push({ path, content: file.content });
        return path;
      }
      case 'previewOwnImport': {
        if (this.importFile === null) return null;
        const { name, text } = this.importFile;
        return this.own.previewImport(text, Buffer.byteLength(text), name);
      }
      case 'commitOwnImport': {
        const { previewId, choices } = parsed.value as {
          previewId: string;
          choices: Record<string, ImportChoice>;
        };
        return this.own.commitImport(previewId, choices);
      }
    }
  }

  /** What the engine would make of a command, as far as the tray's status line shows it. */
  private run(command: TrayCommand): void {
    const idle = { paused: false, canPostpone: false, canSkip: false };
    switch (command.type) {
      case 'pause': {
        const { request } = command;
        const headline =
          request.kind === 'minutes'
            ? `Paused until ${new Date(this.now.getTime() + request.minutes * 60_000).toISOString().slice(11, 16)}`
            : request.kind === 'tomorrow'
              ? 'Paused until tomorrow'
              : 'Paused';
        this.trayStatus = { ...idle, headline, paused: true };
        break;
      }
      case 'resume':
      case 'skip':
        this.trayStatus = { ...idle, headline: 'Stretch in 20 min' };
        break;
      case 'postpone':
        this.trayStatus = { ...idle, headline: 'Stretch in 5 min' };
        break;
    }
  }

  /** Groups of settings merge key by key, preference fields replace; all checked before anything is kept. */
  private update(change: {
    settings?: Record<string, unknown>;
    preferences?: Record<string, unknown>;
  }): SettingsUpdateResult {
    const settings: Record<string, unknown> = { ...this.settings };
    for (const [key, value] of Object.entries(change.settings ?? {})) {
      const group = settings[key];
      settings[key] = isPlainObject(group) && isPlainObject(value) ? { ...group, ...value } : value;
    }
    const preferences = { ...this.preferences, ...change.preferences };
    const errors: Record<string, string> = {};
    for (const { path, message } of normalizeSettings(settings).problems) errors[path] ??= message;
    for (const { path, message } of normalizePreferences(preferences).problems) {
      errors[`preferences.${path}`] ??= message;
    }
    const touched = [
      ...Object.entries(change.settings ?? {}).flatMap(([group, value]) =>
        isPlainObject(value) ? Object.keys(value).map((key) => `${group}.${key}`) : [group],
      ),
      ...Object.keys(change.preferences ?? {}).map((key) => `preferences.${key}`),
    ];
    for (const [key, message] of Object.entries(this.refuse)) {
      if (touched.some((path) => key === path || key.startsWith(`${path}.`))) errors[key] = message;
    }
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    this.settings = normalizeSettings(settings).settings;
    this.preferences = normalizePreferences(preferences).preferences;
    return { ok: true, view: this.view() };
  }

  private restDays(): Weekday[] {
    const { enabled, days } = this.settings.workingHours;
    return enabled ? ([0, 1, 2, 3, 4, 5, 6] as Weekday[]).filter((day) => !days.includes(day)) : [];
  }

  private progress(days: 7 | 30): ProgressView {
    const options = { now: this.now, days, calendar: this.calendar };
    return {
      today: todaySummary(this.history, this.now, this.calendar),
      series: dailySeries(this.history, options),
      // Like main: days outside the working week neither break nor extend the streak.
      streak: currentStreak(this.history, this.now, this.calendar, this.restDays()),
      pain: painTrend(this.history, options),
      painCheckIn: this.preferences.painCheckIn,
    };
  }
}

/**
 * Stands in for the preload: a test implementation of the same typed contract, installed as
 * `window.unhunch` before the page's scripts run. It records every call so tests can assert what the page
 * asked of main; settings, progress, export and pain requests go on to {@link FakeMain} through an exposed
 * function. The function runs inside the page, so it must not close over anything from this file.
 */
function installFakeApi(
  options: Pick<FakeApiOptions, 'session'> & {
    firstFrame: PlayerFirstFrame | null;
    settingsFirstFrame: SettingsFirstFrame | null;
    cover: BreakCover | null;
    welcome: WelcomeInfo | null;
    failing: string[];
    statusAfterAnswer: boolean;
    localeFor: Record<string, string>;
  },
): void {
  const calls: RecordedCall[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let session = options.session;
  // IPC copies every payload with the structured clone algorithm, which throws on what it cannot copy (a
  // Svelte state proxy, a function); copying here makes the page fail the same way.
  const record = (name: string, input?: unknown) =>
    calls.push(input === undefined ? { name } : { name, input: structuredClone(input) });
  const emit = (event: string, payload: unknown) =>
    listeners.get(event)?.forEach((listener) => listener(payload));
  const main = (name: string, input?: unknown): Promise<unknown> =>
    (
      window as unknown as { __unhunchMain: (name: string, input: unknown) => Promise<unknown> }
    ).__unhunchMain(name, input);
  const api: UnhunchApi = {
    getPlayerSession: async () => (record('getPlayerSession'), session),
    // Answered in the page, as Electron's IPC answers in a millisecond or two: through Playwright's
    // binding it would take tens of them while the page loads.
    getPlayerFirstFrame: async () => (record('getPlayerFirstFrame'), options.firstFrame),
    finishSession: async (input) => {
      record('finishSession', input);
      if (session?.id === input.sessionId) session = null;
    },
    postponeBreak: async (input) => void record('postponeBreak', input),
    startExercise: async (input) => void record('startExercise', input),
    startRoutine: async (input) => void record('startRoutine', input),
    getSettings: async () => (record('getSettings'), (await main('getSettings')) as SettingsView),
    getSettingsFirstFrame: async () => (record('getSettingsFirstFrame'), options.settingsFirstFrame),
    updateSettings: async (input) => {
      record('updateSettings', input);
      const result = (await main('updateSettings', input)) as SettingsUpdateResult;
      // Main tells every window, the sender included, without its start-up notice.
      if (result.ok) {
        const { notice: _notice, ...changed } = result.view;
        emit('settingsChanged', changed);
        // Main then tells every window its new language.
        const language = (input.preferences as { language?: string } | undefined)?.language;
        if (language !== undefined) {
          emit('localeChanged', options.localeFor[language] ?? (language === 'system' ? 'en' : language));
        }
      }
      return result;
    },
    getProgress: async (input) => (
      record('getProgress', input),
      (await main('getProgress', input)) as ProgressView
    ),
    exportHistory: async (input) => (
      record('exportHistory', input),
      (await main('exportHistory', input)) as string | null
    ),
    recordPainCheckIn: async (input) =>
      void (record('recordPainCheckIn', input), await main('recordPainCheckIn', input)),
    getWelcome: async () => {
      record('getWelcome');
      if (options.welcome === null) throw new Error('getWelcome failed');
      return options.welcome;
    },
    getTrayStatus: async () => (record('getTrayStatus'), (await main('getTrayStatus')) as TrayStatus),
    runCommand: async (input) => {
      record('runCommand', input);
      if (options.failing.includes('runCommand')) throw new Error('runCommand failed');
      await main('runCommand', input);
      // Main refreshes the tray after every command but Quit, and the welcome page hears it.
      if (input.type !== 'quit') {
        const push = async () => {
          const status = await main('getTrayStatus').catch(() => null);
          if (status) emit('trayStatusChanged', status);
        };
        if (options.statusAfterAnswer) setTimeout(() => void push(), 100);
        else await push();
      }
    },
    suspendShortcuts: async (input) => void record('suspendShortcuts', input),
    closeWindow: async () => void record('closeWindow'),
    getBreakCover: async () => (record('getBreakCover'), options.cover),
    ...ownContentApi(),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  Object.assign(window, { unhunch: api, __unhunchCalls: calls, __unhunchEmit: emit });

  /** Main's own-content store answers; after a change main tells every window, the sender included. */
  function ownContentApi() {
    // Here, not at module level: this function runs in the page, which has only what it holds itself.
    const OWN_CHANGES = [
      'saveOwnExercise',
      'saveOwnRoutine',
      'deleteOwnContent',
      'restoreOwnContent',
      'commitOwnImport',
    ];
    const ask = async (name: string, input?: unknown): Promise<unknown> => {
      record(name, input);
      const result = await main(name, input);
      const changed =
        OWN_CHANGES.includes(name) &&
        typeof result === 'object' &&
        result !== null &&
        'ok' in result &&
        result.ok;
      if (changed) emit('ownContentChanged', (await main('getOwnContent')) as OwnContentView);
      return result;
    };
    return {
      getOwnContent: () => ask('getOwnContent'),
      saveOwnExercise: (input: unknown) => ask('saveOwnExercise', input),
      saveOwnRoutine: (input: unknown) => ask('saveOwnRoutine', input),
      deleteOwnContent: (input: unknown) => ask('deleteOwnContent', input),
      restoreOwnContent: (input: unknown) => ask('restoreOwnContent', input),
      exportOwnContent: (input: unknown) => ask('exportOwnContent', input),
      previewOwnImport: () => ask('previewOwnImport'),
      commitOwnImport: (input: unknown) => ask('commitOwnImport', input),
    } as Pick<
      UnhunchApi,
      | 'getOwnContent'
      | 'saveOwnExercise'
      | 'saveOwnRoutine'
      | 'deleteOwnContent'
      | 'restoreOwnContent'
      | 'exportOwnContent'
      | 'previewOwnImport'
      | 'commitOwnImport'
    >;
  }
}

const LINUX_WITH_TRAY: WelcomeInfo = { platform: 'linux', trayHost: 'present' };

/** One FakeMain per page; opening another view in the same page starts it afresh. */
const mains = new WeakMap<Page, { current: FakeMain }>();

export async function useFakeApi(page: Page, options: FakeApiOptions): Promise<FakeMain> {
  const main = new FakeMain(options);
  const slot = mains.get(page);
  if (slot) {
    slot.current = main;
  } else {
    const fresh = { current: main };
    mains.set(page, fresh);
    await page.exposeFunction('__unhunchMain', (name: string, input: unknown) => {
      if (!(MAIN_REQUESTS as readonly string[]).includes(name)) throw new Error(`Unknown request ${name}`);
      return fresh.current.handle(name as MainRequest, input);
    });
  }
  const welcome: WelcomeInfo | null = options.welcome === undefined ? LINUX_WITH_TRAY : options.welcome;
  await page.addInitScript(installFakeApi, {
    session: options.session,
    firstFrame: options.firstFrame ?? null,
    // Rendered from the view main starts with, as main renders it when the window asks.
    settingsFirstFrame: options.settingsFirstFrame?.(main.view()) ?? null,
    cover: options.cover ?? null,
    welcome,
    failing: options.failing ?? [],
    statusAfterAnswer: options.statusAfterAnswer ?? false,
    localeFor: options.localeFor ?? {},
  });
  return main;
}

export function recordedCalls(page: Page): Promise<RecordedCall[]> {
  return page.evaluate(() => (window as unknown as { __unhunchCalls: RecordedCall[] }).__unhunchCalls);
}

/** Pushes an event from "main" to the page, as another window's change would. */
export function emitEvent(page: Page, event: string, payload: unknown): Promise<void> {
  return page.evaluate(
    ([name, data]) =>
      (window as unknown as { __unhunchEmit: (event: string, payload: unknown) => void }).__unhunchEmit(
        name as string,
        data,
      ),
    [event, payload] as const,
  );
}
