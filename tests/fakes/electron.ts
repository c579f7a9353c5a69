/**
 * A stand-in for the `electron` module, as strict as Electron 45 where the app could get it wrong: boot
 * src/main/index.ts in vitest and drive it the way a user would, on the platform profile the test run
 * names (`UNHUNCH_FAKE_PLATFORM`: linux-x11, linux-wayland, win32, darwin).
 *
 * Strict where Electron is, per its documentation:
 * - `ready` fires only when the harness says the main script has run (`fake.emitReady()`), never during
 *   it; BrowserWindow, Tray, screen, powerMonitor, dialog and the default session throw before it.
 * - `close()` and `quit()` are asynchronous; `close` and `before-quit`/`will-quit` can be prevented;
 *   quitting closes every window first. A destroyed window, webContents or Tray throws on use.
 * - `loadURL` rejects when its load does not finish: replaced by another (ERR_ABORTED), its window
 *   destroyed first (ERR_FAILED), or its page missing (`pagesFailToLoad`, ERR_FILE_NOT_FOUND, after
 *   `did-fail-load`). As in Electron, the promise comes with a no-op rejection handler already attached.
 * - `ready-to-show` never fires on Wayland (electron/electron#48859); the cursor position reads (0, 0)
 *   there, and a window's requested position is ignored (the compositor places windows). Nor does
 *   Wayland let an app keep a window on top, raise it or show it unfocused (`setAlwaysOnTop`, `moveTop`,
 *   `showInactive` are inert there), or learn that the compositor minimised it.
 * - `setClosable` and `setMinimizable` do nothing on Linux (its title bar keeps both buttons); on macOS
 *   and Windows an unclosable window refuses even `close()`, cancelling a quit. The user's own close and
 *   minimise go through `fake.userCloses` and `fake.userMinimises`.
 * - `screen` emits `display-added`, `display-removed` and `display-metrics-changed` when a test plugs,
 *   unplugs or changes a display (`fake.addDisplay`, …); windows on an unplugged display move to the
 *   primary one, as the systems do.
 * - Platform-only APIs are absent or inert as in Electron: `app.dock` (macOS), `setAppUserModelId`
 *   (Windows), `setLoginItemSettings` and `Tray.popUpContextMenu` (inert on Linux), `lock-screen` and
 *   `unlock-screen` (not emitted on Linux), `session-end` (Windows), `shutdown` (Linux and macOS).
 * - `globalShortcut` throws before ready and on an accelerator Electron cannot parse, refuses keys
 *   another app holds (`takenShortcuts`), and on Wayland works only through the GlobalShortcutsPortal
 *   feature enabled before ready; `fake.globalShortcut.press()` is the user pressing the keys.
 * - `invoke` clones payloads as structured clone does and rejects with Electron's wrapped message;
 *   `senderFrame` is null once a frame is gone.
 * Tests reach the controls through `fake`.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: never[]) => unknown;
type Handler = (event: unknown, ...args: unknown[]) => unknown;

import { platformOf, profileFromEnv, type PlatformProfile } from './platform-profiles';

export { platformProfiles, type PlatformProfile } from './platform-profiles';

interface Point {
  x: number;
  y: number;
}
interface Rect extends Point {
  width: number;
  height: number;
}
interface Display {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

let nextId = 1;

/** An event whose default a listener may prevent, as Electron passes to `close`, `before-quit`, …. */
function preventable(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

function destroyedError(): TypeError {
  return new TypeError('Object has been destroyed');
}

function requireReady(module: string): void {
  if (!fake.app.isReady())
    throw new Error(`The '${module}' module can't be used before the app 'ready' event`);
}

class FakeWebFrame {
  detached = false;
  constructor(public url = '') {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrame();
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  private destroyed = false;

  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw destroyedError();
    const cloned = structuredClone(payload);
    this.sent.push({ channel, payload: cloned });
    for (const listener of fake.rendererListeners.get(channel) ?? []) {
      if (fake.currentRenderer === this) listener({ sender: this }, cloned);
    }
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.mainFrame.detached = true;
  }
}

export class BrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  bounds: Rect;
  visible = false;
  focused = false;
  minimized = false;
  /** Wayland: minimised by the compositor, which never tells the app. */
  minimizedByCompositor = false;
  alwaysOnTop: { flag: boolean; level?: string } = { flag: false };
  movedToTop = 0;
  /** Whether the title bar's close and minimise buttons work (macOS and Windows honour these). */
  closable: boolean;
  minimizable: boolean;
  readonly focusable: boolean;
  url = '';
  /** The page being loaded, until it has loaded or failed. */
  private loading: { fail: (code: number, name: string) => void } | undefined;
  /** The title bar's text: the `title` option, then `setTitle`. */
  title: string;
  private destroyed = false;

  constructor(options: Record<string, unknown> = {}) {
    if (!fake.app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    super();
    this.options = options;
    // Wayland gives clients no say over where a window goes; the compositor places it.
    const placed = fake.profile !== 'linux-wayland' && options['x'] !== undefined;
    this.bounds = {
      x: placed ? Number(options['x']) : 0,
      y: placed ? Number(options['y']) : 0,
      width: Number(options['width'] ?? 800),
      height: Number(options['height'] ?? 600),
    };
    this.visible = options['show'] !== false;
    this.closable = options['closable'] !== false;
    this.minimizable = options['minimizable'] !== false;
    this.focusable = options['focusable'] !== false;
    this.title = typeof options['title'] === 'string' ? options['title'] : 'Electron';
    fake.windows.push(this);
    fake.app.emit('web-contents-created', {}, this.webContents);
  }

  static getAllWindows(): BrowserWindow[] {
    return fake.windows.filter((window) => !window.isDestroyed());
  }

  private alive(): void {
    if (this.destroyed) throw destroyedError();
  }

  /**
   * Settles with the page's load, as Electron's does: a load that another one replaces rejects with
   * ERR_ABORTED (-3), one whose window is destroyed first with ERR_FAILED (-2), a missing page with
   * ERR_FILE_NOT_FOUND (-6).
   */
  loadURL(url: string): Promise<void> {
    this.alive();
    this.loading?.fail(-3, 'ERR_ABORTED');
    this.url = url;
    this.webContents.mainFrame.url = url;
    const loaded = new Promise<void>((resolve, reject) => {
      const load = {
        fail: (code: number, name: string) => {
          this.loading = undefined;
          reject(new Error(`${name} (${code}) loading '${url}'`));
        },
      };
      this.loading = load;
      if (fake.pagesNeverLoad) return;
      // A page loads, then renders; `ready-to-show` follows the first paint, except on Wayland.
      queueMicrotask(() => {
        if (this.loading !== load) return;
        if (fake.pagesFailToLoad) {
          this.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', url, true);
          return load.fail(-6, 'ERR_FILE_NOT_FOUND');
        }
        this.loading = undefined;
        this.webContents.emit('did-finish-load');
        if (fake.profile !== 'linux-wayland')
          queueMicrotask(() => !this.destroyed && this.emit('ready-to-show'));
        resolve();
      });
    });
    // Electron's own: a load nobody awaits is no unhandled rejection.
    loaded.catch(() => {});
    return loaded;
  }
  /** Electron's is `loadURL` of the file's URL, its promise (and rejection handler) included. */
  loadFile(path: string): Promise<void> {
    return this.loadURL(`file://${path}`);
  }
  show(): void {
    this.alive();
    if (!this.visible) fake.trace('window shown', this.url);
    this.visible = true;
    this.emit('show');
  }
  /** Shows without taking focus; Wayland has no such request. */
  showInactive(): void {
    this.alive();
    if (fake.profile === 'linux-wayland') {
      fake.inertCalls.push('BrowserWindow.showInactive');
      return;
    }
    if (!this.visible) fake.trace('window shown', this.url);
    this.visible = true;
    this.emit('show');
  }
  hide(): void {
    this.alive();
    this.visible = false;
  }
  setTitle(title: string): void {
    this.alive();
    this.title = title;
  }
  getTitle(): string {
    this.alive();
    return this.title;
  }
  focus(): void {
    this.alive();
    // A window made unfocusable never takes focus (the point of making it so).
    if (!this.focusable) return;
    for (const window of fake.windows) window.focused = false;
    this.focused = true;
  }
  isFocused(): boolean {
    return !this.destroyed && this.focused;
  }
  isVisible(): boolean {
    this.alive();
    return this.visible;
  }
  isMinimized(): boolean {
    this.alive();
    return this.minimized;
  }
  restore(): void {
    this.alive();
    const was = this.minimized;
    this.minimized = false;
    if (was) this.emit('restore');
  }
  minimize(): void {
    this.alive();
    if (this.minimized) return;
    this.minimized = true;
    this.emit('minimize');
  }
  /** macOS and Windows grey the title bar's button out; Linux keeps it (Electron does nothing there). */
  setClosable(closable: boolean): void {
    this.alive();
    if (fake.platform === 'linux') return void fake.inertCalls.push('BrowserWindow.setClosable');
    this.closable = closable;
  }
  isClosable(): boolean {
    this.alive();
    return fake.platform === 'linux' ? true : this.closable;
  }
  setMinimizable(minimizable: boolean): void {
    this.alive();
    if (fake.platform === 'linux') return void fake.inertCalls.push('BrowserWindow.setMinimizable');
    this.minimizable = minimizable;
  }
  isMinimizable(): boolean {
    this.alive();
    return fake.platform === 'linux' ? true : this.minimizable;
  }
  setBounds(bounds: Rect): void {
    this.alive();
    if (fake.profile === 'linux-wayland')
      this.bounds = { ...this.bounds, width: bounds.width, height: bounds.height };
    else this.bounds = { ...bounds };
  }
  getBounds(): Rect {
    this.alive();
    return { ...this.bounds };
  }
  /** Wayland has no protocol for it: the call does nothing there. */
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.alive();
    if (fake.profile === 'linux-wayland') return void fake.inertCalls.push('BrowserWindow.setAlwaysOnTop');
    this.alwaysOnTop = level === undefined ? { flag } : { flag, level };
  }
  isAlwaysOnTop(): boolean {
    this.alive();
    return this.alwaysOnTop.flag;
  }
  moveTop(): void {
    this.alive();
    if (fake.profile === 'linux-wayland') return void fake.inertCalls.push('BrowserWindow.moveTop');
    this.movedToTop++;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /**
   * Asks the window to close: `close` may be prevented; `closed` follows, never at once. On macOS and
   * Windows an unclosable window refuses even the app's own request (Electron cancels it, and with it
   * any quit under way), so the app must make it closable first.
   */
  close(): void {
    if (this.destroyed) return;
    if (fake.platform !== 'linux' && !this.closable) return;
    queueMicrotask(() => {
      if (this.destroyed) return;
      const event = preventable();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroy();
    });
  }
  /** Closes at once, with no `close` event to prevent it. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroy();
    this.loading?.fail(-2, 'ERR_FAILED');
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0 && !fake.app.quitRequested)
      fake.app.emit('window-all-closed');
  }
}

export interface FakeMenuItem {
  label?: string;
  type?: string;
  role?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
}

export const Menu = {
  buildFromTemplate: (template: FakeMenuItem[]): FakeMenu => new FakeMenu(template),
  setApplicationMenu: (menu: FakeMenu | null): void => {
    fake.applicationMenu = menu;
  },
};

export class Tray extends EventEmitter {
  tooltip = '';
  menu: FakeMenu | undefined;
  image: FakeImage;
  /** How often a menu was opened for the user, by a click (macOS) or popUpContextMenu. */
  menuOpenings = 0;
  /** How often the menu and tooltip were handed to the OS (each can close an open menu). */
  menuUpdates = 0;
  private destroyed = false;

  constructor(image: FakeImage) {
    if (!fake.app.isReady()) throw new Error('Cannot create Tray before app is ready');
    super();
    this.image = image;
    fake.trays.push(this);
  }
  private alive(): void {
    if (this.destroyed) throw destroyedError();
  }
  setToolTip(text: string): void {
    this.alive();
    this.tooltip = text;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.alive();
    if (!this.menu && menu) fake.trace('tray shown', this.tooltip);
    this.menu = menu ?? undefined;
    this.menuUpdates++;
  }
  setImage(image: FakeImage): void {
    this.alive();
    this.image = image;
  }
  /** macOS and Windows only; Electron does nothing on Linux. */
  popUpContextMenu(): void {
    this.alive();
    if (fake.platform === 'linux') {
      fake.inertCalls.push('Tray.popUpContextMenu');
      return;
    }
    this.menuOpenings++;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export interface FakeImage {
  path: string;
  template: boolean;
  isEmpty(): boolean;
  setTemplateImage(template: boolean): void;
  isTemplateImage(): boolean;
}

export const nativeImage = {
  createFromPath: (path: string): FakeImage => ({
    path,
    // macOS treats files named *Template.png as template images by themselves.
    template: /Template(@\dx)?\.png$/.test(path),
    isEmpty: () => false,
    setTemplateImage(template: boolean) {
      this.template = template;
    },
    isTemplateImage() {
      return this.template;
    },
  }),
};

interface LoginItemSettings {
  openAtLogin: boolean;
  path?: string;
  args?: string[];
}

class FakeApp extends EventEmitter {
  quitRequested = false;
  /** True once `quit` was emitted: the process would end here. */
  quitted = false;
  exitCode: number | undefined;
  hasLock = true;
  focusCalls: { steal?: boolean }[] = [];
  loginItem: LoginItemSettings = { openAtLogin: false };
  readonly switches: { name: string; value?: string; beforeReady: boolean }[] = [];
  readonly commandLine = {
    appendSwitch: (name: string, value?: string): void => {
      this.switches.push({ name, ...(value !== undefined && { value }), beforeReady: !this.ready });
    },
    hasSwitch: (name: string): boolean => this.switches.some((item) => item.name === name),
    /** The last value given, as Chromium keeps one value per switch; '' when absent. */
    getSwitchValue: (name: string): string =>
      this.switches.findLast((item) => item.name === name)?.value ?? '',
  };
  /** macOS only: elsewhere `app.dock` is undefined. */
  readonly dock: { hidden: boolean; hide(): void; show(): Promise<void>; isVisible(): boolean } | undefined;
  /** Windows only. */
  readonly setAppUserModelId: ((id: string) => void) | undefined;
  appUserModelId: string | undefined;
  private ready = false;
  private readonly readyPromise: Promise<void>;
  private resolveReady: () => void = () => {};

  constructor(private readonly platform: NodeJS.Platform) {
    super();
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
    this.dock =
      platform === 'darwin'
        ? {
            hidden: false,
            hide() {
              this.hidden = true;
            },
            async show() {
              this.hidden = false;
            },
            isVisible() {
              return !this.hidden;
            },
          }
        : undefined;
    this.setAppUserModelId = platform === 'win32' ? (id) => void (this.appUserModelId = id) : undefined;
  }

  /** Called by the harness once the main script has run, as Electron's event loop does. */
  becomeReady(): void {
    if (this.ready) return;
    this.ready = true;
    this.emit('ready', {}, {});
    this.resolveReady();
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  /** What each `requestSingleInstanceLock` call handed on, as Electron gives it to the first instance. */
  readonly lockRequests: unknown[] = [];
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    // Electron sends it to the first instance as JSON, so only what survives a JSON round trip arrives.
    this.lockRequests.push(
      additionalData === undefined ? undefined : JSON.parse(JSON.stringify(additionalData)),
    );
    return this.hasLock;
  }
  /** Asynchronous as in Electron: before-quit, then every window closes, then will-quit and quit. */
  quit(): void {
    if (this.quitRequested) return;
    queueMicrotask(() => {
      const beforeQuit = preventable();
      this.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      this.quitRequested = true;
      const open = BrowserWindow.getAllWindows();
      for (const window of open) window.close();
      // Each close settles in its own microtask; a window that refused to close cancels the quit.
      queueMicrotask(() => {
        queueMicrotask(() => {
          if (BrowserWindow.getAllWindows().length > 0) {
            this.quitRequested = false;
            return;
          }
          const willQuit = preventable();
          this.emit('will-quit', willQuit);
          if (willQuit.defaultPrevented) {
            this.quitRequested = false;
            return;
          }
          this.quitted = true;
          this.emit('quit', {}, this.exitCode ?? 0);
        });
      });
    });
  }
  /** Ends at once: no before-quit or will-quit, windows destroyed without `close`. */
  exit(code = 0): void {
    this.exitCode = code;
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
    this.quitted = true;
    fake.onExit(code);
  }
  focus(options: { steal?: boolean } = {}): void {
    this.focusCalls.push(options);
  }
  getPath(name: string): string {
    if (name === 'exe') return fake.execPath;
    return fake.userData;
  }
  getAppPath(): string {
    return process.cwd();
  }
  getLocale(): string {
    return 'en-GB';
  }
  getPreferredSystemLanguages(): string[] {
    return [...fake.systemLanguages];
  }
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return 'Unhunch';
  }
  /** macOS and Windows only: Linux has no login items, and Electron does nothing there. */
  setLoginItemSettings(settings: LoginItemSettings): void {
    if (this.platform === 'linux') {
      fake.inertCalls.push('app.setLoginItemSettings');
      return;
    }
    this.loginItem = { ...settings };
  }
  getLoginItemSettings(): LoginItemSettings & { executableWillLaunchAtLogin: boolean } {
    if (this.platform === 'linux') return { openAtLogin: false, executableWillLaunchAtLogin: false };
    return { ...this.loginItem, executableWillLaunchAtLogin: this.loginItem.openAtLogin };
  }
  /** A test may boot the app as a packaged build. */
  packaged = false;
  get isPackaged(): boolean {
    return this.packaged;
  }
}

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    if (fake.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    fake.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    fake.handlers.delete(channel);
  },
  on(): void {},
};

export const ipcRenderer = {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const sender = fake.currentRenderer;
    if (!sender) throw new Error('No renderer is selected: call fake.actAsRenderer(window) first');
    return fake.invoke(channel, sender, ...args);
  },
  on(channel: string, listener: Listener): void {
    const list = fake.rendererListeners.get(channel) ?? [];
    list.push(listener as (...args: unknown[]) => void);
    fake.rendererListeners.set(channel, list);
  },
  removeListener(channel: string, listener: Listener): void {
    const list = fake.rendererListeners.get(channel) ?? [];
    fake.rendererListeners.set(
      channel,
      list.filter((item) => item !== listener),
    );
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fake.exposed[key] = api;
  },
};

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const contains = ({ bounds }: Display, point: Point): boolean =>
  point.x >= bounds.x &&
  point.x < bounds.x + bounds.width &&
  point.y >= bounds.y &&
  point.y < bounds.y + bounds.height;

