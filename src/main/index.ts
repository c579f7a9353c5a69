/**
 * Electron entry point: the composition root. It builds the Electron adapters, hands them to the
 * Electron-free controller, and does nothing else worth testing on its own.
 */
import { app, ipcMain, session } from 'electron';
import { exercises } from '../shared/exercises';
import { AppController } from './app-controller';
import { preloadPath, rendererEntry, resourcePath, viewUrl } from './app-paths';
import { registerIpcHandlers } from './ipc-handlers';
import { hardenApp } from './security';
import { AppTray } from './tray';
import { trustedUrlMatcher } from './trusted-origin';
import { WindowManager } from './windows';

function cycle<T>(items: readonly T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length] as T;
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenApp(app, session.defaultSession);

  const entry = rendererEntry(process.env['ELECTRON_RENDERER_URL']);
  const windows = new WindowManager({
    preloadPath,
    viewUrl: (view) => viewUrl(entry, view),
    onClosed: (view) => {
      if (view === 'player') controller.playerClosed();
    },
  });
  const nextExercise = cycle(exercises.map((exercise) => exercise.id));
  const controller = new AppController({
    windows,
    chooseQuickStretch: nextExercise,
    quit: () => app.quit(),
  });

  registerIpcHandlers(ipcMain, controller.ipcHandlers, trustedUrlMatcher(entry));
  app.on('second-instance', () => controller.surface());

  const tray = new AppTray(resourcePath('tray.png'), (command) => controller.runTrayCommand(command));
  tray.update({ headline: 'Ready when you are' });
  app.on('before-quit', () => tray.destroy());
}

// A tray app has no window to keep it alive; closing the last window must not quit it.
app.on('window-all-closed', () => {});

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    console.error('Unhunch failed to start:', error);
    app.exit(1);
  });
} else {
  // Another instance owns the tray; it was told through 'second-instance' and will surface itself.
  app.quit();
}
