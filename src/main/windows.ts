import { BrowserWindow, app, nativeTheme, screen, type Display, type WebPreferences } from 'electron';
import { eventChannel, type EventName, type EventPayload } from '../shared/ipc-contract';
import type { Translate } from '../shared/i18n/catalog';
import type { ViewName, WindowView } from '../shared/views';
import { centreInWorkArea, overlaps, planCovers, type DisplayArea } from './window-placement';

interface ViewSpec {
  /** Its key in the `dialogs` messages. */
  title: `${WindowView}Window`;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

const viewSpecs: Record<WindowView, ViewSpec> = {
  player: { title: 'playerWindow', width: 900, height: 760, minWidth: 420, minHeight: 480 },
  library: { title: 'libraryWindow', width: 960, height: 720, minWidth: 480, minHeight: 480 },
  settings: { title: 'settingsWindow', width: 820, height: 820, minWidth: 480, minHeight: 480 },
  progress: { title: 'progressWindow', width: 900, height: 780, minWidth: 480, minHeight: 480 },
  welcome: { title: 'welcomeWindow', width: 680, height: 780, minWidth: 420, minHeight: 480 },
  gallery: { title: 'galleryWindow', width: 1200, height: 900, minWidth: 480, minHeight: 480 },
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
  onClosed?: (view: WindowView) => void;
  /** Window titles, in the current language on every call (see `retitle`). */
  t: Translate<'dialogs'>;
  platform: NodeJS.Platform;
  /**
   * Wayland tells an app neither where the pointer is nor lets it place its windows, keep one above
   * the others or raise it.
   */
  wayland: boolean;
  /** Where a page that failed to load is reported. */
  log: (message: string, detail?: unknown) => void;
}

/**
 * Owns the app's windows: at most one per view, reused rather than stacked, and brought to the display
 * the user is looking at (the one under the cursor; on Wayland, where the compositor decides, its choice).
 * While a break runs on every screen it also keeps one cover on each other display, and no more.
 */
export class WindowManager {
  private readonly windows = new Map<WindowView, BrowserWindow>();
  /** Views the user cannot close or minimise: a strict break's player. */
  private readonly held = new Set<WindowView>();
  /** Covers by display id, while a break covers every screen. */
  private readonly covers = new Map<number, BrowserWindow>();
  /** Stops following display changes; set exactly while covering. */
  private unfollowDisplays: (() => void) | undefined;

  constructor(private readonly options: WindowManagerOptions) {}

  open(view: WindowView, { attention = false }: OpenOptions = {}): BrowserWindow {
    const existing = this.get(view);
    if (existing) {
      if (!this.options.wayland) existing.setBounds(this.boundsUnderCursor(view));
      if (existing.isMinimized()) existing.restore();
      this.keepOnTop(existing, attention);
      this.present(existing, attention);
      // The player may have moved to another display: the cover there must not sit over it.
      if (this.unfollowDisplays) this.arrangeCovers();
      return existing;
    }
    const window = this.create(view, attention);
    this.windows.set(view, window);
    window.on('closed', () => {
      this.windows.delete(view);
      this.held.delete(view);
      this.options.onClosed?.(view);
    });
    return window;
  }

  get(view: WindowView): BrowserWindow | undefined {
    const window = this.windows.get(view);
    return window && !window.isDestroyed() ? window : undefined;
  }

  viewOf(webContentsId: number): WindowView | undefined {
    for (const [view, window] of this.windows) {
      if (!window.isDestroyed() && window.webContents.id === webContentsId) return view;
    }
    return undefined;
  }

  /** The window whose page sent a request, for a dialog to be modal to. */
  windowOf(webContentsId: number): BrowserWindow | undefined {
    const view = this.viewOf(webContentsId);
    return view === undefined ? undefined : this.get(view);
  }

  /** The app closes a window; one the user could not close (`hold`) is released first. */
  close(view: WindowView): void {
    this.hold(view, false);
    this.get(view)?.close();
  }

