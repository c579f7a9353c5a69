#!/usr/bin/env python3
"""A stand-in for the desktop's StatusNotifierWatcher, for tests on a private session bus.

Owns org.kde.StatusNotifierWatcher at /StatusNotifierWatcher, as KDE and GNOME's AppIndicator extension
do, with the IsStatusNotifierHostRegistered property false until a host registers: with --host at
start, or later through RegisterStatusNotifierHost(s), as a panel would. Only what the tray-host check
reads is here; items are accepted and forgotten.

Needs dbus-python and PyGObject (Debian: python3-dbus python3-gi). Runs until SIGTERM or SIGINT.
"""
import argparse
import signal

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

WATCHER = "org.kde.StatusNotifierWatcher"


class UnknownProperty(dbus.exceptions.DBusException):
    _dbus_error_name = "org.freedesktop.DBus.Error.UnknownProperty"


class Watcher(dbus.service.Object):
    def __init__(self, bus_name, host):
        super().__init__(bus_name, "/StatusNotifierWatcher")
        self.host = host

    def properties(self):
        return {
            "IsStatusNotifierHostRegistered": dbus.Boolean(self.host),
            "ProtocolVersion": dbus.Int32(0),
            "RegisteredStatusNotifierItems": dbus.Array([], signature="s"),
        }

    @dbus.service.method(WATCHER, in_signature="s", out_signature="")
    def RegisterStatusNotifierHost(self, _service):
        self.host = True

    @dbus.service.method(WATCHER, in_signature="s", out_signature="")
    def RegisterStatusNotifierItem(self, _service):
        pass

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        value = self.properties().get(name) if interface == WATCHER else None
        if value is None:
            raise UnknownProperty(f"No property {interface}.{name}")
        return value

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return self.properties() if interface == WATCHER else {}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", action="store_true", help="a host is registered from the start")
    args = parser.parse_args()

    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    # Keep the name object referenced: dropping it releases the name.
    name = dbus.service.BusName(WATCHER, bus)
    Watcher(name, args.host)

    loop = GLib.MainLoop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signum, loop.quit)
    loop.run()


if __name__ == "__main__":
    main()
