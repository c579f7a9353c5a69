/**
 * Do-not-disturb on Linux desktops, from the two places it is visible without a desktop-specific API:
 *
 * - GNOME keeps it in GSettings: `org.gnome.desktop.notifications show-banners` is false while "Do Not
 *   Disturb" is on.
 * - KDE Plasma (and other notification servers) expose the `Inhibited` property on the freedesktop
 *   `org.freedesktop.Notifications` service.
 *
 * Either saying "on" is enough. A `true` show-banners is not the final word: GTK apps pull the GNOME
 * schemas onto KDE systems too, where the key then just shows its default, so the Notifications service
 * is still asked. GNOME Shell's own Notifications service has no `Inhibited` property; there the
 * GSettings answer stands. Neither source answering means 'unknown'.
 *
 * The property read can D-Bus-activate a notification daemon where none runs; the app sends desktop
 * notifications anyway, which would start the same daemon.
 */
import { getBooleanProperty } from './dbus-property';
import type { Detector, DetectorAnswer, RunCommand } from './ports';

/** `true`/`false` from `gsettings get`, or undefined when gsettings, the schema or the key is missing. */
async function gnomeShowsBanners(run: RunCommand): Promise<boolean | undefined> {
  try {
    const output = (
      await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'])
    ).trim();
    return output === 'true' ? true : output === 'false' ? false : undefined;
  } catch {
    return undefined;
  }
}

async function notificationsInhibited(run: RunCommand): Promise<boolean | undefined> {
  try {
    return await getBooleanProperty(run, {
      service: 'org.freedesktop.Notifications',
      objectPath: '/org/freedesktop/Notifications',
      interfaceName: 'org.freedesktop.Notifications',
      property: 'Inhibited',
    });
  } catch {
    return undefined;
  }
}

export function linuxDndDetector(run: RunCommand): Detector {
  return {
    reason: 'dnd',
    async detect(): Promise<DetectorAnswer> {
      const showsBanners = await gnomeShowsBanners(run);
      if (showsBanners === false) return true;
      const inhibited = await notificationsInhibited(run);
      if (inhibited !== undefined) return inhibited;
      return showsBanners === undefined ? 'unknown' : false;
    },
  };
}
