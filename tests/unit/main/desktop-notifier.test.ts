import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  actionFromResponse,
  actionLabels,
  createDesktopNotifier,
  type DesktopNotifierOptions,
  type NotifierCallback,
  type NotifierRequest,
} from '../../../src/main/desktop-notifier';
import { APP_DISPLAY_NAME, APP_USER_MODEL_ID } from '../../../src/main/app-identity';
import type { BreakNotice, NoticeAction } from '../../../src/main/notify-port';
import { englishText } from '../../../src/shared/i18n/english';

const notice: BreakNotice = {
  title: 'Stretch in 30 s',
  body: 'Next: Chin tuck',
  actions: ['postpone', 'skip'],
};

/** Records each request; the test answers through the stored callback, as node-notifier would. */
class FakeNodeNotifier {
  readonly calls: { request: NotifierRequest; callback: NotifierCallback }[] = [];
  throws: Error | undefined;
  notify(request: NotifierRequest, callback: NotifierCallback): void {
    if (this.throws) throw this.throws;
    this.calls.push({ request, callback });
  }
  last() {
    const call = this.calls.at(-1);
    if (!call) throw new Error('node-notifier was not called');
    return call;
  }
}

interface FakeOptions {
  title: string;
  body: string;
  icon?: string;
  actions?: unknown[];
}

/**
 * A stand-in for Electron 45's `Notification`: an EventEmitter the test drives as Electron would
 * (`action` with its details and the deprecated index, `failed` with a message, `close`, `click`).
 */
function fakeElectronNotification() {
  const created: FakeNotification[] = [];
  const shown: FakeNotification[] = [];
  const state = { supported: true, throwOnShow: false, failInShow: false };
  class FakeNotification extends EventEmitter {
    closed = false;
    constructor(readonly options: FakeOptions) {
      super();
      created.push(this);
    }
    static isSupported(): boolean {
      return state.supported;
    }
    show(): void {
      if (state.throwOnShow) throw new Error('no notification server');
      shown.push(this);
      if (state.failInShow) this.fail();
    }
    close(): void {
      this.closed = true;
    }
    clickAction(actionIndex: number): void {
      this.emit('action', { actionIndex, selectionIndex: -1 }, actionIndex, -1);
    }
    fail(error = 'toast could not be created'): void {
      this.emit('failed', {}, error);
    }
  }
  return {
    Class: FakeNotification,
    created,
    shown,
    last(): FakeNotification {
      const notification = shown.at(-1);
      if (!notification) throw new Error('no Electron notification was shown');
      return notification;
    },
    fail() {
      state.throwOnShow = true;
    },
    unsupported() {
      state.supported = false;
    },
    failInShow() {
      state.failInShow = true;
    },
  };
}

function setup(platform: NodeJS.Platform, extra: Partial<DesktopNotifierOptions> = {}) {
  const nodeNotifier = new FakeNodeNotifier();
  const electron = fakeElectronNotification();
  const log = vi.fn();
  const notifier = createDesktopNotifier({
    notifier: nodeNotifier,
    ElectronNotification: electron.Class,
    platform,
    iconPath: '/opt/unhunch/resources/icon.png',
    appName: 'Unhunch',
    log,
    t: englishText('notify'),
    ...extra,
  });
  const chosen: NoticeAction[] = [];
  const show = (shownNotice = notice) => notifier.show(shownNotice, (action) => chosen.push(action));
  return { nodeNotifier, electron, notifier, chosen, show, log };
}

const buttons = [
  { type: 'button', text: 'Postpone' },
  { type: 'button', text: 'Skip' },
];

