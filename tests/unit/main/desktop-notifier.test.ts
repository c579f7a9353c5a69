import { describe, expect, it, vi } from 'vitest';
import {
  actionFromResponse,
  createDesktopNotifier,
  type DesktopNotifierOptions,
  type NotifierCallback,
  type NotifierRequest,
} from '../../../src/main/desktop-notifier';
import { APP_DISPLAY_NAME, APP_USER_MODEL_ID } from '../../../src/main/app-identity';
import type { BreakNotice, NoticeAction } from '../../../src/main/notify-port';

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

/** A stand-in for Electron's `Notification`, with a switch to make `show()` fail. */
function fakeElectronNotification() {
  const shown: FakeNotification[] = [];
  let failing = false;
  class FakeNotification {
    closed = false;
    private actionListener: ((event: unknown, index: number) => void) | undefined;
    constructor(readonly options: { title: string; body: string; icon?: string; actions?: unknown[] }) {}
    static isSupported(): boolean {
      return true;
    }
    show(): void {
      if (failing) throw new Error('no notification server');
      shown.push(this);
    }
    close(): void {
      this.closed = true;
    }
    on(_event: 'action', listener: (event: unknown, index: number) => void): this {
      this.actionListener = listener;
      return this;
    }
    clickAction(index: number): void {
      this.actionListener?.({}, index);
    }
  }
  return {
    Class: FakeNotification,
    shown,
    fail() {
      failing = true;
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
    ...extra,
  });
  const chosen: NoticeAction[] = [];
  const show = (shownNotice = notice) => notifier.show(shownNotice, (action) => chosen.push(action));
  return { nodeNotifier, electron, notifier, chosen, show, log };
}

describe('desktop notifier', () => {
  it('sends title, body and icon through notify-send on Linux, without actions', () => {
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
    expect(request).not.toHaveProperty('actions');
    callback(null, '');
    expect(electron.shown).toHaveLength(0);
  });

  it.each(['darwin', 'win32'] as const)('offers Postpone and Skip on %s', (platform) => {
    const { nodeNotifier, show } = setup(platform);
    show();
    expect(nodeNotifier.last().request.actions).toEqual(['Postpone', 'Skip']);
  });

  it('offers only the actions the notice asks for', () => {
    const { nodeNotifier, show } = setup('darwin');
    show({ ...notice, actions: ['skip'] });
    expect(nodeNotifier.last().request.actions).toEqual(['Skip']);
  });

  it('routes a macOS button press (activationValue) to onAction', () => {
    const { nodeNotifier, show, chosen } = setup('darwin');
    show();
    nodeNotifier.last().callback(null, 'actionclicked', {
      activationType: 'actionClicked',
      activationValue: 'Postpone',
    });
    expect(chosen).toEqual(['postpone']);
  });

  // index.ts registers APP_USER_MODEL_ID; a toast under any other ID reads "SnoreToast" or is dropped.
  it('always names the app to SnoreToast by the AppUserModelID index.ts registers', () => {
    const { nodeNotifier, show } = setup('win32');
    show();
    expect(nodeNotifier.last().request).toMatchObject({ appID: APP_USER_MODEL_ID });
    expect(nodeNotifier.last().request).not.toHaveProperty('app-name');
  });

  it('names the app to notify-send when index.ts passes no name', () => {
    const { nodeNotifier, show } = setup('linux', { appName: undefined });
    show();
    expect(nodeNotifier.last().request['app-name']).toBe(APP_DISPLAY_NAME);
    expect(nodeNotifier.last().request).not.toHaveProperty('appID');
  });

  it('routes a Windows toast button (the response is the label) to onAction', () => {
    const { nodeNotifier, show, chosen } = setup('win32');
    show();
    nodeNotifier.last().callback(null, 'skip', { activationType: 'Skip', button: 'Skip' });
    expect(chosen).toEqual(['skip']);
  });

  it('ignores timeouts, clicks on the body and closes', () => {
    const { nodeNotifier, show, chosen } = setup('darwin');
    show();
    nodeNotifier.last().callback(null, 'timeout', { activationType: 'timeout' });
    show();
    nodeNotifier.last().callback(null, 'activate', { activationType: 'contentsClicked' });
    expect(chosen).toEqual([]);
  });

  it('ignores a late answer to a notice that was replaced or dismissed', () => {
    const { nodeNotifier, notifier, show, chosen } = setup('darwin');
    show();
    const first = nodeNotifier.last().callback;
    show();
    first(null, 'actionclicked', { activationValue: 'Skip' });
    const second = nodeNotifier.last().callback;
    notifier.dismiss();
    second(null, 'actionclicked', { activationValue: 'Skip' });
    expect(chosen).toEqual([]);
  });

  it('falls back to an Electron notification, once, when node-notifier fails', () => {
    const { nodeNotifier, show, electron } = setup('linux');
    show();
    const { callback } = nodeNotifier.last();
    callback(new Error('notify-send must be installed on the system.'), '');
    // SnoreToast's wrapper calls back a second time after an error; that must not show a second one.
    callback(null, '');
    expect(electron.shown).toHaveLength(1);
    expect(electron.shown[0]?.options).toEqual({
      title: 'Stretch in 30 s',
      body: 'Next: Chin tuck',
      icon: '/opt/unhunch/resources/icon.png',
    });
  });

  it('treats stderr output from a successful notify-send as success', () => {
    const { nodeNotifier, show, electron, log } = setup('linux');
    show();
    nodeNotifier.last().callback('GLib-WARNING: something harmless', '');
    expect(electron.shown).toHaveLength(0);
    expect(log).toHaveBeenCalled();
  });

  it('falls back when node-notifier throws synchronously', () => {
    const { nodeNotifier, show, electron } = setup('linux');
    nodeNotifier.throws = new TypeError('boom');
    expect(() => show()).not.toThrow();
    expect(electron.shown).toHaveLength(1);
  });

  it('offers actions on the macOS fallback and routes them', () => {
    const { nodeNotifier, show, electron, chosen } = setup('darwin');
    show();
    nodeNotifier.last().callback(new Error('terminal-notifier failed'), '');
    const fallback = electron.shown[0];
    expect(fallback?.options.actions).toEqual([
      { type: 'button', text: 'Postpone' },
      { type: 'button', text: 'Skip' },
    ]);
    fallback?.clickAction(1);
    expect(chosen).toEqual(['skip']);
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

  it('keeps a throwing action handler from escaping the notifier callback', () => {
    const { nodeNotifier, notifier, log } = setup('darwin');
    notifier.show(notice, () => {
      throw new Error('coordinator bug');
    });
    expect(() =>
      nodeNotifier.last().callback(null, 'actionclicked', { activationValue: 'Postpone' }),
    ).not.toThrow();
    expect(log).toHaveBeenCalled();
  });
});

describe('actionFromResponse', () => {
  it('matches labels case-insensitively and only among the offered actions', () => {
    expect(actionFromResponse(['postpone', 'skip'], 'postpone', undefined)).toBe('postpone');
    expect(actionFromResponse(['postpone'], 'skip', { button: 'Skip' })).toBeUndefined();
    expect(actionFromResponse(['skip'], 'actionclicked', { activationValue: ' SKIP ' })).toBe('skip');
    expect(actionFromResponse([], 'activate', undefined)).toBeUndefined();
  });
});