  /**
   * Holds a window open while `held`: the title bar's close and minimise (and Alt+F4) are refused, as a
   * strict break's player must be. macOS and Windows grey both buttons out; Linux ignores that, so there
   * `close` is prevented and a minimise undone at once. The app's own `close` and quitting still win.
   */
  hold(view: WindowView, held: boolean): void {
    if (held) this.held.add(view);
    else this.held.delete(view);
    const window = this.get(view);
    if (!window || this.options.platform === 'linux') return;
    // Electron refuses even the app's own close() of an unclosable window there, so releasing matters.
    window.setClosable(!held);
    window.setMinimizable(!held);
  }

  /**
   * Quitting wins over a held window: Electron closes every window before it quits, and one that
   * refused would cancel the quit.
   */
  releaseAll(): void {
    for (const view of [...this.held]) this.hold(view, false);
  }

  /**
   * Puts a cover on every display but the player's and keeps it so, through displays plugged in,
   * unplugged or changed, until `uncover`. Not on Wayland: a window cannot be placed there (nor made
   * fullscreen on a chosen output), so every cover would land on the compositor's pick, over the player.
   */
  cover(): void {
    if (this.options.wayland) return;
    if (!this.unfollowDisplays) {
      const arrange = (): void => this.arrangeCovers();
      screen.on('display-added', arrange);
      screen.on('display-removed', arrange);
      screen.on('display-metrics-changed', arrange);
      this.unfollowDisplays = () => {
        screen.removeListener('display-added', arrange);
        screen.removeListener('display-removed', arrange);
        screen.removeListener('display-metrics-changed', arrange);
      };
    }
    this.arrangeCovers();
  }

  /** Closes every cover and stops following displays: nothing of the break's is left behind. */
  uncover(): void {
    this.unfollowDisplays?.();
    this.unfollowDisplays = undefined;
    const covers = [...this.covers.values()];
    this.covers.clear();
    for (const cover of covers) cover.close();
  }

  send<E extends EventName>(view: WindowView, event: E, payload: EventPayload<E>): void {
    const contents = this.get(view)?.webContents;
    // A window closing (during a quit, say) keeps its object a moment after its page is gone.
    if (contents && !contents.isDestroyed()) contents.send(eventChannel(event), payload);
  }

  /**
   * Gives every open window and cover its title in the current language. The pages set their own
   * titles too once they load; this covers the ones still loading and the frameless covers.
   */
  retitle(): void {
    for (const [view, window] of this.windows) {
      if (!window.isDestroyed()) window.setTitle(this.options.t(viewSpecs[view].title));
    }
    for (const cover of this.covers.values()) {
      if (!cover.isDestroyed()) cover.setTitle(this.options.t('coverWindow'));
    }
  }

