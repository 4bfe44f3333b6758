"""Duplicate-safe starts: `idempotency_key=` on every job start, for an API without server keys.

A2E bills a start at once and knows no idempotency key, so the client keeps one itself. Before a
keyed start is sent its key is recorded in a local store (`SqliteStore`, shared by every process
of the user; any `IdempotencyStore` will do). The start carries a short tag made from the key,
appended to the body field the spec names (`x-a2e-idempotency`: `name`, within its maxLength),
so that after a lost reply, or in a process that never saw the store, the job can be FOUND in
the newest pages of the group's list. `KeyedStart` decides each step: return the job recorded,
wait for another process sending the same key, search the list, or send; the runners do the
I/O. A start whose spec names no tag field can only ask the store: after a lost reply it raises
`StartUncertainError` rather than send again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from a2e_api.descriptors import Operation
from a2e_api.types import UNSET

from ._exceptions import ArgumentValueError, StartUncertainError

if TYPE_CHECKING:  # loaded by the store's first use: a client that never takes a key never loads it
    import sqlite3

__all__ = ["IdempotencyStore", "KeyedStart", "SqliteStore", "default_store", "state_dir", "use_wal"]

MAX_KEY_LENGTH = 200
SEARCH_PAGES = 3
"""How many of the list's newest pages a search reads before it calls a job absent."""
SEARCH_PAGE_SIZE = 100
WAIT_STEP = 0.2
"""Seconds between looks at the store while another process sends the same key."""
LEASE_MARGIN = 10.0
"""Seconds past its own request timeout that a process sending a key is waited for."""


def state_dir() -> Path:
    """Where the client keeps local state: A2E_STATE_DIR, else $XDG_STATE_HOME/a2e, else ~/.local/state/a2e."""
    if os.environ.get("A2E_STATE_DIR"):
        return Path(os.environ["A2E_STATE_DIR"])
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "a2e"


def tag_of(key: str) -> str:
    """The short tag a keyed start carries in its name: the same for a key in every process."""
    return "a2e-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def process_alive(owner: str) -> bool:
    """Whether the process of an owner (`<pid>-<random>`, on this machine: the store is local) still runs."""
    pid = owner.split("-", 1)[0]
    if not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class Entry(NamedTuple):
    """A key's record: `sending` (by `owner`, until `lease`), `unknown` (a reply was lost) or `started`."""

    state: str
    owner: str
    lease: float
    job_id: str | None = None
    data: Any = None


class IdempotencyStore(Protocol):
    """Where keys are recorded; every method is atomic across the processes that share the store."""

    def get(self, scope: str, key: str) -> Entry | None: ...

    def claim(self, scope: str, key: str, owner: str, lease: float) -> Entry:
        """The key's entry, created as `sending` by `owner` if the key was new."""

    def take_over(self, scope: str, key: str, previous: str, owner: str, lease: float) -> bool:
        """Make `owner` the sender of a key that is not started and still held by `previous`."""

    def started(self, scope: str, key: str, job_id: str, data: Any) -> None: ...

    def lost(self, scope: str, key: str, owner: str) -> None:
        """A reply to `owner`'s send was lost: the job may exist."""

    def release(self, scope: str, key: str, owner: str) -> None:
        """`owner`'s send surely started nothing: forget the key."""


def use_wal(path: Path, patience: float = 30.0) -> None:
    """Put a SQLite file in WAL mode (readers never block the writer), once per file.

    Switching needs the file to itself, which SQLite does not wait for: a process starting while
    another writes retries for up to `patience` seconds."""
    import sqlite3

    deadline = time.monotonic() + patience
    with contextlib.closing(sqlite3.connect(path, timeout=patience)) as db:
        while db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            try:
                db.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)


