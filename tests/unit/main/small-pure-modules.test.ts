import { englishText } from '../../../src/shared/i18n/english';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { PlayerSessions } from '../../../src/main/player-sessions';
import { buildTrayMenu, pauseChoices, type TrayMenuItem } from '../../../src/main/tray-menu';
import { trustedUrlMatcher } from '../../../src/main/trusted-origin';
import { centreInWorkArea, overlaps, planCovers } from '../../../src/main/window-placement';
import { viewFromHash } from '../../../src/shared/views';

describe('trustedUrlMatcher', () => {
  it('trusts only the built renderer pages, whatever the hash', () => {
    const trusted = trustedUrlMatcher('file:///opt/unhunch/out/renderer/index.html');
    expect(trusted('file:///opt/unhunch/out/renderer/index.html#/player')).toBe(true);
    expect(trusted('file:///opt/unhunch/out/renderer/player.html#/player?lang=de')).toBe(true);
    expect(trusted('file:///opt/unhunch/out/renderer/settings.html')).toBe(true);
    expect(trusted('file:///opt/unhunch/out/renderer/other.html')).toBe(false);
    expect(trusted('file:///opt/unhunch/out/renderer/assets/player.html')).toBe(false);
    expect(trusted('file:///opt/unhunch/out/player.html')).toBe(false);
    expect(trusted('file:///tmp/evil.html')).toBe(false);
    expect(trusted('https://example.com/')).toBe(false);
    expect(trusted('not a url')).toBe(false);
    expect(trusted('')).toBe(false);
  });

  // Launched from `c:\users\...`, our entry keeps the lower-case drive; Chromium's page URL upper-cases it.
  it('matches a Windows drive letter whatever its case', () => {
    const trusted = trustedUrlMatcher('file:///c:/Users/jo/unhunch/out/renderer/index.html', 'win32');
    expect(trusted('file:///C:/Users/jo/unhunch/out/renderer/index.html#/settings')).toBe(true);
    expect(trusted('file:///c:/Users/jo/unhunch/out/renderer/index.html')).toBe(true);
    expect(trustedUrlMatcher('file:///C:/app/index.html', 'win32')('file:///c:/app/index.html')).toBe(true);
    // Only the drive letter: the rest of the path, and other drives, still have to match exactly.
    expect(trusted('file:///C:/USERS/jo/unhunch/out/renderer/index.html')).toBe(false);
    expect(trusted('file:///D:/Users/jo/unhunch/out/renderer/index.html')).toBe(false);
    expect(trusted('file:///C:/Users/jo/unhunch/out/renderer/other.html')).toBe(false);
    expect(trusted('file:///C:/Users/jo/unhunch/out/renderer/library.html#/library')).toBe(true);
  });

  it('keeps a leading "c:" directory case-sensitive off Windows', () => {
    const trusted = trustedUrlMatcher('file:///c:/unhunch/index.html', 'linux');
    expect(trusted('file:///c:/unhunch/index.html')).toBe(true);
    expect(trusted('file:///C:/unhunch/index.html')).toBe(false);
  });

  it('reads percent-encoded and plain characters in the path as the same file', () => {
    const trusted = trustedUrlMatcher('file:///C:/Program%20Files/Un%5Ehunch/index.html', 'win32');
    expect(trusted('file:///C:/Program Files/Un^hunch/index.html')).toBe(true);
    expect(trusted('file:///c:/Program%20Files/Un%5ehunch/index.html#/player')).toBe(true);
    expect(trustedUrlMatcher('file:///opt/my%20apps/index.html')('file:///opt/my apps/index.html')).toBe(
      true,
    );
  });

  it("trusts Chromium's spelling of the entry Node builds from a lower-case Windows path", () => {
    const appPath = 'c:\\Users\\Jo Smith\\a^b{c}[1]\\out\\renderer\\index.html';
    const trusted = trustedUrlMatcher(pathToFileURL(appPath, { windows: true }).href, 'win32');
    expect(trusted('file:///C:/Users/Jo%20Smith/a^b{c}[1]/out/renderer/index.html#/player')).toBe(true);
    expect(trusted('file:///C:/Users/Jo%20Smith/a%5Eb%7Bc%7D%5B1%5D/out/renderer/index.html')).toBe(true);
    expect(trusted('file:///C:/Users/Jo%20Smith/a^b{c}[2]/out/renderer/index.html')).toBe(false);
  });

  it('does not let an encoded slash or dot segment stand for a folder of the path', () => {
    const trusted = trustedUrlMatcher('file:///opt/unhunch/out/renderer/index.html', 'linux');
    expect(trusted('file:///opt/unhunch%2Fout/renderer/index.html')).toBe(false);
    expect(trusted('file:///opt/unhunch/out/renderer/x/%2e%2e/index.html')).toBe(true);
    expect(trusted('file:///opt/unhunch/out/renderer/%2e%2e/renderer/index.html%00')).toBe(false);
    expect(trusted('file:///opt/unhunch/out/renderer/index.html%')).toBe(false);
  });

  it('refuses our file on another host, or with a query', () => {
    const trusted = trustedUrlMatcher('file:///opt/unhunch/out/renderer/index.html', 'linux');
    // On Windows file://host/... is a UNC path: a file on another machine's share.
    expect(trusted('file://evil/opt/unhunch/out/renderer/index.html')).toBe(false);
    expect(trusted('file:///opt/unhunch/out/renderer/index.html?view=player')).toBe(false);
    const unc = trustedUrlMatcher('file://server/share/unhunch/index.html', 'win32');
    expect(unc('file://SERVER/share/unhunch/index.html#/player')).toBe(true);
    expect(unc('file:///share/unhunch/index.html')).toBe(false);
  });

  it('trusts the dev server origin during development', () => {
    const trusted = trustedUrlMatcher('http://localhost:5173');
    expect(trusted('http://localhost:5173/#/library')).toBe(true);
    expect(trusted('http://localhost:5174/')).toBe(false);
    expect(trusted('http://127.0.0.1:5173/')).toBe(false);
  });
});

