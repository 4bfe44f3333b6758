"""Streaming Avatar sessions on the sandbox: always left, registered, swept, busy retried; its channels."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import a2e
import pytest
from a2e import A2E, AsyncA2E
from a2e.sandbox import Sandbox
from a2e.streaming import Registry, StreamingSession, sweep
from conftest import ROOT

AVATAR = "6745a1b2c3d4e5f6a7b8c9d0"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("A2E_STATE_DIR", str(tmp_path / "state"))
    return tmp_path / "state"


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[A2E]:
    with A2E("sk_sandbox", base_url=sandbox.url) as made:
        yield made


def open_names(sandbox: Sandbox) -> list[str]:
    return [c.name for c in sandbox.world.streaming.open_channels()]


def test_a_session_gives_typed_credentials_and_leaves_on_return(sandbox: Sandbox, client: A2E) -> None:
    before = time.time()
    with client.streaming_avatar.session(AVATAR, expire_seconds=300) as session:
        credentials = session.credentials
        assert open_names(sandbox) == [credentials.channel]
        assert credentials.app_id and credentials.token.startswith("007")
        assert isinstance(credentials.uid, int)
        assert before + 299 <= session.expires_at.timestamp() <= time.time() + 301
        assert credentials.token not in repr(credentials) and credentials.token not in repr(session)
        session.set_context("A2E stands for Avatars to Everyone.")
        session.speak("Hello")
        session.ask("What does A2E stand for?")
        assert [e.value for e in Registry().entries()] == [credentials.channel]
        channel = sandbox.world.streaming.channels[credentials.channel]
        assert channel.said == [("speak", "Hello"), ("ask", "What does A2E stand for?")]
        assert channel.context.startswith("A2E stands")
        assert str(client.streaming_avatar.get_qa_context(channel=session.channel).text).startswith("A2E stands")
    assert open_names(sandbox) == []
    assert Registry().entries() == []
    assert sandbox.world.requests.count(("POST", "/api/v1/streaming-avatar/leave")) == 1
    session.leave()  # a second leave sends nothing
    assert sandbox.world.requests.count(("POST", "/api/v1/streaming-avatar/leave")) == 1


def test_each_session_gets_a_fresh_channel_and_coins_are_taken_then_refunded(sandbox: Sandbox, client: A2E) -> None:
    balance = client.credits.remaining().coins
    with (
        client.streaming_avatar.session(AVATAR, expire_seconds=600) as first,
        client.streaming_avatar.session(AVATAR, expire_seconds=120) as second,
    ):
        assert first.channel != second.channel
        assert client.credits.remaining().coins == balance - 10 - 2
    assert client.credits.remaining().coins == balance - 2  # the whole unused minutes came back, 1 per channel


@pytest.mark.parametrize("raised", [RuntimeError("boom"), KeyboardInterrupt()])
def test_the_session_leaves_on_an_exception_and_on_keyboard_interrupt(
    sandbox: Sandbox, client: A2E, raised: BaseException
) -> None:
    with pytest.raises(type(raised)), client.streaming_avatar.session(AVATAR) as session:
        assert open_names(sandbox) == [session.channel]
        raise raised
    assert open_names(sandbox) == []
    assert Registry().entries() == []


def test_the_sigterm_handler_is_installed_only_while_a_session_is_open(client: A2E) -> None:
    before = signal.getsignal(signal.SIGTERM)
    with client.streaming_avatar.session(AVATAR):
        assert signal.getsignal(signal.SIGTERM) != before
    assert signal.getsignal(signal.SIGTERM) == before


def test_speak_on_a_left_unknown_or_expired_channel_is_a2e_s_error(sandbox: Sandbox, client: A2E) -> None:
    with client.streaming_avatar.session(AVATAR, expire_seconds=60) as session:
        channel = session.channel
    with pytest.raises(a2e.BadRequestError, match="was left") as left:
        client.streaming_avatar.speak(channel=channel, text="hi")
    assert left.value.code == 1001
    with pytest.raises(a2e.BadRequestError, match="is unknown"):
        client.streaming_avatar.ask(channel="nosuch", text="hi")
    clock = [time.time()]
    sandbox.world.streaming.now = lambda: clock[0]
    with client.streaming_avatar.session(AVATAR, expire_seconds=60) as session:
        clock[0] += 61
        with pytest.raises(a2e.BadRequestError, match="has expired"):
            session.speak("too late")


def test_hosts_occupied_is_retried_with_bounded_backoff(sandbox: Sandbox, client: A2E) -> None:
    slept: list[float] = []
    client._core.sleep = slept.append
    sandbox.world.streaming.busy_next = 2
    with client.streaming_avatar.session(AVATAR) as session:
        assert session.is_open
    assert slept == [3.0, 6.0]
    sandbox.world.streaming.busy_next = 5
    with pytest.raises(a2e.CapacityError, match="occupied") as busy:
        client.streaming_avatar.session(AVATAR, busy_tries=3).open()
    assert busy.value.code == 1001
    assert slept == [3.0, 6.0, 3.0, 6.0]
    assert Registry().entries() == []
    with pytest.raises(a2e.ArgumentValueError, match="busy_tries"):
        client.streaming_avatar.session(AVATAR, busy_tries=0)


@pytest.mark.anyio
async def test_the_async_session_leaves_on_return_and_exception(sandbox: Sandbox) -> None:
    slept: list[float] = []

    async def no_sleep(seconds: float) -> None:
        slept.append(seconds)

    async with AsyncA2E("sk_sandbox", base_url=sandbox.url) as client:
        client._core.sleep = no_sleep
        sandbox.world.streaming.busy_next = 1
        async with client.streaming_avatar.session(AVATAR, expire_seconds=120) as session:
            assert slept == [3.0]
            await session.speak("Hello")
            assert open_names(sandbox) == [session.channel]
        assert open_names(sandbox) == []
        with pytest.raises(ValueError):
            async with client.streaming_avatar.session(AVATAR) as session:
                raise ValueError("boom")
        assert open_names(sandbox) == []
    assert Registry().entries() == []


CHILD = textwrap.dedent(
    """
    import sys, time
    from a2e import A2E
    client = A2E("sk_sandbox", base_url=sys.argv[1])
    session = client.streaming_avatar.session("6745a1b2c3d4e5f6a7b8c9d0", expire_seconds=600).open()
    print(session.channel, flush=True)
    time.sleep(60)
    """
)


def run_child(sandbox: Sandbox, state_dir: Path, code: str = CHILD) -> tuple[subprocess.Popen[str], str]:
    env = {
        **os.environ,
        "A2E_STATE_DIR": str(state_dir),
        "PYTHONPATH": f"{ROOT / 'overlays'}{os.pathsep}{ROOT / 'generated'}",
    }
    child = subprocess.Popen([sys.executable, "-c", code, sandbox.url], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    channel = child.stdout.readline().strip()
    child.stdout.close()  # it prints nothing more
    assert channel, "the child opened no session"
    return child, channel


def test_a_process_killed_by_sigterm_leaves_its_room(sandbox: Sandbox, state_dir: Path) -> None:
    child, channel = run_child(sandbox, state_dir)
    assert open_names(sandbox) == [channel]
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=10) == -signal.SIGTERM  # the default handler still ends it, by the same signal
    assert open_names(sandbox) == []
    assert Registry(state_dir).entries() == []


def test_interpreter_exit_leaves_the_room(sandbox: Sandbox, state_dir: Path) -> None:
    code = CHILD.replace("time.sleep(60)", "sys.exit(0)")
    child, channel = run_child(sandbox, state_dir, code)
    assert child.wait(timeout=10) == 0
    assert sandbox.world.streaming.channels[channel].left_at is not None
    assert Registry(state_dir).entries() == []


def test_sweep_leaves_what_a_sigkilled_process_left_open(sandbox: Sandbox, client: A2E, state_dir: Path) -> None:
    child, channel = run_child(sandbox, state_dir)
    with client.streaming_avatar.session(AVATAR) as mine:
        assert sweep(client) == []  # the child is alive: its session is not an orphan
        child.kill()
        child.wait(timeout=10)
        assert sorted(open_names(sandbox)) == sorted([channel, mine.channel])
        assert sweep(client) == [channel]  # only the dead process's; this one's own stays
        assert open_names(sandbox) == [mine.channel]
    assert Registry(state_dir).entries() == []
    assert json.loads((state_dir / "streaming-sessions.json").read_text()) == []


def test_sweep_drops_entries_a2e_no_longer_has_open(sandbox: Sandbox, client: A2E, state_dir: Path) -> None:
    child, channel = run_child(sandbox, state_dir)
    child.kill()
    child.wait(timeout=10)
    client.streaming_avatar.leave(channel=channel)  # closed by other means
    assert sweep(client) == [channel]
    assert Registry(state_dir).entries() == []


def test_the_registry_never_holds_the_token(client: A2E, state_dir: Path) -> None:
    with client.streaming_avatar.session(AVATAR) as session:
        text = (state_dir / "streaming-sessions.json").read_text()
        assert session.channel in text
        assert "sk_sandbox" not in text and session.credentials.token not in text


def test_a_session_not_opened_says_so(client: A2E) -> None:
    session = client.streaming_avatar.session(AVATAR)
    assert isinstance(session, StreamingSession)
    with pytest.raises(a2e.A2EError, match="not open"):
        session.speak("hi")


def run_cli(sandbox: Sandbox, state_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "A2E_STATE_DIR": str(state_dir),
        "A2E_BASE_URL": sandbox.url,
        "A2E_API_KEY": "sk_cli",
        "PYTHONPATH": f"{ROOT / 'overlays'}{os.pathsep}{ROOT / 'generated'}",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "a2e", "streaming-avatar", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        # Ctrl-C's default, whatever ran the tests: a background job inherits SIGINT ignored, and
        # Python then keeps ignoring it, so the interrupt test would wait on a child that cannot hear it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_open_serves_the_viewer_until_the_page_leaves(sandbox: Sandbox, state_dir: Path) -> None:
    import httpx

    command = run_cli(sandbox, state_dir, "open", AVATAR, "--no-browser", "--expire-seconds", "120")
    assert command.stdout is not None
    url = command.stdout.readline().strip()
    command.stdout.close()
    assert url.startswith("http://127.0.0.1:")
    credentials = httpx.get(url + "session.json").json()
    assert open_names(sandbox) == [credentials["channel"]]
    assert httpx.post(url + "speak", json={"text": "from the page"}).json() == {"sent": "speak"}
    assert sandbox.world.streaming.channels[credentials["channel"]].said == [("speak", "from the page")]
    assert httpx.post(url + "leave", json={}).json() == {"left": True}
    assert command.wait(timeout=10) == 0
    assert open_names(sandbox) == []
    assert Registry(state_dir).entries() == []


def test_open_leaves_when_the_command_is_interrupted(sandbox: Sandbox, state_dir: Path) -> None:
    command = run_cli(sandbox, state_dir, "open", AVATAR, "--no-browser")
    assert command.stdout is not None
    assert command.stdout.readline().startswith("http://127.0.0.1:")
    command.stdout.close()
    assert len(open_names(sandbox)) == 1
    command.send_signal(signal.SIGINT)
    assert command.wait(timeout=10) == 130
    assert open_names(sandbox) == []


def test_the_sweep_command_leaves_orphans(sandbox: Sandbox, state_dir: Path) -> None:
    child, channel = run_child(sandbox, state_dir)
    child.kill()
    child.wait(timeout=10)
    command = run_cli(sandbox, state_dir, "sweep")
    out, _ = command.communicate(timeout=20)
    assert command.returncode == 0
    assert out.split() == ["left", channel]
    assert open_names(sandbox) == []


def test_the_mcp_server_opens_speaks_leaves_under_the_budget_and_leaves_on_exit(
    sandbox: Sandbox, state_dir: Path
) -> None:
    import anyio
    from mcp import Client, StdioServerParameters

    env = {
        **os.environ,
        "A2E_BASE_URL": sandbox.url,
        "A2E_API_KEY": "sk_mcp",
        "A2E_STATE_DIR": str(state_dir),
        "PYTHONPATH": f"{ROOT / 'overlays'}{os.pathsep}{ROOT / 'generated'}",
    }
    options = ["-m", "a2e", "mcp", "--groups", "streaming_avatar,credits", "--max-credits-per-job", "5"]
    server = StdioServerParameters(command=sys.executable, args=options, env=env)

    async def call(mcp_client: Client, name: str, arguments: dict[str, object]) -> dict[str, object]:
        return payload(await mcp_client.call_tool(name, arguments))

    def payload(result: object) -> dict[str, object]:
        assert not getattr(result, "is_error", False), result
        return dict(json.loads("".join(getattr(block, "text", "") for block in getattr(result, "content", []))))

    async def scenario() -> str:
        async with Client(server) as mcp_client:
            names = {tool.name for tool in (await mcp_client.list_tools()).tools}
            assert {"a2e_streaming_open", "a2e_streaming_speak", "a2e_streaming_leave"} <= names
            over = await mcp_client.call_tool("a2e_streaming_open", {"avatar_id": AVATAR, "expire_seconds": 600})
            assert over.is_error and "over the per-job limit" in "".join(getattr(b, "text", "") for b in over.content)
            assert open_names(sandbox) == []  # opened (10 coins), over the limit of 5, left at once
            opened = payload(
                await mcp_client.call_tool("a2e_streaming_open", {"avatar_id": AVATAR, "expire_seconds": 120})
            )
            assert opened["cost"] == 2.0
            channel = str(opened["channel"])
            payload(await mcp_client.call_tool("a2e_streaming_speak", {"channel": channel, "text": "Hi"}))
            assert sandbox.world.streaming.channels[channel].said == [("speak", "Hi")]
            assert payload(await mcp_client.call_tool("a2e_streaming_leave", {"channel": channel}))["left"] is True
            assert open_names(sandbox) == []
            kept = payload(
                await mcp_client.call_tool("a2e_streaming_open", {"avatar_id": AVATAR, "expire_seconds": 60})
            )
            assert open_names(sandbox) == [kept["channel"]]
            return str(kept["channel"])

    kept = anyio.run(scenario)
    eventually_true = time.monotonic() + 10
    while open_names(sandbox) and time.monotonic() < eventually_true:
        time.sleep(0.05)
    assert open_names(sandbox) == [], f"{kept} was not left when the server exited"


def test_concurrent_writers_lose_no_entry(state_dir: Path) -> None:
    import threading

    from a2e.streaming import Entry

    registry = Registry(state_dir)

    def add(worker: int) -> None:
        for index in range(10):
            registry.add(Entry("http://x", "streaming_avatar", "leave", "channel", f"{worker}-{index}", 0.0, 1, 0.0))

    threads = [threading.Thread(target=add, args=(worker,)) for worker in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(registry.entries()) == 60