@contextlib.contextmanager
def transaction(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to the SQLite file at `path` inside one write transaction, closed after."""
    import sqlite3

    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        yield db
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    finally:
        db.close()


class SqliteStore:
    """Keys in one SQLite file (WAL), shared safely by threads and processes of one machine."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        use_wal(self.path)
        with self.connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS starts (scope TEXT, key TEXT, state TEXT, owner TEXT, lease REAL,"
                " job_id TEXT, data TEXT, PRIMARY KEY (scope, key))"
            )

    def __repr__(self) -> str:
        return f"SqliteStore({str(self.path)!r})"

    def connect(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path)

    def get(self, scope: str, key: str) -> Entry | None:
        with self.connect() as db:
            return self.read(db, scope, key)

    def claim(self, scope: str, key: str, owner: str, lease: float) -> Entry:
        with self.connect() as db:
            entry = self.read(db, scope, key)
            if entry is None:
                db.execute("INSERT INTO starts VALUES (?, ?, 'sending', ?, ?, NULL, NULL)", (scope, key, owner, lease))
                return Entry("sending", owner, lease)
        return entry

    @staticmethod
    def read(db: sqlite3.Connection, scope: str, key: str) -> Entry | None:
        row = db.execute(
            "SELECT state, owner, lease, job_id, data FROM starts WHERE scope = ? AND key = ?", (scope, key)
        ).fetchone()
        if row is None:
            return None
        state, owner, lease, job_id, data = row
        return Entry(state, owner, lease, job_id, None if data is None else json.loads(data))

    def take_over(self, scope: str, key: str, previous: str, owner: str, lease: float) -> bool:
        with self.connect() as db:
            changed = db.execute(
                "UPDATE starts SET state = 'sending', owner = ?, lease = ?"
                " WHERE scope = ? AND key = ? AND owner = ? AND state != 'started'",
                (owner, lease, scope, key, previous),
            ).rowcount
        return bool(changed)

    def started(self, scope: str, key: str, job_id: str, data: Any) -> None:
        with self.connect() as db:
            db.execute(
                "UPDATE starts SET state = 'started', job_id = ?, data = ? WHERE scope = ? AND key = ?",
                (job_id, json.dumps(data), scope, key),
            )

    def lost(self, scope: str, key: str, owner: str) -> None:
        with self.connect() as db:
            db.execute(
                "UPDATE starts SET state = 'unknown', lease = 0 WHERE scope = ? AND key = ? AND owner = ?"
                " AND state = 'sending'",
                (scope, key, owner),
            )

    def release(self, scope: str, key: str, owner: str) -> None:
        with self.connect() as db:
            db.execute(
                "DELETE FROM starts WHERE scope = ? AND key = ? AND owner = ? AND state != 'started'",
                (scope, key, owner),
            )


_DEFAULT: dict[Path, SqliteStore] = {}


def default_store() -> SqliteStore:
    """The per-user store, `<state dir>/idempotency.db` (see `state_dir`)."""
    path = state_dir() / "idempotency.db"
    if path not in _DEFAULT:
        _DEFAULT[path] = SqliteStore(path)
    return _DEFAULT[path]


class KeyedStart:
    """One call of a start with an idempotency key: its tag, its store entry, its search; no I/O but the store's."""

    def __init__(
        self, store: IdempotencyStore, scope: str, operation: Operation, key: object, lease_seconds: float
    ) -> None:
        if not isinstance(key, str) or not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
            raise ArgumentValueError(
                operation.name, "idempotency_key", key, f"a printable str of 1 to {MAX_KEY_LENGTH} characters"
            )
        self.store, self.scope, self.operation, self.key = store, scope, operation, key
        self.fact = operation.start_task.idempotency
        self.tag = tag_of(key)
        self.owner = f"{os.getpid()}-{secrets.token_hex(6)}"
        self.lease_seconds = lease_seconds + LEASE_MARGIN
        self.sends = 0

    def tagged(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments with the tag at the end of the spec's tag field (the value shortened to fit)."""
        if self.fact is None:
            return arguments
        name = next(argument.name for argument in self.operation.arguments if argument.wire == self.fact.field)
        value = arguments.get(name, UNSET)
        if value is UNSET or value is None:
            return {**arguments, name: self.tag}
        if not isinstance(value, str):
            return arguments  # the argument check names the wrong type
        limit = self.fact.max_length
        room = None if limit is None else max(limit - len(self.tag) - 1, 0)
        return {**arguments, name: f"{value[:room].rstrip()} {self.tag}".lstrip()}

    def recorded(self) -> Any:
        """The start's reply (or its list row) if the key's job is known already; no claim is made."""
        entry = self.store.get(self.scope, self.key)
        return entry.data if entry is not None and entry.state == "started" else None

    def next_step(self) -> tuple[str, Entry]:
        """`done` (the entry has the job), `wait` (another process is sending it), `search`, or `send`."""
        entry = self.store.claim(self.scope, self.key, self.owner, time.time() + self.lease_seconds)
        if entry.state == "started":
            return "done", entry
        if entry.state == "sending" and entry.owner == self.owner:
            # A new key is looked for once too: a process without this store may have started its job.
            return ("send" if self.fact is None else "search"), entry
        if entry.state == "sending" and entry.lease > time.time() and process_alive(entry.owner):
            return "wait", entry
        if self.fact is None:
            raise self.uncertain("its job cannot be looked for (the start has no tag field)")
        return "search", entry

    def take_over(self, entry: Entry) -> bool:
        """After a search found nothing: this call sends, unless another one took the key meanwhile."""
        return self.store.take_over(self.scope, self.key, entry.owner, self.owner, time.time() + self.lease_seconds)

    def before_send(self) -> None:
        """At most two sends per call: a second only after a search found no job from the first."""
        if self.sends == 2:
            raise self.uncertain("two replies were lost and the job is not in the list yet")
        self.sends += 1

    def started(self, data: Any) -> Any:
        record = data[0] if isinstance(data, list) and data else data
        job_id = record.get(self.operation.start_task.id) if isinstance(record, dict) else None
        self.store.started(self.scope, self.key, str(job_id), data)
        return data

    def lost(self) -> None:
        self.store.lost(self.scope, self.key, self.owner)

    def release(self) -> None:
        self.store.release(self.scope, self.key, self.owner)

    # ---- the search ----

    @property
    def listing(self) -> str:
        assert self.fact is not None
        return self.fact.list

    def page_arguments(self, listing: Operation) -> dict[str, Any]:
        pagination = listing.pagination
        wire = pagination.size if pagination is not None else None
        size = next((argument.name for argument in listing.query if argument.wire == wire), None)
        return {} if size is None else {size: SEARCH_PAGE_SIZE}

    def match(self, rows: list[Any]) -> Any:
        assert self.fact is not None
        field = self.fact.field
        for row in rows:
            value = row.get(field) if isinstance(row, dict) else None
            if isinstance(value, str) and value.endswith(self.tag):
                return row
        return None

    def uncertain(self, why: str) -> StartUncertainError:
        return StartUncertainError(
            f"{self.operation.name} with idempotency_key {self.key!r} may have started a job, and {why}. "
            "Look for it in your A2E jobs before starting it again with another key.",
            operation=self.operation.name,
            key=self.key,
        )