type ScreenEvent = 'display-added' | 'display-removed' | 'display-metrics-changed';
type ScreenListener = (...args: never[]) => void;
interface ScreenEvents {
  on(event: ScreenEvent, listener: ScreenListener): unknown;
  removeListener(event: ScreenEvent, listener: ScreenListener): unknown;
  off(event: ScreenEvent, listener: ScreenListener): unknown;
}

export const screen = {
  on(event: ScreenEvent, listener: ScreenListener): ScreenEvents {
    requireReady('screen');
    fake.screenEvents.on(event, listener as (...args: unknown[]) => void);
    return screen;
  },
  removeListener(event: ScreenEvent, listener: ScreenListener): ScreenEvents {
    fake.screenEvents.removeListener(event, listener as (...args: unknown[]) => void);
    return screen;
  },
  off(event: ScreenEvent, listener: ScreenListener): ScreenEvents {
    return screen.removeListener(event, listener);
  },
  listenerCount(event: ScreenEvent): number {
    return fake.screenEvents.listenerCount(event);
  },
  getCursorScreenPoint: (): Point => {
    requireReady('screen');
    // Wayland does not tell clients where the pointer is outside their own windows.
    return fake.profile === 'linux-wayland' ? { x: 0, y: 0 } : { ...fake.cursor };
  },
  getDisplayNearestPoint: (point: Point): Display => {
    requireReady('screen');
    return fake.displays.find((display) => contains(display, point)) ?? (fake.displays[0] as Display);
  },
  /** The display a rectangle overlaps most; the primary one when it overlaps none. */
  getDisplayMatching: (rect: Rect): Display => {
    requireReady('screen');
    let best = fake.displays[0] as Display;
    for (const display of fake.displays) {
      if (overlap(display.bounds, rect) > overlap(best.bounds, rect)) best = display;
    }
    return best;
  },
  getPrimaryDisplay: (): Display => {
    requireReady('screen');
    return fake.displays[0] as Display;
  },
  getAllDisplays: (): Display[] => {
    requireReady('screen');
    return fake.displays;
  },
};

