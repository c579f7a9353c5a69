import { describe, expect, it } from 'vitest';
import { whereText } from '../../../src/renderer/src/welcome/welcome-text';
import { englishText } from '../../../src/shared/i18n/english';
import type { WelcomePlatform } from '../../../src/shared/ipc-contract';

const t = englishText('welcome');

const platforms: WelcomePlatform[] = ['linux', 'darwin', 'win32', 'other'];

describe('whereText', () => {
  it('names where the icon lives on each platform', () => {
    expect(whereText({ platform: 'darwin', trayHost: 'present' }, t).text).toMatch(
      /^Unhunch lives in the menu bar/,
    );
    expect(whereText({ platform: 'win32', trayHost: 'present' }, t).text).toMatch(
      /notification area.*taskbar/,
    );
    expect(whereText({ platform: 'linux', trayHost: 'present' }, t).text).toMatch(/system tray/);
    expect(whereText({ platform: 'other', trayHost: 'present' }, t).text).toMatch(/system tray/);
  });

  it('reads an unsure check like a tray that is there: no nagging', () => {
    for (const platform of platforms) {
      const unsure = whereText({ platform, trayHost: 'unknown' }, t);
      expect(unsure).toEqual(whereText({ platform, trayHost: 'present' }, t));
      expect(unsure.trayHint).toBe(false);
      expect(unsure.text).toContain('Click its icon');
    }
  });

  it('without a tray, makes this window the way in and says how to come back', () => {
    const absent = whereText({ platform: 'linux', trayHost: 'absent' }, t);
    expect(absent.trayHint).toBe(true);
    expect(absent.text).toContain('this window is your way in');
    expect(absent.text).toContain('open Unhunch again from your app launcher');
    expect(absent.text).not.toContain('Click its icon');
  });
});
