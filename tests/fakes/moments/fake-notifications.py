#!/usr/bin/env python3
"""A stand-in for a desktop notification server, for the do-not-disturb tests on a private session bus.

Owns org.freedesktop.Notifications at /org/freedesktop/Notifications and answers
org.freedesktop.DBus.Properties.Get for the `Inhibited` boolean, as KDE Plasma's server does while
"Do not disturb" is on. With --no-inhibited it has no such property and answers InvalidArgs, as GNOME
Shell's server does. The test steers it through org.unhunch.Test.FakeNotifications.SetInhibited(b) on
the same object.

Needs dbus-python and PyGObject (Debian: python3-dbus python3-gi). Runs until SIGTERM or SIGINT.
"""
import argparse
import signal

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NOTIFICATIONS = "org.freedesktop.Notifications"
PROPERTIES = "org.freedesktop.DBus.Properties"
CONTROL = "org.unhunch.Test.FakeNotifications"


class InvalidArgs(dbus.exceptions.DBusException):
    _dbus_error_name = "org.freedesktop.DBus.Error.InvalidArgs"


class Notifications(dbus.service.Object):
    def __init__(self, bus_name, inhibited, has_inhibited):
        super().__init__(bus_name, "/org/freedesktop/Notifications")
        self.inhibited = inhibited
        self.has_inhibited = has_inhibited

    @dbus.service.method(NOTIFICATIONS, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("fake-notifications", "unhunch", "1", "1.2")

    @dbus.service.method(PROPERTIES, in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        if interface == NOTIFICATIONS and name == "Inhibited" and self.has_inhibited:
            return dbus.Boolean(self.inhibited)
        raise InvalidArgs(f"No such property '{name}'")

    @dbus.service.method(CONTROL, in_signature="b", out_signature="")
    def SetInhibited(self, inhibited):
        self.inhibited = bool(inhibited)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inhibited", action="store_true", help="start with Inhibited true")
    parser.add_argument(
        "--no-inhibited", action="store_true", help="have no Inhibited property, like GNOME Shell"
    )
    args = parser.parse_args()

    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    # Keep the name object referenced: dropping it releases the name.
    name = dbus.service.BusName(NOTIFICATIONS, bus)
    Notifications(name, args.inhibited, has_inhibited=not args.no_inhibited)

    loop = GLib.MainLoop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signum, loop.quit)
    print("ready", flush=True)
    loop.run()


if __name__ == "__main__":
    main()