export const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: false,
  themeSource: 'system',
});

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  override on(event: string, listener: (...args: unknown[]) => void): this {
    requireReady('powerMonitor');
    return super.on(event, listener);
  }
  getSystemIdleTime(): number {
    requireReady('powerMonitor');
    // Chromium cannot read idle time on Wayland; it always answers 0 there.
    return fake.profile === 'linux-wayland' ? 0 : this.idleSeconds;
  }
  getSystemIdleState(threshold: number): string {
    requireReady('powerMonitor');
    return this.idleSeconds >= threshold ? 'idle' : 'active';
  }
}

export class Notification extends EventEmitter {
  static isSupported(): boolean {
    return fake.notificationsSupported;
  }
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  show(): void {
    // Electron reports a toast it could not show through `failed` (Windows, macOS), never a throw.
    if (fake.notificationFailure && fake.platform !== 'linux') {
      queueMicrotask(() => this.emit('failed', {}, fake.notificationFailure));
      return;
    }
    fake.notifications.push(this.options);
  }
  close(): void {}
}

/**
 * Electron's accelerator parsing (accelerator_util.cc): '+'-separated, ASCII only, modifiers by any of
 * their names, and some key among the tokens; an unknown token before the key is ignored, as there.
 * Returns a comparable form (modifier set and key), or undefined where Electron's conversion fails.
 */
