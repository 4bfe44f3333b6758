"""The Temporal activity with temporalio's ActivityEnvironment (no server) against the sandbox: an
attempt lost after its heartbeat is resumed from the heartbeat's job id, one lost before it finds its
job by idempotency key; either way one job, one file."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from a2e import A2E, ArgumentValueError
from a2e.integrations.temporal import JobActivities, JobRequest
from a2e.sandbox import Sandbox
from temporalio.testing import ActivityEnvironment

JOB = {"name": "temporal", "image_url": "https://example.com/a.jpg", "prompt": "p", "negative_prompt": "q"}


class WorkerLost(Exception):
    """The attempt's worker vanished (raised from the heartbeat that reached the server)."""


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    monkeypatch.setenv("A2E_STATE_DIR", str(tmp_path / "state"))
    with Sandbox(job_seconds=0.6) as running:
        yield running


@pytest.fixture
def made(sandbox: Sandbox) -> Iterator[list[JobActivities]]:
    """Every JobActivities a test made (one per worker), closed after it."""
    made: list[JobActivities] = []
    yield made
    for each in made:
        each.close()


def activities(made: list[JobActivities], sandbox: Sandbox) -> JobActivities:
    made.append(JobActivities(lambda: A2E("sk_temporal", base_url=sandbox.url), heartbeat_every=0.2))
    return made[-1]


def lost_attempt(made: list[JobActivities], sandbox: Sandbox, request: JobRequest) -> list[tuple[Any, ...]]:
    """Run a first attempt that dies at its first heartbeat; the heartbeats it sent."""
    beats: list[tuple[Any, ...]] = []

    def heartbeat(*details: Any) -> None:
        beats.append(details)
        raise WorkerLost

    first = ActivityEnvironment()
    first.on_heartbeat = heartbeat
    with pytest.raises(WorkerLost):
        first.run(activities(made, sandbox).run_job, request)
    return beats


def test_a_retried_attempt_resumes_the_job_in_its_heartbeat(
    made: list[JobActivities], sandbox: Sandbox, tmp_path: Path
) -> None:
    request = JobRequest("talking_photo", "start", JOB, download_to=str(tmp_path / "out"))
    beats = lost_attempt(made, sandbox, request)
    assert sandbox.world.starts_seen == 1 and len(beats) == 1
    retry = ActivityEnvironment()
    retry.info = dataclasses.replace(retry.info, attempt=2, heartbeat_details=list(beats[0]))
    resumed: list[tuple[Any, ...]] = []
    retry.on_heartbeat = lambda *details: resumed.append(details)
    result = retry.run(activities(made, sandbox).run_job, request)
    assert result.job_id == beats[0][0] and resumed and all(d == beats[0] for d in resumed)
    assert sandbox.world.starts_seen == 1
    assert result.record["current_status"] == "completed"
    assert [str(p) for p in (tmp_path / "out").rglob("*") if p.is_file()] == result.files


def test_an_attempt_lost_before_a_heartbeat_finds_its_job(
    made: list[JobActivities], sandbox: Sandbox, tmp_path: Path
) -> None:
    request = JobRequest("talking_photo", "start", JOB, download_to=str(tmp_path / "out"))
    lost_attempt(made, sandbox, request)
    retry = ActivityEnvironment()
    retry.info = dataclasses.replace(retry.info, attempt=2)  # the heartbeat never reached the server
    result = retry.run(activities(made, sandbox).run_job, request)
    assert sandbox.world.starts_seen == 1, "the retried attempt paid for a second job"
    assert result.record["current_status"] == "completed"


def test_a_name_that_is_not_a_start_is_refused(made: list[JobActivities], sandbox: Sandbox) -> None:
    with pytest.raises(ArgumentValueError, match="start"):
        ActivityEnvironment().run(activities(made, sandbox).run_job, JobRequest("talking_photo", "get"))
