"""A2E jobs as a Temporal activity that a retry resumes: started once, waited on, downloaded.

    from a2e.integrations.temporal import JobActivities, JobRequest

    activities = JobActivities()            # its client: A2E() (A2E_API_KEY)
    Worker(client, task_queue="a2e", activities=[activities.run_job], activity_executor=pool)
    # in a workflow, with a heartbeat_timeout:
    await workflow.execute_activity("a2e.run_job", JobRequest("talking_photo", "start", {...}), ...)

The activity heartbeats the job id as its heartbeat details while it waits, so a retried attempt
(a worker lost, a heartbeat timeout) reads it back and resumes waiting on the same job; an attempt
lost before its first heartbeat starts again with an idempotency key made from the workflow and
activity ids, which finds the job already started.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from temporalio import activity

from .._client import A2E
from .._exceptions import JobTimeoutError
from ._run import download_into, job_start, start_once, wait_method

__all__ = ["JobActivities", "JobRequest", "JobResult"]

HEARTBEAT_EVERY = 10.0
"""Seconds of waiting between two heartbeats (set the activity's heartbeat_timeout above it)."""


@dataclass
class JobRequest:
    """One job: the start `client.<group>.<start>(**arguments)`, its file saved under `download_to`."""

    group: str
    start: str
    arguments: dict[str, Any] = field(default_factory=dict)
    download_to: str | None = None
    timeout: float = 7200.0


@dataclass
class JobResult:
    job_id: str
    record: dict[str, Any]
    files: list[str]


class JobActivities:
    """The activity `a2e.run_job`, over one client per worker (made by `client` on first use)."""

    def __init__(self, client: Callable[[], A2E] = A2E, *, heartbeat_every: float = HEARTBEAT_EVERY) -> None:
        self._make_client = client
        self._client: A2E | None = None
        self.heartbeat_every = heartbeat_every

    def close(self) -> None:
        """Close the client made for the activity (when the worker stops)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    @activity.defn(name="a2e.run_job")
    def run_job(self, request: JobRequest) -> JobResult:
        descriptor = job_start("a2e.run_job", request.group, request.start)
        if self._client is None:
            self._client = self._make_client()
        info = activity.info()
        details = list(info.heartbeat_details)
        job_id = details[0] if details and isinstance(details[0], str) else None
        if job_id is None:
            key = f"temporal-{info.workflow_id}-{info.activity_id}"
            job_id = start_once(self._client, descriptor, request.arguments, key)
        activity.heartbeat(job_id)
        wait, waited = wait_method(self._client, descriptor), 0.0
        while True:
            try:
                record = wait(job_id, wait_timeout=self.heartbeat_every)
                break
            except JobTimeoutError:
                waited += self.heartbeat_every
                if waited >= request.timeout:
                    raise
                activity.heartbeat(job_id)
        files = download_into(self._client, record, request.download_to, job_id)
        return JobResult(job_id=job_id, record=record.to_dict(), files=files)
