/**
 * The user's global shortcuts, kept registered with the system while Unhunch runs. No Electron here:
 * `index.ts` hands over Electron's `globalShortcut` as the port (usable only once the app is ready).
 *
 * A shortcut the system refuses (another app holds it) stays in the preferences and is reported in
 * Settings, not dropped: the other app may quit, and every start, every change and every opening of
 * Settings tries again.
 */
import type { GlobalShortcut } from 'electron';
import type { Translate } from '../shared/i18n/catalog';
import { englishText } from '../shared/i18n/english';
import type { ShortcutProblems } from '../shared/ipc-contract';
import { SHORTCUT_ACTIONS, type ShortcutAction, type Shortcuts } from '../shared/preferences';

export type ShortcutPort = Pick<GlobalShortcut, 'register' | 'unregister' | 'setSuspended'>;

export interface GlobalShortcutsOptions {
  port: ShortcutPort;
  run: (action: ShortcutAction) => void;
  /** Wayland desktops bind shortcuts through a portal and may refuse for reasons of their own. */
  wayland: boolean;
  log: (message: string, detail?: unknown) => void;
  /** What Settings is told, in the current language on every call; English by default. */
  t?: Translate<'dialogs'>;
}

/** What Settings says of a shortcut the system refused. */
export function refusedShortcut(
  accelerator: string,
  wayland: boolean,
  t: Translate<'dialogs'> = englishText('dialogs'),
): string {
  return t(wayland ? 'shortcutRefusedWayland' : 'shortcutRefused', { shortcut: accelerator });
}

export class GlobalShortcuts {
  /** What is registered with the system, by action. */
  private readonly held = new Map<ShortcutAction, string>();
  private wanted: Shortcuts = { quickStretch: '', pauseResume: '', skipBreak: '' };
  /** Each problem as words made when Settings asks, so they follow a change of language. */
  private readonly problems: Partial<Record<ShortcutAction, () => string>> = {};
  private suspended = false;

  private readonly t: Translate<'dialogs'>;

  constructor(private readonly options: GlobalShortcutsOptions) {
    this.t = options.t ?? englishText('dialogs');
  }

  /** Follows the preferences: what changed is released first, so two actions can swap keys. */
  apply(shortcuts: Shortcuts): void {
    // Electron refuses new registrations while suspended: a recorder that saved has finished recording.
    this.suspend(false);
    this.wanted = { ...shortcuts };
    const changed = SHORTCUT_ACTIONS.filter((action) => this.held.get(action) !== shortcuts[action]);
    for (const action of changed) {
      const accelerator = this.held.get(action);
      if (accelerator !== undefined) this.options.port.unregister(accelerator);
      this.held.delete(action);
      delete this.problems[action];
    }
    for (const action of changed) this.register(action);
  }

  /** Tries again the shortcuts the system refused; another app may have let them go. */
  retry(): void {
    if (this.suspended) return;
    for (const action of SHORTCUT_ACTIONS) {
      if (this.problems[action] !== undefined) this.register(action);
    }
  }

  /** Off while the user records a new shortcut, so pressing one of ours reaches the page, not us. */
  suspend(suspended: boolean): void {
    if (suspended === this.suspended) return;
    this.suspended = suspended;
    this.options.port.setSuspended(suspended);
  }

  problemsView(): ShortcutProblems {
    const view: ShortcutProblems = {};
    for (const action of SHORTCUT_ACTIONS) {
      const problem = this.problems[action];
      if (problem) view[action] = problem();
    }
    return view;
  }

  /** Gives every shortcut back to the system: at quit. */
  dispose(): void {
    for (const accelerator of this.held.values()) this.options.port.unregister(accelerator);
    this.held.clear();
  }

  private register(action: ShortcutAction): void {
    const accelerator = this.wanted[action];
    if (accelerator === '') return;
    let registered: boolean;
    try {
      registered = this.options.port.register(accelerator, () => this.options.run(action));
    } catch (error) {
      // The shared check should have caught it; Electron's parser is the last word.
      this.options.log('a shortcut Electron cannot read', { accelerator, error });
      this.problems[action] = () => this.t('shortcutUnreadable', { shortcut: accelerator });
      return;
    }
    if (registered) {
      this.held.set(action, accelerator);
      delete this.problems[action];
      return;
    }
    this.problems[action] = () => refusedShortcut(accelerator, this.options.wayland, this.t);
  }
}