const ACCELERATOR_MODIFIERS: Record<string, string> = {
  command: 'cmd',
  cmd: 'cmd',
  control: 'ctrl',
  ctrl: 'ctrl',
  alt: 'alt',
  option: 'alt',
  altgr: 'altgr',
  shift: 'shift',
  super: 'super',
  meta: 'super',
};
const ACCELERATOR_KEYS = new Set([
  ...'plus space tab capslock numlock scrolllock backspace delete insert return enter up down left right home end pageup pagedown escape esc volumeup volumedown volumemute medianexttrack mediaprevioustrack mediastop mediaplaypause printscreen numdec numadd numsub nummult numdiv'.split(
    ' ',
  ),
  ...Array.from({ length: 24 }, (_, index) => `f${index + 1}`),
  ...Array.from({ length: 10 }, (_, digit) => `num${digit}`),
]);
const MEDIA_KEYS = new Set(['medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause']);

function parseAccelerator(accelerator: unknown): { modifiers: string[]; key: string } | undefined {
  if (typeof accelerator !== 'string' || !/^[\x20-\x7e]*$/.test(accelerator)) return undefined;
  const modifiers = new Set<string>();
  let key: string | undefined;
  for (const raw of accelerator.split('+')) {
    const token = raw.trim().toLowerCase();
    if (token === 'commandorcontrol' || token === 'cmdorctrl')
      modifiers.add(fake.platform === 'darwin' ? 'cmd' : 'ctrl');
    else if (Object.hasOwn(ACCELERATOR_MODIFIERS, token)) modifiers.add(ACCELERATOR_MODIFIERS[token]!);
    else key = token.length === 1 || ACCELERATOR_KEYS.has(token) ? token : undefined;
  }
  return key === undefined ? undefined : { modifiers: [...modifiers].sort(), key };
}

