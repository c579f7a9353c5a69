/** What a tray menu item does when chosen; the tray adapter maps these to app actions. */
export type TrayCommand = 'quick-stretch' | 'open-library' | 'quit';

export type TrayMenuItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'command'; label: string; command: TrayCommand };

export interface TrayStatus {
  /** One line on what comes next, e.g. "Stretch in 12 min". */
  headline: string;
}

/** The tray menu as data, so its content is tested without Electron and rendered by a thin adapter. */
export function buildTrayMenu(status: TrayStatus): TrayMenuItem[] {
  return [
    { kind: 'status', label: status.headline },
    { kind: 'separator' },
    { kind: 'command', label: 'Quick stretch', command: 'quick-stretch' },
    { kind: 'command', label: 'Exercise library', command: 'open-library' },
    { kind: 'separator' },
    { kind: 'command', label: 'Quit Unhunch', command: 'quit' },
  ];
}
