/**
 * The desktop side of the `Notifier` port. Each platform has its own way to a notice that arrives,
 * written down in `platformNotifications`: a list of channels tried in order, each handing the notice
 * to the next when it fails. Everything platform-specific is injected, so tests can drive it.
 *
 * - macOS: Electron's `Notification`, with Postpone and Skip buttons. node-notifier's terminal-notifier
 *   is x86_64-only (it fails on Apple Silicon without Rosetta) and needs its own notification
 *   permission. Electron shows buttons only in a signed app; the tray menu has the same commands.
 * - Windows: node-notifier's SnoreToast, with buttons, under our AppUserModelID; then Electron's
 *   `Notification`, without buttons (Electron's toast buttons need a registered activator).
 * - Linux and the BSDs: `notify-send` through node-notifier, which cannot carry actions, then Electron.
 *
 * A click on a notice's body, a close or a timeout is not an answer: the break comes as planned.
 * node-notifier cannot withdraw a notice it sent, so `dismiss()` only closes an Electron notice; a
 * node-notifier notice expires, and its late answers are ignored.
 */
import type { Translate } from '../shared/i18n/catalog';
import { APP_DISPLAY_NAME, APP_USER_MODEL_ID } from './app-identity';
import type { BreakNotice, NoticeAction, Notifier } from './notify-port';

/** The part of node-notifier's callback contract we rely on (see `@types/node-notifier`). */
export interface NotifierMetadata {
  activationType?: string | undefined;
  button?: string | undefined;
}
export type NotifierCallback = (
  err: Error | string | null,
  response: string,
  metadata?: NotifierMetadata,
) => void;

