/**
 * The welcome page's controls, taken from the tray menu itself (`buildTrayMenu`), so the page and the
 * tray cannot drift apart: where no tray icon shows, this page is the only way to pause or quit. Pure, so
 * every status is tested without a browser.
 */
import type { Translate } from '../../../shared/i18n/catalog';
import { buildTrayMenu, type TrayCommand, type TrayStatus } from '../../../shared/tray-menu';

export interface PageCommand {
  label: string;
  command: TrayCommand;
}

/** The tray's submenu, shown on the page as a disclosure: a button that reveals its choices. */
export interface PageChoices {
  label: string;
  choices: PageCommand[];
}

/**
 * Where on the page a command goes. A record over every command type, so a command added to the tray
 * menu does not compile until it has a place here too.
 */
const placeOf = {
  postpone: 'breakNow',
  skip: 'breakNow',
  pause: 'pause',
  resume: 'pause',
  'quick-stretch': 'open',
  'open-library': 'open',
  'open-progress': 'open',
  'open-settings': 'open',
  quit: 'quit',
} as const satisfies Record<TrayCommand['type'], string>;

type Place = (typeof placeOf)[TrayCommand['type']];

/** A button, or a disclosure of choices; any place may hold either, as the tray menu decides. */
export type PageEntry = PageCommand | PageChoices;

export interface WelcomeMenu {
  /** The tray's status line: "Stretch in 12 min", "Paused until 14:30". */
  headline: string;
  /** Postpone and Skip, only while the break allows them. */
  breakNow: PageEntry[];
  /** The pause choices, or Resume while paused. */
  pause: PageEntry[];
  /** Quick stretch and the windows, in the tray's order. */
  open: PageEntry[];
  quit: PageEntry[];
}

export const isChoices = (entry: PageEntry): entry is PageChoices => 'choices' in entry;

/**
 * "Settings…" promises more to come, a menu's convention; on a page's button the dots are noise, and
 * some screen readers read them out.
 */
const pageLabel = (label: string): string => label.replace(/\s*…$/, '');

export function welcomeMenu(status: TrayStatus, t: Translate<'tray'>): WelcomeMenu {
  const menu: WelcomeMenu = { headline: status.headline, breakNow: [], pause: [], open: [], quit: [] };
  const groups: Record<Place, PageEntry[]> = menu;
  for (const item of buildTrayMenu(status, t)) {
    if (item.kind === 'status') menu.headline = item.label;
    else if (item.kind === 'command') {
      groups[placeOf[item.command.type]].push({ label: pageLabel(item.label), command: item.command });
    } else if (item.kind === 'submenu') {
      const choices = item.items.flatMap((child) =>
        child.kind === 'command' ? [{ label: pageLabel(child.label), command: child.command }] : [],
      );
      const first = choices[0];
      if (first) groups[placeOf[first.command.type]].push({ label: pageLabel(item.label), choices });
    }
  }
  return menu;
}

/** What the page says when a command did not get through; the user's words, not the command's. */
export function failureText({ label, command }: PageCommand, t: Translate<'welcome'>): string {
  const action = label;
  switch (command.type) {
    case 'quick-stretch':
      return t('startFailed', { action });
    case 'open-library':
    case 'open-settings':
    case 'open-progress':
      return t('openFailed', { action });
    case 'postpone':
      return t('postponeFailed');
    case 'skip':
      return t('skipFailed');
    case 'pause':
      return t('pauseFailed');
    case 'resume':
      return t('resumeFailed');
    case 'quit':
      return t('quitFailed');
  }
}
