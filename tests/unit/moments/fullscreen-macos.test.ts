import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createDetectors } from '../../../src/main/moments/detectors';
import {
  MAC_FULLSCREEN_COMMAND,
  MAC_FULLSCREEN_SCRIPT,
  fullscreenFromLayout,
  macFullscreenDetector,
  parseFrontmostLayout,
} from '../../../src/main/moments/fullscreen-macos';
import { fakeFs, fakeRun } from './fakes';

const QUERY = [MAC_FULLSCREEN_COMMAND[0], ...MAC_FULLSCREEN_COMMAND[1]].join(' ');

interface FakeWindow {
  pid: number;
  layer: number;
  size: [number, number];
}

/**
 * Runs the JXA script in a plain JavaScript context against a stand-in for its Objective-C bridge, shaped
 * as JXA hands things over (NSArray with count/objectAtIndex, NSRect structs, deepUnwrap'd dictionaries).
 * Returns the script's completion value, which is what osascript prints.
 */
function runScript(frontPid: number, screens: [number, number][], windows: FakeWindow[]): unknown {
  const listOptions: number[] = [];
  const bridge = {
    NSWorkspace: { sharedWorkspace: { frontmostApplication: { processIdentifier: frontPid } } },
    NSScreen: {
      screens: {
        count: screens.length,
        objectAtIndex: (i: number) => ({
          frame: { origin: { x: 0, y: 0 }, size: { width: screens[i]![0], height: screens[i]![1] } },
        }),
      },
    },
    CGWindowListCopyWindowInfo: (options: number) => {
      listOptions.push(options);
      return { ref: 'CFArrayRef' };
    },
  };
  const objc = {
    import: () => undefined,
    castRefToObject: (ref: unknown) => ref,
    deepUnwrap: () =>
      windows.map(({ pid, layer, size }) => ({
        kCGWindowOwnerPID: pid,
        kCGWindowLayer: layer,
        kCGWindowBounds: { X: 0, Y: 0, Width: size[0], Height: size[1] },
      })),
  };
  const result = runInNewContext(MAC_FULLSCREEN_SCRIPT, { ObjC: objc, $: bridge });
  // On-screen windows only, without the desktop's own.
  expect(listOptions).toEqual([17]);
  return result;
}

describe('macOS fullscreen through JXA', () => {
  it('runs osascript in JavaScript mode with the script as one argument', () => {
    expect(MAC_FULLSCREEN_COMMAND[0]).toBe('osascript');
    expect(MAC_FULLSCREEN_COMMAND[1].slice(0, 3)).toEqual(['-l', 'JavaScript', '-e']);
    // Nothing that asks another app through Apple Events (that would pop a permission dialog).
    expect(MAC_FULLSCREEN_SCRIPT).not.toMatch(/Application\(|System Events|AXFullScreen/);
  });

  it("prints the screens and only the front app's normal windows", () => {
    const output = runScript(
      42,
      [
        [1512, 982],
        [2560, 1440],
      ],
      [
        { pid: 42, layer: 0, size: [2560, 1440] },
        { pid: 42, layer: 3, size: [300, 200] }, // a floating panel
        { pid: 7, layer: 0, size: [1512, 982] }, // another app's window
        { pid: 1, layer: 25, size: [1512, 24] }, // the menu bar
      ],
    );
    expect(typeof output).toBe('string');
    expect(parseFrontmostLayout(output as string)).toEqual({
      screens: [
        [1512, 982],
        [2560, 1440],
      ],
      windows: [[2560, 1440]],
    });
  });

  it('calls a front window the size of any screen fullscreen, and a zoomed one not', () => {
    const screens: [number, number][] = [
      [1512, 982],
      [2560, 1440],
    ];
    const answer = (windows: FakeWindow[]) =>
      fullscreenFromLayout(parseFrontmostLayout(runScript(42, screens, windows) as string));
    expect(answer([{ pid: 42, layer: 0, size: [1512, 982] }])).toBe(true);
    expect(answer([{ pid: 42, layer: 0, size: [2560, 1440] }])).toBe(true);
    // Zoomed: the menu bar keeps its strip.
    expect(answer([{ pid: 42, layer: 0, size: [1512, 949] }])).toBe(false);
    expect(answer([{ pid: 7, layer: 0, size: [1512, 982] }])).toBe(false);
    expect(answer([])).toBe(false);
    expect(fullscreenFromLayout({ screens: [[1440, 900]], windows: [[1440.25, 899.75]] })).toBe(true);
  });

  it('reads the JSON as printed or quoted, and nothing of another shape', () => {
    const layout = { screens: [[1440, 900]], windows: [[800, 600]] };
    expect(parseFrontmostLayout(`${JSON.stringify(layout)}\n`)).toEqual(layout);
    expect(parseFrontmostLayout(JSON.stringify(JSON.stringify(layout)))).toEqual(layout);
    for (const garbage of [
      '',
      'execution error: Error: TypeError: undefined is not an object (-2700)',
      '{}',
      '{"screens":[],"windows":[]}',
      '{"screens":[[1440,900]]}',
      '{"screens":[[1440,"900"]],"windows":[]}',
      '{"screens":[[1440,900,1]],"windows":[]}',
      '{"screens":[[1440,-900]],"windows":[]}',
      'null',
      '[1,2]',
    ]) {
      expect(parseFrontmostLayout(garbage), garbage).toBeUndefined();
    }
    expect(fullscreenFromLayout(undefined)).toBe('unknown');
  });

  it('answers through the command, and cannot tell when osascript fails or is missing', async () => {
    const full = JSON.stringify({ screens: [[1440, 900]], windows: [[1440, 900]] });
    expect(await macFullscreenDetector(fakeRun({ [QUERY]: full })).detect()).toBe(true);
    expect(
      await macFullscreenDetector(fakeRun({ [QUERY]: new Error('osascript: execution error') })).detect(),
    ).toBe('unknown');
    expect(await macFullscreenDetector(fakeRun({})).detect()).toBe('unknown');
  });

  it('is the fullscreen detector macOS gets, and only macOS', async () => {
    const full = JSON.stringify({ screens: [[1440, 900]], windows: [[1440, 900]] });
    const base = { fs: fakeFs({}), env: {}, appRules: () => ({ pauseWhileApps: [], onlyWhileApps: [] }) };
    for (const [platform, expected] of [
      ['darwin', true],
      ['linux', 'unknown'],
      ['win32', 'unknown'],
    ] as const) {
      const run = fakeRun({ [QUERY]: full });
      const detector = createDetectors({ ...base, platform, run }).find((d) => d.reason === 'fullscreen');
      expect(await detector?.detect(), platform).toBe(expected);
    }
  });
});
