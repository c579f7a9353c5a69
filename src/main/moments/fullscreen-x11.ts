/**
 * "Is the focused window fullscreen?" on an X11 session, from the window manager's EWMH hints read with
 * `xprop` (x11-utils): the root window's `_NET_ACTIVE_WINDOW`, then that window's `_NET_WM_STATE`.
 *
 * Wayland sessions answer 'unknown': their X server (XWayland) only sees X clients, so a fullscreen
 * native Wayland window (most browsers and video players today) would look like "not fullscreen", and
 * the compositors share no protocol for asking.
 */
import { isWaylandSession } from '../idle/idle-source';
import type { Detector, DetectorAnswer, RunCommand, SessionEnv } from './ports';

/**
 * The active window's id from `xprop -root _NET_ACTIVE_WINDOW`, or undefined when there is none: the
 * window manager reports 0x0 (e.g. the desktop has focus) or does not set the property at all.
 */
export function parseActiveWindow(output: string): string | undefined {
  if (/^_NET_ACTIVE_WINDOW:\s+not found/m.test(output)) return undefined;
  // Some window managers list more than one id ("0x1a00003, 0x0"); the first is the active one.
  const match = /^_NET_ACTIVE_WINDOW\(WINDOW\): window id # (0x[0-9a-f]+)/im.exec(output);
  if (!match?.[1]) throw new Error(`Unexpected xprop output: ${JSON.stringify(output.slice(0, 200))}`);
  return Number.parseInt(match[1], 16) === 0 ? undefined : match[1];
}

/** Whether `xprop -id <id> _NET_WM_STATE` lists `_NET_WM_STATE_FULLSCREEN`. */
export function parseFullscreenState(output: string): boolean {
  if (/^_NET_WM_STATE:\s+not found/m.test(output)) return false;
  const match = /^_NET_WM_STATE\(ATOM\) =(.*)$/m.exec(output);
  if (!match) throw new Error(`Unexpected xprop output: ${JSON.stringify(output.slice(0, 200))}`);
  return (match[1] ?? '')
    .split(',')
    .map((atom) => atom.trim())
    .includes('_NET_WM_STATE_FULLSCREEN');
}

/** Whether `xprop` can answer for this session: an X display, and no Wayland compositor in charge. */
export function isX11Session(env: SessionEnv): boolean {
  return Boolean(env['DISPLAY']) && !isWaylandSession(env, 'linux');
}

export function x11FullscreenDetector(run: RunCommand, env: SessionEnv): Detector {
  return {
    reason: 'fullscreen',
    async detect(): Promise<DetectorAnswer> {
      if (!isX11Session(env)) return 'unknown';
      const active = parseActiveWindow(await run('xprop', ['-root', '_NET_ACTIVE_WINDOW']));
      if (active === undefined) return false;
      return parseFullscreenState(await run('xprop', ['-id', active, '_NET_WM_STATE']));
    },
  };
}