function acceleratorKey(accelerator: unknown): string {
  const parsed = parseAccelerator(accelerator);
  if (!parsed)
    throw new TypeError(
      `Error processing argument at index 0, conversion failure from ${String(accelerator)}`,
    );
  return [...parsed.modifiers, parsed.key].join('+');
}

/**
 * `globalShortcut` as Electron 45 has it: unusable before ready; an accelerator it cannot parse throws;
 * `register` answers false for one another app holds (`fake.takenShortcuts`) or this app already has,
 * and while suspended. macOS lends media keys only to apps trusted for accessibility. On Wayland there
 * are global shortcuts only through the desktop's GlobalShortcuts portal, which Chromium uses only when
 * the app enabled the GlobalShortcutsPortal feature before ready; the desktop then binds (or asks the
 * user), so the app never learns that another app holds the keys.
 */
class FakeGlobalShortcut {
  readonly registered = new Map<string, { accelerator: string; callback: () => void }>();
  private suspended = false;

  private ready(): void {
    if (!fake.app.isReady()) throw new Error('globalShortcut cannot be used before the app is ready');
  }
  register(accelerator: string, callback: () => void): boolean {
    this.ready();
    const key = acceleratorKey(accelerator);
    if (this.suspended || this.registered.has(key)) return false;
    if (fake.platform === 'darwin' && MEDIA_KEYS.has(key.split('+').at(-1)!)) return false;
    if (fake.profile === 'linux-wayland') {
      const features = fake.app.switches.filter(
        (item) => item.name === 'enable-features' && item.beforeReady,
      );
      const portal = features.at(-1)?.value?.split(',').includes('GlobalShortcutsPortal') ?? false;
      if (!portal || !fake.shortcutPortal) return false;
    } else if (fake.takenShortcuts.some((taken) => acceleratorKey(taken) === key)) return false;
    this.registered.set(key, { accelerator, callback });
    return true;
  }
  isRegistered(accelerator: string): boolean {
    this.ready();
    return this.registered.has(acceleratorKey(accelerator));
  }
  unregister(accelerator: string): void {
    this.ready();
    this.registered.delete(acceleratorKey(accelerator));
  }
  unregisterAll(): void {
    this.ready();
    this.registered.clear();
  }
  setSuspended(suspended: boolean): void {
    this.ready();
    this.suspended = suspended;
  }
  isSuspended(): boolean {
    this.ready();
    return this.suspended;
  }
  /** The user presses these keys somewhere on the desktop; true when one of our shortcuts heard it. */
  press(accelerator: string): boolean {
    const entry = this.registered.get(acceleratorKey(accelerator));
    if (!entry || this.suspended) return false;
    entry.callback();
    return true;
  }
}

