import { describe, expect, it } from 'vitest';
import {
  EXIT,
  PAUSE_WORDS,
  envelope,
  helpText,
  ourArguments,
  parseArguments,
  parseCommandLine,
  secondLaunchRequest,
  type Invocation,
} from '../../../src/main/command-line';
import { exercises } from '../../../src/shared/exercises';
import { routines } from '../../../src/shared/routines';
import { pauseChoices } from '../../../src/shared/tray-menu';

const packaged = { defaultApp: false, version: '1.2.3' };
const fromSource = { defaultApp: true, version: '1.2.3' };
const parse = (...args: string[]): Invocation => parseArguments(args, packaged);

/** The message of an answer that is a mistake, or a failure naming what came instead. */
function mistake(invocation: Invocation): string {
  if (invocation.kind !== 'answer' || invocation.exitCode !== EXIT.usage)
    throw new Error(`expected a mistake, got ${JSON.stringify(invocation)}`);
  expect(invocation.stream).toBe('stderr');
  return invocation.text;
}

describe('command line: our arguments among Electron and Chromium ones', () => {
  const cases: [string, string[], boolean, string[]][] = [
    ['packaged: all after the executable', ['/usr/bin/unhunch', 'pause', '1h'], false, ['pause', '1h']],
    ['packaged, nothing', ['/usr/bin/unhunch'], false, []],
    ['from source: after the app folder', ['/e/electron', '.', 'pause', '1h'], true, ['pause', '1h']],
    ['from source: a full app path', ['/e/electron', '/home/a/unhunch', 'skip'], true, ['skip']],
    [
      'from source: Electron switches before the folder are not ours',
      ['/e/electron', '--no-sandbox', '--inspect=9229', '.', 'stretch'],
      true,
      ['stretch'],
    ],
    ['from source: --require takes the next word', ['/e/electron', '-r', 'mod', '.', 'skip'], true, ['skip']],
    ['from source: --app= names the folder', ['/e/electron', '--app=/a', 'library'], true, ['library']],
    ['from source: no folder at all', ['/e/electron', '--no-sandbox'], true, []],
    [
      'Chromium switches after the folder stay for the parser to pass over',
      ['/e/electron', '.', '--enable-speech-dispatcher', 'pause', '--no-sandbox', '30m'],
      true,
      ['--enable-speech-dispatcher', 'pause', '--no-sandbox', '30m'],
    ],
  ];
  for (const [name, argv, defaultApp, expected] of cases) {
    it(name, () => expect(ourArguments(argv, defaultApp)).toEqual(expected));
  }
});

