/**
 * Picks where the engine's idle time comes from.
 *
 * Detection rule: on Linux, a session is Wayland when XDG_SESSION_TYPE is "wayland" or WAYLAND_DISPLAY
 * is set. There, Electron's `powerMonitor.getSystemIdleTime()` reports 0 forever (X sees no input of
 * native Wayland clients), so we ask the desktop over D-Bus instead: the first reader that answers wins
 * (GNOME's Mutter IdleMonitor, then org.freedesktop.ScreenSaver). If none answers we keep Electron's
 * source and warn: the engine still gets lock and suspend events, it just never sees idle time.
 * Everywhere else (X11, Windows, macOS) Electron's reading is right and nothing is probed.
 */
import type { IdleSource, MonotonicClock } from '../engine/clock';
import { createDbusIdleSource } from './dbus-idle-source';
import type { IdleReader } from './idle-readers';

export type SessionEnv = Readonly<Record<string, string | undefined>>;

export function isWaylandSession(env: SessionEnv, platform: NodeJS.Platform): boolean {
  if (platform !== 'linux') return false;
  return env['XDG_SESSION_TYPE']?.toLowerCase() === 'wayland' || Boolean(env['WAYLAND_DISPLAY']);
}

export function electronIdleSource(electronIdle: () => number): IdleSource {
  return { idleSeconds: electronIdle };
}

export interface ChooseIdleSourceOptions {
  env: SessionEnv;
  platform: NodeJS.Platform;
  /** `() => powerMonitor.getSystemIdleTime()` */
  electronIdle: () => number;
  /** D-Bus readers in order of preference; each is probed once, only on Wayland. */
  dbus: readonly IdleReader[];
  clock: MonotonicClock;
  log?: (message: string, detail?: unknown) => void;
}

export interface ChosenIdleSource {
  source: IdleSource;
  /** 'electron', or the D-Bus service that answered. */
  via: string;
}

export async function chooseIdleSource(options: ChooseIdleSourceOptions): Promise<ChosenIdleSource> {
  const log = options.log ?? ((message, detail) => console.warn(`[idle] ${message}`, detail ?? ''));
  const electron = electronIdleSource(options.electronIdle);
  if (!isWaylandSession(options.env, options.platform)) return { source: electron, via: 'electron' };

  const refusals: string[] = [];
  for (const reader of options.dbus) {
    try {
      const initialIdleMs = await reader.readIdleMs();
      const source = createDbusIdleSource({
        reader,
        clock: options.clock,
        fallback: electron,
        initialIdleMs,
        log,
      });
      return { source, via: reader.name };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      refusals.push(`${reader.name}: ${message.replace(/\s+/g, ' ').trim()}`);
    }
  }
  log(
    'Wayland session without an idle-time service on D-Bus; idle time will read 0, so only lock and ' +
      'suspend count as breaks',
    refusals,
  );
  return { source: electron, via: 'electron' };
}