describe('desktop notifier on Linux: notify-send, then Electron', () => {
  it('sends title, body, icon and our name through notify-send, without actions', () => {
    const { nodeNotifier, show, electron } = setup('linux');
    show();
    const { request, callback } = nodeNotifier.last();
    expect(request).toEqual({
      title: 'Stretch in 30 s',
      message: 'Next: Chin tuck',
      icon: '/opt/unhunch/resources/icon.png',
      timeout: 30,
      'app-name': 'Unhunch',
    });
    callback(null, '');
    expect(electron.created).toHaveLength(0);
  });

  it('keeps a notice that is true for a while (a heads-up) up that long, others for the default', () => {
    const { nodeNotifier, show } = setup('linux');
    show({ ...notice, seconds: 60 });
    expect(nodeNotifier.last().request['timeout']).toBe(60);
    show({ ...notice, seconds: 12.4 });
    expect(nodeNotifier.last().request['timeout']).toBe(12);
    show({ ...notice, seconds: 0.2 });
    expect(nodeNotifier.last().request['timeout']).toBe(1);
    show(notice);
    expect(nodeNotifier.last().request['timeout']).toBe(30);
  });

  it('names the app to notify-send when index.ts passes no name', () => {
    const { nodeNotifier, show } = setup('linux', { appName: undefined });
    show();
    expect(nodeNotifier.last().request['app-name']).toBe(APP_DISPLAY_NAME);
    expect(nodeNotifier.last().request).not.toHaveProperty('appID');
  });

  it('falls back to an Electron notification, once, when node-notifier fails', () => {
    const { nodeNotifier, show, electron } = setup('linux');
    show();
    const { callback } = nodeNotifier.last();
    callback(new Error('notify-send must be installed on the system.'), '');
    // SnoreToast's wrapper calls back a second time after an error; that must not show a second one.
    callback(null, '');
    expect(electron.shown).toHaveLength(1);
    expect(electron.last().options).toEqual({
      title: 'Stretch in 30 s',
      body: 'Next: Chin tuck',
      icon: '/opt/unhunch/resources/icon.png',
    });
  });

  it('treats stderr output from a successful notify-send as success', () => {
    const { nodeNotifier, show, electron, log } = setup('linux');
    show();
    nodeNotifier.last().callback('GLib-WARNING: something harmless', '');
    expect(electron.created).toHaveLength(0);
    expect(log).toHaveBeenCalled();
  });

  it('falls back when node-notifier throws synchronously', () => {
    const { nodeNotifier, show, electron } = setup('linux');
    nodeNotifier.throws = new TypeError('boom');
    expect(() => show()).not.toThrow();
    expect(electron.shown).toHaveLength(1);
  });

  it('dismiss() closes the fallback notification, and a new notice replaces it', () => {
    const { nodeNotifier, notifier, show, electron } = setup('linux');
    show();
    nodeNotifier.last().callback(new Error('no daemon'), '');
    show();
    expect(electron.shown[0]?.closed).toBe(true);
    nodeNotifier.last().callback(new Error('no daemon'), '');
    notifier.dismiss();
    expect(electron.shown[1]?.closed).toBe(true);
  });

  it('never throws when both node-notifier and Electron fail', () => {
    const { nodeNotifier, show, electron, log } = setup('linux');
    electron.fail();
    nodeNotifier.throws = new Error('spawn failed');
    expect(() => show()).not.toThrow();
    nodeNotifier.throws = undefined;
    expect(() => show()).not.toThrow();
    expect(() => nodeNotifier.last().callback(new Error('exit 1'), '')).not.toThrow();
    expect(electron.shown).toHaveLength(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('failed too'), expect.any(Error));
  });

  // Electron emits `failed` (Windows, macOS) when it cannot create or show the notice, maybe later.
  it('logs an Electron fallback that fails, once, and does not go round again', () => {
    const { nodeNotifier, notifier, show, electron, log } = setup('linux');
    show();
    nodeNotifier.last().callback(new Error('no daemon'), '');
    electron.last().fail('the notification could not be shown');
    electron.last().fail('again');
    expect(nodeNotifier.calls).toHaveLength(1);
    expect(log).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenLastCalledWith(
      expect.stringContaining('failed too; the notice was not shown'),
      'the notification could not be shown',
    );
    expect(() => notifier.dismiss()).not.toThrow();
  });

  it('says so when node-notifier fails and Electron notifications are not supported', () => {
    const { nodeNotifier, show, electron, log } = setup('linux');
    electron.unsupported();
    show();
    nodeNotifier.last().callback(new Error('no daemon'), '');
    expect(electron.created).toHaveLength(0);
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining('not shown'), expect.anything());
  });
});

