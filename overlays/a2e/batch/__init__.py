"""Journaled batches of job starts: `a2e batch plan|run|resume|status|report jobs.jsonl --journal batch.db`.

Each line of a JSON Lines file is one start: `{"group": "talking_photo", "operation": "start",
"arguments": {...}, "key": "optional idempotency key"}`. `Batch` quotes every line (`plan`), starts
them as duplicate-safe starts (`idempotency_key`, the journal being the key store) under a
concurrency cap and a total credit limit, waits through each group's batch detail (`wait_many`),
downloads each result atomically to `out/<key>.<ext>`, and journals every state change
(`_journal`), so `resume` after a crash carries on where each line stood and sends nothing twice.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from a2e_api.api import operation as operation_named

from .._exceptions import A2EError, APIError, ArgumentValueError, JobFailedError
from .._idempotency import SqliteStore
from ._journal import Journal, Line

if TYPE_CHECKING:
    from .._client import A2E

__all__ = ["Batch", "main", "read_lines"]

FINISHED = ("downloaded", "failed", "skipped")


def read_lines(path: str | Path) -> list[tuple[str, str, str, dict[str, Any]]]:
    """The lines of a jobs file as (key, group, operation, arguments); each checked to be a job start."""
    found = []
    for number, text in enumerate(Path(path).read_text().splitlines(), 1):
        if not text.strip():
            continue
        line = json.loads(text)
        where = f"{path}:{number}"
        if not isinstance(line, dict) or not isinstance(line.get("arguments", {}), dict):
            raise ArgumentValueError("batch", where, text[:80], 'an object {"group", "operation", "arguments"}')
        group, method = str(line.get("group", "")), str(line.get("operation", ""))
        try:
            start = operation_named(f"{group}_{method}")
        except KeyError:
            start = None
        if start is None or not start.task:
            raise ArgumentValueError("batch", where, f"{group}.{method}", "a job start (`a2e <group> --help`)")
        key = str(line.get("key") or f"line-{number}-{hashlib.sha256(text.encode()).hexdigest()[:10]}")
        found.append((key, group, method, line.get("arguments", {})))
    return found


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


class Batch:
    """A batch over one journal; every method can be called again after a crash (it resumes).

    Args:
        client: The `A2E` client to use.
        journal: The journal's path (SQLite); created on first use.
        out: The folder results are downloaded into, as `<key>.<ext>`.
        concurrency: At most this many starts, downloads or quotes at once.
        max_credits: The total of the quotes of the lines started may not exceed this.
        on_event: Called with a dict for each state change (the CLI prints them).
    """

    def __init__(
        self,
        client: A2E,
        journal: str | Path,
        *,
        out: str | Path = "out",
        concurrency: int = 8,
        max_credits: float | None = None,
        on_event: Callable[[dict[str, Any]], object] | None = None,
    ) -> None:
        self.journal = Journal(journal)
        self.client = client.with_options()
        self.client._core.idempotency_store = SqliteStore(journal)
        self.out = Path(out)
        self.concurrency = concurrency
        self.max_credits = max_credits
        self.on_event = on_event
        self.lock = threading.Lock()

    def change(self, line: Line, state: str, **fields: Any) -> None:
        with self.lock:
            self.journal.change(line, state, **fields)
        if self.on_event is not None:
            self.on_event({"line": line.n, "key": line.key, "group": line.group, "state": state, **fields})

    def map(self, work: Callable[[Line], object], lines: Iterable[Line]) -> None:
        with ThreadPoolExecutor(self.concurrency) as pool:
            list(pool.map(work, list(lines)))

    # ---- plan ----

    def plan(self, lines: list[tuple[str, str, str, dict[str, Any]]] | None = None) -> dict[str, float]:
        """Quote every line not quoted yet (nothing billable is sent); the total quoted per group."""
        if lines is not None:
            self.journal.add(lines)
        todo = [line for line in self.journal.lines() if line.quote is None and line.state == "planned"]
        self.map(self.quote, todo)
        totals: dict[str, float] = defaultdict(float)
        for line in self.journal.lines():
            totals[line.group] += line.quote or 0.0
        return dict(totals)

    def quote(self, line: Line) -> None:
        quotes = getattr(self.client, line.group).quote
        cost = getattr(quotes, line.operation)(**line.arguments).coins
        self.change(line, "planned", quote=float(cost) if isinstance(cost, int | float) else None)

    # ---- run ----

    def run(self, lines: list[tuple[str, str, str, dict[str, Any]]] | None = None, retry_failed: bool = False) -> None:
        """Start, wait for and download every line not finished yet (also `resume`)."""
        self.plan(lines)
        if retry_failed:
            for line in self.journal.lines():
                if line.state == "failed":
                    self.change(line, "planned", key=f"{line.key}-retry", job_id=None, error_code=None)
        pending = [line for line in self.journal.lines() if line.state not in FINISHED]
        spent = sum(line.quote or 0.0 for line in self.journal.lines() if line.state not in ("planned", "skipped"))
        allowed = []
        for line in pending:
            if line.state == "planned" and self.max_credits is not None:
                if spent + (line.quote or 0.0) > self.max_credits:
                    self.change(line, "skipped", error_code="over_credit_limit")
                    continue
                spent += line.quote or 0.0
            allowed.append(line)
        self.map(self.start, [line for line in allowed if line.state in ("planned", "sent")])
        self.wait([line for line in allowed if line.state == "started"])
        self.map(self.download, [line for line in allowed if line.state == "done"])

    def start(self, line: Line) -> None:
        if line.state == "planned":
            self.change(line, "sent")
        try:
            task = getattr(getattr(self.client, line.group), line.operation)(
                **line.arguments, idempotency_key=line.key, max_credits=None
            )
        except APIError as exc:
            self.change(line, "failed", error_code=str(exc.code or exc.http_status), error=str(exc)[:500])
            return
        record = task[0] if isinstance(task, list) else task
        start = operation_named(f"{line.group}_{line.operation}")
        self.change(line, "started", job_id=str(record.to_dict()[start.start_task.id]))

    def wait(self, lines: list[Line]) -> None:
        by_group: dict[tuple[str, str], list[Line]] = defaultdict(list)
        for line in lines:
            by_group[line.group, operation_named(f"{line.group}_{line.operation}").start_task.wait_method].append(line)
        for (group, wait_method), group_lines in by_group.items():
            wait_many = getattr(getattr(self.client, group), f"{wait_method}_many")
            outcomes = wait_many([line.job_id for line in group_lines])
            for line, outcome in zip(group_lines, outcomes, strict=True):
                if isinstance(outcome, JobFailedError):
                    self.change(line, "failed", error_code=str(outcome.failure_code or "failed"))
                else:
                    self.change(line, "done")

    def download(self, line: Line) -> None:
        task = operation_named(f"{line.group}_{line.operation}").start_task
        done = getattr(getattr(self.client, line.group), task.wait_method)(line.job_id).to_dict()  # one read
        urls = [url for name in task.result for url in as_list(done.get(name)) if isinstance(url, str) and url]
        paths, digests = [], []
        self.out.mkdir(parents=True, exist_ok=True)
        for index, url in enumerate(urls):
            suffix = Path(url.split("?", 1)[0]).suffix or ".bin"
            name = f"{line.key}{suffix}" if index == 0 else f"{line.key}-{index + 1}{suffix}"
            paths.append(str(self.client.files.download(url, self.out / name)))
            digests.append(hashlib.sha256(Path(paths[-1]).read_bytes()).hexdigest())
        self.change(line, "downloaded", path=json.dumps(paths), sha256=json.dumps(digests))

    # ---- status, report ----

    def status(self) -> dict[str, int]:
        return dict(Counter(line.state for line in self.journal.lines()))

    def report(self) -> dict[str, Any]:
        """Cost by group (quoted, of the lines started), failures by code, job durations."""
        lines = self.journal.lines()
        cost: dict[str, float] = defaultdict(float)
        for line in lines:
            if line.state not in ("planned", "skipped"):
                cost[line.group] += line.quote or 0.0
        durations = sorted(line.finished_at - line.sent_at for line in lines if line.finished_at and line.sent_at)
        return {
            "quoted_by_group": dict(cost),
            "charged_while_running": self.charged(lines),
            "failures_by_code": dict(Counter(line.error_code for line in lines if line.state == "failed")),
            "duration_seconds": {
                "median": durations[len(durations) // 2] if durations else None,
                "max": durations[-1] if durations else None,
            },
            "states": self.status(),
        }

    def charged(self, lines: list[Line]) -> float | None:
        """Credits `credits.history` shows consumed while the batch ran, or None where A2E does not answer.

        History rows name no job, so this is the account's total over the batch's time, not per group."""
        sent = [line.sent_at for line in lines if line.sent_at]
        ended = [line.finished_at for line in lines if line.finished_at]
        if not sent or not ended:
            return None
        begin, end = (time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) for t in (min(sent), max(ended) + 60))
        total = 0.0
        try:
            for row in self.client.credits.history_all(page_size=100, is_consumption=True):
                if row.created_at is None or row.created_at[:19] < begin:
                    break  # newest first: the rest is older than the batch
                if row.created_at[:19] <= end and row.amount is not None:
                    total += abs(row.amount)
        except A2EError:
            return None
        return total


def event_printer(terminal: bool) -> Callable[[dict[str, Any]], None]:
    """How `a2e batch` shows each state change: one status line on a terminal, else a JSON line.
    Events come from the batch's worker threads, so each is printed whole under a lock (a `print`
    writes its text and its newline apart, and two threads' lines could run together)."""
    printing = threading.Lock()

    def show(event: dict[str, Any]) -> None:
        with printing:
            if terminal:
                print(f"\r{event['state']:>10} line {event['line']} ({event['key']})", end="", flush=True)
            else:
                print(json.dumps(event), flush=True)

    return show


