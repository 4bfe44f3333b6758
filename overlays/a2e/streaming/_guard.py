"""What closes open sessions when the process ends without reaching their `with` exit: SIGTERM and atexit.

The SIGTERM handler is installed only while a session is open (from the main thread; other
threads rely on atexit) and the previous one is restored when the last session closes. On SIGTERM
every open session is closed, then the previous handler runs: the default one ends the process by
the same signal, as if nothing had been installed.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import signal
import threading
from types import FrameType
from typing import Any, Protocol

logger = logging.getLogger("a2e")


class Closable(Protocol):
    def close_now(self) -> None: ...


class Guard:
    def __init__(self) -> None:
        self.sessions: list[Closable] = []
        self.lock = threading.RLock()  # the SIGTERM handler may run while the main thread holds it
        self.previous: Any = None
        self.installed = False
        self.atexit_registered = False

    def add(self, session: Closable) -> None:
        with self.lock:
            self.sessions.append(session)
            if not self.atexit_registered:
                atexit.register(self.close_all)
                self.atexit_registered = True
            if not self.installed and threading.current_thread() is threading.main_thread():
                self.previous = signal.getsignal(signal.SIGTERM)
                signal.signal(signal.SIGTERM, self.on_sigterm)
                self.installed = True

    def discard(self, session: Closable) -> None:
        with self.lock:
            if session in self.sessions:
                self.sessions.remove(session)
            if not self.sessions and self.installed and threading.current_thread() is threading.main_thread():
                self.restore()

    def restore(self) -> None:
        if signal.getsignal(signal.SIGTERM) == self.on_sigterm:
            signal.signal(signal.SIGTERM, self.previous if self.previous is not None else signal.SIG_DFL)
        self.installed = False

    def close_all(self) -> None:
        with self.lock:
            open_now = list(self.sessions)
        for session in open_now:
            try:
                session.close_now()
            except Exception as exc:  # the process is ending: report and go on with the others
                logger.warning("could not close a streaming session on exit: %s", exc)

    def on_sigterm(self, signum: int, frame: FrameType | None) -> None:
        self.close_all()
        previous = self.previous
        with self.lock:
            self.restore()
        if callable(previous):
            previous(signum, frame)
        elif previous != signal.SIG_IGN:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            with contextlib.suppress(OSError):
                os.kill(os.getpid(), signal.SIGTERM)


GUARD = Guard()
