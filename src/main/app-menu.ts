import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Electron's default one quits the app on Ctrl+Q (Cmd+Q on macOS) from any of
 * our windows, and a tray app quit by accident is gone until the next login. Windows and Linux get no
 * menu at all (our windows need none); macOS keeps the menus its text fields and windows rely on
 * (copy and paste, close, minimise), without Quit: that stays in the tray menu.
 */
export function applicationMenu(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [
    {
      label: 'Unhunch',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
      ],
    },
    { role: 'editMenu' },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] },
  ];
}
