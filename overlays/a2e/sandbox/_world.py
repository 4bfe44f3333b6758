"""The sandbox's state: the operations it serves, the jobs started, the balance, the files made.

Everything is derived from the generated descriptors (route, job, page and file facts), the
spec's documented replies (`a2e_api/operations.json`) and their schemas (`a2e_api/replies.json`);
nothing here is written per operation. A job's kind is the record its detail operation answers
(a component of the spec): a read answers only jobs of its own kind. A started job gets a record
shaped like its detail's example and schema, walks through its real status sequence
(`x-a2e-task`) over `job_seconds`, costs what its quote says, and ends with files of the kinds
`x-a2e-task.files` names, made from its request and served by the sandbox's own CDN.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from a2e_api.api import GROUP_MODULES
from a2e_api.descriptors import Operation, Task

from a2e._requests import Problem, check

from . import _media

if TYPE_CHECKING:
    from ._streaming import StreamingState

TRIGGERS = {
    "sandbox:insufficient-credits": (402, 402, "Insufficient credits"),
    "sandbox:moderation": (403, 1003, "Content moderation failed: a minor was detected"),
    "sandbox:busy": (200, 1001, "All hosts are occupied, please try again later"),
    "sandbox:server-error": (500, 500, "Internal server error"),
}
"""Text in any request field that makes the sandbox answer an error on purpose."""
FAIL_TRIGGER = "sandbox:fail"
"""Text in a start's fields that makes its job fail (after running), as real jobs do."""
DROP_REPLY = "sandbox:drop-reply"
"""Text in a request that makes the sandbox do the work (start the job), then reset the connection."""
LATE_REPLY = "sandbox:late-reply"
"""Text in a request that makes the sandbox do the work, then answer after `late_reply_seconds`."""
JOB_COINS = 10.0
PRICED_UNITS = ("duration", "video_time", "number_of_images")
"""Integer request fields that add one coin each per unit to a job's price (quote and charge alike)."""
BALANCE_OPERATION = "credits_remaining"
"""The operation that answers the balance (`coins`, `diamonds`)."""
NOT_FOUND = (404, 404, "Task not found")
EXTENSIONS = {"image": "png", "audio": "mp3", "video": "mp4"}
ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?")


class Refusal(Exception):
    """An error reply: the HTTP status, A2E's `code` and `msg`."""

    def __init__(self, status: int, code: int, msg: str) -> None:
        super().__init__(msg)
        self.status, self.code, self.msg = status, code, msg


def _streaming_state() -> StreamingState:
    from ._streaming import StreamingState  # it imports this module (Refusal)

    return StreamingState()


def load_operations() -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for module in GROUP_MODULES.values():
        found.update(importlib.import_module(f"a2e_api.api.{module}")._OPS)
    return found


def load_examples() -> dict[str, Any]:
    texts = json.loads(resources.files("a2e_api").joinpath("operations.json").read_text())
    return {operation_id: text["example"] for operation_id, text in texts["operations"].items()}


def load_replies() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resources.files("a2e_api").joinpath("replies.json").read_text())
    return loaded


def fits(schema: Mapping[str, Any], value: Any) -> bool:
    try:
        check(schema, value)
    except Problem:
        return False
    return True


def object_schema(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The object form of a schema (the first `any_of` variant with properties), or {}."""
    variants: list[Mapping[str, Any]] = [schema, *schema.get("any_of", [])]
    return next((variant for variant in variants if "properties" in variant), {})


def empty(schema: Mapping[str, Any]) -> Any:
    """The value an unset field of this schema holds: [] for a list, "" for a string, else null or 0."""
    types = {kind for variant in [schema, *schema.get("any_of", [])] for kind in variant.get("type", [])}
    for kind, value in (("array", []), ("string", ""), ("null", None), ("integer", 0), ("number", 0)):
        if kind in types:
            return value
    return {} if "object" in types else None


def fit(schema: Mapping[str, Any], record: dict[str, Any], example: Mapping[str, Any]) -> dict[str, Any]:
    """`record` with every field its schema rejects replaced (by the example's value, or an empty one)."""
    properties = object_schema(schema).get("properties", {})
    for name, sub in properties.items():
        if name in record and not fits(sub, record[name]):
            record[name] = example[name] if fits(sub, example.get(name)) else empty(sub)
    for name in object_schema(schema).get("required", []):
        record.setdefault(name, empty(properties.get(name, {})))
    return record


def object_id() -> str:
    return secrets.token_hex(12)


def now_iso() -> str:
    now = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now % 1 * 1000):03d}Z"


