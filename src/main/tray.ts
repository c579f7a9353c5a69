import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import { buildTrayMenu, type TrayCommand, type TrayMenuItem, type TrayStatus } from './tray-menu';

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

/** The system-tray icon: a thin adapter that renders `buildTrayMenu` and forwards the chosen command. */
export class AppTray {
  private readonly tray: Tray;
  private paused = false;

  constructor(
    private readonly icons: TrayIcons,
    private readonly run: (command: TrayCommand) => void,
  ) {
    this.tray = new Tray(nativeImage.createFromPath(icons.active));
    // Some desktops only open the menu on right-click; a left-click should do the same, not nothing.
    this.tray.on('click', () => this.tray.popUpContextMenu());
  }

  update(status: TrayStatus): void {
    if (status.paused !== this.paused) {
      this.paused = status.paused;
      this.tray.setImage(nativeImage.createFromPath(status.paused ? this.icons.paused : this.icons.active));
    }
    this.tray.setToolTip(`Unhunch — ${status.headline}`);
    const items = buildTrayMenu(status).map((item) => toElectronItem(item, this.run));
    this.tray.setContextMenu(Menu.buildFromTemplate(items));
  }

  destroy(): void {
    this.tray.destroy();
  }
}
