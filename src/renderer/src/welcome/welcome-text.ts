/**
 * The welcome page's words about where Unhunch lives. Pure, so every platform and tray state is tested
 * without a browser, including the ones the test machine is not.
 */
import type { WelcomeInfo } from '../../../shared/ipc-contract';

export interface WhereText {
  /** Where the icon is, or that there is none and this window is the way in; and how to come back. */
  text: string;
  /** The GNOME extension hint: only where tray icons are known to be missing. */
  trayHint: boolean;
}

const trayPlace: Record<WelcomeInfo['platform'], string> = {
  darwin: 'Unhunch lives in the menu bar at the top of your screen.',
  win32:
    'Unhunch lives in the notification area at the right end of the taskbar (if its icon is not there, ' +
    'click the small arrow beside the clock).',
  linux: 'Unhunch lives in the system tray on your desktop’s panel.',
  other: 'Unhunch lives in your desktop’s system tray.',
};

const fromTheIcon =
  'Click its icon to start a stretch, pause breaks, or open the library, settings and progress.';
const keepsRunning = 'Unhunch keeps running when this window is closed and tells you when a break is due.';

/** 'unknown' reads like 'present': an unsure check must never tell someone their tray is missing. */
export function whereText({ platform, trayHost }: WelcomeInfo): WhereText {
  if (trayHost === 'absent') {
    return {
      text:
        'Your desktop does not show tray icons, so this window is your way in. Close it whenever you ' +
        'like: Unhunch keeps running and still tells you when a break is due. To come back here, open ' +
        'Unhunch again from your app launcher.',
      trayHint: true,
    };
  }
  return { text: `${trayPlace[platform]} ${fromTheIcon} ${keepsRunning}`, trayHint: false };
}
