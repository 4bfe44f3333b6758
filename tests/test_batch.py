"""Journaled batches (`a2e batch`, `a2e.batch.Batch`) against the sandbox: plans send nothing billable,
runs start each line once within the credit limit and download every result, and a run SIGKILLed
at journal writes, then resumed, ends with one job per line and every file, and sends nothing more."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import a2e
import a2e.batch
import pytest
from a2e import A2E
from a2e._idempotency import tag_of
from a2e.batch import Batch, as_list, read_lines
from a2e.batch._journal import DIE_AT_ENV
from a2e.cli import main
from a2e.sandbox import Sandbox
from conftest import ROOT

FACE = {"image_url": "https://example.com/face.jpg", "prompt": "p", "negative_prompt": "q"}


@pytest.fixture(scope="module")
def sandbox() -> Any:
    with Sandbox(job_seconds=0.0) as running:
        yield running


def jobs_file(path: Path, names: list[str]) -> Path:
    lines = [{"group": "talking_photo", "operation": "start", "arguments": {"name": name, **FACE}} for name in names]
    lines.append({"group": "nano_banana", "operation": "start", "arguments": {"name": "cat", "prompt": "a cat"}})
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def jobs_of(sandbox: Sandbox, key: str) -> list[Any]:
    return [job for job in sandbox.world.jobs.values() if tag_of(key) in str(job.record.get("name"))]


def served(sandbox: Sandbox, url: str) -> str:
    return hashlib.sha256(sandbox.world.files[url.rsplit("/", 1)[1]]).hexdigest()


def check_outputs(sandbox: Sandbox, batch: Batch) -> None:
    """Each line started one job, and each downloaded file is the job's result, byte for byte."""
    for line in batch.journal.lines():
        if line.state == "skipped":
            assert jobs_of(sandbox, line.key) == []
            continue
        (job,) = jobs_of(sandbox, line.key)
        assert line.state == "downloaded" and line.job_id == job.id
        urls = [url for name in job.start.start_task.result for url in as_list(job.record[name]) if url]
        digests = [hashlib.sha256(Path(path).read_bytes()).hexdigest() for path in json.loads(line.path or "[]")]
        assert digests == [served(sandbox, url) for url in urls] and digests


def test_plan_quotes_every_line_and_starts_nothing(sandbox: Sandbox, tmp_path: Path) -> None:
    starts = sandbox.world.starts_seen
    with A2E("sk_test", base_url=sandbox.url) as api:
        totals = Batch(api, tmp_path / "b.db").plan(read_lines(jobs_file(tmp_path / "jobs.jsonl", ["a", "b"])))
    assert totals == {"talking_photo": 20.0, "nano_banana": 10.0}
    assert sandbox.world.starts_seen == starts


def test_run_starts_within_the_limit_downloads_and_a_rerun_sends_nothing(sandbox: Sandbox, tmp_path: Path) -> None:
    events: list[dict[str, Any]] = []
    lines = read_lines(jobs_file(tmp_path / "jobs.jsonl", ["a", "b sandbox:drop-reply", "c sandbox:fail", "d"]))
    with A2E("sk_test", base_url=sandbox.url) as api:
        batch = Batch(api, tmp_path / "b.db", out=tmp_path / "out", max_credits=40, on_event=events.append)
        batch.run(lines)
        assert batch.status() == {"downloaded": 3, "failed": 1, "skipped": 1}
        report = batch.report()
        assert report["quoted_by_group"] == {"talking_photo": 40.0}
        assert report["failures_by_code"] == {"SANDBOX_FAIL": 1}
        assert report["charged_while_running"] == 0.0  # the sandbox's history has no row from the batch's time
        for line in batch.journal.lines():
            if line.state == "downloaded":
                assert len(jobs_of(sandbox, line.key)) == 1 and Path(json.loads(line.path or "")[0]).exists()
        assert [e["state"] for e in events if e["line"] == 1] == ["planned", "sent", "started", "done", "downloaded"]
        before = len(sandbox.world.requests)
        batch.run(lines)
        assert len(sandbox.world.requests) == before
        batch.run(retry_failed=True)
        assert len(jobs_of(sandbox, next(line.key for line in batch.journal.lines() if line.state == "failed"))) == 1


def test_a_line_that_is_not_a_start_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    path.write_text('{"group": "talking_photo", "operation": "get", "arguments": {}}\n')
    with pytest.raises(a2e.ArgumentValueError, match=r"jobs\.jsonl:1"):
        read_lines(path)


def test_the_cli_starts_once_per_idempotency_key(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("A2E_BASE_URL", sandbox.url)
    monkeypatch.setenv("A2E_API_KEY", "sk_test")
    start = ["talking-photo", "start", "--name", "x", "--image-url", "https://x/f.jpg", "--prompt", "p"]
    start += ["--negative-prompt", "q", "--idempotency-key", "cli-1"]
    ids = []
    for _ in range(2):
        assert main(["--json", *start]) == 0
        ids.append(json.loads(capsys.readouterr().out)["_id"])
    assert ids[0] == ids[1] and len(jobs_of(sandbox, "cli-1")) == 1


def test_a_run_killed_at_journal_writes_resumes_to_one_job_per_line(sandbox: Sandbox, tmp_path: Path) -> None:
    jobs = jobs_file(tmp_path / "jobs.jsonl", ["a", "b sandbox:drop-reply", "c", "d", "e", "f", "g"])
    journal, out = tmp_path / "b.db", tmp_path / "out"
    env = {**os.environ, "A2E_BASE_URL": sandbox.url, "A2E_API_KEY": "sk_test"}
    command = [sys.executable, "-m", "a2e", "batch", "run", str(jobs), "--journal", str(journal), "--out", str(out)]
    command += ["--max-credits", "70", "--concurrency", "2"]
    rng, kills = random.Random(18), 0
    while kills < 20:
        done = subprocess.run(
            command,
            env={**env, DIE_AT_ENV: str(rng.randint(1, 3))},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode == 0:
            break
        assert done.returncode == -9, done.stderr
        kills += 1
        command[4] = "resume"
    assert kills >= 20
    finished = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert finished.returncode == 0, finished.stderr
    assert all(json.loads(line) for line in finished.stdout.splitlines())  # JSON lines on a pipe
    with A2E("sk_test", base_url=sandbox.url) as api:
        batch = Batch(api, journal, out=out)
        assert batch.status() == {"downloaded": 7, "skipped": 1}
        assert sum(line.quote or 0 for line in batch.journal.lines() if line.state != "skipped") <= 70
        check_outputs(sandbox, batch)
    before = len(sandbox.world.requests)
    again = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and len(sandbox.world.requests) == before


def test_events_from_many_threads_print_as_whole_json_lines() -> None:
    class Pipe(io.StringIO):
        def write(self, text: str) -> int:
            time.sleep(0)  # let another thread in, as a pipe's write may between a line and its newline
            return super().write(text)

    show = a2e.batch.event_printer(terminal=False)
    out, start = Pipe(), threading.Barrier(8)

    def worker(n: int) -> None:
        start.wait()
        for i in range(100):
            show({"line": n, "key": f"k{i}", "state": "started"})

    with contextlib.redirect_stdout(out):
        threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    lines = out.getvalue().splitlines()
    assert len(lines) == 8 * 100
    assert all(json.loads(line)["state"] == "started" for line in lines)