describe('command line: commands', () => {
  const cases: [string[], Invocation][] = [
    [[], { kind: 'run', command: undefined }],
    [['stretch'], { kind: 'run', command: { type: 'tray', command: { type: 'quick-stretch' } } }],
    [['stretch', 'chin-tuck'], { kind: 'run', command: { type: 'exercise', exerciseId: 'chin-tuck' } }],
    [['stretch', 'Chin-Tuck'], { kind: 'run', command: { type: 'exercise', exerciseId: 'chin-tuck' } }],
    [
      ['stretch', 'upper-back-reset'],
      { kind: 'run', command: { type: 'routine', routineId: 'upper-back-reset' } },
    ],
    [
      ['pause', '30m'],
      {
        kind: 'run',
        command: { type: 'tray', command: { type: 'pause', request: { kind: 'minutes', minutes: 30 } } },
      },
    ],
    [
      ['pause', '1h'],
      {
        kind: 'run',
        command: { type: 'tray', command: { type: 'pause', request: { kind: 'minutes', minutes: 60 } } },
      },
    ],
    [
      ['pause', '60m'],
      {
        kind: 'run',
        command: { type: 'tray', command: { type: 'pause', request: { kind: 'minutes', minutes: 60 } } },
      },
    ],
    [
      ['pause', '2H'],
      {
        kind: 'run',
        command: { type: 'tray', command: { type: 'pause', request: { kind: 'minutes', minutes: 120 } } },
      },
    ],
    [
      ['pause', 'tomorrow'],
      { kind: 'run', command: { type: 'tray', command: { type: 'pause', request: { kind: 'tomorrow' } } } },
    ],
    [
      ['pause', 'indefinitely'],
      { kind: 'run', command: { type: 'tray', command: { type: 'pause', request: { kind: 'indefinite' } } } },
    ],
    [['resume'], { kind: 'run', command: { type: 'tray', command: { type: 'resume' } } }],
    [['skip'], { kind: 'run', command: { type: 'tray', command: { type: 'skip' } } }],
    [['postpone'], { kind: 'run', command: { type: 'tray', command: { type: 'postpone' } } }],
    [['library'], { kind: 'run', command: { type: 'tray', command: { type: 'open-library' } } }],
    [['settings'], { kind: 'run', command: { type: 'tray', command: { type: 'open-settings' } } }],
    [['progress'], { kind: 'run', command: { type: 'tray', command: { type: 'open-progress' } } }],
    [['Progress'], { kind: 'run', command: { type: 'tray', command: { type: 'open-progress' } } }],
    [['status'], { kind: 'status', json: false }],
    [['status', '--json'], { kind: 'status', json: true }],
    // Chromium's switches, wherever they land, are not ours to judge.
    [
      ['--no-sandbox', 'skip', '--ozone-platform=x11'],
      { kind: 'run', command: { type: 'tray', command: { type: 'skip' } } },
    ],
    [['--enable-features=GlobalShortcutsPortal'], { kind: 'run', command: undefined }],
  ];
  for (const [args, expected] of cases) {
    it(`${args.join(' ') || '(nothing)'}`, () => expect(parse(...args)).toEqual(expected));
  }

  it('offers exactly the pauses the tray menu offers', () => {
    expect(PAUSE_WORDS.map(({ request }) => request)).toEqual(pauseChoices.map(({ request }) => request));
    expect(PAUSE_WORDS.map(({ words }) => words[0])).toEqual(['30m', '1h', '2h', 'tomorrow', 'indefinitely']);
  });

  it('keeps exercise and routine ids apart, so `stretch <id>` is never ambiguous', () => {
    const exerciseIds = new Set(exercises.map(({ id }) => id));
    expect(routines.filter(({ id }) => exerciseIds.has(id))).toEqual([]);
  });
});

