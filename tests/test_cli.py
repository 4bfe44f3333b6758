"""The `a2e` command line against the sandbox: help for every group, one operation per group, jobs
waited on (of each kind) and downloaded, exit codes, the output formats, every page, the sandbox
command, and the live display in a real terminal (tmux)."""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import a2e
import pytest
from a2e._catalog import commands, groups, main_start
from a2e.cli import HANDLERS, complete, main
from a2e.cli._output import FORMATS, write_table
from a2e.cli._parser import SPECIAL, kebab
from a2e.sandbox import Sandbox
from a2e.sandbox._world import FAIL_TRIGGER, TRIGGERS

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
        if command.descriptor.http_method == "GET" and not needs and not command.deprecated:
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
            [
                "talking-photo",
                "start",
                "--name",
                "n",
                "--image-url",
                "https://x/u.jpg",
                "--prompt",
                "p",
                "--negative-prompt",
                "q",
            ],
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
        (["face-swap", "start", "--name", "n", "--video-url", "https://x/v.mp4"], 2, "--face-url"),
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
    moderated = run(
        [
            "talking-photo",
            "start",
            "--name",
            "sandbox:moderation",
            "--image-url",
            "https://x/u.jpg",
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
            "https://x/u.jpg",
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
            "https://x/u.jpg",
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
    url = json.loads(uploaded.stdout)  # one output rule: a URL is a JSON string on a pipe
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
    url = json.loads(run(["upload", str(big)], env).stdout)
    session = f"a2e-test-{os.getpid()}"
    sandbox.world.job_seconds, sandbox.world.cdn_chunk_delay = 4, 0.05
    start = [
        *CLI,
        "talking-photo",
        "start",
        "--name",
        "n",
        "--image-url",
        "https://x/u.jpg",
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


class Terminal(io.StringIO):
    """A stdout that says it is a terminal (the CLI then prints tables, unless told otherwise)."""

    def isatty(self) -> bool:
        return True


def on_terminal(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    screen = Terminal()
    with monkeypatch.context() as patched:
        patched.setattr(sys, "stdout", screen)
        code = main(args)
    return code, screen.getvalue()


def test_capacity_is_its_own_error_and_says_to_try_again_later(
    env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Code 1001 is "hosts are occupied" only where the spec says so (`x-a2e-capacity-codes`)."""
    with a2e.A2E(base_url=env["A2E_BASE_URL"]) as client, pytest.raises(a2e.CapacityError) as busy:
        client.streaming_avatar.get_token(avatar_id="sandbox:busy")
    assert isinstance(busy.value, a2e.APIError) and busy.value.code == 1001
    assert main(["streaming-avatar", "get-token", "--avatar-id", "sandbox:busy"]) == 1
    assert "try again later" in capsys.readouterr().err
    with a2e.A2E(base_url=env["A2E_BASE_URL"]) as client, pytest.raises(a2e.BadRequestError) as invalid:
        client.talking_photo.start(name="sandbox:busy", image_url="https://x/u.jpg", prompt="p", negative_prompt="q")
    assert not isinstance(invalid.value, a2e.CapacityError)  # 1001 elsewhere: an invalid parameter


def test_wait_takes_the_kind_of_job_and_defaults_to_the_main_one(
    env: dict[str, str], sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    main_kind = main_start("face_swap")
    assert main_kind is not None and main_kind.descriptor.start_task.wait_method == "wait"
    assert (
        main(["face-swap", "start", "--name", "n", "--face-url", "https://x/u.jpg", "--video-url", "https://x/v.mp4"])
        == 0
    )
    job = json.loads(capsys.readouterr().out)["_id"]
    before = len(sandbox.world.requests)
    assert main(["wait", "face-swap", job, "--timeout", "30"]) == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["_id"] == job
    assert ("GET", f"/api/v1/userFaceSwapTask/{job}") in sandbox.world.requests[before:]  # the start's detail
    assert main(["face-swap", "preview", "--face-url", "https://x/u.jpg", "--video-url", "https://x/v.mp4"]) == 0
    preview = json.loads(capsys.readouterr().out)["_id"]
    sandbox.world.job_seconds = 3600
    try:
        assert main(["wait", "face-swap", preview, "--kind", "preview", "--timeout", "0.2"]) == 4
    finally:
        sandbox.world.job_seconds = 0.5
    error = capsys.readouterr().err
    assert "face_swap.preview" in error and f"a2e wait face-swap {preview} --kind preview" in error
    assert main(["wait", "face-swap", preview, "--kind", "nope"]) == 2
    assert "one of: preview, start" in capsys.readouterr().err
    assert main(["wait", "credits", preview]) == 2
    assert "a group with jobs" in capsys.readouterr().err


def test_a_missing_required_list_flag_exits_2_with_usage(
    env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["voices", "train", "--name", "m"])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "usage:" in error and "--voice-urls" in error and "Traceback" not in error


def test_a_bad_json_body_exits_2(env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "body.json"
    broken.write_text("{not json")
    for source in (str(broken), str(tmp_path / "missing.json")):
        assert main(["voices", "train", "--name", "m", "--voice-urls", "https://x/u.mp3", "--json-body", source]) == 2
        assert "--json-body must be a JSON object" in capsys.readouterr().err


def test_json_and_output_are_read_before_the_group_and_after_the_operation(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    for args in (
        ["credits", "remaining"],
        ["--output", "table", "credits", "remaining"],
        ["credits", "remaining", "--output", "table"],
    ):
        code, screen = on_terminal(args, monkeypatch)
        assert code == 0 and "coins" in screen and not screen.lstrip().startswith("{")
    for args in (
        ["--json", "credits", "remaining"],
        ["credits", "remaining", "--json"],
        ["credits", "remaining", "--output", "json"],
    ):
        code, screen = on_terminal(args, monkeypatch)
        assert code == 0 and "coins" in json.loads(screen)


def test_one_output_rule_for_urls(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`a2e upload` and `voices tts` both answer a URL: a JSON string on a pipe, the bare URL on a terminal."""
    file = tmp_path / "voice.mp3"
    file.write_bytes(b"ID3")
    for args in (["upload", str(file)], ["voices", "tts", "--msg", "hi"]):
        assert main(args) == 0
        assert json.loads(capsys.readouterr().out).startswith("http://127.0.0.1")
        code, screen = on_terminal(args, monkeypatch)
        assert code == 0 and screen.startswith("http://127.0.0.1") and screen.count("\n") == 1


def test_tables_show_id_status_name_result_first_and_never_cut_the_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    job_id = "6747a1b2c3d4e5f6a7b8c9d0ffee0011"
    row = {
        "extra": "x" * 30,
        "result_url": "https://cdn.example.com/" + "r" * 60,
        "name": "me",
        "current_status": "completed",
        "_id": job_id,
        "more": "y" * 30,
    }
    screen = io.StringIO()
    write_table([row, row], screen, ["current_status", "name", "result_url"])
    header = next(line for line in screen.getvalue().splitlines() if "_id" in line)
    assert header.index("_id") < header.index("current_status") < header.index("name") < header.index("result_url")
    assert screen.getvalue().count(job_id) == 2
    assert max(len(line) for line in screen.getvalue().splitlines()) <= 80


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_every_output_format_prints_every_kind_of_result(kind: str) -> None:
    for value in (
        {"coins": 1},
        [{"_id": "a"}, {"_id": "b", "name": "n"}],
        {"rows": [{"_id": "a"}], "count": 1},
        "http://x/y",
        None,
        [],
    ):
        screen = io.StringIO()
        FORMATS[kind](value, screen, ())
        assert screen.getvalue().endswith("\n")


def test_special_commands_dispatch_through_one_table() -> None:
    assert set(HANDLERS) == set(SPECIAL) | {"__complete"}


def test_a_failed_job_prints_its_record_on_stdout_and_the_error_on_stderr(
    env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "face-swap",
        "start",
        "--name",
        FAIL_TRIGGER,
        "--face-url",
        "https://x/u.jpg",
        "--video-url",
        "https://x/v.mp4",
        "--wait",
        "--timeout",
        "30",
    ]
    assert main(args) == 5
    captured = capsys.readouterr()
    record = json.loads(captured.out)
    assert record["current_status"] == "failed" and record["_id"] in captured.err and "error:" in captured.err


def test_all_prints_every_page(env: dict[str, str], sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    for _ in range(3):
        assert (
            main(
                [
                    "talking-photo",
                    "start",
                    "--name",
                    "n",
                    "--image-url",
                    "https://x/u.jpg",
                    "--prompt",
                    "p",
                    "--negative-prompt",
                    "q",
                ]
            )
            == 0
        )
    capsys.readouterr()
    assert main(["talking-photo", "list", "--page-size", "100"]) == 0
    total = json.loads(capsys.readouterr().out)["count"]
    before = len(sandbox.world.requests)
    assert main(["talking-photo", "list", "--all", "--page-size", "1"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert total >= 3 and len(rows) == total and len({row["_id"] for row in rows}) == total
    assert len(sandbox.world.requests) - before >= total  # a page at a time
    assert main(["talking-photo", "list", "--all", "--page-num", "2"]) == 2
    assert "--all must be used without --page-num" in capsys.readouterr().err


def test_every_paged_list_has_all_through_its_own_iterator() -> None:
    """`--all` on each list with `x-a2e-pagination`, calling the iterator the descriptor names."""
    client = a2e.A2E(api_key="sk_x", base_url="http://127.0.0.1:9")
    paged = [(g, c) for g in groups() for c in commands(g) if c.descriptor.pagination]
    assert paged
    for group, command in paged:
        assert "--all" in complete([kebab(group), kebab(command.method)])
        assert callable(getattr(getattr(client, group), str(command.descriptor.all_method)))
    unpaged = next(c for c in commands("credits") if not c.descriptor.pagination)
    assert "--all" not in complete(["credits", kebab(unpaged.method)])


# Sandbox() binds its CDN before its API and leaves the CDN socket open when the API's port is taken.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning", "ignore::ResourceWarning")
def test_the_sandbox_on_a_busy_port_is_one_line_and_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert main(["sandbox", "--port", str(taken.getsockname()[1])]) == 3
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("error: a2e sandbox: cannot serve on")


def test_the_sandbox_banner_lists_every_trigger(env: dict[str, str]) -> None:
    """The banner's triggers come from the sandbox's own trigger table."""
    command = [*CLI, "sandbox", "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as served:
        assert served.stdout is not None and served.stderr is not None
        try:
            assert served.stdout.readline().startswith("http://127.0.0.1:")
            banner = line = served.stderr.readline()
            while line and "Ctrl-C" not in banner:
                line = served.stderr.readline()
                banner += line
        finally:
            served.terminate()
    assert "Ctrl-C" in banner
    assert [trigger for trigger in [FAIL_TRIGGER, *TRIGGERS] if trigger not in banner] == []
