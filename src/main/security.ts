import type { App, Session } from 'electron';

/**
 * App-wide guards that hold for every window, present or future: no page may navigate away, open new
 * windows, embed webviews or be granted a permission. Our pages need none of these, so refusing all of
 * them costs nothing and closes the usual ways a compromised renderer escalates.
 */
export function hardenApp(
  app: Pick<App, 'on'>,
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // Checks are asked separately (navigator.permissions.query, and some APIs before they request), and
  // Electron grants them by default: without this a page would be told it has what it would be refused.
  session.setPermissionCheckHandler(() => false);
}
