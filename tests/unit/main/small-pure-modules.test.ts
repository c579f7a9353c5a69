import { describe, expect, it, vi } from 'vitest';
import { PlayerSessions } from '../../../src/main/player-sessions';
import { buildTrayMenu } from '../../../src/main/tray-menu';
import { trustedUrlMatcher } from '../../../src/main/trusted-origin';
import { centreInWorkArea } from '../../../src/main/window-placement';
import { viewFromHash } from '../../../src/shared/views';

describe('trustedUrlMatcher', () => {
  it('trusts only the built renderer file, whatever the hash', () => {
    const trusted = trustedUrlMatcher('file:///opt/unhunch/out/renderer/index.html');
    expect(trusted('file:///opt/unhunch/out/renderer/index.html#/player')).toBe(true);
    expect(trusted('file:///opt/unhunch/out/renderer/other.html')).toBe(false);
    expect(trusted('file:///tmp/evil.html')).toBe(false);
    expect(trusted('https://example.com/')).toBe(false);
    expect(trusted('not a url')).toBe(false);
    expect(trusted('')).toBe(false);
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

describe('buildTrayMenu', () => {
  it('starts with the status line, then the commands, with Quit last', () => {
    const menu = buildTrayMenu({ headline: 'Stretch in 12 min' });
    expect(menu[0]).toEqual({ kind: 'status', label: 'Stretch in 12 min' });
    const commands = menu.flatMap((item) => (item.kind === 'command' ? [item.command] : []));
    expect(commands).toEqual(['quick-stretch', 'open-library', 'quit']);
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
    });
    const second = sessions.start({
      reason: 'micro',
      title: 'Cat pose',
      items: [{ exerciseId: 'cat-pose' }],
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