describe('centreInWorkArea', () => {
  it('centres the window in the work area of a secondary display', () => {
    expect(
      centreInWorkArea({ x: 1920, y: 0, width: 2560, height: 1400 }, { width: 720, height: 640 }),
    ).toEqual({
      x: 1920 + 920,
      y: 380,
      width: 720,
      height: 640,
    });
  });

  it('shrinks to fit a display smaller than the window', () => {
    expect(centreInWorkArea({ x: 0, y: 0, width: 600, height: 500 }, { width: 720, height: 640 })).toEqual({
      x: 0,
      y: 0,
      width: 600,
      height: 500,
    });
  });
});

describe('planCovers', () => {
  const left = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  const right = { id: 2, bounds: { x: 1920, y: 0, width: 2560, height: 1440 } };
  const above = { id: 3, bounds: { x: 0, y: -1080, width: 1920, height: 1080 } };

  it('covers every display but the one the break plays on', () => {
    expect(planCovers(new Map(), [left, right, above], 1)).toEqual({
      open: [right, above],
      resize: [],
      close: [],
    });
  });

  it('keeps a cover that still fits, resizes one whose display changed, and closes the rest', () => {
    const covers = new Map([
      [2, { x: 1920, y: 0, width: 1920, height: 1080 }],
      [3, above.bounds],
      [4, { x: 9999, y: 0, width: 800, height: 600 }],
    ]);
    expect(planCovers(covers, [left, right, above], 1)).toEqual({ open: [], resize: [right], close: [4] });
  });

  it('closes the cover of the display the player moved to, and covers the one it left', () => {
    expect(planCovers(new Map([[2, right.bounds]]), [left, right], 2)).toEqual({
      open: [left],
      resize: [],
      close: [2],
    });
  });

  it('covers nothing on a single display', () => {
    expect(planCovers(new Map(), [left], 1)).toEqual({ open: [], resize: [], close: [] });
  });
});

