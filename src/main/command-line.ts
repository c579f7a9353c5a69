/**
 * The command line: `unhunch pause 1h`, `unhunch stretch chin-tuck`, `unhunch --help`. Pure, so every
 * word of it is tested in Node.
 *
 * It is read in the process the user launched, before that process asks for the single-instance lock:
 * help, the version and a mistake are answered there and exit, and never reach the Unhunch already
 * running. A valid command travels to that instance as the lock's `additionalData`, which Electron
 * hands over as sent; `argv` is only the fallback, because Chromium may reorder it and add its own
 * switches on the way.
 */
import * as v from 'valibot';
import { exercises, findExercise } from '../shared/exercises';
import { trayCommandSchema } from '../shared/ipc-contract';
import type { PauseRequest } from '../shared/pause';
import { isOwnId } from '../shared/own-content/types';
import { findRoutine, routines } from '../shared/routines';
import { pauseChoices, type TrayCommand } from '../shared/tray-menu';

/** What a launch asks of the running app: a tray command, a chosen stretch, or its status. */
export type RemoteCommand =
  | { type: 'tray'; command: Exclude<TrayCommand, { type: 'quit' }> }
  | { type: 'exercise'; exerciseId: string }
  | { type: 'routine'; routineId: string }
  | { type: 'status'; replyId: string };

/** What the launched process does with its command line. */
export type Invocation =
  /** Start Unhunch (or bring the running one forward) and, if given, run a command there. */
  | { kind: 'run'; command: Exclude<RemoteCommand, { type: 'status' }> | undefined }
  /** Ask the running Unhunch for its status; never starts it. */
  | { kind: 'status'; json: boolean }
  /** Print and exit, touching nothing: help, the version or a mistake. */
  | { kind: 'answer'; text: string; stream: 'stdout' | 'stderr'; exitCode: number };

/** Exit statuses, as `--help` lists them. */
export const EXIT = { ok: 0, noAnswer: 1, usage: 2, notRunning: 3 } as const;

export interface CommandLineContext {
  /** Electron's default app runs us (`electron .`, `npm start`): argv[1] is then the app folder. */
  defaultApp: boolean;
  /** The app's version, for `--version`. */
  version: string;
  /** Electron's version, where there is one (not in tests). */
  electronVersion?: string | undefined;
}

/**
 * The arguments meant for Unhunch. argv[0] is the executable; under Electron's default app the first
 * argument that is not a switch is the app folder, as Electron's own default app decides it (switches
 * before it, and `--require`'s module, are Electron's). Everything after belongs to us and to Chromium.
 */
export function ourArguments(argv: readonly string[], defaultApp: boolean): string[] {
  const rest = argv.slice(1);
  if (!defaultApp) return rest;
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index]!;
    if (argument === '-r' || argument === '--require') index++;
    else if (argument.startsWith('--app=') || !argument.startsWith('-')) return rest.slice(index + 1);
  }
  return [];
}

/** "30m", "1h", "2h", … from the tray's own pause choices, so the two cannot offer different pauses. */
function pauseWords(request: PauseRequest): string[] {
  if (request.kind === 'tomorrow') return ['tomorrow'];
  if (request.kind === 'indefinite') return ['indefinitely', 'indefinite'];
  const { minutes } = request;
  const inMinutes = [`${minutes}m`, `${minutes}min`];
  return minutes % 60 === 0 ? [`${minutes / 60}h`, ...inMinutes] : inMinutes;
}

export const PAUSE_WORDS: readonly { words: readonly string[]; request: PauseRequest }[] = pauseChoices.map(
  ({ request }) => ({ words: pauseWords(request), request }),
);

const pauseList = PAUSE_WORDS.map(({ words }) => words[0]).join(', ');

type Parsed = Exclude<Invocation, { kind: 'answer' }> | { kind: 'mistake'; message: string };

interface CommandSpec {
  usage: string;
  summary: string;
  parse: (args: readonly string[], flags: { json: boolean }) => Parsed;
}

const run = (command: Exclude<RemoteCommand, { type: 'status' }>): Parsed => ({ kind: 'run', command });
const tray = (command: Exclude<TrayCommand, { type: 'quit' }>): Parsed => run({ type: 'tray', command });

/** A command that takes no argument. */
function bare(name: string, command: Exclude<TrayCommand, { type: 'quit' }>) {
  return (args: readonly string[]): Parsed =>
    args.length > 0
      ? { kind: 'mistake', message: `'${name}' takes no argument, but got '${args[0]}'.` }
      : tray(command);
}

