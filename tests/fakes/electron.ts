/**
 * A small stand-in for the `electron` module, enough to boot src/main/index.ts in vitest and drive it the
 * way a user would: click tray items, let windows load, call IPC through the real preload. Tests reach the
 * controls through `fake`; everything else mirrors the part of Electron's API that the app uses.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: never[]) => unknown;
type Handler = (event: unknown, ...args: unknown[]) => unknown;

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

class FakeWebFrame {
  constructor(public url = '') {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrame();
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  private destroyed = false;

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
    for (const listener of fake.rendererListeners.get(channel) ?? []) {
      if (fake.currentRenderer === this) listener({ sender: this }, payload);
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
  }
}

export class BrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  bounds: Rect;
  visible = false;
  focused = false;
  minimized = false;
  url = '';
  private destroyed = false;

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    this.bounds = {
      x: Number(options['x'] ?? 0),
      y: Number(options['y'] ?? 0),
      width: Number(options['width'] ?? 800),
      height: Number(options['height'] ?? 600),
    };
    fake.windows.push(this);
    fake.app.emit('web-contents-created', {}, this.webContents);
  }

  static getAllWindows(): BrowserWindow[] {
    return fake.windows.filter((window) => !window.isDestroyed());
  }

  async loadURL(url: string): Promise<void> {
    this.url = url;
    this.webContents.mainFrame.url = url;
    // Real windows render before they say they are ready; the app must wait for this event.
    queueMicrotask(() => this.emit('ready-to-show'));
  }
  async loadFile(path: string): Promise<void> {
    await this.loadURL(`file://${path}`);
  }
  show(): void {
    if (!this.visible) fake.trace('window shown', this.url);
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    for (const window of fake.windows) window.focused = false;
    this.focused = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  minimize(): void {
    this.minimized = true;
  }
  setBounds(bounds: Rect): void {
    this.bounds = { ...bounds };
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  setAlwaysOnTop(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroy();
    this.emit('closed');
  }
  destroy(): void {
    this.close();
  }
}

export interface FakeMenuItem {
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
}

export const Menu = {
  buildFromTemplate: (template: FakeMenuItem[]): FakeMenu => new FakeMenu(template),
  setApplicationMenu: (): void => {},
};

export class Tray extends EventEmitter {
  tooltip = '';
  menu: FakeMenu | undefined;
  image: unknown;
  destroyed = false;

  constructor(image: unknown) {
    super();
    this.image = image;
    fake.trays.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: FakeMenu): void {
    if (!this.menu) fake.trace('tray shown', this.tooltip);
    this.menu = menu;
  }
  setImage(image: unknown): void {
    this.image = image;
  }
  popUpContextMenu(): void {}
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export const nativeImage = {
  createFromPath: (path: string) => ({ path, isEmpty: () => false }),
};

class FakeApp extends EventEmitter {
  quitting = false;
  exitCode: number | undefined;
  hasLock = true;
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  isReady(): boolean {
    return true;
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  quit(): void {
    this.quitting = true;
    this.emit('before-quit');
    this.emit('will-quit');
    this.emit('quit');
  }
  exit(code = 0): void {
    this.exitCode = code;
    fake.onExit(code);
  }
  getPath(): string {
    return fake.userData;
  }
  getLocale(): string {
    return 'en-GB';
  }
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return 'Unhunch';
  }
  loginItem: { openAtLogin: boolean; path?: string; args?: string[] } = { openAtLogin: false };
  setLoginItemSettings(settings: { openAtLogin: boolean; path?: string; args?: string[] }): void {
    this.loginItem = { ...settings };
  }
  getLoginItemSettings(): { openAtLogin: boolean } {
    return { openAtLogin: this.loginItem.openAtLogin };
  }
  getAppPath(): string {
    return process.cwd();
  }
  get isPackaged(): boolean {
    return false;
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

export const screen = {
  getCursorScreenPoint: (): Point => ({ ...fake.cursor }),
  getDisplayNearestPoint: (point: Point): Display => {
    const inside = fake.displays.find(
      ({ bounds }) =>
        point.x >= bounds.x &&
        point.x < bounds.x + bounds.width &&
        point.y >= bounds.y &&
        point.y < bounds.y + bounds.height,
    );
    return inside ?? (fake.displays[0] as Display);
  },
  getPrimaryDisplay: (): Display => fake.displays[0] as Display,
  getAllDisplays: (): Display[] => fake.displays,
};

export const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: false,
  themeSource: 'system',
});

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
  getSystemIdleState(threshold: number): string {
    return this.idleSeconds >= threshold ? 'idle' : 'active';
  }
}

export class Notification extends EventEmitter {
  static isSupported(): boolean {
    return true;
  }
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  show(): void {
    fake.notifications.push(this.options);
  }
  close(): void {}
}

export const shell = { openExternal: async (): Promise<void> => {} };

export const dialog = {
  /** The path the next save dialog answers with; undefined = the user cancels. */
  async showSaveDialog(options: { defaultPath?: string }): Promise<{ canceled: boolean; filePath?: string }> {
    fake.saveDialogs.push(options);
    const filePath = fake.nextSavePath;
    return filePath === undefined ? { canceled: true } : { canceled: false, filePath };
  },
};

function createFake() {
  return {
    app: new FakeApp(),
    powerMonitor: new FakePowerMonitor(),
    windows: [] as BrowserWindow[],
    trays: [] as Tray[],
    notifications: [] as Record<string, unknown>[],
    saveDialogs: [] as { defaultPath?: string }[],
    nextSavePath: undefined as string | undefined,
    handlers: new Map<string, Handler>(),
    rendererListeners: new Map<string, ((...args: unknown[]) => void)[]>(),
    exposed: {} as Record<string, unknown>,
    permissionHandler: undefined as
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
    currentRenderer: undefined as FakeWebContents | undefined,
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

    /** Calls a main-process IPC handler as if `sender`'s page had invoked it. */
    async invoke(channel: string, sender: FakeWebContents, ...args: unknown[]): Promise<unknown> {
      const handler = this.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler({ sender, senderFrame: sender.mainFrame }, ...args);
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
  };
}

export let fake = createFake();
export let app = fake.app;
export let powerMonitor = fake.powerMonitor;

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: typeof fake.permissionHandler): void {
      fake.permissionHandler = handler;
    },
  },
};

/** Starts a fresh fake world; call before each boot of the main process. */
export function resetFake(): typeof fake {
  fake = createFake();
  app = fake.app;
  powerMonitor = fake.powerMonitor;
  return fake;
}

export default {
  get app() {
    return fake.app;
  },
  get powerMonitor() {
    return fake.powerMonitor;
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