/** What we hand to node-notifier: the keys its Linux and Windows back ends understand. */
export interface NotifierRequest {
  title: string;
  message: string;
  icon: string;
  /** Seconds; notify-send maps it to `--expire-time`. */
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
  /** Electron 45 passes `{ actionIndex }` first, and the same index again (deprecated) second. */
  on(event: 'action', listener: (details: unknown, index?: number) => void): unknown;
  /** Electron could not create or show the notice (Windows; macOS when not allowed), maybe later. */
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
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

export type NotificationChannel = 'node-notifier' | 'electron';

/** How one platform shows a notice. */
export interface PlatformNotifications {
  /** Tried in order; when one fails, the next gets the notice. */
  readonly channels: readonly NotificationChannel[];
  /** The channels that can show Postpone and Skip here and report which one was pressed. */
  readonly buttons: readonly NotificationChannel[];
  /** How node-notifier tells the desktop the notice is ours. */
  readonly sender: 'app-user-model-id' | 'app-name' | 'none';
}

const freedesktop: PlatformNotifications = {
  channels: ['node-notifier', 'electron'],
  buttons: [],
  sender: 'app-name',
};

export const platformNotifications: Readonly<Partial<Record<NodeJS.Platform, PlatformNotifications>>> = {
  darwin: { channels: ['electron'], buttons: ['electron'], sender: 'none' },
  win32: { channels: ['node-notifier', 'electron'], buttons: ['node-notifier'], sender: 'app-user-model-id' },
  linux: freedesktop,
};

/** node-notifier reaches other Unixes (the BSDs) through `notify-send`, as on Linux. */
export function notificationsFor(platform: NodeJS.Platform): PlatformNotifications {
  return platformNotifications[platform] ?? freedesktop;
}

export interface DesktopNotifierOptions {
  notifier: NodeNotifierPort;
  ElectronNotification: ElectronNotificationClass;
  platform: NodeJS.Platform;
  /** Absolute path of `resources/icon.png`. */
  iconPath: string;
  /** notify-send's `--app-name`; Unhunch unless a test says otherwise. */
  appName?: string;
  /**
   * How long a node-notifier notice stays up, in seconds, unless the notice says how long it is true
   * (`BreakNotice.seconds`): long enough to read and answer. node-notifier cannot withdraw a notice, so
   * a heads-up stays up exactly as long as its warning, neither gone halfway nor over the break.
   */
  timeoutSeconds?: number;
  log?: (message: string, detail?: unknown) => void;
  /** The buttons' words, read at each notice: the current language's. */
  t: Translate<'notify'>;
}

export type ActionLabels = Readonly<Record<NoticeAction, string>>;

/** The buttons' labels in the current language: what a notice shows and what SnoreToast answers with. */
export const actionLabels = (t: Translate<'notify'>): ActionLabels => ({
  postpone: t('postponeAction'),
  skip: t('skipAction'),
});

const channelNames: Record<NotificationChannel, string> = {
  'node-notifier': 'node-notifier',
  electron: 'Electron notifications',
};

/** Maps what node-notifier reports back to one of our actions, or nothing (timeout, click, close). */
export function actionFromResponse(
  offered: readonly NoticeAction[],
  response: string,
  metadata: NotifierMetadata | undefined,
  labels: ActionLabels,
): NoticeAction | undefined {
  // SnoreToast: the response is the lower-cased label, `button` the label itself.
  const candidates = [metadata?.button, response];
  for (const candidate of candidates) {
    const label = candidate?.trim().toLowerCase();
    const match = offered.find((action) => labels[action].toLowerCase() === label);
    if (match) return match;
  }
  return undefined;
}

function actionIndexOf(details: unknown, index: number | undefined): number | undefined {
  if (typeof details === 'object' && details !== null && 'actionIndex' in details) {
    const { actionIndex } = details;
    if (typeof actionIndex === 'number') return actionIndex;
  }
  return index;
}

/** One attempt to show one notice; `failed` hands it to the next channel, at most once. */
interface Attempt {
  notice: BreakNotice;
  actions: readonly NoticeAction[];
  /** As the notice was shown: a language changed since must not make its answer unreadable. */
  labels: ActionLabels;
  onAction: (action: NoticeAction) => void;
  /** False once a newer notice replaced this one, or it was dismissed. */
  current: () => boolean;
  failed: (reason: unknown) => void;
}

export function createDesktopNotifier(options: DesktopNotifierOptions): Notifier {
  const log = options.log ?? ((message, detail) => console.warn(`[notifier] ${message}`, detail ?? ''));
  const timeout = options.timeoutSeconds ?? 30;
  const plan = notificationsFor(options.platform);
  // Every show() starts a new generation; answers to older notices are ignored, so a late answer (the
  // user acts on a notice minutes later) never acts on a newer break.
  let generation = 0;
  // Kept until replaced or dismissed: close() withdraws it, and a collected notice emits no events.
  let electronNotice: ElectronNotificationLike | undefined;

  // The choice arrives on a node-notifier or Electron callback; a throw there would be uncaught.
  function deliver(onAction: (action: NoticeAction) => void, action: NoticeAction): void {
    try {
      onAction(action);
    } catch (error) {
      log(`handling "${action}" failed`, error);
    }
  }

  function closeElectronNotice(): void {
    try {
      electronNotice?.close();
    } catch (error) {
      log('could not close the notification', error);
    }
    electronNotice = undefined;
  }

  function request(
    notice: BreakNotice,
    actions: readonly NoticeAction[],
    labels: ActionLabels,
  ): NotifierRequest {
    return {
      title: notice.title,
      message: notice.body,
      icon: options.iconPath,
      timeout: notice.seconds === undefined ? timeout : Math.max(1, Math.round(notice.seconds)),
      ...(actions.length > 0 && { actions: actions.map((action) => labels[action]) }),
      // Always the ID index.ts registers: SnoreToast under any other reads "SnoreToast" or is dropped.
      ...(plan.sender === 'app-user-model-id' && { appID: APP_USER_MODEL_ID }),
      ...(plan.sender === 'app-name' && { 'app-name': options.appName ?? APP_DISPLAY_NAME }),
    };
  }

  function showWithNodeNotifier(attempt: Attempt): void {
    const { notice, actions, labels, onAction } = attempt;
    // SnoreToast's wrapper can call back twice for one notice (error, then success); act once.
    let settled = false;
    try {
      options.notifier.notify(request(notice, actions, labels), (err, response, metadata) => {
        if (settled || !attempt.current()) return;
        settled = true;
        // On success node-notifier passes notify-send's stderr as `err`: a string, often empty. Only
        // a real Error (spawn failure, non-zero exit) means the notice did not reach the desktop.
        if (err instanceof Error) {
          attempt.failed(err);
          return;
        }
        if (err) log('notifier wrote to stderr', err);
        const action = actionFromResponse(actions, response, metadata, labels);
        if (action) deliver(onAction, action);
      });
    } catch (error) {
      settled = true;
      throw error;
    }
  }

  function showWithElectron(attempt: Attempt): void {
    const { ElectronNotification } = options;
    if (!ElectronNotification.isSupported()) {
      attempt.failed(new Error('Electron notifications are not supported here'));
      return;
    }
    const { notice, actions, labels, onAction } = attempt;
    const notification = new ElectronNotification({
      title: notice.title,
      body: notice.body,
      icon: options.iconPath,
      ...(actions.length > 0 && {
        actions: actions.map((action) => ({ type: 'button' as const, text: labels[action] })),
      }),
    });
    let failedToShow = false;
    notification.on('action', (details, index) => {
      const action = actions[actionIndexOf(details, index) ?? -1];
      if (action && !failedToShow && attempt.current()) deliver(onAction, action);
    });
    notification.on('failed', (_event, error) => {
      failedToShow = true;
      if (electronNotice === notification) electronNotice = undefined;
      attempt.failed(error);
    });
    electronNotice = notification;
    try {
      notification.show();
    } catch (error) {
      if (electronNotice === notification) electronNotice = undefined;
      throw error;
    }
  }

  const channels: Record<NotificationChannel, (attempt: Attempt) => void> = {
    'node-notifier': showWithNodeNotifier,
    electron: showWithElectron,
  };

  function tryChannel(
    index: number,
    notice: BreakNotice,
    labels: ActionLabels,
    onAction: (action: NoticeAction) => void,
    current: () => boolean,
  ): void {
    const channel = plan.channels[index];
    if (!channel) return;
    let failedOnce = false;
    const failed = (reason: unknown): void => {
      if (failedOnce) return;
      failedOnce = true;
      const name = channelNames[channel];
      const next = plan.channels[index + 1];
      if (!current()) {
        log(`${name} failed on a notice that has since been replaced or dismissed`, reason);
      } else if (next) {
        log(`${name} failed; falling back to ${channelNames[next]}`, reason);
        tryChannel(index + 1, notice, labels, onAction, current);
      } else {
        log(`${name} failed${index > 0 ? ' too' : ''}; the notice was not shown`, reason);
      }
    };
    const actions = plan.buttons.includes(channel) ? notice.actions : [];
    try {
      channels[channel]({ notice, actions, labels, onAction, current, failed });
    } catch (error) {
      failed(error);
    }
  }

  return {
    show(notice, onAction) {
      const mine = ++generation;
      closeElectronNotice();
      tryChannel(0, notice, actionLabels(options.t), onAction, () => mine === generation);
    },
    dismiss() {
      generation++;
      closeElectronNotice();
    },
  };
}
