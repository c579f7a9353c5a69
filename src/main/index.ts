/**
 * Electron entry point: the composition root. It builds the Electron adapters, hands them to the
 * Electron-free controller, coordinator and engine, and does nothing else worth testing on its own.
 */
import { writeFile } from 'node:fs/promises';
import { Notification, app, dialog, ipcMain, nativeTheme, powerMonitor, session } from 'electron';
import nodeNotifier from 'node-notifier';
import type { Preferences } from '../shared/preferences';
import { AppController } from './app-controller';
import { preloadPath, rendererEntry, resourcePath, viewUrl } from './app-paths';
import { createBreakContentChooser, withUserDoses } from './break-content';
import { BreakCoordinator } from './break-coordinator';
import { createDesktopNotifier } from './desktop-notifier';
import { BreakEngine, createTimeoutTimer } from './engine';
import { SuspendAwareClock } from './engine/suspend-aware-clock';
import { historyExport } from './history-export';
import { createSystemIdleSource } from './idle';
import { createCommandRunner, createMomentMonitor, nodeMomentFs } from './moments';
import { registerIpcHandlers } from './ipc-handlers';
import { ElectronStorePort } from './persistence/electron-store-port';
import { HistoryStore } from './persistence/history-store';
import { SettingsStore } from './persistence/settings-store';
import { connectPowerEvents } from './power-events';
import { progressView } from './progress-view';
import { hardenApp } from './security';
import { AppTray } from './tray';
import { trustedUrlMatcher } from './trusted-origin';
import { UserSettings } from './user-settings';
import { WindowManager } from './windows';

/** How often the tray's countdown is refreshed, and a minute of activity recorded, while counting. */
const MINUTE_MS = 60_000;

const log = (message: string, detail?: unknown): void => console.warn(`[unhunch] ${message}`, detail ?? '');

/** The preferences that act on Electron itself rather than on our own code. */
function applyAppPreferences(preferences: Preferences, previous?: Preferences): void {
  nativeTheme.themeSource = preferences.theme;
  if (previous === undefined || previous.startAtLogin !== preferences.startAtLogin) {
    app.setLoginItemSettings({ openAtLogin: preferences.startAtLogin });
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenApp(app, session.defaultSession);

  const settingsStore = new SettingsStore(new ElectronStorePort({ name: 'settings', format: 'pretty' }));
  const history = new HistoryStore({ port: new ElectronStorePort({ name: 'history', format: 'compact' }) });
  for (const problem of [...settingsStore.problems, ...history.problems]) log('repaired on load', problem);
  const userSettings = new UserSettings(settingsStore);
  applyAppPreferences(settingsStore.preferences);

  const entry = rendererEntry(process.env['ELECTRON_RENDERER_URL']);
  const windows = new WindowManager({
    preloadPath,
    viewUrl: (view) => viewUrl(entry, view),
    onClosed: (view) => {
      if (view === 'player') controller.playerClosed();
    },
  });

  const clock = new SuspendAwareClock(() => performance.now(), Date.now);
  const idle = await createSystemIdleSource({
    electronIdle: () => powerMonitor.getSystemIdleTime(),
    clock,
    log,
  });
  // Windows answers through PowerShell, which compiles a small P/Invoke shim on each call: give it time.
  const momentTimeoutMs = process.platform === 'win32' ? 6_000 : 2_000;
  const moments = createMomentMonitor({
    platform: process.platform,
    run: createCommandRunner({ env: process.env, timeoutMs: momentTimeoutMs }),
    timeoutMs: momentTimeoutMs,
    fs: nodeMomentFs,
    log,
    settings: settingsStore.settings.moments,
  });
  const engine = new BreakEngine(settingsStore.settings, {
    clock,
    wallClock: { nowMs: Date.now },
    idle: idle.source,
    timer: createTimeoutTimer(),
    moment: moments,
  });
  connectPowerEvents(powerMonitor, engine, clock);

  const choose = createBreakContentChooser(() => settingsStore.preferences, {
    load: () => settingsStore.rotation,
    save: (rotation) => void settingsStore.update({ rotation }),
  });
  const notifier = createDesktopNotifier({
    notifier: nodeNotifier,
    ElectronNotification: Notification,
    platform: process.platform,
    iconPath: resourcePath('icon.png'),
    log,
  });
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
    // PLACEHOLDER (h-welcome2), for type-checks only: the owner of index.ts wires this for real, and also
    // calls controller.statusChanged(status) wherever the tray is refreshed.
    status: () => coordinator.status(),
    quit: () => app.quit(),
    settings: userSettings,
    personalise: (items) => withUserDoses(items, settingsStore.preferences.exerciseOverrides),
    progress: (days) =>
      progressView(history.history, {
        now: new Date(),
        days,
        settings: settingsStore.settings,
        painCheckIn: settingsStore.preferences.painCheckIn,
      }),
    recordPainCheckIn: (score) => void history.recordPainCheckIn(score),
    exportHistory: async (format) => {
      const file = historyExport(history.history, format, new Date());
      const choice = await dialog.showSaveDialog({
        title: 'Export history',
        defaultPath: file.fileName,
        filters: [file.filter],
      });
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, file.content, 'utf8');
      return choice.filePath;
    },
  });
  const coordinator: BreakCoordinator = new BreakCoordinator({
    engine,
    player: controller,
    notifier,
    choose,
    wallNow: Date.now,
    locale: app.getLocale(),
    changed: refreshTray,
    log: history,
    moments,
  });

  // The engine sees the new answer at once; the watch follows (an app that quit widens it again).
  moments.onChange(() => {
    engine.momentChanged();
    coordinator.updateWatch();
  });

  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  settingsStore.subscribe((document, previous) => {
    // Rotation progress is saved after every break too; that is no news for the engine or the windows.
    const settingsChanged = !same(document.settings, previous.settings);
    const preferencesChanged = !same(document.preferences, previous.preferences);
    if (settingsChanged) {
      engine.updateSettings(document.settings);
      moments.updateSettings(document.settings.moments);
      coordinator.updateWatch();
      refreshTray();
    }
    if (preferencesChanged) applyAppPreferences(document.preferences, previous.preferences);
    if (settingsChanged || preferencesChanged)
      windows.broadcast('settingsChanged', userSettings.changedView());
  });

  registerIpcHandlers(ipcMain, controller.ipcHandlers, trustedUrlMatcher(entry));
  app.on('second-instance', () => controller.surface());

  engine.start();
  refreshTray();
  const notice = [settingsStore.notice, history.notice].filter(Boolean).join(' ');
  if (notice) notifier.show({ title: 'Unhunch repaired its files', body: notice, actions: [] }, () => {});

  const everyMinute = setInterval(() => {
    if (!coordinator.counting()) return;
    history.addActiveMinutes(1);
    // The engine sleeps up to minutes between its own wake-ups; bring its active time up to date so the
    // tray's countdown and the detectors' look-ahead are measured from now, not from its last wake-up.
    engine.tick();
    coordinator.updateWatch();
    refreshTray();
  }, MINUTE_MS);
  app.on('before-quit', () => {
    clearInterval(everyMinute);
    engine.stop();
    moments.dispose();
    history.flush();
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
