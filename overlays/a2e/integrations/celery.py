"""A2E jobs as Celery tasks: started once, waited on without a worker slot, downloaded.

    from celery import Celery
    from a2e.integrations.celery import job_task

    app = Celery("jobs", broker="redis://localhost:6379/0")
    run_job = job_task(app)
    run_job.delay("talking_photo", "start", {"name": "hello", "image_url": ...}, download_to="out/")

The task is `acks_late` and rejected when its worker is lost, so a killed worker's task is
delivered again. That is safe because the start carries an idempotency key derived from the
Celery task id (the same on every delivery and retry), recorded in the broker's Redis
(`RedisStore`, seen by the workers of every machine): a redelivered task finds the job it
started instead of paying for another. It then polls for `hold` seconds at most and, while the
job runs, retries itself with a countdown (the next poll interval), so a two-hour job holds a
worker slot for seconds, not hours. The finished job's result file lands in
`download_to/<job id>/` (streamed, renamed into place: a task run twice writes one file).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from celery import Celery, Task

from .._client import A2E
from .._exceptions import JobTimeoutError
from .._idempotency import IdempotencyStore
from .._jobs import poll_interval
from ._redis_store import RedisStore
from ._run import download_into, job_start, start_once, wait_method

__all__ = ["RedisStore", "job_task"]

HOLD = 10.0
"""Seconds one run of the task polls before it hands the worker back (retrying later)."""
TIMEOUT = 7200.0
"""Seconds from the first run after which the task stops waiting (A2E ends jobs after 2 hours)."""


def job_task(
    app: Celery,
    client: Callable[[], A2E] = A2E,
    *,
    idempotency_store: IdempotencyStore | None = None,
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
        idempotency_store: Where the workers record their starts' keys. By default the broker's
            Redis when the broker is Redis (`RedisStore`: one record for workers on every
            machine), else the client's per-machine store.
        hold: Seconds one run polls before retrying with a countdown.
        timeout: Seconds from the first run until `JobTimeoutError` (the job may still be running).
        options: More Celery task options (`queue`, `rate_limit`...).
    """
    clients: list[A2E] = []

    def worker_client() -> A2E:
        if not clients:
            made = client()
            store = idempotency_store or broker_store(app)
            if store is not None:
                made._core.idempotency_store = store
            clients.append(made)
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
        descriptor = job_start(name, group, start)
        api = worker_client()
        since = time.time() if since is None else since
        if job_id is None:
            job_id = start_once(api, descriptor, arguments, f"celery-{self.request.id}")
        waited = time.time() - since
        try:
            record = wait_method(api, descriptor)(job_id, wait_timeout=max(min(hold, timeout - waited), 0.001))
        except JobTimeoutError:
            if waited + hold >= timeout:
                raise
            raise self.retry(
                args=[group, start, arguments],
                kwargs={"download_to": download_to, "job_id": job_id, "since": since},
                countdown=poll_interval(waited),
            ) from None
        return {"job_id": job_id, "record": record.to_dict(), "files": download_into(api, record, download_to, job_id)}

    return run_job


def broker_store(app: Celery) -> RedisStore | None:
    """A `RedisStore` on the app's broker, if that is Redis."""
    url = str(app.conf.broker_url or "")
    return RedisStore(url) if url.startswith(("redis://", "rediss://")) else None