def main(args: list[str], client: Callable[[], A2E]) -> int:
    parser = argparse.ArgumentParser(prog="a2e batch", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["plan", "run", "resume", "status", "report"])
    parser.add_argument("jobs", nargs="?", help="the JSON Lines file of starts (plan, run)")
    parser.add_argument("--journal", required=True, help="the SQLite journal (created by plan or run)")
    parser.add_argument("--out", default="out", help="where results are downloaded (default out/)")
    parser.add_argument("--concurrency", type=int, default=8, help="starts and downloads at once (default 8)")
    parser.add_argument("--max-credits", type=float, help="the total the started lines' quotes may reach")
    parser.add_argument("--retry-failed", action="store_true", help="resume: start failed lines again")
    parsed = parser.parse_args(args)
    terminal = sys.stdout.isatty()
    show = event_printer(terminal)

    with client() as api:
        batch = Batch(
            api, parsed.journal, out=parsed.out, concurrency=parsed.concurrency,
            max_credits=parsed.max_credits, on_event=show,
        )  # fmt: skip
        lines = read_lines(parsed.jobs) if parsed.jobs and parsed.action in ("plan", "run") else None
        try:
            if parsed.action == "plan":
                result: Any = {"quoted_by_group": batch.plan(lines)}
            elif parsed.action in ("run", "resume"):
                batch.run(lines, retry_failed=parsed.retry_failed)
                result = batch.status()
            else:
                result = batch.status() if parsed.action == "status" else batch.report()
        except A2EError:
            if terminal:
                print()
            raise
    if terminal:
        print()
    print(json.dumps(result, indent=2 if terminal else None))
    return 0
