"""Waiting for jobs, driven by each start operation's `x-a2e-task` facts (nothing per operation).

A wait polls the job's detail operation until the record's status field holds a `done` or a
`failed` value. The interval grows with the time already waited (15 % of it, from 2 s up to
30 s, jittered), so a short job is seen finishing quickly and a long one costs few requests.
Transient failures of a poll (timeouts, dropped connections, 429, 5xx) are retried within the
deadline and never end the wait; a status the spec does not list keeps the wait going. The start
is never sent again. `JobTimeoutError` is not a failure: the job may still be running, and a
wait can be resumed by id from any process.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable, Mapping
from typing import Any

from a2e_api.api import operation as operation_named
from a2e_api.descriptors import Operation
from a2e_api.types import InvalidRecordError

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    ArgumentValueError,
    InternalServerError,
    JobFailedError,
    JobTimeoutError,
    RateLimitError,
)
from ._wake import safety_poll

logger = logging.getLogger("a2e")

FIRST_POLL = 2.0
MAX_POLL = 30.0
POLL_FRACTION = 0.15
"""The poll interval is this fraction of the time waited so far (clamped to FIRST_POLL..MAX_POLL)."""
LAST_POLL_SECONDS = 1.0
"""The time left to the deadline that a wait's last poll starts with, at least."""
MIN_POLL_TIMEOUT = 0.05
"""A poll's timeout never falls below this (a poll must be able to connect at all)."""
RESULT_GRACE_POLLS = 2
"""Polls a job may show a done status without its result fields before that is an error."""
TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)
BATCH_SIZE = 200
"""Ids per batch detail request (A2E's limit)."""
_unknown_statuses_logged: set[tuple[str, str]] = set()


def wait_timeout(start: Operation, timeout: object) -> float:
    """A wait's `wait_timeout`, checked: a finite number of seconds above 0."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        raise ArgumentValueError(start.name, "wait_timeout", timeout, "a finite number of seconds above 0")
    return float(timeout)


def poll_interval(waited: float, hint: float | None = None) -> float:
    """Seconds until the next poll, `waited` seconds into a wait; a server hint (`Retry-After`) wins if longer."""
    interval = min(MAX_POLL, max(FIRST_POLL, waited * POLL_FRACTION)) * random.uniform(0.9, 1.1)
    return interval if hint is None else max(interval, min(hint, MAX_POLL * 2))


def _first_set(record: Mapping[str, Any], fields: tuple[str, ...]) -> str | None:
    for field in fields:
        value = record.get(field)
        if value not in (None, ""):
            return str(value)
    return None


def batches(ids: list[str]) -> list[list[str]]:
    return [ids[i : i + BATCH_SIZE] for i in range(0, len(ids), BATCH_SIZE)]


class JobWatch:
    """One wait's state, shared by the sync and async loops: what each polled record means."""

    def __init__(
        self,
        start: Operation,
        task_id: str,
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], Any],
        timeout: float,
        on_update: Callable[[Any], object] | None,
        now: float,
    ) -> None:
        self.task = start.start_task
        self.start = start
        self.detail = operation_named(self.task.detail)
        self.task_id = task_id
        self.parse = parse
        self.parse_done = parse_done
        self.on_update = on_update
        self.started_at = now
        self.deadline = now + timeout
        self.last_record: Any = None
        self.last_status: object = None
        self.result_misses = 0
        self.group = start.group

    def arguments(self) -> dict[str, Any]:
        """The detail call's arguments: the task id, or for a paged list the largest page it allows."""
        if self.detail.record_id:
            return {self.detail.record_id: self.task_id}
        size = self.detail.pagination.size if self.detail.pagination else None
        for argument in self.detail.arguments:
            if argument.wire == size:
                return {argument.name: min(argument.schema.get("maximum", 100), 100)}
        return {}

    def read(self, data: Any) -> tuple[Mapping[str, Any], Any] | None:
        """The job's record in a detail reply's `data`, as JSON and parsed; None when a page does not
        show it yet. The runner parses replies with it, so a record that does not match the spec
        (a status that is not a string, no id) is an `APIResponseValidationError` with the body."""
        raw = self.record_of(data)
        return None if raw is None else (raw, self.parse(raw))

    def record_of(self, data: Any) -> Mapping[str, Any] | None:
        """The job's record in the detail reply's `data`: the element with its id when a list or a page
        (None when a page does not show it yet)."""
        pagination = self.detail.pagination
        if pagination and not self.detail.record_id:
            rows = (
                data if pagination.rows == "" else (data or {}).get(pagination.rows) if isinstance(data, dict) else data
            )
            matching = [row for row in rows or [] if isinstance(row, dict) and row.get(self.task.id) == self.task_id]
            return matching[0] if matching else None
        if self.task.detail_list:
            rows = [row for row in data if isinstance(row, dict)] if isinstance(data, list) else []
            matching = [row for row in rows if row.get(self.task.id) == self.task_id] or rows[:1]
            if not matching:
                raise InvalidRecordError(f"no record for job {self.task_id}")
            return matching[0]
        if not isinstance(data, dict):
            raise InvalidRecordError(f"no record for job {self.task_id}")
        return data

    def observe(self, found: tuple[Mapping[str, Any], Any] | None, trace_id: str | None) -> Any:
        """The finished record if the job is done; raises `JobFailedError` if it failed; else None.
        `found` is what `read` made of the poll's reply."""
        return None if found is None else self.observe_record(*found, trace_id)

    def observe_record(self, raw: Mapping[str, Any], record: Any, trace_id: str | None) -> Any:
        """As `observe`, for the job's own record, as JSON and parsed (from a detail or a batch detail reply)."""
        status = raw.get(self.task.status)
        if status != self.last_status:
            self.last_status = status
            if self.on_update is not None:
                self.on_update(record)
        self.last_record = record
        if status in self.task.done:
            missing = [field for field in self.task.result if raw.get(field) in (None, "")]
            if not missing:
                return self.parse_done(raw)
            self.result_misses += 1
            if self.result_misses > RESULT_GRACE_POLLS:
                raise APIResponseValidationError(
                    f"job {self.task_id} is {status!r} but its {', '.join(missing)} is empty",
                    http_status=200,
                    trace_id=trace_id,
                    operation=self.detail.name,
                )
        elif status in self.task.failed:
            message = _first_set(raw, self.task.message)
            code = _first_set(raw, self.task.code)
            raise JobFailedError(
                f"job {self.task_id} failed"
                + (f": {message}" if message else "")
                + (f" (failure code {code})" if code else ""),
                task_id=self.task_id,
                record=record,
                failure_code=code,
                failure_message=message,
                trace_id=trace_id,
                operation=self.start.name,
            )
        elif status not in self.task.running:
            key = (self.start.id, str(status))
            if key not in _unknown_statuses_logged:
                _unknown_statuses_logged.add(key)
                logger.info("%s: status %r is not one the spec lists; still waiting", self.start.name, status)
        return None

    def transient(self, error: Exception) -> bool:
        return isinstance(error, TRANSIENT)

    def poll_timeout(self, now: float, client_deadline: float | None) -> float:
        """A poll's timeout: never past the wait's deadline (nor over the client's own timeout)."""
        remaining = max(self.deadline - now, MIN_POLL_TIMEOUT)
        return remaining if client_deadline is None else min(client_deadline, remaining)

    def next_delay(self, now: float, hint: float | None) -> float | None:
        """Seconds to sleep before the next poll, or None when no poll fits before the deadline: the
        last poll starts with at least LAST_POLL_SECONDS left (or half the wait, for a short one)."""
        reserve = min(LAST_POLL_SECONDS, (self.deadline - self.started_at) / 2)
        remaining = self.deadline - now - reserve
        if remaining <= 0:
            return None
        return min(max(poll_interval(now - self.started_at, hint), safety_poll()), remaining)

    def timed_out(self, now: float) -> JobTimeoutError:
        waited = now - self.started_at
        status = f"last status {self.last_status!r}" if self.last_record is not None else "no status read yet"
        return JobTimeoutError(
            f"{self.start.name}: job {self.task_id} is not finished after {waited:.0f} s ({status}). "
            f"It may still be running: resume with client.{self.group}.{self.task.wait_method}({self.task_id!r}).",
            task_id=self.task_id,
            record=self.last_record,
            waited=waited,
            operation=self.start.name,
        )


