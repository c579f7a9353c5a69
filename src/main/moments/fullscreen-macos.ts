/**
 * "Is the frontmost app fullscreen?" on macOS, without native code and without a permission prompt.
 *
 * `osascript -l JavaScript` (JXA, in every macOS since 10.10) runs a short script through the Objective-C
 * bridge: the frontmost app's pid from NSWorkspace, the size of every screen from NSScreen, and the sizes
 * of that app's normal (layer 0) on-screen windows from CGWindowListCopyWindowInfo. It prints them as JSON
 * and this module decides: a window exactly the size of a screen is fullscreen. Native fullscreen (videos,
 * Keynote and PowerPoint slideshows, fullscreen Spaces) and borderless fullscreen games both look so; a
 * zoomed window does not, since the menu bar keeps its strip.
 *
 * Why not System Events' AXFullScreen: asking another app through Apple Events pops a permission dialog the
 * first time, the very interruption this feature exists to avoid. Window bounds and owners need no
 * permission (only window titles sit behind Screen Recording), so nothing is asked of the user.
 *
 * On a display with a camera notch, macOS keeps fullscreen windows below it by default: such a window is
 * the screen's height less the notch (`safeAreaInsets.top`, macOS 12+). A zoomed window can be that size
 * too, so the shorter size counts only while no menu bar window is on screen, which fullscreen hides.
 *
 * Limits: with the menu bar set to hide, a zoomed window fills the screen too and reads as fullscreen;
 * with menu bars shown on other displays, a fullscreen window below a notch is not seen.
 * Anything unexpected (no osascript, a bridge error, output of another shape) is 'unknown'.
 */
import type { Detector, DetectorAnswer, RunCommand } from './ports';

/** kCGMainMenuWindowLevel: the menu bar's own window. */
const MAIN_MENU_LAYER = 24;

/** CGWindowListOption: kCGWindowListOptionOnScreenOnly (1) | kCGWindowListExcludeDesktopElements (16). */
const ON_SCREEN_WINDOWS = 1 | 16;

/** ES5 only: JXA's engine is JavaScriptCore, but the script stays plain to run on old releases too. */
export const MAC_FULLSCREEN_SCRIPT = [
  "ObjC.import('AppKit');",
  "ObjC.import('CoreGraphics');",
  'var pid = $.NSWorkspace.sharedWorkspace.frontmostApplication.processIdentifier;',
  'var screens = [];',
  'var all = $.NSScreen.screens;',
  'for (var i = 0; i < all.count; i++) {',
  '  var screen = all.objectAtIndex(i);',
  '  var frame = screen.frame;',
  "  var notch = screen.respondsToSelector('safeAreaInsets') ? screen.safeAreaInsets.top : 0;",
  '  screens.push([frame.size.width, frame.size.height, notch]);',
  '}',
  `var info = ObjC.deepUnwrap(ObjC.castRefToObject($.CGWindowListCopyWindowInfo(${ON_SCREEN_WINDOWS}, 0))) || [];`,
  'var windows = info',
  '  .filter(function (w) { return w.kCGWindowOwnerPID === pid && w.kCGWindowLayer === 0; })',
  '  .map(function (w) { return [w.kCGWindowBounds.Width, w.kCGWindowBounds.Height]; });',
  `var menuBar = info.some(function (w) { return w.kCGWindowLayer === ${MAIN_MENU_LAYER}; });`,
  'JSON.stringify({ screens: screens, windows: windows, menuBar: menuBar });',
].join('\n');

export const MAC_FULLSCREEN_COMMAND = [
  'osascript',
  ['-l', 'JavaScript', '-e', MAC_FULLSCREEN_SCRIPT],
] as const;

type Size = readonly [number, number];
/** A screen's width and height, and the height of its camera notch (0 without one). */
type Screen = readonly [number, number, number];

export interface FrontmostLayout {
  screens: Screen[];
  windows: Size[];
  /** A menu bar is on screen somewhere; fullscreen hides it. True when not reported. */
  menuBar: boolean;
}

const isNumbers = (value: unknown, lengths: readonly number[]): value is number[] =>
  Array.isArray(value) &&
  lengths.includes(value.length) &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);

function sizes(value: unknown): Size[] | undefined {
  if (!Array.isArray(value) || !value.every((size) => isNumbers(size, [2]))) return undefined;
  return value.map(([width, height]) => [width ?? 0, height ?? 0] as const);
}

/** Screens as [width, height, notch], or [width, height] with no notch reported. */
function screens(value: unknown): Screen[] | undefined {
  if (!Array.isArray(value) || !value.every((screen) => isNumbers(screen, [2, 3]))) return undefined;
  return value.map(([width, height, notch]) => [width ?? 0, height ?? 0, notch ?? 0] as const);
}

/** The script's JSON (osascript may print a returned string quoted); undefined for any other shape. */
export function parseFrontmostLayout(output: string): FrontmostLayout | undefined {
  try {
    let value: unknown = JSON.parse(output.trim());
    if (typeof value === 'string') value = JSON.parse(value);
    if (typeof value !== 'object' || value === null) return undefined;
    const fields = value as Record<string, unknown>;
    const parsed = { screens: screens(fields['screens']), windows: sizes(fields['windows']) };
    // No screen at all is not a real answer (a bridge that returned nothing useful).
    if (!parsed.screens?.length || !parsed.windows) return undefined;
    return { screens: parsed.screens, windows: parsed.windows, menuBar: fields['menuBar'] !== false };
  } catch {
    return undefined;
  }
}

/** Points can come back fractional on scaled displays; half a point either way is the same size. */
const sameSize = (a: Size, b: Size): boolean => Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) < 0.5;

export function fullscreenFromLayout(layout: FrontmostLayout | undefined): DetectorAnswer {
  if (!layout) return 'unknown';
  return layout.windows.some((window) =>
    layout.screens.some(
      ([width, height, notch]) =>
        sameSize(window, [width, height]) ||
        (notch > 0 && !layout.menuBar && sameSize(window, [width, height - notch])),
    ),
  );
}

export function macFullscreenDetector(run: RunCommand): Detector {
  const [file, args] = MAC_FULLSCREEN_COMMAND;
  return {
    reason: 'fullscreen',
    async detect() {
      try {
        return fullscreenFromLayout(parseFrontmostLayout(await run(file, args)));
      } catch {
        return 'unknown';
      }
    },
  };
}
