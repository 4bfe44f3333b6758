"""Streaming Avatar sessions that are always left, a local registry and sweep for killed processes, a viewer.

    with client.streaming_avatar.session(avatar_id) as s:
        s.speak("Hello")
        s.viewer(open_browser=True)   # see and hear it in the browser

A room is billed while open: the session leaves it on return, exception, KeyboardInterrupt,
SIGTERM and interpreter exit, and `sweep(client)` (`a2e streaming-avatar sweep`) leaves the ones
a killed process left open.
"""

from __future__ import annotations

from ._registry import Entry, Registry, state_dir
from ._session import AsyncStreamingSession, Credentials, StreamingSession
from ._sweep import sweep
from ._viewer import Viewer

__all__ = [
    "AsyncStreamingSession",
    "Credentials",
    "Entry",
    "Registry",
    "StreamingSession",
    "Viewer",
    "state_dir",
    "sweep",
]
