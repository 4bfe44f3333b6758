"""The Celery app that tests/test_celery.py's worker processes run (`celery -A celery_jobs worker`).

Its client can be made to stall: with A2E_TEST_STALL set to a path that does not exist yet, the
worker's first poll of the job it started creates that file and then hangs, so the test knows the start has
been answered and kills the worker right there.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx
from a2e import A2E
from a2e.integrations.celery import job_task
from celery import Celery

BROKER = os.environ.get("A2E_TEST_BROKER", "redis://127.0.0.1:6379/0")


class StallOnFirstPoll(httpx.HTTPTransport):
    """Stalls the first GET after the start's POST (the wait's first poll; the keyed start's list
    search comes before the POST)."""

    started = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        flag = os.environ.get("A2E_TEST_STALL")
        if request.method == "POST":
            self.started = True
        elif flag and self.started and not Path(flag).exists():
            Path(flag).write_text(str(os.getpid()))
            time.sleep(60)
        return super().handle_request(request)


def client() -> A2E:
    return A2E(http_client=httpx.Client(transport=StallOnFirstPoll(), timeout=30))


app = Celery("a2e_test", broker=BROKER, backend=BROKER)
app.conf.update(
    task_default_queue="a2e-test",
    worker_prefetch_multiplier=1,
    broker_connection_retry_on_startup=True,
    # a killed worker's task comes back after 2 s (the default is an hour: it must outlast a task's run)
    broker_transport_options={"visibility_timeout": 2, "unacked_restore_interval": 1, "unacked_restore_throttle": 1},
)
run_job = job_task(app, client, hold=0.5)
