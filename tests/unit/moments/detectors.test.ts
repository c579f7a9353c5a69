import { describe, expect, it } from 'vitest';
import { cameraInUse } from '../../../src/main/moments/camera-linux';
import { anyInUse, callDetector } from '../../../src/main/moments/calls';
import { parseConsentStoreInUse, windowsDeviceInUse } from '../../../src/main/moments/calls-windows';
import { getBooleanProperty, parseBooleanProperty } from '../../../src/main/moments/dbus-property';
import { linuxDndDetector } from '../../../src/main/moments/dnd-linux';
import {
  isX11Session,
  parseActiveWindow,
  parseFullscreenState,
  x11FullscreenDetector,
} from '../../../src/main/moments/fullscreen-x11';
import {
  microphoneInUse,
  parseMonitorSources,
  parseSourceOutputs,
} from '../../../src/main/moments/microphone-pulse';
import { fakeFs, fakeRun } from './fakes';

const GSETTINGS = 'gsettings get org.gnome.desktop.notifications show-banners';
const GDBUS_INHIBITED =
  'gdbus call --session --dest org.freedesktop.Notifications --object-path /org/freedesktop/Notifications ' +
  '--method org.freedesktop.DBus.Properties.Get org.freedesktop.Notifications Inhibited';
const DBUS_SEND_INHIBITED =
  'dbus-send --session --print-reply=literal --dest=org.freedesktop.Notifications ' +
  '/org/freedesktop/Notifications org.freedesktop.DBus.Properties.Get ' +
  'string:org.freedesktop.Notifications string:Inhibited';
const noSchema = new Error('Command failed: gsettings\nNo such schema “org.gnome.desktop.notifications”');
const noService = new Error(
  'Command failed: gdbus\nError: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable',
);

describe('D-Bus boolean properties', () => {
  it("parses gdbus's and dbus-send's replies", () => {
    expect(parseBooleanProperty('(<true>,)\n')).toBe(true);
    expect(parseBooleanProperty('(<false>,)\n')).toBe(false);
    expect(parseBooleanProperty('   variant       boolean true\n')).toBe(true);
    expect(parseBooleanProperty('   variant       boolean false\n')).toBe(false);
  });

  it('refuses any other type rather than guessing', () => {
    expect(() => parseBooleanProperty('(<uint32 1>,)')).toThrow(/Unexpected/);
    expect(() => parseBooleanProperty("(<'true'>,)")).toThrow(/Unexpected/);
    expect(() => parseBooleanProperty('')).toThrow(/Unexpected/);
  });

  it('uses dbus-send only where gdbus is not installed', async () => {
    const property = {
      service: 'org.freedesktop.Notifications',
      objectPath: '/org/freedesktop/Notifications',
      interfaceName: 'org.freedesktop.Notifications',
      property: 'Inhibited',
    };
    const run = fakeRun({ [DBUS_SEND_INHIBITED]: '   variant       boolean true\n' });
    expect(await getBooleanProperty(run, property)).toBe(true);
    expect(run.mock.calls.map(([file]) => file)).toEqual(['gdbus', 'dbus-send']);

    // A service error from an installed gdbus is the answer; dbus-send would only repeat it.
    const refused = fakeRun({ [GDBUS_INHIBITED]: noService, [DBUS_SEND_INHIBITED]: 'variant boolean true' });
    await expect(getBooleanProperty(refused, property)).rejects.toThrow(/ServiceUnknown/);
    expect(refused).toHaveBeenCalledTimes(1);
  });
});

