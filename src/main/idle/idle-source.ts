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
  /** Start-up waits no longer than this for the probes (a stuck `gdbus` left the app with no tray). */
  probeDeadlineMs?: number;
}

/** Long enough for a cold `gdbus`, short enough that nobody waits for the tray. */
export const IDLE_PROBE_DEADLINE_MS = 1500;

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
  const deadline = new Promise<'late'>((resolve) => {
    const timer = setTimeout(() => resolve('late'), options.probeDeadlineMs ?? IDLE_PROBE_DEADLINE_MS);
    timer.unref?.();
  });
  /** Probes still pending at the deadline: their services may answer yet, so they are kept. */
  const late: { reader: IdleReader; probe: Promise<number> }[] = [];
  for (const reader of options.dbus) {
    const probe = new Promise<number>((resolve) => resolve(reader.readIdleMs()));
    try {
      const answer = await Promise.race([probe, deadline]);
      if (answer === 'late') {
        late.push({ reader, probe });
        // Rejections of a probe nobody waits for any more are not unhandled.
        probe.catch(() => undefined);
        continue;
      }
      const source = createDbusIdleSource({
        reader,
        alternates: options.dbus.filter((other) => other !== reader),
        clock: options.clock,
        fallback: electron,
        initialIdleMs: answer,
        log,
      });
      return { source, via: reader.name };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      refusals.push(`${reader.name}: ${message.replace(/\s+/g, ' ').trim()}`);
    }
  }
  const [first, ...others] = late;
  if (first) {
    // Start on Electron's reading (0 on Wayland: present, the safe side) and take the slow service's
    // answer when it comes; the D-Bus source moves on to the others if it never does.
    log(`${first.reader.name} did not answer in time; starting without it and asking again`, refusals);
    const source = createDbusIdleSource({
      reader: first.reader,
      alternates: others.map(({ reader }) => reader),
      inFlight: first.probe,
      clock: options.clock,
      fallback: electron,
      log,
    });
    return { source, via: `${first.reader.name} (late)` };
  }
  log(
    'Wayland session without an idle-time service on D-Bus; idle time will read 0, so only lock and ' +
      'suspend count as breaks',
    refusals,
  );
  return { source: electron, via: 'electron' };
}