describe('desktop notifier on Windows: SnoreToast, then Electron', () => {
  // index.ts registers APP_USER_MODEL_ID; a toast under any other ID reads "SnoreToast" or is dropped.
  it('always names the app to SnoreToast by the AppUserModelID index.ts registers', () => {
    const { nodeNotifier, show } = setup('win32');
    show();
    expect(nodeNotifier.last().request).toMatchObject({ appID: APP_USER_MODEL_ID });
    expect(nodeNotifier.last().request).not.toHaveProperty('app-name');
  });

  it('offers Postpone and Skip, or only the actions the notice asks for', () => {
    const { nodeNotifier, show } = setup('win32');
    show();
    expect(nodeNotifier.last().request.actions).toEqual(['Postpone', 'Skip']);
    show({ ...notice, actions: ['skip'] });
    expect(nodeNotifier.last().request.actions).toEqual(['Skip']);
  });

  it('routes a toast button (the response is the label) to onAction', () => {
    const { nodeNotifier, show, chosen } = setup('win32');
    show();
    nodeNotifier.last().callback(null, 'skip', { activationType: 'Skip', button: 'Skip' });
    expect(chosen).toEqual(['skip']);
  });

  it('ignores timeouts, clicks on the body and dismissals', () => {
    const { nodeNotifier, show, chosen } = setup('win32');
    show();
    nodeNotifier.last().callback(null, 'timeout', { activationType: 'timedout' });
    show();
    nodeNotifier.last().callback(null, 'activate', { activationType: 'activated' });
    show();
    nodeNotifier.last().callback(null, 'dismissed', { activationType: 'dismissed' });
    expect(chosen).toEqual([]);
  });

  it('ignores a late answer to a notice that was replaced or dismissed', () => {
    const { nodeNotifier, notifier, show, chosen } = setup('win32');
    show();
    const first = nodeNotifier.last().callback;
    show();
    first(null, 'skip', { button: 'Skip' });
    const second = nodeNotifier.last().callback;
    notifier.dismiss();
    second(null, 'skip', { button: 'Skip' });
    expect(chosen).toEqual([]);
  });

  it('falls back to Electron without buttons when SnoreToast fails', () => {
    const { nodeNotifier, show, electron } = setup('win32');
    show();
    nodeNotifier.last().callback(new Error('SnoreToast exited with -1'), '');
    expect(electron.shown).toHaveLength(1);
    expect(electron.last().options).not.toHaveProperty('actions');
  });

  it('logs the Electron fallback failing, even inside show(), without asking SnoreToast again', () => {
    const { nodeNotifier, show, electron, log } = setup('win32');
    electron.failInShow();
    show();
    nodeNotifier.last().callback(new Error('SnoreToast exited with -1'), '');
    expect(nodeNotifier.calls).toHaveLength(1);
    expect(log).toHaveBeenLastCalledWith(
      expect.stringContaining('Electron notifications failed too'),
      'toast could not be created',
    );
  });

  it('ignores a late failure of a fallback that was since replaced', () => {
    const { nodeNotifier, notifier, show, electron, log } = setup('win32');
    show();
    nodeNotifier.last().callback(new Error('SnoreToast exited with -1'), '');
    const stale = electron.last();
    show();
    nodeNotifier.last().callback(new Error('SnoreToast exited with -1'), '');
    const fresh = electron.last();
    stale.fail();
    expect(nodeNotifier.calls).toHaveLength(2);
    expect(electron.shown).toEqual([stale, fresh]);
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining('since been replaced'), expect.anything());
    notifier.dismiss();
    expect(fresh.closed).toBe(true);
  });

  it('keeps a throwing action handler from escaping the notifier callback', () => {
    const { nodeNotifier, notifier, log } = setup('win32');
    notifier.show(notice, () => {
      throw new Error('coordinator bug');
    });
    expect(() => nodeNotifier.last().callback(null, 'postpone', { button: 'Postpone' })).not.toThrow();
    expect(log).toHaveBeenCalled();
  });
});

