"""What the command line shows: JSON on stdout (a table on a terminal), status and progress on stderr.

The live parts (a status line with the elapsed time while waiting, a progress bar while a file
moves) are drawn with rich, and only when stderr is a terminal; they are cleared when done.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from a2e_api.types import Record


def as_json(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [as_json(item) for item in value]
    if isinstance(value, BaseException):
        return {"error": type(value).__name__, "message": str(value)}
    return value


def print_result(value: Any, force_json: bool, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    if force_json or not out.isatty():
        json.dump(as_json(value), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out)
    data = as_json(value)
    if isinstance(data, dict) and all(not isinstance(v, dict | list) or k == "rows" for k, v in data.items()):
        rows = data.get("rows")
        if isinstance(rows, list):
            data = rows
    if isinstance(data, dict):
        table = Table(show_header=False, box=None, pad_edge=False)
        for key, item in data.items():
            table.add_row(
                f"[bold]{key}[/]", json.dumps(item, ensure_ascii=False) if isinstance(item, dict | list) else str(item)
            )
        console.print(table)
    elif isinstance(data, list) and data and all(isinstance(row, dict) for row in data):
        columns = list(dict.fromkeys(key for row in data for key in row))[:8]
        table = Table(*columns)
        for row in data:
            table.add_row(*(str(row.get(column, "")) for column in columns))
        console.print(table)
    elif data is None:
        console.print("[green]done[/]")
    else:
        console.print(json.dumps(data, indent=2, ensure_ascii=False) if isinstance(data, dict | list) else str(data))


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
