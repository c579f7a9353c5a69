/** Main's words follow the current language: each module reads its `t` when it speaks, not when built. */
import { describe, expect, it, vi } from 'vitest';
import { describeNext } from '../../../src/main/engine/describe-next';
import { GlobalShortcuts } from '../../../src/main/global-shortcuts';
import { HistoryStore } from '../../../src/main/persistence/history-store';
import { MemoryPort } from '../../../src/main/persistence/memory-port';
import { SettingsStore } from '../../../src/main/persistence/settings-store';
import { UiLanguage } from '../../../src/main/ui-language';
import { preferRegionalFormats } from '../../../src/shared/i18n/message-format';
import type { Language } from '../../../src/shared/preferences';
import { everyScreenUnavailable } from '../../../src/main/user-settings';
import { translator, type LocaleBundle } from '../../../src/shared/i18n/catalog';
import english from '../../../src/shared/i18n/catalogs/en';
import { englishText } from '../../../src/shared/i18n/english';
import { pseudoBundle } from '../../../src/shared/i18n/pseudo-bundle';
import { MIN, rig } from '../engine/fake-world';

/** A language that changes under the module's feet, as UiLanguage's does. */
function switchable() {
  let bundle: LocaleBundle = english;
  return { bundle: () => bundle, speak: (next: LocaleBundle) => void (bundle = next) };
}

describe("main's words in the current language", () => {
  it('describes the next break in the words and the locale it is given', () => {
    const { world, engine } = rig();
    world.holdReasons = ['call', 'fullscreen'];
    world.advance(20 * MIN);
    const pseudo = translator(() => pseudoBundle(), 'tray');
    const label = describeNext(engine.snapshot(), world.monoMs, world.wallMs, {
      t: pseudo,
      locale: 'en-XA',
    }).label;
    const [before] = pseudo('microWaiting', { reasons: '|' }).split('|');
    expect(label.startsWith(before!)).toBe(true);
    expect(label).toContain(`${pseudo('reasonFullscreen')}, ${pseudo('reasonCall')}`);
    expect(label).not.toMatch(/Stretch|call/);
  });

  it('writes clock times the way the system writes its variant of the language', () => {
    const formatLocale = (preference: Language, languages: string[]) =>
      new UiLanguage(preference, { systemLanguages: () => languages }).formatLocale;
    try {
      expect(formatLocale('en', ['en-GB', 'de-DE'])).toBe('en-GB');
      expect(formatLocale('de', ['en-GB', 'de_AT'])).toBe('de-AT');
      expect(formatLocale('de', ['en-GB'])).toBe('de');
      expect(formatLocale('fr', ['not a tag!', 'fr-CA'])).toBe('fr-CA');
      expect(formatLocale('system', ['en-US'])).toBe('en-US');
    } finally {
      preferRegionalFormats([]);
    }
  });

  it("words a refused shortcut when Settings asks, in that moment's language", () => {
    const { bundle, speak } = switchable();
    const manager = new GlobalShortcuts({
      port: { register: () => false, unregister: vi.fn(), setSuspended: vi.fn() },
      run: vi.fn(),
      wayland: false,
      log: vi.fn(),
      t: translator(bundle, 'dialogs'),
    });
    manager.apply({ quickStretch: 'Ctrl+Alt+S', pauseResume: '', skipBreak: '' });
    expect(manager.problemsView().quickStretch).toBe(
      englishText('dialogs')('shortcutRefused', { shortcut: 'Ctrl+Alt+S' }),
    );
    speak(pseudoBundle());
    expect(manager.problemsView().quickStretch).toBe(
      translator(pseudoBundle, 'dialogs')('shortcutRefused', { shortcut: 'Ctrl+Alt+S' }),
    );
  });

  it('says why every screen is unavailable in the current language', () => {
    const { bundle, speak } = switchable();
    const reason = everyScreenUnavailable(true, translator(bundle, 'dialogs'))!;
    expect(reason()).toMatch(/^Your desktop \(Wayland\) decides/);
    speak(pseudoBundle());
    expect(reason()).toBe(translator(pseudoBundle, 'dialogs')('everyScreenWayland'));
    expect(everyScreenUnavailable(false)).toBeUndefined();
  });

  it("words what loading repaired in the language it is shown in, lists and plurals the locale's way", () => {
    const pseudo = translator(pseudoBundle, 'notify');
    const settings = new SettingsStore(
      new MemoryPort({ schemaVersion: 2, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }),
    );
    expect(settings.notice).toMatch(/: a, b, c, d, e and 2 more\. Your old file was kept as /);
    const words = settings.noticeIn(pseudo, 'de')!;
    expect(words).toContain('a, b, c, d und e');
    expect(words).not.toMatch(/Some settings|Your old file/);
    const history = new HistoryStore({ port: new MemoryPort('{"breaks": [') });
    expect(history.notice).toMatch(/^Your history file could not be read/);
    expect(history.noticeIn(pseudo, 'en-XA')).toMatch(/^\[/);
  });
});
