/**
 * The desktop services that know the idle time on Wayland, where Electron's
 * `powerMonitor.getSystemIdleTime()` is stuck at 0 (the compositor, not X, sees the input).
 */
import type { DbusUintCall } from './dbus-call';

export interface IdleReader {
  /** For logs: which service answered. */
  readonly name: string;
  /** Milliseconds since the last input; rejects if the service is absent or refuses. */
  readIdleMs(): Promise<number>;
}

/** GNOME Shell (Mutter): `GetIdletime` returns milliseconds. */
export function mutterIdleReader(call: DbusUintCall): IdleReader {
  return {
    name: 'org.gnome.Mutter.IdleMonitor',
    readIdleMs: () =>
      call({
        service: 'org.gnome.Mutter.IdleMonitor',
        objectPath: '/org/gnome/Mutter/IdleMonitor/Core',
        interfaceName: 'org.gnome.Mutter.IdleMonitor',
        method: 'GetIdletime',
      }),
  };
}

export type ScreenSaverUnit = 'ms' | 's';

/**
 * `org.freedesktop.ScreenSaver.GetSessionIdleTime` (KDE and others). The spec says seconds, but KDE's
 * kscreenlocker returns `KIdleTime::idleTime()`, which is milliseconds, so 'ms' is the default. It is
 * also the safe mistake: reading seconds as ms makes the user look busy (breaks still come, as today);
 * reading ms as seconds would make every pause look like a long absence and swallow breaks.
 * Newer kscreenlocker answers NotSupported on Wayland; that rejection makes us move on.
 */
export function screenSaverIdleReader(call: DbusUintCall, unit: ScreenSaverUnit = 'ms'): IdleReader {
  return {
    name: 'org.freedesktop.ScreenSaver',
    readIdleMs: async () => {
      const value = await call({
        service: 'org.freedesktop.ScreenSaver',
        objectPath: '/org/freedesktop/ScreenSaver',
        interfaceName: 'org.freedesktop.ScreenSaver',
        method: 'GetSessionIdleTime',
      });
      return unit === 's' ? value * 1000 : value;
    },
  };
}
