"""The sandbox's state: the operations it serves, the jobs started, the files uploaded.

Everything is derived from the generated operation descriptors (route, job and page facts) and
the spec's documented replies (`a2e_api/operations.json`); nothing here is written per operation.
A started job gets a record shaped like its detail operation's example, walks through its real
status sequence (`x-a2e-task`: running values, then done or failed) over `job_seconds`, and ends
with result URLs the sandbox's own CDN serves.
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
from typing import Any

from a2e_api.api import GROUP_MODULES

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
QUOTE_COINS = 10.0


def load_operations() -> dict[str, Mapping[str, Any]]:
    found: dict[str, Mapping[str, Any]] = {}
    for module in GROUP_MODULES.values():
        found.update(importlib.import_module(f"a2e_api.api.{module}")._OPS)
    return found


def load_examples() -> dict[str, Any]:
    texts = json.loads(resources.files("a2e_api").joinpath("operations.json").read_text())
    return {operation_id: text["example"] for operation_id, text in texts["operations"].items()}


def asset(kind: str) -> bytes:
    return resources.files("a2e.sandbox").joinpath("assets", f"sample.{kind}").read_bytes()


def media_kind(field_name: str, group: str) -> str:
    """What a result field holds: mp3, png or mp4, from its name and its group's."""
    text = f"{field_name} {group}"
    if re.search(r"audio|voice|sound|speech|tts|mp3", text):
        return "mp3"
    if (
        re.search(r"image|img|cover|picture|banana|flux|qwen|upscale|try_on|photobook|png", text)
        and "video" not in text
    ):
        return "png"
    return "mp4"


def object_id() -> str:
    return secrets.token_hex(12)


def now_iso(clock: Callable[[], float]) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time()))


@dataclass
class Job:
    id: str
    start: Mapping[str, Any]
    record: dict[str, Any]
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
    operations: dict[str, Mapping[str, Any]] = field(default_factory=load_operations)
    examples: dict[str, Any] = field(default_factory=load_examples)
    jobs: dict[str, Job] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    starts_seen: int = 0
    requests: list[tuple[str, str]] = field(default_factory=list)
    """(method, path) of every API request answered, for tests."""
    cdn_chunk_delay: float = 0.0
    """Seconds the CDN pauses after each 64 KiB it sends (to watch a download's progress)."""
    cdn_saw_authorization: int = 0
    """How many requests reached the CDN with an Authorization header (should stay 0)."""
    streaming: StreamingState = field(default_factory=StreamingState)
    """Streaming Avatar channels and the coins they took."""

    # ---- jobs ----

    def detail_of(self, start: Mapping[str, Any]) -> Mapping[str, Any]:
        return self.operations[start["task"]["detail"]]

    def record_template(self, start: Mapping[str, Any]) -> dict[str, Any]:
        example = self.examples.get(start["task"]["detail"])
        if isinstance(example, list):
            example = example[0] if example else {}
        template = copy.deepcopy(example) if isinstance(example, dict) else {}
        started = self.examples.get(start["id"])
        if isinstance(started, list):
            started = started[0] if started else {}
        if isinstance(started, dict):
            template = {**copy.deepcopy(started), **template}
        return template

    def start_job(self, start: Mapping[str, Any], body: Mapping[str, Any]) -> dict[str, Any]:
        task = start["task"]
        record = self.record_template(start)
        # A request field is echoed only where the reply's field has its JSON type (A2E answers
        # `anchor_type` as a string although `generate` takes an integer).
        echoed = {k: v for k, v in body.items() if k in record and k != "webhook_token"}
        record.update({k: v for k, v in echoed.items() if record[k] is None or type(v) is type(record[k])})
        job_id = object_id()
        record[task["id"]] = job_id
        record[task["status"]] = self.statuses(task)[0]
        for name in task["result"] + task.get("message", []) + task.get("code", []):
            if name != task["id"]:
                record[name] = ""
        if "createdAt" in record:
            record["createdAt"] = now_iso(self.clock)
        webhook = (str(body["webhook_url"]), str(body.get("webhook_token", ""))) if body.get("webhook_url") else None
        fails = FAIL_TRIGGER in json.dumps(body)
        with self.lock:
            self.jobs[job_id] = Job(job_id, start, record, self.clock(), fails, webhook)
            self.starts_seen += 1
        return copy.deepcopy(record)

    @staticmethod
    def statuses(task: Mapping[str, Any]) -> list[str]:
        running = list(task.get("running") or [])
        return running or ["initialized", "processing"]

    def advance(self, job: Job) -> None:
        """Bring a job's record to where it is at the current time."""
        task = job.start["task"]
        elapsed = self.clock() - job.started_at
        steps = self.statuses(task)
        if elapsed < self.job_seconds:
            job.record[task["status"]] = steps[min(int(elapsed / self.job_seconds * len(steps)), len(steps) - 1)]
            return
        if job.fails:
            job.record[task["status"]] = task["failed"][0]
            for name in task.get("message", [])[:1]:
                job.record[name] = "The sandbox failed this job on purpose (sandbox:fail)"
            for name in task.get("code", [])[:1]:
                job.record[name] = "SANDBOX_FAIL"
            return
        job.record[task["status"]] = task["done"][0]
        group = job.start["name"].split(".")[0]
        for name in task["result"]:
            if name == task["id"] or job.record.get(name) not in ("", None, []):
                continue
            url = self.serve_file(f"{group}.{name}", name)
            job.record[name] = [url] if name.endswith("urls") else url

    def serve_file(self, name: str, like_url: str) -> str:
        """A new file on the CDN, of the kind `like_url` (or the operation's name) suggests; its URL."""
        kind = media_kind(like_url.rsplit("/", 1)[-1], name.split(".")[0])
        file_name = f"{object_id()}.{kind}"
        self.files[file_name] = asset(kind)
        return f"{self.cdn_url}/files/{file_name}"

    def find(self, job_id: str) -> Job | None:
        with self.lock:
            job = self.jobs.get(job_id)
            if job is not None:
                self.advance(job)
            return job

    def records_of(self, detail_id: str) -> list[dict[str, Any]]:
        """The records of every job whose detail operation is `detail_id`, newest first."""
        with self.lock:
            jobs = [job for job in self.jobs.values() if job.start["task"]["detail"] == detail_id]
            for job in jobs:
                self.advance(job)
            return [copy.deepcopy(job.record) for job in sorted(jobs, key=lambda j: j.started_at, reverse=True)]

    def finished_with_webhook(self) -> Iterator[Job]:
        """Jobs that just ended and have a webhook to notify (each is returned once)."""
        with self.lock:
            for job in self.jobs.values():
                if job.webhook is None or job.notified:
                    continue
                self.advance(job)
                status = job.record[job.start["task"]["status"]]
                if status in job.start["task"]["done"] + job.start["task"]["failed"]:
                    job.notified = True
                    yield job

    # ---- pages, quotes ----

    def kind_of_list(self, operation: Mapping[str, Any]) -> str | None:
        """The detail operation whose records a list operation pages through (same group, a start's detail)."""
        group = operation["name"].split(".")[0]
        for candidate in self.operations.values():
            if candidate["task"] and candidate["name"].split(".")[0] == group:
                return str(candidate["task"]["detail"])
        return None

    def quote(self, body: Mapping[str, Any]) -> dict[str, Any]:
        request = body.get("requestBody")
        fields: dict[str, Any] = request if isinstance(request, dict) else {}
        units = sum(
            v for k, v in fields.items() if k in ("duration", "video_time", "number_of_images") and type(v) is int
        )
        return {"generationRequestValidated": True, "coins": QUOTE_COINS + units}