  /** Tells every open window, e.g. that settings changed. */
  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const view of this.windows.keys()) this.send(view, event, payload);
  }

  private create(view: WindowView, attention: boolean): BrowserWindow {
    const spec = viewSpecs[view];
    const bounds = this.boundsUnderCursor(view);
    const window = new BrowserWindow({
      // On Wayland a position is ignored and the cursor reads (0, 0): let the compositor place it.
      ...(this.options.wayland ? { width: bounds.width, height: bounds.height } : bounds),
      minWidth: spec.minWidth,
      minHeight: spec.minHeight,
      title: this.options.t(spec.title),
      show: false,
      autoHideMenuBar: true,
      backgroundColor: this.backgroundColor(),
      webPreferences: this.webPreferences(),
    });
    this.keepOnTop(window, attention);
    // Linux ignores closable and minimizable (see `hold`): the title bar's buttons still work there.
    window.on('close', (event) => {
      if (this.held.has(view)) event.preventDefault();
    });
    window.on('minimize', () => {
      if (this.held.has(view)) window.restore();
    });
    this.showOnFirstPaint(window, () => this.present(window, attention));
    this.load(window, view);
    return window;
  }

  /**
   * Brings the covers in line with the displays: one on each display but the player's, resized when
   * a display changes, closed when it goes. A player whose display was unplugged comes to the user's.
   */
  private arrangeCovers(): void {
    const home = this.homeDisplay();
    const current = new Map([...this.covers].map(([id, cover]) => [id, cover.getBounds()]));
    const plan = planCovers(current, screen.getAllDisplays(), home.id);
    for (const id of plan.close) {
      const cover = this.covers.get(id);
      this.covers.delete(id);
      cover?.close();
    }
    for (const display of plan.resize) this.covers.get(display.id)?.setBounds(display.bounds);
    for (const display of plan.open) this.covers.set(display.id, this.createCover(display));
  }

  /** The display the break plays on: the player's, or the one under the cursor. */
  private homeDisplay(): Display {
    const player = this.get('player');
    const underCursor = (): Display => screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    if (!player) return underCursor();
    const bounds = player.getBounds();
    if (screen.getAllDisplays().some((display) => overlaps(display.bounds, bounds))) {
      return screen.getDisplayMatching(bounds);
    }
    // Its display is gone and the system has not moved it yet: bring it to the user rather than lose it.
    player.setBounds(this.boundsUnderCursor('player'));
    return underCursor();
  }

  /**
   * A cover: the whole display, no frame, no taskbar entry, never focused (the keyboard stays with the
   * player, so Esc, Space and the arrows keep working there) and nothing the user could close it with.
   * It stays above other windows as the player does; it exists only for scheduled breaks.
   */
  private createCover(display: DisplayArea): BrowserWindow {
    const cover = new BrowserWindow({
      ...display.bounds,
      title: this.options.t('coverWindow'),
      show: false,
      frame: false,
      resizable: false,
      movable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      focusable: false,
      skipTaskbar: true,
      backgroundColor: this.backgroundColor(),
      webPreferences: this.webPreferences(),
    });
    cover.setAlwaysOnTop(true, 'floating');
    cover.once('closed', () => {
      if (this.covers.get(display.id) === cover) this.covers.delete(display.id);
    });
    this.showOnFirstPaint(cover, () => cover.showInactive());
    this.load(cover, 'cover');
    return cover;
  }

  /**
   * Electron's load settles quietly either way (it attaches its own rejection handler), so a page that
   * is not there would go unreported. A window closed before its page finished (a quit, a break ended
   * early) is no fault; any other failure is reported, and `showOnFirstPaint` still shows the window.
   */
  private load(window: BrowserWindow, view: ViewName): void {
    window.loadURL(this.options.viewUrl(view)).catch((error: unknown) => {
      if (!window.isDestroyed()) this.options.log(`the ${view} page did not load`, error);
    });
  }

  /** Shows a new window once its page has painted, or after a short wait if that never comes. */
  private showOnFirstPaint(window: BrowserWindow, show: () => void): void {
    let shown = false;
    const showOnce = (): void => {
      clearTimeout(fallback);
      if (shown || window.isDestroyed()) return;
      shown = true;
      show();
    };
    const fallback = setTimeout(showOnce, SHOW_FALLBACK_MS);
    window.once('ready-to-show', showOnce);
    window.webContents.once('did-finish-load', showOnce);
    window.once('closed', () => clearTimeout(fallback));
  }

  /** Matching the page's own background avoids a white flash in dark mode. */
  private backgroundColor(): string {
    return nativeTheme.shouldUseDarkColors ? '#14181c' : '#f7f5f0';
  }

  private webPreferences(): WebPreferences {
    return {
      preload: this.options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
      // A user's build has no use for DevTools, and they would open our IPC API to anyone at the keyboard.
      devTools: !app.isPackaged,
    };
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

  private boundsUnderCursor(view: WindowView) {
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    return centreInWorkArea(display.workArea, viewSpecs[view]);
  }
}
