import { describe, expect, it } from 'vitest';
import { outsideAsar, trayIconPaths } from '../../../src/main/app-paths';

describe('outsideAsar', () => {
  it('points a file in app.asar at its unpacked copy, on Linux and on Windows', () => {
    expect(outsideAsar('/usr/lib/unhunch/resources/app.asar/resources/icon.png')).toBe(
      '/usr/lib/unhunch/resources/app.asar.unpacked/resources/icon.png',
    );
    expect(outsideAsar('C:\\Unhunch\\resources\\app.asar\\resources\\icon.png')).toBe(
      'C:\\Unhunch\\resources\\app.asar.unpacked\\resources\\icon.png',
    );
  });

  it('leaves a path outside an asar alone, and an already unpacked one too', () => {
    expect(outsideAsar('/home/me/unhunch/resources/icon.png')).toBe('/home/me/unhunch/resources/icon.png');
    expect(outsideAsar('/opt/u/resources/app.asar.unpacked/resources/icon.png')).toBe(
      '/opt/u/resources/app.asar.unpacked/resources/icon.png',
    );
  });
});

describe('trayIconPaths', () => {
  it('gives macOS the template images and the others the coloured ones', () => {
    expect(trayIconPaths('darwin').active).toMatch(/[\\/]trayTemplate\.png$/);
    expect(trayIconPaths('darwin').paused).toMatch(/[\\/]tray-pausedTemplate\.png$/);
    expect(trayIconPaths('linux').active).toMatch(/[\\/]tray\.png$/);
    expect(trayIconPaths('win32').paused).toMatch(/[\\/]tray-paused\.png$/);
  });
});