// node-notifier's terminal-notifier is x86_64-only (no Apple Silicon without Rosetta) and needs its
// own notification permission, so macOS uses Electron's Notification alone.
describe('desktop notifier on macOS: Electron only', () => {
  it('shows the notice through Electron with Postpone and Skip buttons, never node-notifier', () => {
    const { nodeNotifier, show, electron } = setup('darwin');
    show();
    expect(nodeNotifier.calls).toHaveLength(0);
    expect(electron.shown).toHaveLength(1);
    expect(electron.last().options).toEqual({
      title: 'Stretch in 30 s',
      body: 'Next: Chin tuck',
      icon: '/opt/unhunch/resources/icon.png',
      actions: buttons,
    });
  });

  it('offers only the actions the notice asks for, and none when it asks for none', () => {
    const { show, electron } = setup('darwin');
    show({ ...notice, actions: ['skip'] });
    expect(electron.last().options.actions).toEqual([{ type: 'button', text: 'Skip' }]);
    show({ ...notice, actions: [] });
    expect(electron.last().options).not.toHaveProperty('actions');
  });

  it('routes a button to onAction', () => {
    const { show, electron, chosen } = setup('darwin');
    show();
    electron.last().clickAction(1);
    expect(chosen).toEqual(['skip']);
  });

  it('treats a click on the body or a close as no answer', () => {
    const { notifier, show, electron, chosen } = setup('darwin');
    show();
    electron.last().emit('click', {});
    electron.last().emit('close', { reason: 'userCanceled' });
    expect(chosen).toEqual([]);
    notifier.dismiss();
    expect(electron.last().closed).toBe(true);
  });

  it('ignores a button pressed on a notice that was replaced or dismissed', () => {
    const { notifier, show, electron, chosen } = setup('darwin');
    show();
    const first = electron.last();
    show();
    expect(first.closed).toBe(true);
    first.clickAction(0);
    const second = electron.last();
    notifier.dismiss();
    expect(second.closed).toBe(true);
    second.clickAction(0);
    expect(chosen).toEqual([]);
  });

  it('logs, and does not reach for node-notifier, when Electron notifications are not supported', () => {
    const { nodeNotifier, show, electron, log } = setup('darwin');
    electron.unsupported();
    expect(() => show()).not.toThrow();
    expect(electron.created).toHaveLength(0);
    expect(nodeNotifier.calls).toHaveLength(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not shown'), expect.anything());
  });

  it('logs a notification that cannot be shown, without throwing', () => {
    const { nodeNotifier, show, electron, log } = setup('darwin');
    electron.fail();
    expect(() => show()).not.toThrow();
    expect(nodeNotifier.calls).toHaveLength(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not shown'), expect.any(Error));
  });

  // Electron 45 on macOS emits `failed`, e.g. when the user has not allowed our notifications.
  it('logs a notice macOS refused, without reaching for node-notifier', () => {
    const { nodeNotifier, show, electron, chosen, log } = setup('darwin');
    show();
    electron.last().fail('Notifications are not allowed for this application');
    electron.last().clickAction(0);
    expect(nodeNotifier.calls).toHaveLength(0);
    expect(chosen).toEqual([]);
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('Electron notifications failed; the notice was not shown'),
      'Notifications are not allowed for this application',
    );
  });

  it('keeps a throwing action handler from escaping the Electron event', () => {
    const { notifier, electron, log } = setup('darwin');
    notifier.show(notice, () => {
      throw new Error('coordinator bug');
    });
    expect(() => electron.last().clickAction(0)).not.toThrow();
    expect(log).toHaveBeenCalled();
  });
});

describe('desktop notifier elsewhere', () => {
  it('treats a BSD like Linux: notify-send first, named, without actions', () => {
    const { nodeNotifier, show } = setup('freebsd');
    show();
    expect(nodeNotifier.last().request['app-name']).toBe('Unhunch');
    expect(nodeNotifier.last().request).not.toHaveProperty('actions');
  });
});

describe('actionFromResponse', () => {
  const english = actionLabels(englishText('notify'));
  it('matches labels case-insensitively and only among the offered actions', () => {
    expect(actionFromResponse(['postpone', 'skip'], 'postpone', undefined, english)).toBe('postpone');
    expect(actionFromResponse(['postpone'], 'skip', { button: 'Skip' }, english)).toBeUndefined();
    expect(actionFromResponse(['skip'], 'activate', { button: ' SKIP ' }, english)).toBe('skip');
    expect(actionFromResponse([], 'activate', undefined, english)).toBeUndefined();
  });
});