export const shell = { openExternal: async (): Promise<void> => {} };

interface FakeDialogOptions {
  title?: string;
  defaultPath?: string;
  filters?: { name: string; extensions: string[] }[];
  properties?: string[];
}

/** Electron's dialogs take an optional parent window first; its own options come last either way. */
function dialogOptions(args: unknown[]): FakeDialogOptions {
  const options = args.length > 1 ? args[1] : args[0];
  if (args.length > 1 && !(args[0] instanceof BrowserWindow))
    throw new TypeError('Error processing argument at index 0, conversion failure');
  return (options ?? {}) as FakeDialogOptions;
}

/** The window a dialog is modal to, or null for a free-standing one. */
const dialogParent = (args: unknown[]): BrowserWindow | null =>
  args.length > 1 ? (args[0] as BrowserWindow) : null;

export const dialog = {
  /**
   * The path the next save dialog answers with; undefined = the user cancels, which Electron 45 reports
   * as `canceled: true` with an empty `filePath` (a string, never undefined).
   */
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    requireReady('dialog');
    fake.saveDialogs.push(dialogOptions(args));
    fake.dialogParents.push(dialogParent(args));
    const filePath = fake.nextSavePath;
    return filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath };
  },
  /**
   * The paths the next open dialog answers with; undefined = the user cancels, which Electron 45
   * reports as `canceled: true` with an empty `filePaths` array. Only one path unless the options
   * ask for `multiSelections`, as the real dialog allows.
   */
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    requireReady('dialog');
    const options = dialogOptions(args);
    fake.openDialogs.push(options);
    fake.dialogParents.push(dialogParent(args));
    const paths = fake.nextOpenPaths;
    if (paths === undefined || paths.length === 0) return { canceled: true, filePaths: [] };
    return {
      canceled: false,
      filePaths: options.properties?.includes('multiSelections') ? [...paths] : paths.slice(0, 1),
    };
  },
  /**
   * Callable before `ready`, but before it on Linux Electron only prints to stderr and no dialog
   * appears; `shown` records whether a user would have seen it.
   */
  showErrorBox(title: string, content: string): void {
    const shown = fake.app.isReady() || fake.platform !== 'linux';
    fake.errorBoxes.push({ title, content, shown });
    if (!shown) process.stderr.write(`${title}\n${content}\n`);
  },
};

