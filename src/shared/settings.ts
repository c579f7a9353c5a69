/**
 * The user's break settings: types, documented defaults and a forgiving normaliser.
 *
 * Settings come from disk (electron-store), the settings window and simulator files, so every reader
 * goes through `normalizeSettings`: a bad field falls back to its default on its own, and the caller
 * gets the list of problems to log or show. A single typo must never reset the whole configuration.
 */
import * as v from 'valibot';
import { englishIssue, readIssue, says, type ValidationIssue } from './validation-issue';

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay()` counts them. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Where a scheduled break shows: only on the screen the user is working on, or there with a quiet cover
 * on every other screen, so a second monitor does not invite carrying on.
 */
export const BREAK_SCREENS = ['active', 'all'] as const;
export type BreakScreens = (typeof BREAK_SCREENS)[number];

export interface BreakSettings {
  enabled: boolean;
  /** Minutes of active time between two breaks of this kind. */
  everyMinutes: number;
  durationSeconds: number;
}

export interface Settings {
  idle: {
    /**
     * Seconds without keyboard or mouse input after which the user counts as away. 120 s: long enough
     * that reading or thinking is not mistaken for a break, short enough that stepping away is noticed
     * within a couple of minutes. (Stretchly waits 5 min, which makes natural micro breaks impossible.)
     */
    thresholdSeconds: number;
  };
  microBreak: BreakSettings;
  longBreak: BreakSettings;
  warning: {
    /** Seconds of active time between the heads-up notification and the break; 0 = none. */ seconds: number;
  };
  postpone: {
    /** Minutes of active time a postpone adds. */ minutes: number;
    /** Postpones allowed per break. */ maxCount: number;
  };
  /** Strict mode: no Postpone and no Skip. */
  strict: boolean;
  /** "Show breaks on": the screen I'm using ('active'), or every screen ('all'). */
  breakScreens: BreakScreens;
  workingHours: {
    enabled: boolean;
    days: Weekday[];
    /** "HH:MM", local wall-clock time. A window whose end is before its start runs past midnight. */
    start: string;
    /** "HH:MM"; "24:00" means the end of the day. */
    end: string;
  };
  /** Holding breaks back while the moment is wrong, and noticing breaks the user worked through. */
  moments: {
    /** Hold breaks while the OS's do-not-disturb / focus mode is on. */
    doNotDisturb: boolean;
    /** Hold breaks while the focused window on the break's display is fullscreen (presentations, video, games). */
    fullscreen: boolean;
    /** Hold breaks while the camera or microphone is in use. */
    calls: boolean;
    /**
     * Seconds to wait after the last reason to hold a break ends, before the held break comes: a call
     * that just ended deserves a moment, and a flicker (a video leaving fullscreen briefly) should not
     * trigger a break. 60 s.
     */
    graceSeconds: number;
    /**
     * Minutes a break may be held before it is offered as a gentle notification instead of a window.
     * 30 min: longer than most calls and talks, short enough that a long meeting does not erase the break.
     */
    maxDeferralMinutes: number;
    /** Hold breaks while any of these apps runs (process names, case-insensitive). */
    pauseWhileApps: string[];
    /** When not empty, breaks come only while one of these apps runs. */
    onlyWhileApps: string[];
    /** Notice keyboard and mouse use during a break: record it as worked through and nudge once. */
    workedThrough: boolean;
  };
}

export type SettingsInput = {
  [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K];
};

const DEFAULTS: Settings = {
  idle: { thresholdSeconds: 120 },
  // 20 min follows the common "move every 20–30 min" advice; 40 s fits one short exercise.
  microBreak: { enabled: true, everyMinutes: 20, durationSeconds: 40 },
  longBreak: { enabled: true, everyMinutes: 60, durationSeconds: 300 },
  // A minute's notice lets the user finish a sentence or a thought before the break; a whole minute
  // also puts the warning on the tray countdown's "1 min" wake-up instead of one of its own
  // (docs/ARCHITECTURE.md, "Wake-ups").
  warning: { seconds: 60 },
  postpone: { minutes: 5, maxCount: 2 },
  strict: false,
  // One screen unless asked: covering a second monitor uninvited would feel like being locked out.
  breakScreens: 'active',
  workingHours: { enabled: false, days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' },
  moments: {
    doNotDisturb: true,
    fullscreen: true,
    calls: true,
    graceSeconds: 60,
    maxDeferralMinutes: 30,
    pauseWhileApps: [],
    onlyWhileApps: [],
    workedThrough: true,
  },
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(DEFAULTS);

export interface SettingsProblem {
  /** Dotted name of the offending field, e.g. "microBreak.everyMinutes"; "" for the root. */
  path: string;
  /** In English, for logs and the command line. */
  message: string;
  /** The same as data, for the interface to show in its own language; absent for a file's own problems. */
  issue?: ValidationIssue;
}

/** A problem the interface can show: its English message is made from the issue. */
export const problem = (path: string, issue: ValidationIssue): SettingsProblem => ({
  path,
  message: englishIssue(issue),
  issue,
});

export interface NormalizedSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

type Leaf = v.GenericSchema<unknown, unknown>;
interface SchemaTree {
  readonly [key: string]: Leaf | SchemaTree;
}

const RANGE_KEYS = {
  s: ['atLeastSeconds', 'atMostSeconds'],
  min: ['atLeastMinutes', 'atMostMinutes'],
  '': ['atLeast', 'atMost'],
} as const;

const intRange = (min: number, max: number, unit: keyof typeof RANGE_KEYS): Leaf => {
  const [atLeast, atMost] = RANGE_KEYS[unit];
  return v.pipe(
    v.number(says({ key: 'mustBeNumber' })),
    v.integer(says({ key: 'mustBeWholeNumber' })),
    v.minValue(min, says({ key: atLeast, params: { min } })),
    v.maxValue(max, says({ key: atMost, params: { max } })),
  );
};

const bool: Leaf = v.boolean(says({ key: 'mustBeTrueOrFalse' }));

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const timeOfDay: Leaf = v.pipe(
  v.string(says({ key: 'mustBeTimeText' })),
  v.regex(TIME_OF_DAY, says({ key: 'mustBeTimeOfDay' })),
);

const weekdays: Leaf = v.pipe(
  v.array(
    v.pipe(
      v.number(says({ key: 'dayMustBeNumber' })),
      v.integer(says({ key: 'dayMustBeWholeNumber' })),
      v.minValue(0, says({ key: 'dayOutOfRange' })),
      v.maxValue(6, says({ key: 'dayOutOfRange' })),
    ),
    says({ key: 'mustBeWeekdays' }),
  ),
  v.check((days) => new Set(days).size === days.length, says({ key: 'mustNotRepeatDay' })),
);

const MAX_APP_NAME = 100;
const MAX_APPS = 50;
const appNames: Leaf = v.pipe(
  v.array(
    v.pipe(
      v.string(says({ key: 'appNameMustBeText' })),
      v.trim(),
      v.minLength(1, says({ key: 'appNameMustNotBeEmpty' })),
      v.maxLength(MAX_APP_NAME, says({ key: 'appNameTooLong', params: { max: MAX_APP_NAME } })),
    ),
    says({ key: 'mustBeAppList' }),
  ),
  v.maxLength(MAX_APPS, says({ key: 'tooManyApps', params: { max: MAX_APPS } })),
);

/** One schema per leaf, shaped like `Settings`; the walker below uses it to validate field by field. */
const SCHEMA: SchemaTree = {
  idle: { thresholdSeconds: intRange(10, 3600, 's') },
  microBreak: {
    enabled: bool,
    everyMinutes: intRange(1, 240, 'min'),
    durationSeconds: intRange(5, 600, 's'),
  },
  longBreak: {
    enabled: bool,
    everyMinutes: intRange(5, 480, 'min'),
    durationSeconds: intRange(30, 3600, 's'),
  },
  warning: { seconds: intRange(0, 300, 's') },
  postpone: { minutes: intRange(1, 120, 'min'), maxCount: intRange(0, 10, '') },
  strict: bool,
  breakScreens: v.picklist(BREAK_SCREENS, says({ key: 'mustBeActiveOrAll' })),
  workingHours: { enabled: bool, days: weekdays, start: timeOfDay, end: timeOfDay },
  moments: {
    doNotDisturb: bool,
    fullscreen: bool,
    calls: bool,
    graceSeconds: intRange(0, 600, 's'),
    maxDeferralMinutes: intRange(1, 240, 'min'),
    pauseWhileApps: appNames,
    onlyWhileApps: appNames,
    workedThrough: bool,
  },
};

/** A plain object only: an array, a Date or a Map (which IPC clones as such) is not read as `{}`. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isLeaf(node: Leaf | SchemaTree): node is Leaf {
  return '~standard' in node;
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

function normalizeTree(
  schema: SchemaTree,
  defaults: Readonly<Record<string, unknown>>,
  input: unknown,
  prefix: string,
  problems: SettingsProblem[],
): Record<string, unknown> {
  const source = isPlainObject(input) ? input : {};
  if (input !== undefined && !isPlainObject(input)) {
    problems.push(problem(prefix, { key: 'mustBeObject' }));
  }
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(schema, key)) problems.push(problem(join(prefix, key), { key: 'unknownSetting' }));
  }
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(schema)) {
    const path = join(prefix, key);
    const fallback = defaults[key];
    if (isLeaf(node)) {
      if (!Object.hasOwn(source, key) || source[key] === undefined) {
        out[key] = structuredClone(fallback);
        continue;
      }
      const parsed = v.safeParse(node, source[key]);
      if (parsed.success) {
        out[key] = parsed.output;
      } else {
        problems.push(problem(path, readIssue(parsed.issues[0].message)));
        out[key] = structuredClone(fallback);
      }
    } else {
      out[key] = normalizeTree(node, fallback as Record<string, unknown>, source[key], path, problems);
    }
  }
  return out;
}

/**
 * Fills in defaults and replaces every invalid field (wrong type, out of range, malformed) by its
 * default, reporting each replacement. Unknown keys are dropped and reported too.
 */
export function normalizeSettings(input: unknown): NormalizedSettings {
  const problems: SettingsProblem[] = [];
  const raw = normalizeTree(
    SCHEMA,
    DEFAULT_SETTINGS as unknown as Record<string, unknown>,
    input,
    '',
    problems,
  );
  // Safe: every leaf is either a value that passed its schema or a clone of the typed default.
  const settings = raw as unknown as Settings;
  settings.workingHours.days = [...settings.workingHours.days].sort((a, b) => a - b);
  return { settings, problems };
}

/** The defaults as a fresh mutable object. */
export function defaultSettings(): Settings {
  return normalizeSettings({}).settings;
}
