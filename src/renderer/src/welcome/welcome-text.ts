/**
 * The welcome page's words about where Unhunch lives. Pure, so every platform and tray state is tested
 * without a browser, including the ones the test machine is not.
 */
import type { KeyOf, Translate } from '../../../shared/i18n/catalog';
import type { WelcomeInfo } from '../../../shared/ipc-contract';

export interface WhereText {
  /** Where the icon is, or that there is none and this window is the way in; and how to come back. */
  text: string;
  /** The GNOME extension hint: only where tray icons are known to be missing. */
  trayHint: boolean;
}

const trayPlace = {
  darwin: 'trayMac',
  win32: 'trayWindows',
  linux: 'trayLinux',
  other: 'trayOther',
} as const satisfies Record<WelcomeInfo['platform'], KeyOf<'welcome'>>;

/** 'unknown' reads like 'present': an unsure check must never tell someone their tray is missing. */
export function whereText({ platform, trayHost }: WelcomeInfo, t: Translate<'welcome'>): WhereText {
  if (trayHost === 'absent') return { text: t('noTray'), trayHint: true };
  return { text: t('trayUse', { place: t(trayPlace[platform]) }), trayHint: false };
}
