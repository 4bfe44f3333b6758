"""The local registry of open sessions: a small JSON file, so that a killed process's rooms can be closed.

Each open session is written before its `with` block runs and removed once closed; an entry whose
process is gone is an orphan that `sweep` closes. It holds what closing needs (the API's origin,
the group, the close operation, the session's key) and never a token. The file lives in the state
directory: `A2E_STATE_DIR`, else `$XDG_STATE_HOME/a2e`, else `~/.local/state/a2e`. Writers take an
exclusive lock and replace the file atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; writes stay atomic
    fcntl = None  # type: ignore[assignment]

FILE_NAME = "streaming-sessions.json"


def state_dir() -> Path:
    explicit = os.environ.get("A2E_STATE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "a2e"


@dataclass(frozen=True)
class Entry:
    """One open session: enough to close it from another process (no token)."""

    base_url: str
    group: str
    close: str
    """The close operation's method name on the group (`leave`)."""
    key: str
    """The body field naming the session (`channel`)."""
    value: str
    expires_at: float
    pid: int
    opened_at: float

    def owner_alive(self) -> bool:
        if self.pid == os.getpid():
            return True
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return not _is_zombie(self.pid)


def _is_zombie(pid: int) -> bool:
    """A killed child not yet reaped still answers kill(pid, 0); its /proc status says Z."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return status.rsplit(")", 1)[-1].split()[:1] == ["Z"]


class Registry:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else state_dir()
        self.path = self.directory / FILE_NAME

    @contextlib.contextmanager
    def _locked(self) -> Iterator[list[dict[str, Any]]]:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(self.directory / (FILE_NAME + ".lock"), "a") as lock:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            entries = self._read()
            before = list(entries)
            yield entries
            if entries != before:
                self._write(entries)

    def _read(self) -> list[dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return []
        return [e for e in data if isinstance(e, dict)] if isinstance(data, list) else []

    def _write(self, entries: list[dict[str, Any]]) -> None:
        fd, temporary = tempfile.mkstemp(dir=self.directory, prefix=".sessions-")
        with os.fdopen(fd, "w") as out:
            json.dump(entries, out, indent=1)
        os.replace(temporary, self.path)

    def add(self, entry: Entry) -> None:
        with self._locked() as entries:
            entries.append(asdict(entry))

    def remove(self, entry: Entry) -> None:
        with self._locked() as entries:
            entries[:] = [e for e in entries if (e.get("base_url"), e.get("value")) != (entry.base_url, entry.value)]

    def entries(self) -> list[Entry]:
        found = []
        for raw in self._read():
            with contextlib.suppress(TypeError):
                found.append(Entry(**raw))
        return found
