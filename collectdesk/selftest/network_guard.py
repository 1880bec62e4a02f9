"""A socket guard for the self-test: any attempt to reach the network from Python is refused and recorded.

CollectDesk must work offline: no fonts, icons, update checks or telemetry from outside. While the guard is
on, connecting an internet socket (TCP or UDP, IPv4 or IPv6, loopback included), sending a datagram and
resolving a host name raise OSError(ENETUNREACH) and are written down with the code that tried, so the
self-test fails and says who did it. Local sockets (AF_UNIX: D-Bus, fontconfig) are allowed.

The guard sees what Python does; a C library opening its own socket (libpq for a shared server, which the
self-test never connects to) is outside it. packaging/build-linux.sh therefore also runs the bundle in a
network namespace without interfaces (`unshare -n`), where nothing at all can leave.
"""

from __future__ import annotations

import errno
import socket
import sysconfig
import traceback
from dataclasses import dataclass, field
from pathlib import Path

_INTERNET = (socket.AF_INET, socket.AF_INET6)
_STDLIB = sysconfig.get_paths()["stdlib"]


@dataclass(frozen=True, slots=True)
class Attempt:
    what: str          # "connect", "sendto", "getaddrinfo", ...
    target: str        # the address or host name
    where: str         # the innermost frames outside this module, for the report


@dataclass
class NetworkGuard:
    """Use as a context manager; `attempts` lists what was refused."""

    attempts: list[Attempt] = field(default_factory=list)
    _saved: dict = field(default_factory=dict)

    def _refuse(self, what: str, target: object, port: object = None) -> OSError:
        if isinstance(target, tuple) and len(target) >= 2:
            target, port = target[0], target[1]
        if port is not None:
            target = f"{target}:{port}"
        frames = [f for f in traceback.extract_stack()[:-2] if f.filename != __file__]
        # the call that touched the socket, then the code above the standard library that asked for it
        callers = [f for f in frames if not f.filename.startswith(_STDLIB)][-3:]
        shown = frames[-1:] + [f for f in reversed(callers) if f is not frames[-1]]
        where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in shown)
        self.attempts.append(Attempt(what, str(target), where))
        return OSError(errno.ENETUNREACH, f"network access blocked by the self-test: {what} {target}")

    def __enter__(self) -> NetworkGuard:
        guard = self
        cls = socket.socket
        self._saved = {
            "connect": cls.connect, "connect_ex": cls.connect_ex, "sendto": cls.sendto,
            "getaddrinfo": socket.getaddrinfo, "gethostbyname": socket.gethostbyname,
            "gethostbyname_ex": socket.gethostbyname_ex, "gethostbyaddr": socket.gethostbyaddr,
        }
        saved = self._saved

        def connect(sock, address):
            if sock.family in _INTERNET:
                raise guard._refuse("connect", address)
            return saved["connect"](sock, address)

        def connect_ex(sock, address):
            if sock.family in _INTERNET:
                guard._refuse("connect", address)
                return errno.ENETUNREACH
            return saved["connect_ex"](sock, address)

        def sendto(sock, data, *args):
            if sock.family in _INTERNET:
                raise guard._refuse("sendto", args[-1] if args else "?")
            return saved["sendto"](sock, data, *args)

        def resolver(name: str):
            def refuse(host, *args, **kwargs):
                raise guard._refuse(name, host, args[0] if args and name == "getaddrinfo" else None)
            return refuse

        cls.connect, cls.connect_ex, cls.sendto = connect, connect_ex, sendto
        for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
            setattr(socket, name, resolver(name))
        return self

    def __exit__(self, *exc) -> None:
        cls = socket.socket
        cls.connect, cls.connect_ex, cls.sendto = (self._saved["connect"], self._saved["connect_ex"],
                                                   self._saved["sendto"])
        for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
            setattr(socket, name, self._saved[name])
