import type { KeyOf, Translate } from './i18n/catalog';
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

/** The pause choices, as data: the submenu, the command line and the IPC schema read the same list. */
export const pauseChoices = [
  { label: 'pauseFor30Minutes', request: { kind: 'minutes', minutes: 30 } },
  { label: 'pauseFor1Hour', request: { kind: 'minutes', minutes: 60 } },
  { label: 'pauseFor2Hours', request: { kind: 'minutes', minutes: 120 } },
  { label: 'pauseUntilTomorrow', request: { kind: 'tomorrow' } },
  { label: 'pauseUntilResumed', request: { kind: 'indefinite' } },
] as const satisfies readonly { label: KeyOf<'tray'>; request: PauseRequest }[];

/**
 * The tray menu as data, so its content is tested without Electron and rendered by a thin adapter. Its
 * words come from `t`, so the same menu is built again in a new language when the language changes.
 */
export function buildTrayMenu(status: TrayStatus, t: Translate<'tray'>): TrayMenuItem[] {
  const breakItems: TrayMenuItem[] = [
    ...(status.canPostpone
      ? [{ kind: 'command', label: t('postpone'), command: { type: 'postpone' } } as const]
      : []),
    ...(status.canSkip ? [{ kind: 'command', label: t('skip'), command: { type: 'skip' } } as const] : []),
  ];
  const pauseItem: TrayMenuItem = status.paused
    ? { kind: 'command', label: t('resume'), command: { type: 'resume' } }
    : {
        kind: 'submenu',
        label: t('pause'),
        items: pauseChoices.map(({ label, request }) => ({
          kind: 'command',
          label: t(label),
          command: { type: 'pause', request },
        })),
      };
  return [
    { kind: 'status', label: status.headline },
    { kind: 'separator' },
    ...breakItems,
    { kind: 'command', label: t('quickStretch'), command: { type: 'quick-stretch' } },
    { kind: 'command', label: t('library'), command: { type: 'open-library' } },
    pauseItem,
    { kind: 'separator' },
    { kind: 'command', label: t('progress'), command: { type: 'open-progress' } },
    { kind: 'command', label: t('settings'), command: { type: 'open-settings' } },
    { kind: 'separator' },
    { kind: 'command', label: t('quit'), command: { type: 'quit' } },
  ];
}
