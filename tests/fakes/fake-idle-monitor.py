#!/usr/bin/env python3
"""A stand-in for the desktop's idle-time services, for tests on a private session bus.

Owns org.gnome.Mutter.IdleMonitor (GetIdletime -> uint64 ms) and/or org.freedesktop.ScreenSaver
(GetSessionIdleTime -> uint32 ms, as KDE's kscreenlocker answers), exactly as the real services name
their objects. The test steers it through a control name, org.unhunch.Test.FakeIdle at
/org/unhunch/Test/FakeIdle: SetIdleMs(t) sets the value both services report, Calls() -> u counts the
idle-time calls answered so far.

Needs dbus-python and PyGObject (Debian: python3-dbus python3-gi). Runs until SIGTERM or SIGINT.
"""
import argparse
import signal

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

MUTTER = "org.gnome.Mutter.IdleMonitor"
SCREENSAVER = "org.freedesktop.ScreenSaver"
CONTROL = "org.unhunch.Test.FakeIdle"


class State:
    def __init__(self, idle_ms):
        self.idle_ms = idle_ms
        self.calls = 0


class NotSupported(dbus.exceptions.DBusException):
    # What kscreenlocker answers on Wayland.
    _dbus_error_name = "org.freedesktop.DBus.Error.NotSupported"


class MutterIdleMonitor(dbus.service.Object):
    def __init__(self, bus_name, state):
        super().__init__(bus_name, "/org/gnome/Mutter/IdleMonitor/Core")
        self.state = state

    @dbus.service.method(MUTTER, in_signature="", out_signature="t")
    def GetIdletime(self):
        self.state.calls += 1
        return dbus.UInt64(self.state.idle_ms)


class ScreenSaver(dbus.service.Object):
    def __init__(self, bus_name, state, supported):
        super().__init__(bus_name, "/org/freedesktop/ScreenSaver")
        self.state = state
        self.supported = supported

    @dbus.service.method(SCREENSAVER, in_signature="", out_signature="u")
    def GetSessionIdleTime(self):
        if not self.supported:
            raise NotSupported("GetSessionIdleTime is not supported on this platform")
        self.state.calls += 1
        return dbus.UInt32(self.state.idle_ms)


class Control(dbus.service.Object):
    def __init__(self, bus_name, state):
        super().__init__(bus_name, "/org/unhunch/Test/FakeIdle")
        self.state = state

    @dbus.service.method(CONTROL, in_signature="t", out_signature="")
    def SetIdleMs(self, idle_ms):
        self.state.idle_ms = int(idle_ms)

    @dbus.service.method(CONTROL, in_signature="", out_signature="u")
    def Calls(self):
        return dbus.UInt32(self.state.calls)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutter", action="store_true", help="own org.gnome.Mutter.IdleMonitor")
    parser.add_argument("--screensaver", action="store_true", help="own org.freedesktop.ScreenSaver")
    parser.add_argument(
        "--screensaver-not-supported",
        action="store_true",
        help="GetSessionIdleTime answers NotSupported, as KDE does on Wayland",
    )
    parser.add_argument("--idle-ms", type=int, default=0)
    args = parser.parse_args()

    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    state = State(args.idle_ms)
    # Keep the name objects referenced: dropping them releases the names.
    names = [dbus.service.BusName(CONTROL, bus)]
    Control(names[0], state)
    if args.mutter:
        names.append(dbus.service.BusName(MUTTER, bus))
        MutterIdleMonitor(names[-1], state)
    if args.screensaver or args.screensaver_not_supported:
        names.append(dbus.service.BusName(SCREENSAVER, bus))
        ScreenSaver(names[-1], state, supported=not args.screensaver_not_supported)

    loop = GLib.MainLoop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signum, loop.quit)
    print("ready", flush=True)
    loop.run()


if __name__ == "__main__":
    main()