describe('do-not-disturb on Linux', () => {
  const detect = (table: Record<string, string | Error>) => linuxDndDetector(fakeRun(table)).detect();

  it("is on when GNOME's show-banners is false, without asking D-Bus", async () => {
    const run = fakeRun({ [GSETTINGS]: 'false\n' });
    expect(await linuxDndDetector(run).detect()).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("asks the Notifications service's Inhibited when show-banners is true (KDE with GNOME schemas)", async () => {
    expect(await detect({ [GSETTINGS]: 'true\n', [GDBUS_INHIBITED]: '(<true>,)\n' })).toBe(true);
    expect(await detect({ [GSETTINGS]: 'true\n', [GDBUS_INHIBITED]: '(<false>,)\n' })).toBe(false);
  });

  it('keeps GNOME’s answer where the Notifications service has no Inhibited property', async () => {
    const noProperty = new Error('GDBus.Error:org.freedesktop.DBus.Error.InvalidArgs: No such property');
    expect(await detect({ [GSETTINGS]: 'true\n', [GDBUS_INHIBITED]: noProperty })).toBe(false);
  });

  it('uses Inhibited alone where the GNOME schema or gsettings is missing', async () => {
    expect(await detect({ [GSETTINGS]: noSchema, [GDBUS_INHIBITED]: '(<true>,)\n' })).toBe(true);
    expect(await detect({ [GDBUS_INHIBITED]: '(<false>,)\n' })).toBe(false);
  });

  it('cannot tell when neither source answers', async () => {
    expect(await detect({ [GSETTINGS]: noSchema, [GDBUS_INHIBITED]: noService })).toBe('unknown');
    expect(await detect({})).toBe('unknown');
    expect(await detect({ [GSETTINGS]: 'garbage', [GDBUS_INHIBITED]: 'garbage' })).toBe('unknown');
  });
});

describe('fullscreen on X11', () => {
  it('parses the active window, with 0x0 or a missing property as none', () => {
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x1a00003\n')).toBe('0x1a00003');
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x2c00007, 0x0\n')).toBe('0x2c00007');
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n')).toBeUndefined();
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW:  not found.\n')).toBeUndefined();
    expect(() => parseActiveWindow('xprop: unable to open display ":9"\n')).toThrow(/Unexpected/);
  });

  it('finds _NET_WM_STATE_FULLSCREEN among the window states, as a whole atom', () => {
    expect(parseFullscreenState('_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n')).toBe(true);
    expect(
      parseFullscreenState('_NET_WM_STATE(ATOM) = _NET_WM_STATE_FOCUSED, _NET_WM_STATE_FULLSCREEN\n'),
    ).toBe(true);
    expect(parseFullscreenState('_NET_WM_STATE(ATOM) = _NET_WM_STATE_MAXIMIZED_VERT\n')).toBe(false);
    expect(parseFullscreenState('_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN_X\n')).toBe(false);
    expect(parseFullscreenState('_NET_WM_STATE(ATOM) = \n')).toBe(false);
    expect(parseFullscreenState('_NET_WM_STATE:  not found.\n')).toBe(false);
    expect(() => parseFullscreenState('X Error of failed request:  BadWindow')).toThrow(/Unexpected/);
  });

  it('works on X11 only: a Wayland session or no display cannot tell', async () => {
    expect(isX11Session({ DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' })).toBe(true);
    expect(isX11Session({ DISPLAY: ':0', XDG_SESSION_TYPE: 'wayland' })).toBe(false);
    expect(isX11Session({ DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
    expect(isX11Session({})).toBe(false);
    const run = fakeRun({});
    expect(await x11FullscreenDetector(run, { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' }).detect()).toBe(
      'unknown',
    );
    expect(run).not.toHaveBeenCalled();
  });

  it('reads the active window and then its state', async () => {
    const env = { DISPLAY: ':0' };
    const active = 'xprop -root _NET_ACTIVE_WINDOW';
    const detect = (table: Record<string, string>) => x11FullscreenDetector(fakeRun(table), env).detect();
    expect(
      await detect({
        [active]: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x400007\n',
        'xprop -id 0x400007 _NET_WM_STATE': '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n',
      }),
    ).toBe(true);
    expect(
      await detect({
        [active]: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x400007\n',
        'xprop -id 0x400007 _NET_WM_STATE': '_NET_WM_STATE(ATOM) = \n',
      }),
    ).toBe(false);
    expect(await detect({ [active]: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n' })).toBe(false);
    await expect(detect({})).rejects.toThrow(/ENOENT/);
  });
});

describe('camera on Linux', () => {
  const devices = { '/dev/video0': '', '/dev/null': '' };

  it('is in use when some process holds a /dev/video* descriptor', async () => {
    const fs = fakeFs({
      ...devices,
      '/proc/1/fd/0': { link: '/dev/null' },
      '/proc/1/comm': 'init\n',
      '/proc/42/fd/0': { link: '/dev/null' },
      '/proc/42/fd/17': { link: '/dev/video0' },
      '/proc/self/fd/0': { link: '/dev/video0' },
    });
    expect(await cameraInUse({ fs })).toBe(true);
  });

  it('is free when no process holds one, skipping processes that vanish or are not ours', async () => {
    const fs = fakeFs({
      ...devices,
      '/proc/1/comm': 'init\n', // no fd directory readable: another user's process
      '/proc/42/fd/0': { link: '/dev/null' },
      '/proc/42/fd/1': { link: 'socket:[1234]' },
      '/proc/42/fd/2': '', // closed while we looked (readlink fails)
      // Not a pid: ignored even though it "holds" the camera.
      '/proc/self/fd/0': { link: '/dev/video0' },
    });
    expect(await cameraInUse({ fs })).toBe(false);
  });

  it('does not scan at all where there is no camera device', async () => {
    const fs = fakeFs({ '/dev/null': '', '/proc/42/fd/17': { link: '/dev/video0' } });
    expect(await cameraInUse({ fs })).toBe(false);
    expect(fs.calls()).toBe(1);
  });

  it('uses the injected device prefix', async () => {
    const fs = fakeFs({
      '/tmp/t/video0': '',
      '/proc/7/fd/3': { link: '/tmp/t/video0' },
    });
    expect(await cameraInUse({ fs, devicePrefix: '/tmp/t/video' })).toBe(true);
    expect(await cameraInUse({ fs })).toBe(false);
  });

  it('cannot tell without a readable /proc', async () => {
    expect(await cameraInUse({ fs: fakeFs(devices) })).toBe('unknown');
  });
});

describe('microphone through pactl', () => {
  const OUTPUTS = 'pactl list short source-outputs';
  const SOURCES = 'pactl list short sources';
  const sources =
    '0\talsa_output.pci-0000_00_1f.3.analog-stereo.monitor\tPipeWire\ts32le 2ch 48000Hz\tSUSPENDED\n' +
    '1\talsa_input.pci-0000_00_1f.3.analog-stereo\tPipeWire\ts32le 2ch 48000Hz\tRUNNING\n';

  it('parses the source of each capture stream and the monitor sources', () => {
    expect(parseSourceOutputs('5\t1\t12\tprotocol-native.c\tfloat32le 1ch 48000Hz\n\n')).toEqual(['1']);
    expect(parseSourceOutputs('')).toEqual([]);
    expect([...parseMonitorSources(sources)]).toEqual(['0']);
  });

  it('is in use while a stream records a microphone', async () => {
    const run = fakeRun({
      [OUTPUTS]: '5\t1\t12\tprotocol-native.c\tfloat32le 1ch 48000Hz\n',
      [SOURCES]: sources,
    });
    expect(await microphoneInUse(run)).toBe(true);
  });

  it('does not count streams recording what the speakers play', async () => {
    const run = fakeRun({
      [OUTPUTS]: '6\t0\t13\tprotocol-native.c\ts16le 2ch 44100Hz\n',
      [SOURCES]: sources,
    });
    expect(await microphoneInUse(run)).toBe(false);
  });

  it('is free without streams; counts all streams when sources cannot be listed', async () => {
    expect(await microphoneInUse(fakeRun({ [OUTPUTS]: '' }))).toBe(false);
    expect(
      await microphoneInUse(fakeRun({ [OUTPUTS]: '6\t0\t13\tx\ty\n', [SOURCES]: new Error('gone') })),
    ).toBe(true);
  });

  it('cannot tell without pactl or a sound server', async () => {
    expect(await microphoneInUse(fakeRun({}))).toBe('unknown');
    expect(
      await microphoneInUse(fakeRun({ [OUTPUTS]: new Error('Connection failure: Connection refused') })),
    ).toBe('unknown');
  });
});

describe('the call reason', () => {
  it('holds when either part is in use; free only when both are free', () => {
    expect(anyInUse([true, 'unknown'])).toBe(true);
    expect(anyInUse(['unknown', true])).toBe(true);
    expect(anyInUse([false, false])).toBe(false);
    expect(anyInUse([false, 'unknown'])).toBe('unknown');
  });

  it('counts a part that throws as unknown', async () => {
    const detector = callDetector([() => Promise.reject(new Error('boom')), async () => true]);
    expect(detector.reason).toBe('call');
    expect(await detector.detect()).toBe(true);
    expect(await callDetector([() => Promise.reject(new Error('boom')), async () => false]).detect()).toBe(
      'unknown',
    );
  });
});

describe('camera and microphone on Windows', () => {
  const key =
    'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam';
  const stopped = [
    key,
    '    Value    REG_SZ    Allow',
    '',
    `${key}\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe`,
    '    LastUsedTimeStart    REG_QWORD    0x1da5b6c2f3e4a10',
    '    LastUsedTimeStop    REG_QWORD    0x1da5b6d0a1b2c30',
    '',
  ].join('\r\n');
  const running = [
    stopped,
    `${key}\\Microsoft.WindowsCamera_8wekyb3d8bbwe`,
    '    LastUsedTimeStart    REG_QWORD    0x1da5b6c2f3e4a10',
    '    LastUsedTimeStop    REG_QWORD    0x0',
    '',
  ].join('\r\n');

  it('finds an app that started and has not stopped using the device', () => {
    expect(parseConsentStoreInUse(running)).toBe(true);
    expect(parseConsentStoreInUse(stopped)).toBe(false);
    // Zero stop time but never started: a granted app that never used it.
    expect(parseConsentStoreInUse(`${key}\\App\r\n    LastUsedTimeStop    REG_QWORD    0x0\r\n`)).toBe(false);
  });

  it('queries the capability key recursively, and cannot tell where it is missing', async () => {
    const command = `reg query ${key.replace('HKEY_CURRENT_USER', 'HKCU')} /s`;
    expect(await windowsDeviceInUse(fakeRun({ [command]: running }), 'webcam')).toBe(true);
    expect(await windowsDeviceInUse(fakeRun({}), 'webcam')).toBe('unknown');
  });
});