const COMMANDS: Record<string, CommandSpec> = {
  stretch: {
    usage: 'stretch [id]',
    summary: 'Start a stretch now: the next one due, or the exercise or routine with this id',
    parse: (args) => {
      if (args.length === 0) return tray({ type: 'quick-stretch' });
      if (args.length > 1)
        return { kind: 'mistake', message: `'stretch' takes one id, but got '${args[1]}' too.` };
      const id = args[0]!.toLowerCase();
      if (findExercise(id)) return run({ type: 'exercise', exerciseId: id });
      if (findRoutine(id)) return run({ type: 'routine', routineId: id });
      // The user's own: only the running instance has them, and it says so if the id is unknown there.
      if (isOwnId(id, 'exercise')) return run({ type: 'exercise', exerciseId: id });
      if (isOwnId(id, 'routine')) return run({ type: 'routine', routineId: id });
      return {
        kind: 'mistake',
        message: `There is no exercise or routine '${args[0]}'.${suggestion(id, contentIds())}`,
      };
    },
  },
  pause: {
    usage: 'pause <how long>',
    summary: `Pause breaks: ${pauseList}`,
    parse: (args) => {
      if (args.length !== 1)
        return {
          kind: 'mistake',
          message:
            args.length === 0
              ? `'pause' needs how long: ${pauseList}.`
              : `'pause' takes one length, but got '${args[1]}' too.`,
        };
      const word = args[0]!.toLowerCase();
      const choice = PAUSE_WORDS.find(({ words }) => words.includes(word));
      if (!choice)
        return { kind: 'mistake', message: `'${args[0]}' is not a pause Unhunch offers: ${pauseList}.` };
      return tray({ type: 'pause', request: choice.request });
    },
  },
  resume: { usage: 'resume', summary: 'Resume breaks', parse: bare('resume', { type: 'resume' }) },
  skip: {
    usage: 'skip',
    summary: 'Skip the break announced or under way',
    parse: bare('skip', { type: 'skip' }),
  },
  postpone: {
    usage: 'postpone',
    summary: 'Postpone the break announced or under way',
    parse: bare('postpone', { type: 'postpone' }),
  },
  library: {
    usage: 'library',
    summary: 'Open the exercise library',
    parse: bare('library', { type: 'open-library' }),
  },
  settings: {
    usage: 'settings',
    summary: 'Open the settings',
    parse: bare('settings', { type: 'open-settings' }),
  },
  progress: {
    usage: 'progress',
    summary: 'Open your progress',
    parse: bare('progress', { type: 'open-progress' }),
  },
  status: {
    usage: 'status [--json]',
    summary: "Print the next break, any pause and today's breaks (never starts Unhunch)",
    parse: (args, { json }) =>
      args.length > 0
        ? { kind: 'mistake', message: `'status' takes no argument, but got '${args[0]}'.` }
        : { kind: 'status', json },
  },
};

const contentIds = (): string[] => [...exercises.map(({ id }) => id), ...routines.map(({ id }) => id)];

/** Edit distance, for "did you mean": commands and ids are short, so the plain table is plenty. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

function suggestion(word: string, candidates: readonly string[]): string {
  const best = candidates
    .map((candidate) => ({ candidate, cost: distance(word, candidate) }))
    .sort((a, b) => a.cost - b.cost)[0];
  return best && best.cost <= Math.max(1, Math.floor(word.length / 3))
    ? ` Did you mean '${best.candidate}'?`
    : '';
}

/** How the user runs us, for the help and the messages: the installed command, or npm from source. */
export const programName = (defaultApp: boolean): string => (defaultApp ? 'npm start --' : 'unhunch');

