// The tray menu lives in src/shared so the welcome page can render it too; main's imports keep working.
import type { TrayCommand } from '../shared/tray-menu';

export * from '../shared/tray-menu';

/**
 * What a left click on the tray icon does, by platform: 'menu' pops the menu up, a command runs, and
 * undefined leaves the click to the OS.
 * - macOS opens the menu on a click by itself.
 * - Windows opens it only on a right click; a left click that did nothing would feel broken.
 * - Linux (StatusNotifierItem) opens it on a right click and cannot pop it up from code (Electron's
 *   `popUpContextMenu` is macOS and Windows only), so a left click opens the library: every exercise,
 *   each with its Start button, one click away.
 */
export function trayClickCommand(platform: NodeJS.Platform): TrayCommand | 'menu' | undefined {
  if (platform === 'darwin') return undefined;
  if (platform === 'win32') return 'menu';
  return { type: 'open-library' };
}
