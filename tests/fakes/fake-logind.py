#!/usr/bin/env python3
"""A stand-in for systemd-logind, for the screen-lock tests on a private bus used as the system bus.

Owns org.freedesktop.login1 with the parts of logind's API the app follows, named as logind names them:
the Manager at /org/freedesktop/login1 (GetSession, GetSessionByPID) and one Session object with the
LockedHint and IdleHint properties, the Lock and Unlock signals and PropertiesChanged. The test steers
it through the real Session methods, which behave as logind's do: Lock()/Unlock() only emit the signal
(a request to the screen locker, as `loginctl lock-session` sends), SetLockedHint(b)/SetIdleHint(b)
change the property and emit PropertiesChanged with the new values. --locked starts it locked,
--no-auto makes GetSession("auto") fail as it does for a caller outside any session.

Connects to DBUS_SYSTEM_BUS_ADDRESS. Needs dbus-python and PyGObject (Debian: python3-dbus
python3-gi). Runs until SIGTERM or SIGINT.
"""
import argparse
import signal
import time

import dbus
import dbus.lowlevel
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

LOGIN1 = "org.freedesktop.login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"


class NoSuchSession(dbus.exceptions.DBusException):
    _dbus_error_name = "org.freedesktop.login1.NoSuchSession"


class NoSessionForPID(dbus.exceptions.DBusException):
    _dbus_error_name = "org.freedesktop.login1.NoSessionForPID"


class UnknownProperty(dbus.exceptions.DBusException):
    _dbus_error_name = "org.freedesktop.DBus.Error.UnknownProperty"


class Session(dbus.service.Object):
    def __init__(self, bus_name, path, session_id, locked):
        super().__init__(bus_name, path)
        self.props = {
            "Id": dbus.String(session_id),
            "Active": dbus.Boolean(True),
            "State": dbus.String("active"),
            "LockedHint": dbus.Boolean(locked),
            "IdleHint": dbus.Boolean(False),
            "IdleSinceHint": dbus.UInt64(0),
            "IdleSinceHintMonotonic": dbus.UInt64(0),
        }

    @dbus.service.method(PROPERTIES, in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        if interface != SESSION or name not in self.props:
            raise UnknownProperty(f"Unknown property {interface}.{name}")
        return self.props[name]

    @dbus.service.method(PROPERTIES, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return dbus.Dictionary(self.props if interface == SESSION else {}, signature="sv")

    @dbus.service.signal(PROPERTIES, signature="sa{sv}as")
    def PropertiesChanged(self, interface, changed, invalidated):
        pass

    # logind's Session.Lock()/Unlock() methods only emit the same-named signals. dbus-python cannot
    # declare a method and a signal under one name, so the signals go out as raw messages.
    def _emit(self, member):
        message = dbus.lowlevel.SignalMessage(self.__dbus_object_path__, SESSION, member)
        self.connection.send_message(message)

    @dbus.service.method(SESSION, in_signature="", out_signature="")
    def Lock(self):
        self._emit("Lock")

    @dbus.service.method(SESSION, in_signature="", out_signature="")
    def Unlock(self):
        self._emit("Unlock")

    @dbus.service.method(SESSION, in_signature="b", out_signature="")
    def SetLockedHint(self, locked):
        self.props["LockedHint"] = dbus.Boolean(locked)
        self.PropertiesChanged(
            SESSION,
            dbus.Dictionary({"LockedHint": self.props["LockedHint"]}, signature="sv"),
            dbus.Array([], signature="s"),
        )

    @dbus.service.method(SESSION, in_signature="b", out_signature="")
    def SetIdleHint(self, idle):
        # logind announces the three idle properties together, as here.
        usec = int(time.time() * 1_000_000)
        self.props["IdleHint"] = dbus.Boolean(idle)
        self.props["IdleSinceHint"] = dbus.UInt64(usec)
        self.props["IdleSinceHintMonotonic"] = dbus.UInt64(int(time.monotonic() * 1_000_000))
        changed = {key: self.props[key] for key in ("IdleHint", "IdleSinceHint", "IdleSinceHintMonotonic")}
        self.PropertiesChanged(
            SESSION, dbus.Dictionary(changed, signature="sv"), dbus.Array([], signature="s")
        )


class Manager(dbus.service.Object):
    def __init__(self, bus_name, session_path, session_id, auto):
        super().__init__(bus_name, "/org/freedesktop/login1")
        self.session_path = session_path
        self.session_id = session_id
        self.auto = auto

    @dbus.service.method(MANAGER, in_signature="s", out_signature="o")
    def GetSession(self, session_id):
        if session_id == self.session_id or (session_id == "auto" and self.auto):
            return dbus.ObjectPath(self.session_path)
        if session_id == "auto":
            # What logind answers a caller outside any session, and an old logind before "auto".
            raise NoSessionForPID("Caller does not belong to any known session")
        raise NoSuchSession(f"No session '{session_id}' known")

    @dbus.service.method(MANAGER, in_signature="u", out_signature="o")
    def GetSessionByPID(self, pid):
        return dbus.ObjectPath(self.session_path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--session-id", default="2")
    parser.add_argument("--locked", action="store_true", help="start with LockedHint true")
    parser.add_argument(
        "--no-auto", action="store_true", help='GetSession("auto") fails; only GetSessionByPID answers'
    )
    args = parser.parse_args()

    DBusGMainLoop(set_as_default=True)
    bus = dbus.SystemBus()
    # logind escapes a leading digit in the id: session "2" lives at .../session/_32.
    escaped = "".join(
        c if c.isalpha() or (c.isdigit() and i > 0) else f"_{ord(c):02x}" for i, c in enumerate(args.session_id)
    )
    session_path = f"/org/freedesktop/login1/session/{escaped}"
    # Keep the name object referenced: dropping it releases the name.
    name = dbus.service.BusName(LOGIN1, bus)
    Manager(name, session_path, args.session_id, auto=not args.no_auto)
    Session(name, session_path, args.session_id, args.locked)

    loop = GLib.MainLoop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signum, loop.quit)
    print("ready", flush=True)
    loop.run()


if __name__ == "__main__":
    main()
