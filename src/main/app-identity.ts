/**
 * Who the desktop says a notice comes from.
 *
 * Windows attributes a toast to an AppUserModelID, and shows it only if a Start-menu shortcut carries
 * that ID. `index.ts` gives it to `app.setAppUserModelId` (Electron's own notifications) and the
 * notifier to SnoreToast (node-notifier's `appID`); the installer's shortcut must carry the same ID,
 * which electron-builder takes from its `appId`. Without one, toasts read "SnoreToast" or are dropped.
 */
export const APP_USER_MODEL_ID = 'app.unhunch';

/** The name notify-send gives the desktop (`--app-name`), as the tray and windows spell it. */
export const APP_DISPLAY_NAME = 'Unhunch';