describe('command line: help, version and mistakes answer without the running app', () => {
  it('prints help for --help, -h and help, wherever it comes, even after a bad command', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['pause', '--help'], ['nonsense', '-h']]) {
      const answer = parse(...args);
      expect(answer).toMatchObject({ kind: 'answer', stream: 'stdout', exitCode: EXIT.ok });
    }
  });

  it('lists every command, the pauses, every id and the exit statuses in the help', () => {
    const help = helpText('unhunch');
    for (const word of [
      'stretch [id]',
      'pause <how long>',
      'resume',
      'skip',
      'postpone',
      'library',
      'settings',
      'progress',
      'status [--json]',
    ])
      expect(help).toContain(`  ${word}`);
    expect(help).toContain('30m, 1h, 2h, tomorrow, indefinitely');
    for (const { id } of [...exercises, ...routines]) expect(help).toContain(id);
    expect(help).toMatch(/Exit status: 0 done, 2 a mistake .* 3: Unhunch is not\s+running, and 1: /s);
    expect(Math.max(...help.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it('names the program as the user runs it: the command, or npm start from source', () => {
    expect(parseCommandLine(['/e/electron', '.', '--help'], fromSource)).toMatchObject({
      text: expect.stringMatching(/^Usage: npm start -- \[command\]/),
    });
    expect(parse('--help')).toMatchObject({ text: expect.stringMatching(/^Usage: unhunch \[command\]/) });
  });

  it('prints the version, with Electron’s where there is one', () => {
    expect(parse('--version')).toEqual({
      kind: 'answer',
      text: 'Unhunch 1.2.3\n',
      stream: 'stdout',
      exitCode: 0,
    });
    expect(parseArguments(['-v'], { ...packaged, electronVersion: '45.4.1' })).toMatchObject({
      text: 'Unhunch 1.2.3 (Electron 45.4.1)\n',
    });
  });

  const mistakes: [string[], RegExp][] = [
    [['paus', '1h'], /'paus' is not a command\. Did you mean 'pause'\?/],
    [['frobnicate'], /'frobnicate' is not a command\.\n/],
    [['toString'], /'toString' is not a command/],
    [['pause'], /'pause' needs how long: 30m, 1h, 2h, tomorrow, indefinitely\./],
    [['pause', '3h'], /'3h' is not a pause Unhunch offers: 30m, 1h, 2h, tomorrow, indefinitely\./],
    [['pause', '-5m'], /'pause' needs how long/],
    [['pause', '1h', '2h'], /'pause' takes one length, but got '2h' too\./],
    [['skip', 'now'], /'skip' takes no argument, but got 'now'\./],
    [['stretch', 'chin-tuk'], /There is no exercise or routine 'chin-tuk'\. Did you mean 'chin-tuck'\?/],
    [['stretch', '../../etc/passwd'], /There is no exercise or routine '\.\.\/\.\.\/etc\/passwd'\.\n/],
    [['stretch', 'chin-tuck', 'plank'], /'stretch' takes one id, but got 'plank' too\./],
    [['status', 'now'], /'status' takes no argument/],
    [['skip', '--json'], /'--json' goes with 'status'/],
    [['--json'], /'--json' goes with 'status'/],
  ];
  for (const [args, message] of mistakes) {
    it(`refuses ${args.join(' ')}, pointing to the help`, () => {
      const text = mistake(parse(...args));
      expect(text).toMatch(message);
      expect(text).toMatch(/^unhunch: .*\nRun 'unhunch --help' for the commands\.\n$/s);
    });
  }
});

describe('command line: a second launch as the running instance hears it', () => {
  it('takes the launch’s own parse from additionalData, whatever argv says', () => {
    const command = { type: 'tray', command: { type: 'pause', request: { kind: 'tomorrow' } } } as const;
    expect(
      secondLaunchRequest(
        ['/e/electron', '--no-sandbox', '.', 'pause', 'tomorrow'],
        envelope(command),
        fromSource,
      ),
    ).toEqual({
      kind: 'command',
      command,
    });
    expect(secondLaunchRequest(['/usr/bin/unhunch'], envelope(undefined), packaged)).toEqual({
      kind: 'surface',
    });
    expect(
      secondLaunchRequest(
        ['/usr/bin/unhunch'],
        envelope({ type: 'status', replyId: 'a'.repeat(32) }),
        packaged,
      ),
    ).toEqual({ kind: 'command', command: { type: 'status', replyId: 'a'.repeat(32) } });
  });

  it('reads argv when the launch sent nothing of ours, Chromium’s additions and reordering included', () => {
    expect(secondLaunchRequest(['/usr/bin/unhunch', 'pause', '1h'], {}, packaged)).toEqual({
      kind: 'command',
      command: { type: 'tray', command: { type: 'pause', request: { kind: 'minutes', minutes: 60 } } },
    });
    expect(
      secondLaunchRequest(
        ['/e/electron', '--enable-speech-dispatcher', '--original-process-start-time=1', '.', 'library'],
        undefined,
        fromSource,
      ),
    ).toEqual({ kind: 'command', command: { type: 'tray', command: { type: 'open-library' } } });
    expect(secondLaunchRequest(['/usr/bin/unhunch'], null, packaged)).toEqual({ kind: 'surface' });
  });

  it('ignores what the launch should have answered itself, and status with nowhere to reply', () => {
    for (const argv of [
      ['u', '--help'],
      ['u', '--version'],
      ['u', 'paus'],
      ['u', 'status'],
    ])
      expect(secondLaunchRequest(argv, undefined, packaged)).toMatchObject({ kind: 'ignore' });
  });

  it('trusts nothing sent: no quit, no foreign keys, no path in an id or a reply id', () => {
    const forged = [
      { unhunch: 1, command: { type: 'tray', command: { type: 'quit' } } },
      {
        unhunch: 1,
        command: { type: 'tray', command: { type: 'pause', request: { kind: 'minutes', minutes: 525600 } } },
      },
      { unhunch: 1, command: { type: 'exercise', exerciseId: '../../x' } },
      { unhunch: 1, command: { type: 'status', replyId: '../../../etc/cron.d/x' } },
      { unhunch: 1, command: { type: 'skip' } },
      { unhunch: 1, command: null, extra: true },
      { unhunch: 2, command: null },
    ];
    for (const data of forged) {
      // Not ours, so argv decides: here it asks for nothing but a window.
      expect(secondLaunchRequest(['/usr/bin/unhunch'], data, packaged)).toEqual({ kind: 'surface' });
    }
  });
});
