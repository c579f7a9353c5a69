import { englishText } from '../../../src/shared/i18n/english';
import { describe, expect, it } from 'vitest';
import {
  failureText,
  isChoices,
  welcomeMenu,
  type PageCommand,
  type PageEntry,
  type WelcomeMenu,
} from '../../../src/renderer/src/welcome/welcome-menu';
import {
  buildTrayMenu,
  type TrayCommand,
  type TrayMenuItem,
  type TrayStatus,
} from '../../../src/shared/tray-menu';

const every: TrayStatus[] = [false, true].flatMap((paused) =>
  [false, true].flatMap((canPostpone) =>
    [false, true].map((canSkip) => ({ headline: 'Stretch in 12 min', paused, canPostpone, canSkip })),
  ),
);

function trayCommands(items: readonly TrayMenuItem[]): TrayCommand[] {
  return items.flatMap((item) =>
    item.kind === 'command' ? [item.command] : item.kind === 'submenu' ? trayCommands(item.items) : [],
  );
}

function pageCommands(entries: readonly PageEntry[]): TrayCommand[] {
  return entries.flatMap((entry) =>
    isChoices(entry) ? entry.choices.map((choice) => choice.command) : [entry.command],
  );
}

const labels = (entries: readonly PageEntry[]) => entries.map((entry) => entry.label);
const allEntries = (menu: WelcomeMenu) => [...menu.breakNow, ...menu.pause, ...menu.open, ...menu.quit];

describe('welcomeMenu', () => {
  it('offers exactly the tray menu’s commands in every state, each once', () => {
    for (const status of every) {
      const page = pageCommands(allEntries(welcomeMenu(status, englishText('tray'))));
      const tray = trayCommands(buildTrayMenu(status, englishText('tray')));
      expect(new Set(page.map((command) => JSON.stringify(command)))).toEqual(
        new Set(tray.map((command) => JSON.stringify(command))),
      );
      expect(page).toHaveLength(tray.length);
    }
  });

  it('shows the tray’s status line', () => {
    expect(welcomeMenu({ ...every[0]!, headline: 'Paused until 14:30' }, englishText('tray')).headline).toBe(
      'Paused until 14:30',
    );
  });

  it('puts the pause choices, in the tray’s order, behind one control; Resume in its place while paused', () => {
    const running = welcomeMenu(every[0]!, englishText('tray'));
    expect(running.pause).toHaveLength(1);
    const [pause] = running.pause;
    expect(pause && isChoices(pause) && pause.label).toBe('Pause breaks');
    expect(pause && isChoices(pause) && labels(pause.choices)).toEqual([
      'For 30 minutes',
      'For 1 hour',
      'For 2 hours',
      'Until tomorrow',
      'Until I resume',
    ]);
    const paused = welcomeMenu({ ...every[0]!, paused: true }, englishText('tray'));
    expect(paused.pause).toEqual([{ label: 'Resume breaks', command: { type: 'resume' } }]);
  });

  it('offers Postpone and Skip only while allowed', () => {
    const at = (canPostpone: boolean, canSkip: boolean) =>
      labels(
        welcomeMenu({ headline: '', paused: false, canPostpone, canSkip }, englishText('tray')).breakNow,
      );
    expect(at(false, false)).toEqual([]);
    expect(at(true, true)).toEqual(['Postpone break', 'Skip break']);
    expect(at(false, true)).toEqual(['Skip break']);
    expect(at(true, false)).toEqual(['Postpone break']);
  });

  it('keeps the tray’s order for the rest, without the menu’s ellipsis, and Quit apart', () => {
    const menu = welcomeMenu(every[0]!, englishText('tray'));
    expect(labels(menu.open)).toEqual(['Quick stretch', 'Exercise library', 'Progress', 'Settings']);
    expect(menu.quit).toEqual([{ label: 'Quit Unhunch', command: { type: 'quit' } }]);
  });
});

describe('failureText', () => {
  it('says what did not happen, in the user’s words', () => {
    const text = (label: string, command: TrayCommand) =>
      failureText({ label, command } satisfies PageCommand, englishText('welcome'));
    expect(text('Settings', { type: 'open-settings' })).toBe(
      'Settings could not be opened. Please try again.',
    );
    expect(text('Quick stretch', { type: 'quick-stretch' })).toBe(
      'Quick stretch could not be started. Please try again.',
    );
    expect(text('For 1 hour', { type: 'pause', request: { kind: 'minutes', minutes: 60 } })).toBe(
      'Breaks could not be paused. Please try again.',
    );
    expect(text('Quit Unhunch', { type: 'quit' })).toBe('Unhunch could not quit. Please try again.');
  });
});
