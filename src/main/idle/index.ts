/**
 * Wiring for the real app: the readers over `gdbus`/`dbus-send` and the process's own environment.
 * Tests build the parts themselves from the modules this one imports.
 */
import type { MonotonicClock } from '../engine/clock';
import { createCommandRunner } from './command-runner';
import { createDbusUintCall } from './dbus-call';
import { mutterIdleReader, screenSaverIdleReader, type IdleReader } from './idle-readers';
import { chooseIdleSource, type ChosenIdleSource } from './idle-source';

export { chooseIdleSource, isWaylandSession, electronIdleSource } from './idle-source';
export type { ChosenIdleSource } from './idle-source';

/** Mutter first (GNOME), then the freedesktop ScreenSaver interface (KDE and others). */
export function desktopIdleReaders(env: NodeJS.ProcessEnv = process.env): IdleReader[] {
  const call = createDbusUintCall(createCommandRunner({ env }));
  return [mutterIdleReader(call), screenSaverIdleReader(call)];
}

export function createSystemIdleSource(options: {
  electronIdle: () => number;
  /** The engine's monotonic clock, so readings and the engine agree on "now". */
  clock: MonotonicClock;
  log?: (message: string, detail?: unknown) => void;
}): Promise<ChosenIdleSource> {
  return chooseIdleSource({
    env: process.env,
    platform: process.platform,
    electronIdle: options.electronIdle,
    dbus: desktopIdleReaders(),
    clock: options.clock,
    ...(options.log && { log: options.log }),
  });
}
