import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../shared/i18n/catalog';

/**
 * The application menu. Electron's default one quits the app on Ctrl+Q (Cmd+Q on macOS) from any of
 * our windows, and a tray app quit by accident is gone until the next login. Windows and Linux get no
 * menu at all (our windows need none); macOS keeps the menus its text fields and windows rely on
 * (copy and paste, close, minimise), without Quit: that stays in the tray menu. Electron's own labels
 * for these roles are English only, so each item is named in the current language; the menu is built
 * again when the language changes.
 */
export function applicationMenu(
  platform: NodeJS.Platform,
  t: Translate<'dialogs'>,
  appName: string,
): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [
    {
      label: appName,
      submenu: [
        { role: 'about', label: t('aboutMenu') },
        { type: 'separator' },
        { role: 'hide', label: t('hideMenu') },
        { role: 'hideOthers', label: t('hideOthersMenu') },
        { role: 'unhide', label: t('showAllMenu') },
      ],
    },
    {
      // Electron fills in its default items only when there is no submenu: these are ours, in words.
      role: 'editMenu',
      label: t('editMenu'),
      submenu: [
        { role: 'undo', label: t('undoMenu') },
        { role: 'redo', label: t('redoMenu') },
        { type: 'separator' },
        { role: 'cut', label: t('cutMenu') },
        { role: 'copy', label: t('copyMenu') },
        { role: 'paste', label: t('pasteMenu') },
        { role: 'pasteAndMatchStyle', label: t('pasteAndMatchStyleMenu') },
        { role: 'delete', label: t('deleteMenu') },
        { role: 'selectAll', label: t('selectAllMenu') },
      ],
    },
    {
      label: t('windowMenu'),
      submenu: [
        { role: 'minimize', label: t('minimizeMenu') },
        { role: 'close', label: t('closeMenu') },
      ],
    },
  ];
}
