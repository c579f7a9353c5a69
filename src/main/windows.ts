import { BrowserWindow, nativeTheme, screen } from 'electron';
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
  gallery: { title: 'Unhunch — pose gallery', width: 1200, height: 900, minWidth: 480, minHeight: 480 },
};

export interface WindowManagerOptions {
  preloadPath: string;
  /** The renderer page's URL for a view (a file:// URL in a build, the dev server's URL under `dev`). */
  viewUrl: (view: ViewName) => string;
  onClosed?: (view: ViewName) => void;
}

/**
 * Owns the app's windows: at most one per view, reused rather than stacked, and always brought to the
 * display the user is looking at (the one under the cursor).
 */
export class WindowManager {
  private readonly windows = new Map<ViewName, BrowserWindow>();

  constructor(private readonly options: WindowManagerOptions) {}

  open(view: ViewName): BrowserWindow {
    const existing = this.windows.get(view);
    if (existing && !existing.isDestroyed()) {
      existing.setBounds(this.boundsUnderCursor(view));
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      return existing;
    }
    const window = this.create(view);
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
    this.get(view)?.webContents.send(eventChannel(event), payload);
  }

  /** Tells every open window, e.g. that settings changed. */
  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const view of this.windows.keys()) this.send(view, event, payload);
  }

  private create(view: ViewName): BrowserWindow {
    const spec = viewSpecs[view];
    const window = new BrowserWindow({
      ...this.boundsUnderCursor(view),
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
    window.once('ready-to-show', () => {
      window.show();
      window.focus();
    });
    void window.loadURL(this.options.viewUrl(view));
    return window;
  }

  private boundsUnderCursor(view: ViewName) {
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    return centreInWorkArea(display.workArea, viewSpecs[view]);
  }
}
