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
  }
}

/** The system-tray icon: a thin adapter that renders `buildTrayMenu` and forwards the chosen command. */
export class AppTray {
  private readonly tray: Tray;

  constructor(
    iconPath: string,
    private readonly run: (command: TrayCommand) => void,
  ) {
    this.tray = new Tray(nativeImage.createFromPath(iconPath));
    // Some desktops only open the menu on right-click; a left-click should do the same, not nothing.
    this.tray.on('click', () => this.tray.popUpContextMenu());
  }

  update(status: TrayStatus): void {
    this.tray.setToolTip(`Unhunch — ${status.headline}`);
    const items = buildTrayMenu(status).map((item) => toElectronItem(item, this.run));
    this.tray.setContextMenu(Menu.buildFromTemplate(items));
  }

  destroy(): void {
    this.tray.destroy();
  }
}
