/**
 * The desktop side of the `Notifier` port: break warnings go through node-notifier (native toasts on
 * Windows, Notification Center on macOS, `notify-send` on Linux) and fall back to Electron's own
 * `Notification` when node-notifier reports an error (e.g. `notify-send` is not installed, or no
 * notification daemon answers). Everything platform-specific is injected, so tests can drive it.
 *
 * Limits, by platform:
 * - Linux: `notify-send` cannot carry actions, so none are offered there (the tray menu still has
 *   Postpone and Skip). node-notifier cannot withdraw a notice it sent, so `dismiss()` only closes an
 *   Electron fallback notice; a `notify-send` notice simply expires.
 * - Windows/macOS: actions come back through node-notifier's callback, possibly long after `show()`.
 */
import { APP_DISPLAY_NAME, APP_USER_MODEL_ID } from './app-identity';
import type { BreakNotice, NoticeAction, Notifier } from './notify-port';

/** The part of node-notifier's callback contract we rely on (see `@types/node-notifier`). */
export interface NotifierMetadata {
  activationType?: string | undefined;
  activationValue?: string | undefined;
  button?: string | undefined;
}
export type NotifierCallback = (
  err: Error | string | null,
  response: string,
  metadata?: NotifierMetadata,
) => void;

/** What we hand to node-notifier: the keys its Linux, macOS and Windows back ends understand. */
export interface NotifierRequest {
  title: string;
  message: string;
  icon: string;
  /** Seconds; macOS closes action buttons after this, notify-send maps it to `--expire-time`. */
  timeout: number;
  actions?: string[];
  /** Windows: the registered AppUserModelID, so the toast does not read "SnoreToast". */
  appID?: string;
  /** notify-send `--app-name`. */
  'app-name'?: string;
}

/** node-notifier's default export satisfies this. */
export interface NodeNotifierPort {
  notify(request: NotifierRequest, callback: NotifierCallback): unknown;
}

export interface ElectronNotificationLike {
  show(): void;
  close(): void;
  on(event: 'action', listener: (event: unknown, index: number) => void): unknown;
}

/** Electron's `Notification` class satisfies this. */
export interface ElectronNotificationClass {
  new (options: {
    title: string;
    body: string;
    icon?: string;
    actions?: { type: 'button'; text: string }[];
  }): ElectronNotificationLike;
  isSupported(): boolean;
}

export interface DesktopNotifierOptions {
  notifier: NodeNotifierPort;
  ElectronNotification: ElectronNotificationClass;
  platform: NodeJS.Platform;
  /** Absolute path of `resources/icon.png`. */
  iconPath: string;
  /** notify-send's `--app-name`; Unhunch unless a test says otherwise. */
  appName?: string;
  /** How long the notice stays up, in seconds (the warning comes ~30 s before the break). */
  timeoutSeconds?: number;
  log?: (message: string, detail?: unknown) => void;
}

const actionLabels: Record<NoticeAction, string> = { postpone: 'Postpone', skip: 'Skip' };

/** Maps what node-notifier reports back to one of our actions, or nothing (timeout, click, close). */
export function actionFromResponse(
  offered: readonly NoticeAction[],
  response: string,
  metadata: NotifierMetadata | undefined,
): NoticeAction | undefined {
  // macOS (terminal-notifier): response "actionclicked", the button's label in `activationValue`.
  // Windows (SnoreToast): the response is the lower-cased label, `button` the label itself.
  const candidates = [metadata?.activationValue, metadata?.button, response];
  for (const candidate of candidates) {
    const label = candidate?.trim().toLowerCase();
    const match = offered.find((action) => actionLabels[action].toLowerCase() === label);
    if (match) return match;
  }
  return undefined;
}

/** Platforms where node-notifier can show buttons and report which one was pressed. */
function notifierHasActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export function createDesktopNotifier(options: DesktopNotifierOptions): Notifier {
  const log = options.log ?? ((message, detail) => console.warn(`[notifier] ${message}`, detail ?? ''));
  const timeout = options.timeoutSeconds ?? 30;
  // Every show() starts a new generation; callbacks from older notices are ignored, so a late answer
  // (macOS and Windows call back when the user acts, maybe minutes later) never acts on a newer break.
  let generation = 0;
  let fallback: ElectronNotificationLike | undefined;

  // The choice arrives on a node-notifier or Electron callback; a throw there would be uncaught.
  function deliver(onAction: (action: NoticeAction) => void, action: NoticeAction): void {
    try {
      onAction(action);
    } catch (error) {
      log(`handling "${action}" failed`, error);
    }
  }

  function closeFallback(): void {
    try {
      fallback?.close();
    } catch (error) {
      log('could not close the fallback notification', error);
    }
    fallback = undefined;
  }

  function showFallback(notice: BreakNotice, onAction: (action: NoticeAction) => void): void {
    const { ElectronNotification } = options;
    if (!ElectronNotification.isSupported()) {
      log('Electron notifications are not supported here; the break warning was not shown');
      return;
    }
    // Electron shows plain buttons only on macOS; elsewhere `actions` needs toast XML or is ignored.
    const actions = options.platform === 'darwin' ? notice.actions : [];
    const notification = new ElectronNotification({
      title: notice.title,
      body: notice.body,
      icon: options.iconPath,
      ...(actions.length > 0 && {
        actions: actions.map((action) => ({ type: 'button' as const, text: actionLabels[action] })),
      }),
    });
    notification.on('action', (_event, index) => {
      const action = actions[index];
      if (action && fallback === notification) deliver(onAction, action);
    });
    fallback = notification;
    notification.show();
  }

  function request(notice: BreakNotice, actions: readonly NoticeAction[]): NotifierRequest {
    return {
      title: notice.title,
      message: notice.body,
      icon: options.iconPath,
      timeout,
      ...(actions.length > 0 && { actions: actions.map((action) => actionLabels[action]) }),
      // Always the ID index.ts registers: SnoreToast under any other reads "SnoreToast" or is dropped.
      ...(options.platform === 'win32' && { appID: APP_USER_MODEL_ID }),
      ...(options.platform === 'linux' && { 'app-name': options.appName ?? APP_DISPLAY_NAME }),
    };
  }

  return {
    show(notice, onAction) {
      const mine = ++generation;
      closeFallback();
      const actions = notifierHasActions(options.platform) ? notice.actions : [];
      // SnoreToast's wrapper can call back twice for one notice (error, then success); act once.
      let settled = false;
      const fallBack = (reason: unknown): void => {
        log('node-notifier failed; falling back to Electron notifications', reason);
        try {
          showFallback(notice, onAction);
        } catch (error) {
          log('the fallback notification failed too; the break warning was not shown', error);
        }
      };
      try {
        options.notifier.notify(request(notice, actions), (err, response, metadata) => {
          if (settled || mine !== generation) return;
          settled = true;
          // On success node-notifier passes notify-send's stderr as `err`: a string, often empty. Only
          // a real Error (spawn failure, non-zero exit) means the notice did not reach the desktop.
          if (err instanceof Error) {
            fallBack(err);
            return;
          }
          if (err) log('notifier wrote to stderr', err);
          const action = actionFromResponse(actions, response, metadata);
          if (action) deliver(onAction, action);
        });
      } catch (error) {
        settled = true;
        fallBack(error);
      }
    },
    dismiss() {
      // node-notifier has no way to withdraw a sent notice; ignoring its late answers is what we can do.
      generation++;
      closeFallback();
    },
  };
}
