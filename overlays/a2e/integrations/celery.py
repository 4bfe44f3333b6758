"""A2E jobs as Celery tasks: started once, waited on without a worker slot, downloaded.

    from celery import Celery
    from a2e.integrations.celery import job_task

    app = Celery("jobs", broker="redis://localhost:6379/0")
    run_job = job_task(app)
    run_job.delay("talking_photo", "start", {"name": "hello", "image_url": ...}, download_to="out/")

The task is `acks_late` and rejected when its worker is lost, so a killed worker's task is
delivered again. That is safe because the start carries an idempotency key derived from the
Celery task id (the same on every delivery and retry): a redelivered task finds the job it
started instead of paying for another. It then polls for `hold` seconds at most and, while the
job runs, retries itself with a countdown (the next poll interval), so a two-hour job holds a
worker slot for seconds, not hours. The finished job's result file lands in
`download_to/<job id>/` (streamed, renamed into place: a task run twice writes one file).
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from celery import Celery, Task

from .._catalog import Command, command
from .._client import A2E
from .._exceptions import APIResponseValidationError, ArgumentValueError, ConfigurationError, JobTimeoutError
from .._jobs import poll_interval

__all__ = ["job_task"]

HOLD = 10.0
"""Seconds one run of the task polls before it hands the worker back (retrying later)."""
TIMEOUT = 7200.0
"""Seconds from the first run after which the task stops waiting (A2E ends jobs after 2 hours)."""


def job_task(
    app: Celery,
    client: Callable[[], A2E] = A2E,
    *,
    name: str = "a2e.run_job",
    hold: float = HOLD,
    timeout: float = TIMEOUT,
    **options: Any,
) -> Any:
    """Register the task `name` on `app`: `(group, start, arguments, download_to=None)` → a dict with
    `job_id`, `record` (the finished record, as JSON) and `files` (the paths downloaded).

    Args:
        client: Makes the worker's client (called once per worker process): `A2E` reads
            A2E_API_KEY and A2E_BASE_URL.
        hold: Seconds one run polls before retrying with a countdown.
        timeout: Seconds from the first run until `JobTimeoutError` (the job may still be running).
        options: More Celery task options (`queue`, `rate_limit`...).
    """
    clients: list[A2E] = []

    def worker_client() -> A2E:
        if not clients:
            clients.append(client())
        return clients[0]

    @app.task(  # type: ignore[untyped-decorator]
        name=name, bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=None, **options
    )
    def run_job(
        self: Task,
        group: str,
        start: str,
        arguments: dict[str, Any],
        download_to: str | None = None,
        *,
        job_id: str | None = None,
        since: float | None = None,
    ) -> dict[str, Any]:
        found = _start_command(group, start)
        if found is None:
            raise ArgumentValueError(name, "start", f"{group}.{start}", "a job start (`a2e <group> --help`)")
        task = found.descriptor["task"]
        api = worker_client()
        resource = getattr(api, group)
        since = time.time() if since is None else since
        if job_id is None:
            method = getattr(resource, start)
            if "idempotency_key" not in inspect.signature(method).parameters:
                raise ConfigurationError("this a2e has no idempotency_key: a redelivered task could pay twice")
            started = method(**arguments, idempotency_key=f"celery-{self.request.id}")
            job_id = _job_id(started, task["id"], found.descriptor["name"])
        waited = time.time() - since
        try:
            record = getattr(resource, task["wait_method"])(job_id, timeout=max(min(hold, timeout - waited), 0.001))
        except JobTimeoutError:
            if waited + hold >= timeout:
                raise
            raise self.retry(
                args=[group, start, arguments],
                kwargs={"download_to": download_to, "job_id": job_id, "since": since},
                countdown=poll_interval(waited),
            ) from None
        files = []
        if download_to is not None:
            folder = Path(download_to) / job_id
            folder.mkdir(parents=True, exist_ok=True)
            files.append(str(api.files.download(record, folder)))
        return {"job_id": job_id, "record": record.to_dict(), "files": files}

    return run_job


def _start_command(group: str, start: str) -> Command | None:
    try:
        found = command(group, start)
    except KeyError:
        return None
    return found if found.is_start else None


def _job_id(started: Any, id_field: str, operation: str) -> str:
    records = started if isinstance(started, list) else [started]
    ids = [r.to_dict().get(id_field) for r in records if hasattr(r, "to_dict")]
    if len(ids) != 1 or not isinstance(ids[0], str):
        raise APIResponseValidationError(f"{operation} answered {len(ids)} job ids, not one", http_status=200)
    return ids[0]
