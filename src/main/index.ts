/**
 * Electron entry point: the composition root. It builds the Electron adapters, hands them to the
 * Electron-free controller, coordinator and engine, and does nothing else worth testing on its own.
 */
import { Notification, app, ipcMain, powerMonitor, session } from 'electron';
import { defaultSettings } from '../shared/settings';
import { AppController } from './app-controller';
import { preloadPath, rendererEntry, resourcePath, viewUrl } from './app-paths';
import { createBreakContentChooser, memoryRotation } from './break-content';
import { BreakCoordinator } from './break-coordinator';
import { BreakEngine, createTimeoutTimer } from './engine';
import { SuspendAwareClock } from './engine/suspend-aware-clock';
import { registerIpcHandlers } from './ipc-handlers';
import type { Notifier } from './notify-port';
import { connectPowerEvents } from './power-events';
import { hardenApp } from './security';
import { AppTray } from './tray';
import { trustedUrlMatcher } from './trusted-origin';
import { WindowManager } from './windows';

/** How often the tray's countdown is refreshed while it is moving. */
const TRAY_REFRESH_MS = 60_000;

function electronNotifier(iconPath: string): Notifier {
  let current: Notification | undefined;
  return {
    show(notice) {
      current?.close();
      if (!Notification.isSupported()) return;
      current = new Notification({ title: notice.title, body: notice.body, icon: iconPath, silent: true });
      current.show();
    },
    dismiss() {
      current?.close();
      current = undefined;
    },
  };
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

  const clock = new SuspendAwareClock(() => performance.now(), Date.now);
  const engine = new BreakEngine(defaultSettings(), {
    clock,
    wallClock: { nowMs: Date.now },
    idle: { idleSeconds: () => powerMonitor.getSystemIdleTime() },
    timer: createTimeoutTimer(),
  });
  connectPowerEvents(powerMonitor, engine, clock);

  const choose = createBreakContentChooser(
    () => ({ location: 'desk', favourites: [], notForMe: [] }),
    memoryRotation(),
  );
  const tray = new AppTray(
    { active: resourcePath('tray.png'), paused: resourcePath('tray-paused.png') },
    (command) => controller.runTrayCommand(command),
  );
  const refreshTray = (): void => tray.update(coordinator.status());

  const controller: AppController = new AppController({
    windows,
    breaks: () => coordinator,
    chooseQuickStretch: () => choose('micro'),
    changed: refreshTray,
    quit: () => app.quit(),
  });
  const coordinator: BreakCoordinator = new BreakCoordinator({
    engine,
    player: controller,
    notifier: electronNotifier(resourcePath('icon.png')),
    choose,
    wallNow: Date.now,
    locale: app.getLocale(),
    changed: refreshTray,
  });

  registerIpcHandlers(ipcMain, controller.ipcHandlers, trustedUrlMatcher(entry));
  app.on('second-instance', () => controller.surface());

  engine.start();
  refreshTray();
  const trayRefresh = setInterval(() => {
    if (coordinator.counting()) refreshTray();
  }, TRAY_REFRESH_MS);
  app.on('before-quit', () => {
    clearInterval(trayRefresh);
    engine.stop();
    tray.destroy();
  });
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
