"""The `a2e` command line against the sandbox: help for every group, one operation per group, jobs
waited on and downloaded, exit codes, JSON on a pipe, and the live display in a real terminal (tmux)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from a2e._catalog import commands, groups
from a2e.cli import main
from a2e.cli._parser import kebab
from a2e.sandbox import Sandbox

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "a2e"]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(job_seconds=0.5) as running:
        yield running


@pytest.fixture
def env(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {"A2E_BASE_URL": sandbox.url, "A2E_API_KEY": "sk_cli_test"}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return {**os.environ, **values}


def run(args: list[str], env: dict[str, str], **options: object) -> subprocess.CompletedProcess[str]:
    done: subprocess.CompletedProcess[str] = subprocess.run(
        [*CLI, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        **options,  # type: ignore[call-overload]
    )
    return done


def test_help_lists_every_group() -> None:
    done = subprocess.run([*CLI, "--help"], capture_output=True, text=True, check=True)
    for group in groups():
        assert kebab(group) in done.stdout
    assert "Exit codes" in done.stdout and "A2E_API_KEY" in done.stdout


@pytest.mark.parametrize("group", list(groups()))
def test_every_group_help_lists_its_operations(group: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([kebab(group), "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    for command in commands(group):
        assert kebab(command.method) in text


def first_readable(group: str) -> list[str] | None:
    """A call of the group's first read operation that needs no argument but an id (one that needs
    none first: the sandbox answers an unknown id with A2E's not-found error)."""
    for command in sorted(commands(group), key=lambda command: len(command.positional)):
        needs = [a for a in command.arguments if a.required and not a.positional]
        if command.descriptor["method"] == "GET" and not needs and not command.deprecated:
            return [kebab(group), kebab(command.method)] + ["686770ddbf319f630a1cb3f7" for _ in command.positional]
    return None


@pytest.mark.parametrize("group", [g for g in groups() if first_readable(g)])
def test_one_operation_per_group_prints_json(
    group: str, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = first_readable(group)
    assert args is not None
    if "686770ddbf319f630a1cb3f7" in args:  # no job of that id was started: A2E's not-found error, exit 1
        assert main(args) == 1
        assert "not found (HTTP 404" in capsys.readouterr().err
        return
    assert main(args) == 0, capsys.readouterr().err
    json.loads(capsys.readouterr().out)  # stdout is not a terminal here: JSON


def test_a_start_waits_and_downloads(env: dict[str, str], tmp_path: Path) -> None:
    face = tmp_path / "me.jpg"
    face.write_bytes(b"jpeg")
    done = run(
        [
            "face-swap",
            "start",
            "--name",
            "n",
            "--face-url",
            str(face),
            "--video-url",
            "https://x/v.mp4",
            "--wait",
            "--download",
            str(tmp_path / "out"),
        ],
        env,
    )
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["current_status"] == "completed"
    assert record["face_url"].startswith("http://127.0.0.1")  # the local file was uploaded first
    (saved,) = (tmp_path / "out").iterdir()
    assert saved.stat().st_size > 0 and "started job" in done.stderr


def test_a_wait_timeout_has_its_exit_code_and_says_how_to_resume(env: dict[str, str], sandbox: Sandbox) -> None:
    sandbox.world.job_seconds = 3600
    try:
        started = run(
            ["talking-photo", "start", "--name", "n", "--image-url", "u", "--prompt", "p", "--negative-prompt", "q"],
            env,
        )
        job = json.loads(started.stdout)["_id"]
        waited = run(["wait", "talking-photo", job, "--timeout", "0.5"], env)
    finally:
        sandbox.world.job_seconds = 0.5
    assert waited.returncode == 4
    assert f"a2e wait talking-photo {job}" in waited.stderr
    resumed = run(["wait", "talking-photo", job], env)
    assert resumed.returncode == 0 and json.loads(resumed.stdout)["current_status"] == "completed"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["talking-photo", "get", ".."], 2, "id must be an id"),
        (["talking-photo", "list", "--page-num", "0"], 2, "page_num must be at least 1"),
        (["face-swap", "start", "--name", "n", "--video-url", "v"], 2, "--face-url"),
        (["no-such-group"], 2, "invalid choice"),
        (["credits", "remaining", "--request-timeout", "-1"], 2, "timeout"),
    ],
)
def test_bad_arguments_exit_2_with_a_clear_error_and_send_nothing(
    args: list[str], code: int, message: str, env: dict[str, str], sandbox: Sandbox
) -> None:
    before = len(sandbox.world.requests)
    done = run(args, env)
    assert done.returncode == code and message in done.stderr
    assert len(sandbox.world.requests) == before


