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
function runScript(
  frontPid: number,
  screens: ([number, number] | [number, number, number])[],
  windows: FakeWindow[],
): unknown {
  const listOptions: number[] = [];
  const bridge = {
    NSWorkspace: { sharedWorkspace: { frontmostApplication: { processIdentifier: frontPid } } },
    NSScreen: {
      screens: {
        count: screens.length,
        objectAtIndex: (i: number) => {
          const [width, height, notch] = screens[i]!;
          return {
            frame: { origin: { x: 0, y: 0 }, size: { width, height } },
            // macOS 11 and older have no safeAreaInsets; the script must ask before reading it.
            respondsToSelector: (selector: string) => selector === 'safeAreaInsets' && notch !== undefined,
            get safeAreaInsets() {
              if (notch === undefined) throw new Error('unrecognized selector safeAreaInsets');
              return { top: notch, left: 0, bottom: 0, right: 0 };
            },
          };
        },
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
        [1512, 982, 0],
        [2560, 1440, 0],
      ],
      windows: [[2560, 1440]],
      // The menu bar (layer 24) is not among these windows.
      menuBar: false,
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
    expect(
      fullscreenFromLayout({ screens: [[1440, 900, 0]], windows: [[1440.25, 899.75]], menuBar: true }),
    ).toBe(true);
  });

  it('sees a fullscreen window kept below a camera notch, but only while the menu bar is hidden', () => {
    const notched: [number, number, number][] = [[1512, 982, 37]];
    const belowNotch = { pid: 42, layer: 0, size: [1512, 945] as [number, number] };
    const menuBar = { pid: 1, layer: 24, size: [1512, 37] as [number, number] };
    const answer = (windows: FakeWindow[]) =>
      fullscreenFromLayout(parseFrontmostLayout(runScript(42, notched, windows) as string));
    expect(answer([belowNotch])).toBe(true);
    // The same size with the menu bar showing is a zoomed window (Dock hidden), not fullscreen.
    expect(answer([belowNotch, menuBar])).toBe(false);
    expect(answer([{ ...belowNotch, size: [1512, 982] }, menuBar])).toBe(true);
    // No notch reported (macOS 11): only the exact screen size counts.
    expect(
      fullscreenFromLayout(parseFrontmostLayout(runScript(42, [[1512, 982]], [belowNotch]) as string)),
    ).toBe(false);
  });

  it('reads the JSON as printed or quoted, and nothing of another shape', () => {
    const printed = { screens: [[1440, 900, 0]], windows: [[800, 600]], menuBar: true };
    expect(parseFrontmostLayout(`${JSON.stringify(printed)}\n`)).toEqual(printed);
    expect(parseFrontmostLayout(JSON.stringify(JSON.stringify(printed)))).toEqual(printed);
    // Without a menu bar report, assume it shows (the stricter reading).
    expect(parseFrontmostLayout('{"screens":[[1440,900]],"windows":[]}')).toEqual({
      screens: [[1440, 900, 0]],
      windows: [],
      menuBar: true,
    });
    for (const garbage of [
      '',
      'execution error: Error: TypeError: undefined is not an object (-2700)',
      '{}',
      '{"screens":[],"windows":[]}',
      '{"screens":[[1440,900]]}',
      '{"screens":[[1440,"900"]],"windows":[]}',
      '{"screens":[[1440,900,1,2]],"windows":[]}',
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
