"""The batch journal: one SQLite file (WAL) holding every line of a batch and each of its state changes.

A line moves `planned` (quoted) -> `sent` (its start is about to go out) -> `started` (the job id)
-> `done` or `failed` -> `downloaded`; `skipped` when the credit limit leaves no room for it.
Every change is one committed transaction, so a crash, Ctrl-C or reboot loses nothing: `resume`
reads where each line stood. The same file is the lines' idempotency store (`_idempotency`), so a
line left `sent` is found, not started twice.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._idempotency import transaction, use_wal

STATES = ("planned", "sent", "started", "done", "failed", "downloaded", "skipped")
DIE_AT_ENV = "A2E_BATCH_DIE_AT"
"""For crash tests: the process SIGKILLs itself right after its N-th journal write commits."""


@dataclass
class Line:
    n: int
    key: str
    group: str
    operation: str
    arguments: dict[str, Any]
    state: str
    quote: float | None
    job_id: str | None
    error_code: str | None
    path: str | None
    """The downloaded files, a JSON list (so is `sha256`)."""
    sha256: str | None
    sent_at: float | None
    finished_at: float | None


class Journal:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.writes = 0
        self.die_at = int(os.environ.get(DIE_AT_ENV) or 0)
        use_wal(self.path)
        with self.connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS lines (n INTEGER PRIMARY KEY, key TEXT UNIQUE, grp TEXT, operation TEXT,"
                " arguments TEXT, state TEXT, quote REAL, job_id TEXT, error_code TEXT, error TEXT, path TEXT,"
                " sha256 TEXT, sent_at REAL, finished_at REAL)"
            )
            db.execute("CREATE TABLE IF NOT EXISTS events (n INTEGER, state TEXT, at REAL)")

    def connect(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path)

    def add(self, lines: list[tuple[str, str, str, dict[str, Any]]]) -> None:
        """New lines (key, group, operation, arguments), `planned` without a quote; known keys are kept."""
        with self.connect() as db:
            db.executemany(
                "INSERT OR IGNORE INTO lines (key, grp, operation, arguments, state) VALUES (?, ?, ?, ?, 'planned')",
                [(key, group, op, json.dumps(arguments)) for key, group, op, arguments in lines],
            )
        self.wrote()

    def lines(self) -> list[Line]:
        with self.connect() as db:
            rows = db.execute(
                "SELECT n, key, grp, operation, arguments, state, quote, job_id, error_code, path, sha256, sent_at,"
                " finished_at FROM lines ORDER BY n"
            ).fetchall()
        return [Line(*row[:4], json.loads(row[4]), *row[5:]) for row in rows]  # type: ignore[call-arg]

    def change(self, line: Line, state: str, **fields: Any) -> None:
        """Record one state change of a line (with its new fields), committed before this returns."""
        assert state in STATES
        now = time.time()
        fields = {"state": state, **fields}
        if state == "sent":
            fields["sent_at"] = now
        if state in ("done", "failed"):
            fields["finished_at"] = now
        columns = ", ".join(f"{name} = ?" for name in fields)
        with self.connect() as db:
            db.execute(f"UPDATE lines SET {columns} WHERE n = ?", (*fields.values(), line.n))
            db.execute("INSERT INTO events VALUES (?, ?, ?)", (line.n, state, now))
        for name, value in fields.items():
            setattr(line, name, value)
        self.wrote()

    def wrote(self) -> None:
        self.writes += 1
        if self.writes == self.die_at:
            os.kill(os.getpid(), signal.SIGKILL)
