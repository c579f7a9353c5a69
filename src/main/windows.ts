import { BrowserWindow, app, nativeTheme, screen } from 'electron';
import { eventChannel, type EventName, type EventPayload } from '../shared/ipc-contract';
import type { ViewName } from '../shared/views';
import { centreInWorkArea } from './window-placement';

interface ViewSpec {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

const viewSpecs: Record<ViewName, ViewSpec> = {
  player: { title: 'Unhunch — stretch', width: 900, height: 760, minWidth: 420, minHeight: 480 },
  library: { title: 'Unhunch — exercise library', width: 960, height: 720, minWidth: 480, minHeight: 480 },
  settings: { title: 'Unhunch — settings', width: 820, height: 820, minWidth: 480, minHeight: 480 },
  progress: { title: 'Unhunch — progress', width: 900, height: 780, minWidth: 480, minHeight: 480 },
  welcome: { title: 'Unhunch — welcome', width: 680, height: 780, minWidth: 420, minHeight: 480 },
  gallery: { title: 'Unhunch — pose gallery', width: 1200, height: 900, minWidth: 480, minHeight: 480 },
};

/**
 * How long a new window waits for its first paint before it is shown anyway. `ready-to-show` does not
 * fire on Wayland (electron/electron#48859) and can be lost elsewhere; a window that never appears is
 * worse than one that appears a frame early.
 */
export const SHOW_FALLBACK_MS = 3_000;

export interface OpenOptions {
  /**
   * A scheduled break: the window comes to the front and stays above other windows while it is open,
   * as far as the platform lets an app do that. Windows the user opened never do.
   */
  attention?: boolean;
}

export interface WindowManagerOptions {
  preloadPath: string;
  /** The renderer page's URL for a view (a file:// URL in a build, the dev server's URL under `dev`). */
  viewUrl: (view: ViewName) => string;
  onClosed?: (view: ViewName) => void;
  platform: NodeJS.Platform;
  /**
   * Wayland tells an app neither where the pointer is nor lets it place its windows, keep one above
   * the others or raise it.
   */
  wayland: boolean;
}

/**
 * Owns the app's windows: at most one per view, reused rather than stacked, and brought to the display
 * the user is looking at (the one under the cursor; on Wayland, where the compositor decides, its choice).
 */
export class WindowManager {
  private readonly windows = new Map<ViewName, BrowserWindow>();

  constructor(private readonly options: WindowManagerOptions) {}

  open(view: ViewName, { attention = false }: OpenOptions = {}): BrowserWindow {
    const existing = this.get(view);
    if (existing) {
      if (!this.options.wayland) existing.setBounds(this.boundsUnderCursor(view));
      if (existing.isMinimized()) existing.restore();
      this.keepOnTop(existing, attention);
      this.present(existing, attention);
      return existing;
    }
    const window = this.create(view, attention);
    this.windows.set(view, window);
    window.on('closed', () => {
      this.windows.delete(view);
      this.options.onClosed?.(view);
    });
    return window;
  }

  get(view: ViewName): BrowserWindow | undefined {
    const window = this.windows.get(view);
    return window && !window.isDestroyed() ? window : undefined;
  }

  viewOf(webContentsId: number): ViewName | undefined {
    for (const [view, window] of this.windows) {
      if (!window.isDestroyed() && window.webContents.id === webContentsId) return view;
    }
    return undefined;
  }

  close(view: ViewName): void {
    this.get(view)?.close();
  }

  send<E extends EventName>(view: ViewName, event: E, payload: EventPayload<E>): void {
    const contents = this.get(view)?.webContents;
    // A window closing (during a quit, say) keeps its object a moment after its page is gone.
    if (contents && !contents.isDestroyed()) contents.send(eventChannel(event), payload);
  }

  /** Tells every open window, e.g. that settings changed. */
  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const view of this.windows.keys()) this.send(view, event, payload);
  }

  private create(view: ViewName, attention: boolean): BrowserWindow {
    const spec = viewSpecs[view];
    const bounds = this.boundsUnderCursor(view);
    const window = new BrowserWindow({
      // On Wayland a position is ignored and the cursor reads (0, 0): let the compositor place it.
      ...(this.options.wayland ? { width: bounds.width, height: bounds.height } : bounds),
      minWidth: spec.minWidth,
      minHeight: spec.minHeight,
      title: spec.title,
      show: false,
      autoHideMenuBar: true,
      // Matching the page's own background avoids a white flash in dark mode.
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#14181c' : '#f7f5f0',
      webPreferences: {
        preload: this.options.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webviewTag: false,
        spellcheck: false,
      },
    });
    this.keepOnTop(window, attention);
    let shown = false;
    const showOnce = (): void => {
      clearTimeout(fallback);
      if (shown || window.isDestroyed()) return;
      shown = true;
      this.present(window, attention);
    };
    const fallback = setTimeout(showOnce, SHOW_FALLBACK_MS);
    window.once('ready-to-show', showOnce);
    window.webContents.once('did-finish-load', showOnce);
    window.once('closed', () => clearTimeout(fallback));
    void window.loadURL(this.options.viewUrl(view));
    return window;
  }

  /**
   * A break stays above other windows while it runs; a window the user opened behaves as any other.
   * Wayland has no way for an app to ask this: there the compositor alone stacks windows.
   */
  private keepOnTop(window: BrowserWindow, attention: boolean): void {
    if (this.options.wayland) return;
    if (!attention) {
      if (window.isAlwaysOnTop()) window.setAlwaysOnTop(false);
      return;
    }
    // 'floating' keeps it above normal windows without covering the menu bar or system dialogs (macOS;
    // elsewhere the level is ignored).
    window.setAlwaysOnTop(true, 'floating');
  }

  private present(window: BrowserWindow, attention: boolean): void {
    window.show();
    if (attention) {
      if (!this.options.wayland) window.moveTop();
      // macOS never lets an app in the background take focus unless it asks to steal it.
      if (this.options.platform === 'darwin') app.focus({ steal: true });
    }
    window.focus();
  }

  private boundsUnderCursor(view: ViewName) {
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    return centreInWorkArea(display.workArea, viewSpecs[view]);
  }
}
