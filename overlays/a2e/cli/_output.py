"""What the command line shows: results on stdout in one output format, status and progress on stderr.

Every result goes through one rule: the formatter chosen by `--output` (or `--json`), else a table
on a terminal and JSON anywhere else. Each output kind is one formatter in `FORMATS`: a new format
is one function there. The live parts (a status line with the elapsed time while waiting, a
progress bar while a file moves) are drawn with rich, and only when stderr is a terminal; they are
cleared when done.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from .._results import as_json

Formatter = Callable[[Any, TextIO, Sequence[str]], None]
"""Writes a result (plain JSON data) to a stream; `lead` names the keys to show first."""

ID_KEYS = ("_id", "id")
"""The keys A2E records carry their id under (their tables show it first, never cut)."""
MAX_CELL = 40
"""A column's widest share of a terminal line before its cells wrap."""


def write_json(data: Any, out: TextIO, lead: Sequence[str]) -> None:
    """JSON, for programs: the reply's data as A2E sent it (a URL is a JSON string)."""
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def write_table(data: Any, out: TextIO, lead: Sequence[str]) -> None:
    """A table, for people: a record as key/value lines, a list (or a page's rows) as columns, the
    id, status, name and result first, then the other columns that fit; cells wrap rather than
    being cut, and the id does not even wrap."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out)
    page = isinstance(data, dict) and isinstance(data.get("rows"), list)
    if page and all(not isinstance(v, dict | list) or k == "rows" for k, v in data.items()):
        data = data["rows"]
    if isinstance(data, dict):
        grid = Table(show_header=False, box=None, pad_edge=False)
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for key in ordered(list(data), lead):
            grid.add_row(f"[bold]{key}[/]", cell(data[key]))
        console.print(grid)
    elif isinstance(data, list) and data and all(isinstance(row, dict) for row in data):
        keys = ordered(list(dict.fromkeys(key for row in data for key in row)), lead)
        widths = {key: max(len(key), *(len(cell(row.get(key, ""))) for row in data)) for key in keys}
        columns = [key for key in keys if key in ID_KEYS or key in lead] or keys[:1]
        used = sum(min(widths[key], MAX_CELL) + 3 for key in columns)
        for key in keys:
            if key not in columns and used + min(widths[key], MAX_CELL) + 3 <= console.width:
                columns.append(key)
                used += min(widths[key], MAX_CELL) + 3
        table = Table()
        for index, key in enumerate(columns):
            whole = index == 0
            table.add_column(key, no_wrap=whole, min_width=widths[key] if whole else None, overflow="fold")
        for row in data:
            table.add_row(*(cell(row.get(key, "")) for key in columns))
        console.print(table)
    elif data is None:
        console.print("[green]done[/]")
    else:
        out.write(cell(data) + "\n")  # a URL or a name as it is, unwrapped, to copy


FORMATS: dict[str, Formatter] = {"json": write_json, "table": write_table}
"""Each output kind's formatter, by its `--output` name."""


def ordered(keys: list[str], lead: Sequence[str]) -> list[str]:
    """The keys with the id first, then the `lead` keys (status, name, result) in their order, then the rest."""
    first = [key for key in (*ID_KEYS, *lead) if key in keys]
    return list(dict.fromkeys(first + keys))


def cell(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)


def print_result(value: Any, kind: str | None, lead: Sequence[str] = (), stream: TextIO | None = None) -> None:
    """Print a result in the `kind` format (None: a table on a terminal, JSON elsewhere)."""
    out = stream or sys.stdout
    FORMATS[kind or ("table" if out.isatty() else "json")](as_json(value), out, lead)


def error(message: str) -> None:
    sys.stderr.write(f"error: {message}\n")


def note(message: str) -> None:
    sys.stderr.write(message + "\n")


@contextmanager
def job_status(label: str) -> Iterator[Callable[[str], None]]:
    """A live "label: status (elapsed)" line on stderr while a job runs; yields `update(status)`."""
    if not sys.stderr.isatty():
        yield lambda status: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    with progress:
        task = progress.add_task(f"{label}: starting", total=None)
        yield lambda status: progress.update(task, description=f"{label}: {status}")


@contextmanager
def transfer(label: str) -> Iterator[Callable[[int, int | None], None]]:
    """A progress bar on stderr while a file moves; yields the `on_progress(done, total)` callback."""
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    progress = Progress(
        TextColumn(label),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    with progress:
        task = progress.add_task(label, total=None)
        last = [0.0]

        def update(done: int, total: int | None) -> None:
            now = time.monotonic()
            if now - last[0] > 0.05 or (total is not None and done >= total):
                progress.update(task, completed=done, total=total)
                last[0] = now

        yield update