def first_record(example: Any) -> dict[str, Any]:
    if isinstance(example, list):
        example = example[0] if example else {}
    return copy.deepcopy(example) if isinstance(example, dict) else {}


@dataclass
class Job:
    id: str
    start: Operation
    kind: str
    """The record component its detail operation answers: which reads see it."""
    record: dict[str, Any]
    request: dict[str, Any]
    started_at: float
    fails: bool
    webhook: tuple[str, str] | None
    notified: bool = False


@dataclass
class World:
    """All the sandbox knows; thread-safe. `clock` is injectable so tests need not wait."""

    cdn_url: str = ""
    job_seconds: float = 3.0
    clock: Callable[[], float] = time.monotonic
    coins: float | None = None
    """The balance (None: the documented example's); each job's price comes off it."""
    late_reply_seconds: float = 5.0
    """How long `sandbox:late-reply` waits before answering."""
    remote_webhooks: bool = False
    """Post webhooks to any host (default: loopback addresses only)."""
    operations: dict[str, Operation] = field(default_factory=load_operations)
    examples: dict[str, Any] = field(default_factory=load_examples)
    replies: dict[str, Any] = field(default_factory=load_replies)
    jobs: dict[str, Job] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    starts_seen: int = 0
    """Jobs started (and billed), deleted ones included: what tests count a second, billed start by."""
    requests: list[tuple[str, str]] = field(default_factory=list)
    """(method, path) of every API request answered, for tests."""
    webhooks_refused: list[str] = field(default_factory=list)
    """Webhook URLs not posted to (not loopback, or not a URL)."""
    cdn_chunk_delay: float = 0.0
    """Seconds the CDN pauses after each 64 KiB it sends (to watch a download's progress)."""
    cdn_saw_authorization: int = 0
    """How many requests reached the CDN with an Authorization header (should stay 0)."""
    streaming: StreamingState = field(default_factory=lambda: _streaming_state())
    """Streaming Avatar channels and the coins they took."""

    def __post_init__(self) -> None:
        tasks = [op.task for op in self.operations.values() if op.task]
        self.kinds = {str(self.replies[task.detail]["record"]) for task in tasks}
        self.batches = {task.batch for task in tasks if task.batch}
        self.known_ids = set(re.findall(r"\b[0-9a-f]{24}\b", json.dumps(self.examples)))
        """Ids of the documented records (avatars, voices...): the ones a non-job read finds."""
        if self.coins is None:
            self.coins = float(self.examples[BALANCE_OPERATION]["coins"])
        self.streaming.account, self.streaming.lock = self, self.lock  # one balance, one lock

    def record_schema(self, operation_id: str) -> Mapping[str, Any]:
        """The schema of one record of an operation's reply (its `data`, a list's item, a page's row)."""
        data: Mapping[str, Any] = self.replies[operation_id]["data"]
        pagination = self.operations[operation_id].pagination
        if pagination and pagination.rows:
            data = object_schema(data).get("properties", {}).get(pagination.rows, {})
        for variant in [data, *data.get("any_of", [])]:
            if "items" in variant:
                return dict(variant["items"])
        return object_schema(data)

    def kind_of(self, operation_id: str) -> str | None:
        """The job kind an operation reads (its reply's record), if it is one."""
        record = self.replies[operation_id]["record"]
        return record if record in self.kinds else None

    def reply(self, operation_id: str, records: list[dict[str, Any]], total: int | None = None) -> Any:
        """Records shaped as the operation's `data`: one record, a list, or a page."""
        data = self.replies[operation_id]["data"]
        pagination = self.operations[operation_id].pagination
        rows = [copy.deepcopy(record) for record in records]
        if pagination and pagination.rows:
            page: dict[str, Any] = {pagination.rows: rows}
            if pagination.total:
                page[pagination.total] = len(rows) if total is None else total
            return page
        if any("items" in variant for variant in [data, *data.get("any_of", [])]):
            return rows
        return rows[0]

    # ---- jobs ----

    def price(self, start: Operation, request: Mapping[str, Any]) -> float:
        units = sum(v for k, v in request.items() if k in PRICED_UNITS and type(v) is int and v > 0)
        return JOB_COINS + units

    def start_job(self, start: Operation, request: dict[str, Any]) -> Any:
        task = start.start_task
        detail = task.detail
        schema = self.record_schema(detail)
        properties = schema.get("properties", {})
        example = {**first_record(self.examples.get(start.id)), **first_record(self.examples.get(detail))}
        record = copy.deepcopy(example)
        record.update(
            {k: v for k, v in request.items() if k in properties and k != "webhook_token" and fits(properties[k], v)}
        )
        job_id = object_id()
        record[task.id] = job_id
        for name in task.result + task.message:
            if name != task.id and name in record:
                record[name] = empty(properties.get(name, {}))
        stamp = now_iso()
        reached_at = {f"{status}_time" for status in self.statuses(task) + task.done + task.failed}
        for name, value in example.items():  # times of now; a status's own time once it is reached
            if isinstance(value, str) and ISO_TIME.fullmatch(value):
                keep = name not in reached_at and fits(properties.get(name, {}), stamp)
                record[name] = stamp if keep else empty(properties.get(name, {}))
        price = self.price(start, request)
        if "coins" in properties and fits(properties["coins"], int(price)):
            record["coins"] = int(price)
        webhook = request.get("webhook_url")
        job = Job(
            id=job_id,
            start=start,
            kind=str(self.replies[detail]["record"]),
            record=fit(schema, record, example),
            request=request,
            started_at=self.clock(),
            fails=FAIL_TRIGGER in json.dumps(request),
            webhook=(webhook, str(request.get("webhook_token", ""))) if isinstance(webhook, str) and webhook else None,
        )
        with self.lock:
            assert self.coins is not None
            if price > self.coins:
                raise Refusal(*TRIGGERS["sandbox:insufficient-credits"])
            self.coins -= price
            self.set_status(job, self.statuses(task)[0])
            self.jobs[job_id] = job
            self.starts_seen += 1
        started = fit(self.record_schema(start.id), copy.deepcopy(job.record), example)
        return self.reply(start.id, [started])

    @staticmethod
    def statuses(task: Task) -> tuple[str, ...]:
        return task.running or ("initialized", "processing")

    def set_status(self, job: Job, status: str) -> None:
        """A new status, and its `<status>_time` stamp where the record has one."""
        task = job.start.start_task
        if job.record.get(task.status) == status:
            return
        job.record[task.status] = status
        if f"{status}_time" in job.record:
            job.record[f"{status}_time"] = now_iso()

    def advance(self, job: Job) -> None:
        """Bring a job's record to where it is at the current time."""
        task = job.start.start_task
        elapsed = self.clock() - job.started_at
        steps = self.statuses(task)
        if elapsed < self.job_seconds:
            self.set_status(job, steps[min(int(elapsed / self.job_seconds * len(steps)), len(steps) - 1)])
            return
        if job.record[task.status] in task.done + task.failed:
            return
        properties = self.record_schema(task.detail).get("properties", {})
        if job.fails:
            self.set_status(job, task.failed[0])
            for name in task.message[:1]:
                job.record[name] = "The sandbox failed this job on purpose (sandbox:fail)"
            for name in task.code[:1]:
                for value in ("SANDBOX_FAIL", 1):
                    if fits(properties.get(name, {}), value):
                        job.record[name] = value
                        break
            return
        self.set_status(job, task.done[0])
        for name in task.result:
            if name == task.id or job.record.get(name) not in ("", None, []):
                continue
            kind = task.files.get(name)
            made: Any = self.make_file(kind, job.request) if kind else object_id()
            job.record[name] = [made] if "array" in properties.get(name, {}).get("type", []) else made

    def make_file(self, kind: str, request: Mapping[str, Any]) -> str:
        """A new file on the CDN of this kind, made from the request; its URL."""
        source = {k: v for k, v in request.items() if k != "webhook_token"}
        if kind == "image":
            width, height = image_size(source)
            data = _media.png(width, height, source)
        elif kind == "audio":
            data = _media.mp3(spoken_text(source), source)
        else:
            data = _media.mp4([self.files[name] for name in self.inputs(source)], source)
        name = f"{object_id()}.{EXTENSIONS[kind]}"
        self.files[name] = data
        return f"{self.cdn_url}/files/{name}"

    def inputs(self, request: Mapping[str, Any]) -> list[str]:
        """The names of the sandbox's own files a request points to, in field order."""
        prefix = f"{self.cdn_url}/files/"
        values = [v for value in request.values() for v in (value if isinstance(value, list) else [value])]
        return [v.removeprefix(prefix) for v in values if isinstance(v, str) and v.removeprefix(prefix) in self.files]

    def find(self, job_id: Any) -> Job | None:
        with self.lock:
            job = self.jobs.get(job_id) if isinstance(job_id, str) else None
            if job is not None:
                self.advance(job)
            return job

    def jobs_of(self, kind: str) -> list[Job]:
        """Every job of a kind, newest first, brought up to date."""
        with self.lock:
            jobs = [job for job in self.jobs.values() if job.kind == kind]
            for job in jobs:
                self.advance(job)
            return sorted(jobs, key=lambda j: j.started_at, reverse=True)

    def delete(self, job_id: str) -> None:
        with self.lock:
            self.jobs.pop(job_id, None)

    def finished_with_webhook(self) -> Iterator[Job]:
        """Jobs that just ended and have a webhook to notify (each is returned once)."""
        with self.lock:
            for job in list(self.jobs.values()):
                if job.webhook is None or job.notified:
                    continue
                self.advance(job)
                status = job.record[job.start.start_task.status]
                if status in job.start.start_task.done + job.start.start_task.failed:
                    job.notified = True
                    yield job

    # ---- quotes ----

    def quote(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """What a start would cost: the same price its job is charged."""
        starts = [op for op in self.operations.values() if op.task and op.path == body.get("endpoint")]
        request = body.get("requestBody")
        if not starts or not isinstance(request, dict):
            return {"generationRequestValidated": False}
        return {"generationRequestValidated": True, "coins": self.price(starts[0], request)}


def image_size(request: Mapping[str, Any]) -> tuple[int, int]:
    """The requested `width` and `height`, or a `WxH` size string, or a small square."""
    width, height = request.get("width"), request.get("height")
    if type(width) is int and type(height) is int:
        return width, height
    for value in request.values():
        found = re.fullmatch(r"(\d{1,5})\s*[x*\u00d7:]\s*(\d{1,5})", value) if isinstance(value, str) else None
        if found and ":" not in value:
            return int(found[1]), int(found[2])
    return _media.DEFAULT_SIDE, _media.DEFAULT_SIDE


def spoken_text(request: Mapping[str, Any]) -> str:
    """The text a speech request speaks: its longest string that is not a URL."""
    texts = [v for v in request.values() if isinstance(v, str) and not v.startswith(("http://", "https://"))]
    return max(texts, key=len, default="")
