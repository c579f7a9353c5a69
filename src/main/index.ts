/**
 * Electron entry point: the composition root. It builds the Electron adapters, hands them to the
 * Electron-free controller, coordinator and engine, and does nothing else worth testing on its own.
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import {
  Menu,
  Notification,
  app,
  dialog,
  globalShortcut,
  ipcMain,
  nativeTheme,
  powerMonitor,
  session,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import nodeNotifier from 'node-notifier';
import type { TrayHostState } from '../shared/ipc-contract';
import { cueSwitches } from '../shared/cue-switches';
import type { Preferences } from '../shared/preferences';
import { AppController } from './app-controller';
import { APP_USER_MODEL_ID } from './app-identity';
import { runSquirrelEvent, squirrelEvent } from './squirrel-events';
import { applicationMenu } from './app-menu';
import {
  devServerUrl,
  externalResourcePath,
  preloadPath,
  rendererEntry,
  resourcePath,
  trayIconPaths,
  viewUrl,
} from './app-paths';
import { bootClockFor } from './boot-clock';
import { createBreakContentChooser, withUserDoses } from './break-content';
import { BreakCoordinator } from './break-coordinator';
import {
  envelope,
  parseCommandLine,
  secondLaunchRequest,
  type CommandLineContext,
  type LaunchRequest,
} from './command-line';
import { queryStatus, replyFolder, writeReply } from './command-reply';
import { createDesktopNotifier } from './desktop-notifier';
import { GlobalShortcuts } from './global-shortcuts';
import { BreakEngine, createTimeoutTimer } from './engine';
import { SuspendAwareClock } from './engine/suspend-aware-clock';
import { historyExport } from './history-export';
import { createSystemIdleSource, isWaylandSession } from './idle';
import { createCommandRunner, createMomentMonitor, nodeMomentFs } from './moments';
import { registerIpcHandlers, type Caller } from './ipc-handlers';
import { FLATPAK_INFO, createLoginItem, flatpakAppId, nodeLoginItemFs, type LoginItem } from './login-item';
import { ElectronStorePort } from './persistence/electron-store-port';
import { HistoryStore } from './persistence/history-store';
import { OwnContentStore } from './persistence/own-content-store';
import { readImportFile } from './own-content-files';
import { ownMessagesIn } from '../shared/own-content';
import { SettingsStore } from './persistence/settings-store';
import { connectPowerEvents } from './power-events';
import { progressView } from './progress-view';
import { hardenApp } from './security';
import { AppTray } from './tray';
import { TRAY_HOST_DEADLINE_MS, detectTrayHost, welcomePlatform } from './tray-host';
import { trustedUrlMatcher } from './trusted-origin';
import { UserSettings, everyScreenUnavailable } from './user-settings';
import { APP_ENGINE_OPTIONS, TrackedLooks, ridingTimer, wakeWork } from './wake-loop';
import { WindowManager } from './windows';
import { UiLanguage } from './ui-language';
import { renderPlayerFirstFrame } from './player-first-frame';
import { renderSettingsFirstFrame } from './settings-first-frame';
import { englishText } from '../shared/i18n/english';
import { joinSentences } from '../shared/i18n/message-format';

const log = (message: string, detail?: unknown): void => console.warn(`[unhunch] ${message}`, detail ?? '');

/** The preferences that act on the system rather than on our own code. */
function applyAppPreferences(preferences: Preferences, loginItem: LoginItem, previous?: Preferences): void {
  nativeTheme.themeSource = preferences.theme;
  // At start-up reconcile() has already matched the login item and the preference; only changes apply.
  if (previous !== undefined && previous.startAtLogin !== preferences.startAtLogin) {
    loginItem.apply(preferences.startAtLogin);
  }
}

/** Launches from outside, which may come before start-up is done; they are answered once it is. */
interface Launches {
  handle: ((request: LaunchRequest) => void) | undefined;
  pending: LaunchRequest[];
}

