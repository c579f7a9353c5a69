/**
 * What the system draws for Unhunch: window titles, the macOS app menu, save and error dialogs, and the
 * reasons Settings gives when the system refuses a shortcut or the login item.
 */
export const dialogs = {
  // Window titles: the taskbar and the window switcher show them, so the app's name comes first.
  playerWindow: 'Unhunch — stretch',
  libraryWindow: 'Unhunch — exercise library',
  settingsWindow: 'Unhunch — settings',
  progressWindow: 'Unhunch — progress',
  welcomeWindow: 'Unhunch — welcome',
  galleryWindow: 'Unhunch — pose gallery',
  /** The full-screen cover on the other screens during a break. */
  coverWindow: 'Unhunch — break',
  // The macOS app menu (the tray menu has Quit).
  aboutMenu: 'About Unhunch',
  hideMenu: 'Hide Unhunch',
  hideOthersMenu: 'Hide Others',
  showAllMenu: 'Show All',
  editMenu: 'Edit',
  undoMenu: 'Undo',
  redoMenu: 'Redo',
  cutMenu: 'Cut',
  copyMenu: 'Copy',
  pasteMenu: 'Paste',
  pasteAndMatchStyleMenu: 'Paste and Match Style',
  deleteMenu: 'Delete',
  selectAllMenu: 'Select All',
  windowMenu: 'Window',
  minimizeMenu: 'Minimize',
  closeMenu: 'Close Window',
  /** The save dialog's title. */
  exportHistoryTitle: 'Export history',
  /** Start-up failed; the body gives the error. */
  startFailedTitle: 'Unhunch could not start',
  /** {error}: the error's own message (usually English); {folder}: a folder path. */
  startFailedBody: '{error}\n\nYour settings and history are in {folder}.',
  // Shown in Settings beside the shortcut; {shortcut}: the keys, e.g. "Ctrl+Alt+S".
  shortcutRefused:
    'Another app already uses {shortcut}, so it does nothing in Unhunch. Choose another, or close that app and open Settings again.',
  shortcutRefusedWayland:
    'Your desktop did not give Unhunch {shortcut}: another app may use it, or the desktop may not offer global shortcuts to apps. Choose another.',
  shortcutUnreadable: '{shortcut} cannot be used as a global shortcut here. Choose another.',
  // Shown in Settings beside "Start at login".
  loginItemUnpackagedMac:
    'Start at login works once Unhunch is installed; it can’t register itself when run from source on macOS.',
  loginItemUnsupported: 'Start at login is not available on this system.',
  loginItemMacApproval:
    'macOS is waiting for your approval: allow Unhunch under System Settings, General, Login Items.',
  /** {error}: the system's own message (usually English). */
  loginItemTurnOnFailed: 'Could not turn on start at login: {error}',
  loginItemTurnOffFailed: 'Could not turn off start at login: {error}',
  loginItemTurnOnNotKept: 'Could not turn on start at login: the system did not keep the change',
  loginItemTurnOffNotKept: 'Could not turn off start at login: the system did not keep the change',
  /** Settings, beside "every screen" on Wayland. */
  everyScreenWayland:
    'Your desktop (Wayland) decides where windows go, so breaks show on one screen only, wherever it puts them.',
} as const;