describe('overlaps', () => {
  it('needs shared area: touching edges do not count', () => {
    const a = { x: 0, y: 0, width: 100, height: 100 };
    expect(overlaps(a, { x: 50, y: 50, width: 100, height: 100 })).toBe(true);
    expect(overlaps(a, { x: 100, y: 0, width: 100, height: 100 })).toBe(false);
  });
});

describe('buildTrayMenu', () => {
  const idle = { headline: 'Stretch in 12 min', paused: false, canPostpone: false, canSkip: false };
  const commandsOf = (menu: TrayMenuItem[]) =>
    menu.flatMap((item) =>
      item.kind === 'command' ? [item.command.type] : item.kind === 'submenu' ? ['(menu)'] : [],
    );

  it('starts with the status line, then the commands, with Quit last', () => {
    const menu = buildTrayMenu(idle, englishText('tray'));
    expect(menu[0]).toEqual({ kind: 'status', label: 'Stretch in 12 min' });
    expect(commandsOf(menu)).toEqual([
      'quick-stretch',
      'open-library',
      '(menu)',
      'open-progress',
      'open-settings',
      'quit',
    ]);
  });

  it('offers postpone and skip only while a break is pending and allowed', () => {
    expect(
      commandsOf(buildTrayMenu({ ...idle, canPostpone: true, canSkip: true }, englishText('tray'))).slice(
        0,
        2,
      ),
    ).toEqual(['postpone', 'skip']);
    expect(commandsOf(buildTrayMenu({ ...idle, canSkip: true }, englishText('tray')))).not.toContain(
      'postpone',
    );
  });

  it('offers every pause length, or Resume while paused', () => {
    const pause = buildTrayMenu(idle, englishText('tray')).find((item) => item.kind === 'submenu');
    expect(
      pause?.kind === 'submenu' && pause.items.map((item) => item.kind === 'command' && item.command),
    ).toEqual(pauseChoices.map(({ request }) => ({ type: 'pause', request })));
    expect(pauseChoices.map(({ request }) => request.kind)).toEqual([
      'minutes',
      'minutes',
      'minutes',
      'tomorrow',
      'indefinite',
    ]);
    const paused = buildTrayMenu(
      { ...idle, headline: 'Paused until 14:30', paused: true },
      englishText('tray'),
    );
    expect(commandsOf(paused)).toContain('resume');
    expect(commandsOf(paused)).not.toContain('(menu)');
  });
});

describe('PlayerSessions', () => {
  it('ends every session exactly once, whichever way it ends', () => {
    const ended = vi.fn();
    const sessions = new PlayerSessions(ended);
    const first = sessions.start({
      reason: 'quick',
      title: 'Chin tuck',
      items: [{ exerciseId: 'chin-tuck' }],
      canPostpone: false,
      canSkip: true,
    });
    const second = sessions.start({
      reason: 'micro',
      title: 'Cat pose',
      items: [{ exerciseId: 'cat-pose' }],
      canPostpone: true,
      canSkip: true,
    });
    expect(second.id).not.toBe(first.id);
    expect(ended).toHaveBeenLastCalledWith(first, 'skipped');
    expect(sessions.finish(first.id, 'completed')).toBe(false);
    expect(sessions.finish(second.id, 'completed')).toBe(true);
    expect(ended).toHaveBeenLastCalledWith(second, 'completed');
    sessions.abandon();
    expect(ended).toHaveBeenCalledTimes(2);
    expect(sessions.current).toBeNull();
  });
});

describe('viewFromHash', () => {
  it('reads the view from the hash and ignores anything unknown', () => {
    expect(viewFromHash('#/player')).toBe('player');
    expect(viewFromHash('#library')).toBe('library');
    expect(viewFromHash('#/player/extra?x=1')).toBe('player');
    expect(viewFromHash('#/settings-hack')).toBeUndefined();
    expect(viewFromHash('')).toBeUndefined();
  });
});
