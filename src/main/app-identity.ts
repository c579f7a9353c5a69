/**
 * Who the desktop says Unhunch is: one place for the names the packages and the running app must agree on.
 */

/** macOS's bundle identifier. */
export const APP_BUNDLE_ID = 'app.unhunch';

/** The executable's name in every package (`unhunch`, `unhunch.exe`). */
export const EXECUTABLE_NAME = 'unhunch';

/** Squirrel.Windows's package id: the installer's folder under %LOCALAPPDATA% and part of the ID below. */
export const SQUIRREL_PACKAGE_ID = 'unhunch';

/**
 * Windows attributes a toast to an AppUserModelID, and shows it only if a Start-menu shortcut carries
 * that ID. Squirrel's shortcuts carry `com.squirrel.<package id>.<exe name>`; `index.ts` gives the same
 * to `app.setAppUserModelId` (Electron's notifications) and the notifier to SnoreToast (its `appID`).
 * Without a match, toasts read "SnoreToast" or are dropped.
 */
export const APP_USER_MODEL_ID = `com.squirrel.${SQUIRREL_PACKAGE_ID}.${EXECUTABLE_NAME}`;

/** The name notify-send gives the desktop (`--app-name`), as the tray and windows spell it. */
export const APP_DISPLAY_NAME = 'Unhunch';
