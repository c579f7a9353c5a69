import type { PauseRequest } from './pause';

/**
 * The tray menu as data. It lives in src/shared because the welcome page, which stands in for the tray
 * where no tray icon shows, renders the same items and sends the same commands.
 */

/** What a tray menu item does when chosen; the controller maps these to app actions. */
export type TrayCommand =
  | { type: 'quick-stretch' }
  | { type: 'open-library' }
  | { type: 'open-settings' }
  | { type: 'open-progress' }
  | { type: 'postpone' }
  | { type: 'skip' }
  | { type: 'pause'; request: PauseRequest }
  | { type: 'resume' }
  | { type: 'quit' };

export type TrayMenuItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'command'; label: string; command: TrayCommand }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] };

export interface TrayStatus {
  /** One line on what comes next, e.g. "Stretch in 12 min" or "Paused until 14:30". */
  headline: string;
  paused: boolean;
  /** A break is warned about or running and may be put off / skipped. */
  canPostpone: boolean;
  canSkip: boolean;
}

/** The pause choices, as data: the submenu and its tests read the same list. */
export const pauseChoices: readonly { label: string; request: PauseRequest }[] = [
  { label: 'For 30 minutes', request: { kind: 'minutes', minutes: 30 } },
  { label: 'For 1 hour', request: { kind: 'minutes', minutes: 60 } },
  { label: 'For 2 hours', request: { kind: 'minutes', minutes: 120 } },
  { label: 'Until tomorrow', request: { kind: 'tomorrow' } },
  { label: 'Until I resume', request: { kind: 'indefinite' } },
];

/** The tray menu as data, so its content is tested without Electron and rendered by a thin adapter. */
export function buildTrayMenu(status: TrayStatus): TrayMenuItem[] {
  const breakItems: TrayMenuItem[] = [
    ...(status.canPostpone
      ? [{ kind: 'command', label: 'Postpone break', command: { type: 'postpone' } } as const]
      : []),
    ...(status.canSkip ? [{ kind: 'command', label: 'Skip break', command: { type: 'skip' } } as const] : []),
  ];
  const pauseItem: TrayMenuItem = status.paused
    ? { kind: 'command', label: 'Resume breaks', command: { type: 'resume' } }
    : {
        kind: 'submenu',
        label: 'Pause breaks',
        items: pauseChoices.map(({ label, request }) => ({
          kind: 'command',
          label,
          command: { type: 'pause', request },
        })),
      };
  return [
    { kind: 'status', label: status.headline },
    { kind: 'separator' },
    ...breakItems,
    { kind: 'command', label: 'Quick stretch', command: { type: 'quick-stretch' } },
    { kind: 'command', label: 'Exercise library', command: { type: 'open-library' } },
    pauseItem,
    { kind: 'separator' },
    { kind: 'command', label: 'Progress', command: { type: 'open-progress' } },
    { kind: 'command', label: 'Settings…', command: { type: 'open-settings' } },
    { kind: 'separator' },
    { kind: 'command', label: 'Quit Unhunch', command: { type: 'quit' } },
  ];
}