def test_error_classes_have_their_exit_codes(env: dict[str, str]) -> None:
    refused = run(["credits", "remaining"], {**env, "A2E_API_KEY": "not-a-token"})
    assert refused.returncode == 3 and "error:" in refused.stderr
    failed = run(["face-swap", "start", "--name", "sandbox:fail", "--face-url", "u", "--video-url", "v", "--wait"], env)
    assert failed.returncode == 5 and "failed" in failed.stderr
    moderated = run(
        [
            "talking-photo",
            "start",
            "--name",
            "sandbox:moderation",
            "--image-url",
            "u",
            "--prompt",
            "p",
            "--negative-prompt",
            "q",
        ],
        env,
    )
    assert moderated.returncode == 1 and "trace_id" in moderated.stderr
    budget = run(
        [
            "talking-photo",
            "start",
            "--name",
            "n",
            "--image-url",
            "u",
            "--prompt",
            "p",
            "--negative-prompt",
            "q",
            "--max-credits",
            "1",
        ],
        env,
    )
    assert budget.returncode == 7 and "not started" in budget.stderr
    unreachable = run(["credits", "remaining"], {**env, "A2E_BASE_URL": "http://127.0.0.1:9"})
    assert unreachable.returncode == 6


def test_quote_upload_download_and_completion(env: dict[str, str], tmp_path: Path) -> None:
    quote = run(
        [
            "talking-photo",
            "start",
            "--name",
            "n",
            "--image-url",
            "u",
            "--prompt",
            "p",
            "--negative-prompt",
            "q",
            "--quote",
        ],
        env,
    )
    assert json.loads(quote.stdout)["coins"] == 10.0
    file = tmp_path / "note.txt"
    file.write_text("hello")
    uploaded = run(["upload", str(file)], env)
    url = uploaded.stdout.strip()
    assert uploaded.returncode == 0 and url.startswith("http://127.0.0.1")
    downloaded = run(["download", url, str(tmp_path / "copy.txt")], env)
    assert downloaded.returncode == 0 and (tmp_path / "copy.txt").read_text() == "hello"
    assert "complete -o default -F _a2e a2e" in run(["completion", "bash"], env).stdout
    assert "start" in run(["__complete", "face-swap"], env).stdout.split()
    assert "--face-url" in run(["__complete", "face-swap", "start"], env).stdout.split()


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)")
def test_the_live_status_and_progress_bar_are_drawn_and_cleaned_up(
    env: dict[str, str], sandbox: Sandbox, tmp_path: Path
) -> None:
    """In a real terminal: the status line (with the elapsed time) while waiting, the progress bar
    while downloading; both gone when done."""
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(2 * 1024 * 1024))
    url = run(["upload", str(big)], env).stdout.strip()
    session = f"a2e-test-{os.getpid()}"
    sandbox.world.job_seconds, sandbox.world.cdn_chunk_delay = 4, 0.05
    start = [
        *CLI,
        "talking-photo",
        "start",
        "--name",
        "n",
        "--image-url",
        "u",
        "--prompt",
        "p",
        "--negative-prompt",
        "q",
        "--wait",
    ]
    script = tmp_path / "run.sh"
    script.write_text(
        f"export A2E_BASE_URL={env['A2E_BASE_URL']} A2E_API_KEY=sk_tmux\n"
        f"{' '.join(start)} > {tmp_path / 'job.json'} && {' '.join(CLI)} download {url} {tmp_path / 'copy.bin'}\n"
        "echo EXIT=$?\nsleep 60\n"
    )
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "20", f"bash {script}"], check=True)
    try:
        status_seen = bar_seen = False
        screen, deadline = "", time.monotonic() + 40
        while time.monotonic() < deadline and "EXIT=" not in screen:
            time.sleep(0.1)
            screen = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            status_seen |= (
                "talking_photo" in screen and "0:00:0" in screen and ("initialized" in screen or "processing" in screen)
            )
            bar_seen |= "downloading" in screen and "MB" in screen
        assert status_seen and bar_seen, screen
        assert "EXIT=0" in screen
        assert "0:00:0" not in screen and "downloading" not in screen  # both cleared when done
        assert json.loads((tmp_path / "job.json").read_text())["current_status"] == "completed"
        assert (tmp_path / "copy.bin").read_bytes() == big.read_bytes()
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
        sandbox.world.job_seconds, sandbox.world.cdn_chunk_delay = 0.5, 0.0
