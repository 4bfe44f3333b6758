"""The Celery integration on a real Redis (Debian's redis-server) with real worker processes: a job
is started once, waited on by retries, downloaded; a worker killed mid-task has its task delivered
again to another worker, which finds the job it started: one job, one file."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from a2e._catalog import command
from a2e.integrations.celery import RedisStore
from a2e.sandbox import Sandbox
from a2e_api.api import operation
from conftest import ROOT

TESTS = ROOT / "tests"
JOB = {"name": "celery", "image_url": "https://example.com/a.jpg", "prompt": "p", "negative_prompt": "q"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = shutil.which("redis-server")
    if server is None:
        print("redis-server is not installed (Debian: apt-get install redis-server); skipping the Celery tests")
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server)")
    import redis

    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    command = [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen([*command, "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        connection = redis.Redis.from_url(url)
        deadline = time.monotonic() + 10
        while True:
            try:
                connection.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.05)
        connection.close()
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(job_seconds=1.0) as running:
        yield running


@pytest.fixture
def app(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("A2E_TEST_BROKER", redis_url)
    monkeypatch.syspath_prepend(str(TESTS))
    sys.modules.pop("celery_jobs", None)
    import celery_jobs
    import redis

    with redis.Redis.from_url(redis_url) as connection:
        connection.flushdb()  # no message (or unacknowledged one) left from another test
    return celery_jobs


def worker(
    redis_url: str, sandbox: Sandbox, tmp_path: Path, stall: Path | None = None, machine: str = "one"
) -> subprocess.Popen[bytes]:
    """A worker process; `machine` names its local state (another machine shares only Redis)."""
    env = {
        **os.environ,
        "A2E_TEST_BROKER": redis_url,
        "A2E_BASE_URL": sandbox.url,
        "A2E_API_KEY": "sk_celery",
        "A2E_STATE_DIR": str(tmp_path / f"state-{machine}"),
        "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
    }
    if stall is not None:
        env["A2E_TEST_STALL"] = str(stall)
    command = [sys.executable, "-m", "celery", "-A", "celery_jobs", "worker", "--pool=solo", "--loglevel=WARNING"]
    command += ["--without-gossip", "--without-mingle", "--without-heartbeat", "-Q", "a2e-test"]
    return subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    if process.stderr is not None:
        process.stderr.close()


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_a_job_is_started_waited_on_by_retries_and_downloaded(
    app: Any, redis_url: str, sandbox: Sandbox, tmp_path: Path
) -> None:
    process = worker(redis_url, sandbox, tmp_path)
    try:
        result = app.run_job.delay("talking_photo", "start", JOB, download_to=str(tmp_path / "out"))
        outcome = result.get(timeout=15)
    finally:
        stop(process)
    assert outcome["record"]["current_status"] == "completed"
    assert sandbox.world.starts_seen == 1
    assert [str(p) for p in files_in(tmp_path / "out")] == outcome["files"]
    assert Path(outcome["files"][0]).parent.name == outcome["job_id"]
    polls = [path for method, path in sandbox.world.requests if method == "GET"]
    assert len(polls) >= 2, "the task finished in one run: it never handed the worker back"


def test_a_worker_killed_mid_task_is_replaced_and_the_redelivered_task_starts_nothing_new(
    app: Any, redis_url: str, sandbox: Sandbox, tmp_path: Path
) -> None:
    stall = tmp_path / "stalled"
    first = worker(redis_url, sandbox, tmp_path, stall)
    second = None
    try:
        result = app.run_job.delay("talking_photo", "start", JOB, download_to=str(tmp_path / "out"))
        deadline = time.monotonic() + 15
        while not stall.exists():
            assert time.monotonic() < deadline, "the first worker never polled"
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            time.sleep(0.05)
        assert sandbox.world.starts_seen == 1
        os.kill(first.pid, signal.SIGKILL)  # mid-task: started, not yet acknowledged
        first.wait(timeout=10)
        requests_before = len(sandbox.world.requests)
        second = worker(redis_url, sandbox, tmp_path, stall, machine="two")
        outcome = result.get(timeout=15)
    finally:
        stop(first)
        if second is not None:
            stop(second)
    assert sandbox.world.starts_seen == 1, "the redelivered task started a second, billed job"
    idempotency = command("talking_photo", "start").descriptor.start_task.idempotency
    assert idempotency is not None
    listing = operation(idempotency.list).path
    after = sandbox.world.requests[requests_before:]
    assert (outcome["job_id"] and after) and all(path != listing for _, path in after), "the key was not in Redis"
    assert len(files_in(tmp_path / "out")) == 1
    assert outcome["record"]["current_status"] == "completed"


def test_a_name_that_is_not_a_start_is_refused_by_the_task(app: Any, redis_url: str, sandbox: Sandbox) -> None:
    from a2e import ArgumentValueError

    with pytest.raises(ArgumentValueError, match="start"):
        app.run_job.apply(args=("talking_photo", "get", {})).get()


def test_the_redis_store_keeps_one_record_per_key_atomically(redis_url: str) -> None:
    store = RedisStore(redis_url, prefix="a2e:test-store:")
    try:
        assert store.get("api", "k") is None
        mine = store.claim("api", "k", "worker-1", 100.0)
        assert (mine.state, mine.owner, mine.lease) == ("sending", "worker-1", 100.0)
        assert store.claim("api", "k", "worker-2", 200.0).owner == "worker-1"  # the first claim holds
        assert store.claim("other-api", "k", "worker-2", 200.0).owner == "worker-2"  # keys are per scope
        assert not store.take_over("api", "k", "worker-9", "worker-2", 200.0)
        assert store.take_over("api", "k", "worker-1", "worker-2", 200.0)
        store.lost("api", "k", "worker-2")
        assert store.get("api", "k") is not None and store.get("api", "k").state == "unknown"  # type: ignore[union-attr]
        store.started("api", "k", "job-1", {"_id": "job-1"})
        store.release("api", "k", "worker-2")  # a started key is never released
        done = store.get("api", "k")
        assert done is not None and (done.state, done.job_id, done.data) == ("started", "job-1", {"_id": "job-1"})
        assert not store.take_over("api", "k", "worker-2", "worker-3", 300.0)
        store.release("other-api", "k", "worker-2")
        assert store.get("other-api", "k") is None
    finally:
        store.close()