/** Lists words in lines no wider than `width`, each indented. */
function wrap(words: readonly string[], indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? `${indent}${word}` : `${line}, ${word}`;
    if (next.length > width && line !== '') {
      lines.push(`${line},`);
      line = `${indent}${word}`;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function helpText(program: string): string {
  const column = Math.max(...Object.values(COMMANDS).map(({ usage }) => usage.length)) + 4;
  const row = (left: string, right: string): string => `  ${left.padEnd(column)}${right}`;
  return [
    `Usage: ${program} [command]`,
    '',
    'Guided stretch breaks from the system tray. With no command, starts Unhunch, or brings its window',
    'forward if it is already running. A command goes to the Unhunch that is running, and starts it',
    'first if none is.',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map(({ usage, summary }) => row(usage, summary)),
    '',
    'Options:',
    row('-h, --help', 'Print this help'),
    row('-v, --version', 'Print the version'),
    '',
    'Exercise ids:',
    ...wrap(
      exercises.map(({ id }) => id),
      '  ',
    ),
    'Routine ids:',
    ...wrap(
      routines.map(({ id }) => id),
      '  ',
    ),
    '',
    `Exit status: ${EXIT.ok} done, ${EXIT.usage} a mistake in the command. For status also ${EXIT.notRunning}: Unhunch is not`,
    `running, and ${EXIT.noAnswer}: it did not answer in time.`,
    'Switches for Electron and Chromium (such as --ozone-platform=x11) are passed on untouched.',
    '',
  ].join('\n');
}

const HELP_FLAGS = ['--help', '-h'];
const VERSION_FLAGS = ['--version', '-v'];

/**
 * Reads our arguments (after `ourArguments`). Words are commands and their arguments; of the switches
 * only ours count, since Chromium's are many and Chromium itself adds some on the way to a running
 * instance, so an unknown switch is left to Chromium rather than called a mistake.
 */
export function parseArguments(args: readonly string[], context: CommandLineContext): Invocation {
  const program = programName(context.defaultApp);
  const words = args.filter((argument) => !argument.startsWith('-'));
  const flags = new Set(args.filter((argument) => argument.startsWith('-')));
  if (HELP_FLAGS.some((flag) => flags.has(flag)) || words[0] === 'help')
    return { kind: 'answer', text: helpText(program), stream: 'stdout', exitCode: EXIT.ok };
  if (VERSION_FLAGS.some((flag) => flags.has(flag))) {
    const electron = context.electronVersion ? ` (Electron ${context.electronVersion})` : '';
    return {
      kind: 'answer',
      text: `Unhunch ${context.version}${electron}\n`,
      stream: 'stdout',
      exitCode: EXIT.ok,
    };
  }
  const json = flags.has('--json');
  const [name, ...rest] = words;
  const mistake = (message: string): Invocation => ({
    kind: 'answer',
    text: `${program}: ${message}\nRun '${program} --help' for the commands.\n`,
    stream: 'stderr',
    exitCode: EXIT.usage,
  });
  if (name === undefined)
    return json ? mistake("'--json' goes with 'status'.") : { kind: 'run', command: undefined };
  const key = name.toLowerCase();
  const spec = Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
  if (!spec) return mistake(`'${name}' is not a command.${suggestion(key, Object.keys(COMMANDS))}`);
  const parsed = spec.parse(rest, { json });
  if (parsed.kind === 'mistake') return mistake(parsed.message);
  if (json && parsed.kind !== 'status') return mistake("'--json' goes with 'status'.");
  return parsed;
}

export function parseCommandLine(argv: readonly string[], context: CommandLineContext): Invocation {
  return parseArguments(ourArguments(argv, context.defaultApp), context);
}

/**
 * Only what the command line can say: `quit` is not among it, and ids have the contract's shape (the
 * instance that runs them checks they exist).
 */
const contentId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
const remoteCommandSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('tray'),
    command: v.pipe(
      trayCommandSchema,
      v.check((command) => command.type !== 'quit'),
    ),
  }),
  v.strictObject({ type: v.literal('exercise'), exerciseId: contentId }),
  v.strictObject({ type: v.literal('routine'), routineId: contentId }),
  v.strictObject({ type: v.literal('status'), replyId: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)) }),
]);

/** What a launch hands the running instance through the lock. */
const envelopeSchema = v.strictObject({ unhunch: v.literal(1), command: v.nullable(remoteCommandSchema) });
export type LaunchEnvelope = { unhunch: 1; command: RemoteCommand | null };

export const envelope = (command: RemoteCommand | undefined): LaunchEnvelope => ({
  unhunch: 1,
  command: command ?? null,
});

/** What the running instance does about a second launch. */
export type LaunchRequest =
  | { kind: 'surface' }
  | { kind: 'command'; command: RemoteCommand }
  /** Nothing to do, and why, for the log: a launch that should have answered for itself. */
  | { kind: 'ignore'; reason: string };

/**
 * A second launch, as the running instance hears it. Its `additionalData` is the launch's own parse and
 * is preferred; without it (a launch that sent none) argv is read the same way, with this instance's
 * idea of how it was started. Any process of the user can send either, so both are validated.
 */
export function secondLaunchRequest(
  argv: readonly string[],
  additionalData: unknown,
  context: CommandLineContext,
): LaunchRequest {
  const sent = v.safeParse(envelopeSchema, additionalData);
  if (sent.success) {
    const { command } = sent.output as LaunchEnvelope;
    return command === null ? { kind: 'surface' } : { kind: 'command', command };
  }
  const invocation = parseCommandLine(argv, context);
  if (invocation.kind === 'run')
    return invocation.command ? { kind: 'command', command: invocation.command } : { kind: 'surface' };
  if (invocation.kind === 'status') return { kind: 'ignore', reason: 'a status query with nowhere to reply' };
  return {
    kind: 'ignore',
    reason: `arguments the launch should have answered itself: ${argv.slice(1).join(' ')}`,
  };
}
