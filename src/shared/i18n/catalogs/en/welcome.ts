/** The welcome window: shown on the first run, and whenever Unhunch is opened again while it runs. */
export const welcome = {
  documentTitle: 'Welcome · Unhunch',
  title: 'Welcome to Unhunch',
  lead: 'Short, guided stretches for your neck and upper back, offered while you work and timed by how long you have really been at the computer. Everything stays on this computer.',
  breaks: 'Breaks',
  statusFailed:
    'Unhunch could not say when the next break is. Close this window and open it again to try once more.',
  actions: 'What would you like to do?',
  where: 'Where to find Unhunch',
  /** The extension's name is as GNOME's extension site writes it; the package name stays as it is. */
  gnomeHint:
    'On GNOME, tray icons need the “AppIndicator and KStatusNotifierItem Support” extension ({package}). Turn it on, log out and back in, and start Unhunch again.',
  quitHere: 'Quitting stops the breaks until you open Unhunch again.',

  // Where the icon is, by platform, followed by how to use it.
  trayMac: 'Unhunch lives in the menu bar at the top of your screen.',
  trayWindows:
    'Unhunch lives in the notification area at the right end of the taskbar (if its icon is not there, click the small arrow beside the clock).',
  trayLinux: 'Unhunch lives in the system tray on your desktop’s panel.',
  trayOther: 'Unhunch lives in your desktop’s system tray.',
  /** {place} is one of the sentences above. */
  trayUse:
    '{place} Click its icon to start a stretch, pause breaks, or open the library, settings and progress. Unhunch keeps running when this window is closed and tells you when a break is due.',
  noTray:
    'Your desktop does not show tray icons, so this window is your way in. Close it whenever you like: Unhunch keeps running and still tells you when a break is due. To come back here, open Unhunch again from your app launcher.',

  // When a button's command did not get through. {action} is the button's label, such as "Exercise library".
  startFailed: '{action} could not be started. Please try again.',
  openFailed: '{action} could not be opened. Please try again.',
  postponeFailed: 'The break could not be postponed. Please try again.',
  skipFailed: 'The break could not be skipped. Please try again.',
  pauseFailed: 'Breaks could not be paused. Please try again.',
  resumeFailed: 'Breaks could not be resumed. Please try again.',
  quitFailed: 'Unhunch could not quit. Please try again.',
} as const;