class ManyJobs:
    """The state of one `wait_many`, shared by the sync and async loops: which requests to send next
    (a batch detail call per 200 pending ids, else one detail call each), and what their replies mean."""

    def __init__(
        self,
        start: Operation,
        task_ids: list[str],
        parse: Callable[[Any], Any],
        parse_done: Callable[[Any], Any],
        timeout: float,
        on_update: Callable[[Any], object] | None,
        now: float,
    ) -> None:
        self.order = task_ids
        batch = start.start_task.batch
        self.batch = operation_named(batch) if batch else None
        self.watches = {
            i: JobWatch(start, i, parse, parse_done, timeout, on_update, now) for i in dict.fromkeys(task_ids)
        }
        self.results: dict[str, Any] = {}
        self.first = next(iter(self.watches.values()))

    @property
    def pending(self) -> list[str]:
        return [i for i in self.watches if i not in self.results]

    def requests(self) -> list[tuple[Operation, dict[str, Any], str | None]]:
        """(operation, arguments, the task id or None for a batch) of this round's polls."""
        if self.batch is not None:
            return [(self.batch, {"ids": chunk}, None) for chunk in batches(self.pending)]
        return [(self.first.detail, self.watches[i].arguments(), i) for i in self.pending]

    def reader(self, task_id: str | None) -> Callable[[Any], list[tuple[Mapping[str, Any], Any, str]]]:
        """The parser of one poll's reply (see `JobWatch.read`): a batch detail's list of records
        (`task_id` None) or one detail reply; (JSON, parsed record, task id) of each job in it."""

        def read(data: Any) -> list[tuple[Mapping[str, Any], Any, str]]:
            if task_id is not None:
                found = self.watches[task_id].read(data)
                return [] if found is None else [(*found, task_id)]
            key = self.first.task.id
            rows = data if isinstance(data, list) else []
            return [
                (row, self.first.parse(row), row[key])
                for row in rows
                if isinstance(row, dict) and isinstance(row.get(key), str) and row[key] in self.watches
            ]

        return read

    def observe(self, found: list[tuple[Mapping[str, Any], Any, str]], trace_id: str | None) -> None:
        """Take what `reader` made of one poll's reply."""
        for raw, record, job in found:
            try:
                done = self.watches[job].observe_record(raw, record, trace_id)
            except JobFailedError as failure:
                self.results[job] = failure
                continue
            if done is not None:
                self.results[job] = done

    def outcome(self) -> list[Any]:
        return [self.results[i] for i in self.order]

    def timed_out(self, now: float) -> JobTimeoutError:
        pending = self.pending
        waited = now - self.first.started_at
        return JobTimeoutError(
            f"{self.first.start.name}: {len(pending)} job(s) not finished after {waited:.0f} s "
            f"({', '.join(pending[:5])}{', ...' if len(pending) > 5 else ''}). They may still be running: wait again.",
            task_id=pending[0],
            record=None,
            waited=waited,
            operation=self.first.start.name,
        )
