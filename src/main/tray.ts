import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { Translate } from '../shared/i18n/catalog';
import {
  buildTrayMenu,
  trayClickCommand,
  type TrayCommand,
  type TrayMenuItem,
  type TrayStatus,
} from './tray-menu';

function toElectronItem(item: TrayMenuItem, run: (command: TrayCommand) => void): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'status':
      return { label: item.label, enabled: false };
    case 'separator':
      return { type: 'separator' };
    case 'command':
      return { label: item.label, click: () => run(item.command) };
    case 'submenu':
      return { label: item.label, submenu: item.items.map((child) => toElectronItem(child, run)) };
  }
}

export interface TrayIcons {
  active: string;
  paused: string;
}

/**
 * The system-tray icon: a thin adapter that renders `buildTrayMenu` and forwards the chosen command.
 * What a click on the icon does differs by platform (see `trayClickCommand`).
 */
export class AppTray {
  private readonly tray: Tray;
  private paused = false;
  /** What the menu and tooltip show now: handing the OS the same again can close a menu the user has open. */
  private shown = '';

  constructor(
    private readonly icons: TrayIcons,
    private readonly platform: NodeJS.Platform,
    private readonly run: (command: TrayCommand) => void,
    private readonly t: Translate<'tray'>,
  ) {
    this.tray = new Tray(this.image(icons.active));
    const onClick = trayClickCommand(platform);
    // macOS opens the context menu on a click by itself; popping it up again would reopen it once closed.
    if (onClick === 'menu') this.tray.on('click', () => this.tray.popUpContextMenu());
    else if (onClick) this.tray.on('click', () => this.run(onClick));
  }

  update(status: TrayStatus): void {
    // A window closing while the app quits can still report a change after the tray is gone.
    if (this.tray.isDestroyed()) return;
    if (status.paused !== this.paused) {
      this.paused = status.paused;
      this.tray.setImage(this.image(status.paused ? this.icons.paused : this.icons.active));
    }
    const tooltip = this.t('tooltip', { status: status.headline });
    const menu = buildTrayMenu(status, this.t);
    const shown = JSON.stringify([tooltip, menu]);
    if (shown === this.shown) return;
    this.shown = shown;
    this.tray.setToolTip(tooltip);
    this.tray.setContextMenu(Menu.buildFromTemplate(menu.map((item) => toElectronItem(item, this.run))));
  }

  destroy(): void {
    if (!this.tray.isDestroyed()) this.tray.destroy();
  }

  /** macOS draws menu-bar icons from a template image's shape, in the bar's own colour (light or dark). */
  private image(path: string): NativeImage {
    const image = nativeImage.createFromPath(path);
    if (this.platform === 'darwin') image.setTemplateImage(true);
    return image;
  }
}
