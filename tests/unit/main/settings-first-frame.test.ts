import { describe, expect, it } from 'vitest';
import { renderSettingsFirstFrame } from '../../../src/main/settings-first-frame';
import type { SettingsView } from '../../../src/shared/ipc-contract';
import { normalizePreferences } from '../../../src/shared/preferences';
import { normalizeSettings } from '../../../src/shared/settings';

const view = (settings: Record<string, unknown> = {}, extra: Partial<SettingsView> = {}): SettingsView => ({
  settings: normalizeSettings(settings).settings,
  preferences: normalizePreferences({}).preferences,
  loginItem: { available: true },
  shortcutProblems: {},
  ...extra,
});

/** The frame's fields as a page would parse them, read without a DOM: id, type, value or state. */
const fields = (html: string) =>
  [...html.matchAll(/<input([^>]*)>/g)].map(([, attributes]) => ({
    id: /id="([^"]+)"/.exec(attributes!)?.[1],
    type: /type="([^"]+)"/.exec(attributes!)?.[1],
    value: /value="([^"]*)"/.exec(attributes!)?.[1],
    checked: / checked(?=[\s>=]|$)/.test(attributes!),
  }));

describe('a settings window’s first frame, rendered in main', () => {
  it('is the form as its page first draws it: the heading, the navigation and the first section, from the view', () => {
    const shown = view({ microBreak: { everyMinutes: 25 }, longBreak: { enabled: false } });
    const frame = renderSettingsFirstFrame(shown, 'en');
    expect(frame?.view).toBe(shown);
    const html = frame!.html;
    expect(html).toContain('<h1 id="settings-title" tabindex="-1">Settings</h1>');
    expect(html).toContain('id="breaks-title"');
    // The other sections come after the first frame, in the page, as they do without one.
    expect(html).not.toContain('id="postponing-title"');
    expect(fields(html)).toEqual(
      expect.arrayContaining([
        { id: 'field-microBreak-enabled', type: 'checkbox', value: undefined, checked: true },
        { id: 'field-microBreak-everyMinutes', type: 'number', value: '25', checked: false },
        { id: 'field-longBreak-enabled', type: 'checkbox', value: undefined, checked: false },
      ]),
    );
    // The navigation names every section, so the page's layout does not move when they come.
    expect(html).toContain('Keyboard shortcuts');
  });

  it('shows the repaired-file notice, and the reason breaks cannot cover every screen', () => {
    const html = renderSettingsFirstFrame(
      view({}, { notice: 'Your settings file was repaired.', everyScreenUnavailable: 'Not on Wayland.' }),
      'en',
    )!.html;
    expect(html).toContain('Your settings file was repaired.');
    expect(html).toContain('Not on Wayland.');
  });

  it('speaks the window’s language', () => {
    const html = renderSettingsFirstFrame(view(), 'de')!.html;
    expect(html).toContain('<h1 id="settings-title" tabindex="-1">Einstellungen</h1>');
    expect(html).not.toContain('>Settings<');
  });

  it('escapes what the view holds: a notice is text, never markup', () => {
    const html = renderSettingsFirstFrame(view({}, { notice: '<img src=x onerror="alert(1)">' }), 'en')!.html;
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror="alert(1)">');
  });

  it('leaves the frame to the page in the pseudo-locale, whose texts are made in the page', () => {
    expect(renderSettingsFirstFrame(view(), 'en-XA')).toBeNull();
  });
});