/** Starts everything once Electron is ready, then answers the launches that came meanwhile. */
async function start(launches: Launches): Promise<void> {
  await app.whenReady();
  hardenApp(app, session.defaultSession);
  // A tray app: no Dock icon on macOS (a packaged build says so with LSUIElement too).
  app.dock?.hide();

  const settingsStore = new SettingsStore(new ElectronStorePort({ name: 'settings', format: 'pretty' }));
  const history = new HistoryStore({ port: new ElectronStorePort({ name: 'history', format: 'compact' }) });
  const language = new UiLanguage(settingsStore.preferences.language, {
    systemLanguages: () => app.getPreferredSystemLanguages(),
    override: process.env['UNHUNCH_LOCALE'],
  });
  settingsStore.validationText = language.text('validation');
  const dialogsText = language.text('dialogs');
  const notifyText = language.text('notify');
  const showAppMenu = (): void => {
    const menu = applicationMenu(process.platform, dialogsText, language.text('common')('appName'));
    Menu.setApplicationMenu(menu && Menu.buildFromTemplate(menu));
  };
  showAppMenu();
  // Ids of the user's own entries are random: crypto's, so two machines sharing files do not collide.
  const ownContent = new OwnContentStore({
    port: new ElectronStorePort({ name: 'own-content', format: 'pretty' }),
    random: () => randomInt(0, 2 ** 32) / 2 ** 32,
  });
  const ownText = language.text('own');
  ownContent.text = ownText;
  ownContent.noticeText = notifyText;
  ownContent.locale = () => language.formatLocale;
  for (const problem of [...settingsStore.problems, ...history.problems, ...ownContent.problems])
    log('repaired on load', problem);
  const loginItem = createLoginItem({
    platform: process.platform,
    isPackaged: app.isPackaged,
    execPath: process.execPath,
    appPath: app.getAppPath(),
    env: process.env,
    homeDir: homedir(),
    iconPath: resourcePath('icon.png'),
    flatpakId: flatpakAppId(process.env, () => nodeLoginItemFs.read(FLATPAK_INFO)),
    fs: nodeLoginItemFs,
    setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
    getLoginItemSettings: (options) => app.getLoginItemSettings(options),
    log,
    t: dialogsText,
  });
  // The system has the last word: the user may have removed the entry by hand since the last run.
  const startAtLogin = loginItem.reconcile(settingsStore.preferences.startAtLogin);
  if (startAtLogin !== settingsStore.preferences.startAtLogin) {
    settingsStore.update({ preferences: { startAtLogin } });
  }
  const wayland = isWaylandSession(process.env, process.platform);
  const shortcuts = new GlobalShortcuts({
    port: globalShortcut,
    run: (action) => controller.runShortcut(action),
    wayland,
    log,
    t: dialogsText,
  });
  // Opening Settings (and every change) tries again a shortcut another app held: it may be free now.
  const userSettings = new UserSettings(
    settingsStore,
    () => loginItem.view(),
    everyScreenUnavailable(wayland, dialogsText),
    () => {
      shortcuts.retry();
      return shortcuts.problemsView();
    },
    { t: notifyText, locale: () => language.formatLocale },
  );
  applyAppPreferences(settingsStore.preferences, loginItem);

  const entry = rendererEntry(devServerUrl(process.env, app.isPackaged));
  const windows = new WindowManager({
    preloadPath,
    viewUrl: (view) => viewUrl(entry, view, language.locale),
    t: dialogsText,
    onClosed: (view) => {
      if (view === 'player') controller.playerClosed();
      // A settings page closed while recording a shortcut never said it had finished.
      if (view === 'settings') shortcuts.suspend(false);
    },
    platform: process.platform,
    wayland,
    log,
  });
  // Asked while the rest starts; Electron registers its tray icon once, so the answer holds for the run.
  const trayHost = detectTrayHost({
    platform: process.platform,
    run: createCommandRunner({ env: process.env, timeoutMs: TRAY_HOST_DEADLINE_MS }),
    log,
  });
  let trayHostState: TrayHostState = 'unknown';
  void trayHost.then((state) => (trayHostState = state));

  const clock = new SuspendAwareClock(() => performance.now(), Date.now, bootClockFor(process.platform));
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
    // Suspend-aware, so an answer from before a sleep is as old as it is.
    nowMs: () => clock.nowMs(),
    fs: nodeMomentFs,
    log,
    settings: settingsStore.settings.moments,
  });
  // The tray, the history and the detectors ride on the engine's wake-ups (`wake-loop.ts`); a look the
  // engine may be waiting on at a warning or a break reports its landing.
  const looks = new TrackedLooks(moments, () => engine.momentChanged());
  const engine = new BreakEngine(
    settingsStore.settings,
    {
      clock,
      wallClock: { nowMs: Date.now },
      idle: idle.source,
      timer: ridingTimer(createTimeoutTimer(), {
        beforeWake: () => wake.beforeWake(),
        afterWake: () => wake.afterWake(),
      }),
      moment: looks,
    },
    APP_ENGINE_OPTIONS,
  );
  const disconnectPowerEvents = connectPowerEvents(powerMonitor, engine, clock, {
    platform: process.platform,
    log,
  });

  const choose = createBreakContentChooser(
    () => settingsStore.preferences,
    {
      load: () => settingsStore.rotation,
      save: (rotation) => void settingsStore.update({ rotation }),
    },
    { notify: notifyText, content: () => language.bundle().content },
    Math.random,
    () => ownContent.content,
  );
  const notifier = createDesktopNotifier({
    notifier: nodeNotifier,
    ElectronNotification: Notification,
    platform: process.platform,
    iconPath: externalResourcePath('icon.png'),
    log,
    t: notifyText,
  });
  const tray = new AppTray(
    trayIconPaths(process.platform),
    process.platform,
    (command) => controller.runTrayCommand(command),
    language.text('tray'),
  );
  // The welcome page stands in for the tray where there is none, so it hears every change the tray does.
  const refreshTray = (): void => {
    const status = coordinator.status();
    tray.update(status);
    controller.statusChanged(status);
  };

  // File dialogs are modal to the window that asked: the page under them cannot change meanwhile.
  const saveDialog = (caller: Caller, options: SaveDialogOptions) => {
    const parent = windows.windowOf(caller.webContentsId);
    return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
  };
  const openDialog = (caller: Caller, options: OpenDialogOptions) => {
    const parent = windows.windowOf(caller.webContentsId);
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  const controller: AppController = new AppController({
    windows,
    breaks: () => coordinator,
    chooseQuickStretch: () => choose('micro'),
    breakScreens: () => settingsStore.settings.breakScreens,
    changed: refreshTray,
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
    content: () => language.bundle().content,
    playerFirstFrame: (session) =>
      renderPlayerFirstFrame(session, language.locale, cueSwitches(settingsStore.preferences)),
    settingsFirstFrame: (view) => renderSettingsFirstFrame(view, language.locale),
    welcome: async () => ({ platform: welcomePlatform(process.platform), trayHost: await trayHost }),
    suspendShortcuts: (suspended) => shortcuts.suspend(suspended),
    replyToStatus: (replyId, report) =>
      // The command line speaks English: its status line too, whatever the tray says.
      void writeReply(replyFolder(app.getPath('userData')), replyId, {
        ...report,
        headline: coordinator.status({ t: englishText('tray'), locale: app.getLocale() }).headline,
      }).catch((error: unknown) => log('could not answer a status query', error)),
    log,
    own: {
      content: () => ownContent.content,
      view: () => ownContent.view(),
      saveExercise: (request) => ownContent.saveExercise(request),
      saveRoutine: (request) => ownContent.saveRoutine(request),
      delete: (kind, id) => ownContent.delete(kind, id),
      restore: (deletionId) => ownContent.restore(deletionId),
      commitImport: (previewId, choices) => ownContent.commitImport(previewId, choices),
      exportToFile: async (selection, caller) => {
        const file = ownContent.export(selection);
        if (!file)
          throw new Error(ownText(selection.kind === 'exercise' ? 'notFoundExercise' : 'notFoundRoutine'));
        const choice = await saveDialog(caller, {
          title: ownText('exportDialogTitle'),
          defaultPath: file.fileName,
          filters: [{ name: ownText('filesFilter'), extensions: ['json'] }],
        });
        if (choice.canceled || !choice.filePath) return null;
        await writeFile(choice.filePath, file.content, 'utf8');
        return choice.filePath;
      },
      previewFromFile: async (caller) => {
        const choice = await openDialog(caller, {
          title: ownText('importDialogTitle'),
          properties: ['openFile'],
          filters: [{ name: ownText('filesFilter'), extensions: ['json'] }],
        });
        const path = choice.filePaths[0];
        if (choice.canceled || path === undefined) return null;
        const read = await readImportFile(path, undefined, ownMessagesIn(ownText, language.formatLocale));
        return read.ok ? ownContent.previewImport(read.text, read.byteLength, read.fileName) : read;
      },
    },
    exportHistory: async (format, caller) => {
      const file = historyExport(history.history, format, new Date());
      const choice = await saveDialog(caller, {
        title: dialogsText('exportHistoryTitle'),
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
    text: { tray: language.text('tray'), notify: notifyText },
    formatLocale: () => language.formatLocale,
    changed: refreshTray,
    log: history,
    moments: looks,
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
    if (preferencesChanged) applyAppPreferences(document.preferences, loginItem, previous.preferences);
    // Before the broadcast below, so a window that re-reads its settings already has its new language.
    language.update(document.preferences.language);
    if (!same(document.preferences.shortcuts, previous.preferences.shortcuts))
      shortcuts.apply(document.preferences.shortcuts);
    if (settingsChanged || preferencesChanged)
      windows.broadcast('settingsChanged', userSettings.changedView());
  });

  language.onChange((locale) => {
    windows.broadcast('localeChanged', locale);
    windows.retitle();
    showAppMenu();
    refreshTray();
  });
  // Every open window follows: the library lists them, the settings doses them, the player plays them.
  ownContent.subscribe(() => windows.broadcast('ownContentChanged', ownContent.view()));

  registerIpcHandlers(ipcMain, controller.ipcHandlers, trustedUrlMatcher(entry));
  launches.handle = (request) => controller.fromOutside(request, trayHostState);
  for (const request of launches.pending.splice(0)) launches.handle(request);

  engine.start();
  refreshTray();
  // Only now: a shortcut pressed earlier would reach a controller not yet built.
  shortcuts.apply(settingsStore.preferences.shortcuts);
  let quitting = false;
  // Where no tray icon can be seen the welcome window is the way in; on a first run it says hello.
  const firstRun = settingsStore.firstRun;
  void trayHost.then((state) => {
    if ((firstRun || state === 'absent') && !quitting) windows.open('welcome');
  });
  const notice = joinSentences(
    [settingsStore, history, ownContent].map(
      (store) => store.noticeIn(notifyText, language.formatLocale) ?? '',
    ),
  );
  if (notice) notifier.show({ title: notifyText('repairedTitle'), body: notice, actions: [] }, () => {});

  const wake = wakeWork({ engine, history, coordinator, refreshTray });
  // Linux and macOS warn of a shutdown; Windows tells only windows, which a tray app mostly has none
  // of, so there the history's own periodic write is what keeps the day's minutes.
  powerMonitor.on('shutdown', () => {
    // The minutes since the last wake-up count too: the engine wakes only once a minute.
    wake.recordActiveTime();
    history.flush();
  });
  app.on('before-quit', () => {
    quitting = true;
    // A strict break's window refuses to close, and Electron would cancel the quit for it: quitting wins.
    windows.releaseAll();
    disconnectPowerEvents();
  });
  // Quitting closes the windows first, and a break window closing still records its break and
  // refreshes the tray: the rest is taken down only after that.
  app.on('will-quit', () => {
    shortcuts.dispose();
    // A strict break ignores its window's closing; the quit ends it all the same.
    engine.abandonBreak();
    engine.stop();
    looks.dispose();
    moments.dispose();
    wake.recordActiveTime();
    history.flush();
    tray.destroy();
  });
}

const commandLine: CommandLineContext = {
  defaultApp: process.defaultApp === true,
  version: app.getVersion(),
  electronVersion: process.versions.electron,
};
const print = (text: string, stream: 'stdout' | 'stderr'): Promise<void> =>
  new Promise((resolve) => process[stream].write(text, () => resolve()));
// Read before the lock is asked for: help, the version and mistakes are answered here and exit, never
// reaching (or disturbing) the Unhunch that may be running; status asks it and exits.
// Squirrel.Windows runs the installed app to make or remove its shortcuts and waits for it to exit:
// that run does nothing else (its `--squirrel-*` flag is no command of ours either).
const squirrel = process.platform === 'win32' && app.isPackaged ? squirrelEvent(process.argv) : undefined;
const invocation = squirrel ? ({ kind: 'squirrel' } as const) : parseCommandLine(process.argv, commandLine);
if (squirrel) {
  runSquirrelEvent(
    squirrel,
    process.execPath,
    (file, args, onDone) => {
      const child = spawn(file, args, { detached: true, stdio: 'ignore' });
      child.once('error', onDone);
      child.once('close', onDone);
    },
    () => app.exit(0),
  );
} else if (invocation.kind === 'answer') {
  void print(invocation.text, invocation.stream).then(() => app.exit(invocation.exitCode));
} else if (invocation.kind === 'status') {
  void queryStatus({
    requestLock: (data) => app.requestSingleInstanceLock(data),
    replyFolder: replyFolder(app.getPath('userData')),
    json: invocation.json,
    print,
  }).then((code) => app.exit(code));
}

// Before the app is ready, as Electron requires of both. Windows shows our toasts only under the ID
// our Start-menu shortcut carries; Chromium speaks through speech-dispatcher on Linux only when asked.
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');
// Wayland gives apps global shortcuts only through the desktop's portal, which Chromium uses only when
// asked before ready; added to any features the user enabled, not in place of them.
if (isWaylandSession(process.env, process.platform)) {
  const features = app.commandLine.getSwitchValue('enable-features');
  app.commandLine.appendSwitch(
    'enable-features',
    [...features.split(',').filter(Boolean), 'GlobalShortcutsPortal'].join(','),
  );
}

// A tray app has no window to keep it alive; closing the last window must not quit it.
app.on('window-all-closed', () => {});

if (invocation.kind !== 'run') {
  // Answered above: this process starts nothing.
} else if (app.requestSingleInstanceLock(envelope(invocation.command))) {
  // Registered now, not after start-up's awaits: a second launch during them must not be lost.
  const launches: Launches = { handle: undefined, pending: [] };
  app.on('second-instance', (_event, argv, _workingDirectory, additionalData) => {
    const request = secondLaunchRequest(argv, additionalData, commandLine);
    if (launches.handle) launches.handle(request);
    else launches.pending.push(request);
  });
  // The first launch's own command runs once start-up is done, like one that came from outside.
  if (invocation.command) launches.pending.push({ kind: 'command', command: invocation.command });
  start(launches).catch(async (error: unknown) => {
    console.error('Unhunch failed to start:', error);
    // A tray app that fails here has nothing on screen: stderr alone is seen by nobody. Before `ready`
    // Linux prints the box to stderr instead, so it waits for ready (start-up failed after it anyway).
    await app.whenReady();
    // The settings (and their Language) may be what failed: the system's languages are the best guess.
    const t = new UiLanguage('system', {
      systemLanguages: () => app.getPreferredSystemLanguages(),
      override: process.env['UNHUNCH_LOCALE'],
    }).text('dialogs');
    dialog.showErrorBox(
      t('startFailedTitle'),
      t('startFailedBody', {
        error: error instanceof Error ? error.message : String(error),
        folder: app.getPath('userData'),
      }),
    );
    app.exit(1);
  });
} else {
  // Another instance owns the tray; it was handed our command (or told to surface) and acts on it.
  app.quit();
}