function createFake(profile: PlatformProfile) {
  const platform = platformOf(profile);
  return {
    profile,
    platform,
    app: new FakeApp(platform),
    powerMonitor: new FakePowerMonitor(),
    windows: [] as BrowserWindow[],
    trays: [] as Tray[],
    notifications: [] as Record<string, unknown>[],
    notificationsSupported: true,
    /** A renderer that hangs: neither `did-finish-load` nor `ready-to-show` ever comes. */
    pagesNeverLoad: false,
    /** A page that is not there (a damaged install): every load fails with ERR_FILE_NOT_FOUND. */
    pagesFailToLoad: false,
    /** When set, Electron notifications fail with this error (on the platforms that report it). */
    notificationFailure: undefined as string | undefined,
    saveDialogs: [] as FakeDialogOptions[],
    /** Each save or open dialog's parent window, in the order they were shown (null: none). */
    dialogParents: [] as (BrowserWindow | null)[],
    openDialogs: [] as FakeDialogOptions[],
    /** The files the next open dialog answers with; undefined = the user cancels. */
    nextOpenPaths: undefined as string[] | undefined,
    errorBoxes: [] as { title: string; content: string; shown: boolean }[],
    nextSavePath: undefined as string | undefined,
    handlers: new Map<string, Handler>(),
    rendererListeners: new Map<string, ((...args: unknown[]) => void)[]>(),
    exposed: {} as Record<string, unknown>,
    permissionHandler: undefined as
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
    /** Electron 45 asks it synchronously, e.g. for `navigator.permissions.query`; null clears it. */
    permissionCheckHandler: undefined as
      | ((contents: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean)
      | null
      | undefined,
    currentRenderer: undefined as FakeWebContents | undefined,
    /** 'default' until the app sets its own (or none): Electron's default menu quits on Ctrl+Q. */
    applicationMenu: 'default' as FakeMenu | null | 'default',
    globalShortcut: new FakeGlobalShortcut(),
    /** Accelerators other apps hold, so `globalShortcut.register` refuses them (not on Wayland). */
    takenShortcuts: [] as string[],
    /** Whether the Wayland desktop offers the GlobalShortcuts portal (KDE Plasma, GNOME 48 and later). */
    shortcutPortal: true,
    /** Platform-only APIs the app called where Electron does nothing with them. */
    inertCalls: [] as string[],
    /** What `screen` emits; one per fake world, so no listener outlives the boot that added it. */
    screenEvents: new EventEmitter(),
    execPath: '/opt/electron/electron',
    /** What `app.getPreferredSystemLanguages()` answers: the user's languages, most preferred first. */
    systemLanguages: ['en-GB'] as string[],
    cursor: { x: 100, y: 100 } as Point,
    displays: [
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        workArea: { x: 0, y: 0, width: 1920, height: 1040 },
      },
    ] as Display[],
    /** A fresh directory per fake world, so every boot starts with no settings or history. */
    userData: mkdtempSync(join(tmpdir(), 'unhunch-fake-user-data-')),
    /** What a user would see happen (a tray, a window); the stand-in Electron prints it. */
    trace: (_event: string, _detail?: string): void => {},
    /** `app.exit` ends a real process; the stand-in Electron makes it do so. */
    onExit: (_code: number): void => {},

    /** The main script has run: Electron's event loop starts and `ready` fires. */
    emitReady(): void {
      this.app.becomeReady();
    },
    /**
     * Calls a main-process IPC handler as if `sender`'s page had invoked it: arguments and result are
     * structured-cloned, and a failure arrives as Electron wraps it.
     */
    async invoke(channel: string, sender: FakeWebContents, ...args: unknown[]): Promise<unknown> {
      const handler = this.handlers.get(channel);
      if (!handler)
        throw new Error(
          `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
        );
      const frame = sender.mainFrame.detached ? null : sender.mainFrame;
      try {
        return structuredClone(await handler({ sender, senderFrame: frame }, ...structuredClone(args)));
      } catch (error) {
        // Only the text crosses the process boundary; page code never sees the cause.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
      }
    },
    /** Makes `ipcRenderer` speak for this window's page, as a preload running in it would. */
    actAsRenderer(window: BrowserWindow): void {
      this.currentRenderer = window.webContents;
    },
    liveWindows(): BrowserWindow[] {
      return this.windows.filter((window) => !window.isDestroyed());
    },
    tray(): Tray {
      const tray = this.trays.at(-1);
      if (!tray) throw new Error('No tray was created');
      return tray;
    },
    /** A click on the tray icon; on macOS a tray with a menu opens it by itself. */
    clickTray(): void {
      const tray = this.tray();
      if (this.platform === 'darwin' && tray.menu) tray.menuOpenings++;
      tray.emit('click', {}, { x: 0, y: 0, width: 0, height: 0 }, { x: 0, y: 0 });
    },
    /** Clicks the tray menu item with this label, as a user would. */
    clickTrayItem(label: string): void {
      const find = (items: FakeMenuItem[]): FakeMenuItem | undefined =>
        items.find((item) => item.label === label) ??
        items.flatMap((item) => (item.submenu ? [find(item.submenu)] : [])).find(Boolean);
      const item = find(this.tray().menu?.items ?? []);
      if (!item?.click) throw new Error(`No clickable tray item labelled '${label}'`);
      item.click();
    },
    trayLabels(): string[] {
      return (this.tray().menu?.items ?? []).map((item) => item.label ?? `(${item.type})`);
    },
    /** A display is plugged in. */
    addDisplay(display: Display): void {
      this.displays.push(display);
      this.screenEvents.emit('display-added', {}, display);
    },
    /**
     * A display is unplugged: as the systems do, its windows and the pointer move to the primary display
     * (on Wayland the compositor moves them, and the app never knew where they were anyway).
     */
    removeDisplay(id: number): void {
      const gone = this.displays.find((display) => display.id === id);
      if (!gone) throw new Error(`No display ${id}`);
      this.displays = this.displays.filter((display) => display !== gone);
      const primary = this.displays[0];
      if (!primary) throw new Error('The last display cannot be unplugged');
      for (const window of this.liveWindows()) {
        const { x, y, width, height } = window.bounds;
        if (contains(gone, { x: x + width / 2, y: y + height / 2 })) {
          window.bounds = { x: primary.workArea.x, y: primary.workArea.y, width, height };
        }
      }
      if (contains(gone, this.cursor)) this.cursor = { x: primary.bounds.x + 10, y: primary.bounds.y + 10 };
      this.screenEvents.emit('display-removed', {}, gone);
    },
    /** A display changes resolution, or its work area changes (a panel appears). */
    changeDisplay(id: number, change: Pick<Display, 'bounds' | 'workArea'>): void {
      const index = this.displays.findIndex((display) => display.id === id);
      if (index < 0) throw new Error(`No display ${id}`);
      const display = { ...(this.displays[index] as Display), ...change };
      this.displays[index] = display;
      this.screenEvents.emit('display-metrics-changed', {}, display, ['bounds', 'workArea']);
    },
    /**
     * The user clicks the title bar's close button (or presses Alt+F4): macOS and Windows disable it on a
     * window made unclosable; Linux ignores `closable`, so there the window hears `close` regardless.
     */
    userCloses(window: BrowserWindow): void {
      window.close();
    },
    /**
     * The user minimises a window from its title bar or a shortcut. macOS and Windows disable that on a
     * window made unminimisable; X11 reports it through `minimize`; a Wayland compositor minimises the
     * window without telling the app (Electron documents "minimized" as unsupported there).
     */
    userMinimises(window: BrowserWindow): void {
      if (this.platform !== 'linux' && !window.minimizable) return;
      if (this.profile === 'linux-wayland') {
        window.minimizedByCompositor = true;
        return;
      }
      window.minimize();
    },
    /** The screen locks; Electron reports it only on macOS and Windows. */
    lockScreen(locked: boolean): void {
      if (this.platform === 'linux') return;
      this.powerMonitor.emit(locked ? 'lock-screen' : 'unlock-screen');
    },
    /**
     * The user logs off or shuts down: on Windows only open windows hear it (`session-end`), on Linux
     * and macOS the powerMonitor's `shutdown`. Then the process ends, with no quit events.
     */
    endSession(): void {
      if (this.platform === 'win32') {
        for (const window of BrowserWindow.getAllWindows()) window.emit('session-end', preventable());
      } else this.powerMonitor.emit('shutdown', preventable());
    },
  };
}

export let fake = createFake(profileFromEnv());
export let app = fake.app;
export let powerMonitor = fake.powerMonitor;
export let globalShortcut = fake.globalShortcut;

export const session = {
  get defaultSession() {
    requireReady('session');
    return {
      setPermissionRequestHandler(handler: typeof fake.permissionHandler): void {
        fake.permissionHandler = handler;
      },
      setPermissionCheckHandler(handler: typeof fake.permissionCheckHandler): void {
        fake.permissionCheckHandler = handler;
      },
    };
  },
};

/** Starts a fresh fake world; call before each boot of the main process. */
export function resetFake(profile: PlatformProfile = profileFromEnv()): typeof fake {
  fake = createFake(profile);
  app = fake.app;
  powerMonitor = fake.powerMonitor;
  globalShortcut = fake.globalShortcut;
  return fake;
}

export default {
  get app() {
    return fake.app;
  },
  get powerMonitor() {
    return fake.powerMonitor;
  },
  get globalShortcut() {
    return fake.globalShortcut;
  },
  BrowserWindow,
  Menu,
  Tray,
  nativeImage,
  ipcMain,
  ipcRenderer,
  contextBridge,
  screen,
  nativeTheme,
  Notification,
  session,
  shell,
  dialog,
};
