"""The streaming viewer in a real headless Chromium, against the sandbox, with a stub Agora Web SDK."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from a2e import A2E
from a2e.sandbox import Sandbox
from a2e.streaming import StreamingSession
from a2e.streaming._viewer import AGORA_SDK_URL, Viewer
from browser import chromium
from conftest import ROOT

AVATAR = "6745a1b2c3d4e5f6a7b8c9d0"
API_TOKEN = "sk_viewer_test_7f3a9c51"
STUB_SDK = ROOT / "tests" / "agora_stub.js"
SCREENSHOT = ROOT / ".cache" / "test-output" / "viewer.png"


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("A2E_STATE_DIR", str(tmp_path / "state"))


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture
def session(sandbox: Sandbox) -> Iterator[StreamingSession]:
    with A2E(API_TOKEN, base_url=sandbox.url) as client, client.streaming_avatar.session(AVATAR) as opened:
        yield opened


def eventually(check: Callable[[], object], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"not within {timeout} s: {what}"
        time.sleep(0.05)


def test_the_page_joins_as_audience_plays_sends_text_shows_answers_and_leaves_on_close(
    sandbox: Sandbox, session: StreamingSession, tmp_path: Path
) -> None:
    served: list[bytes] = []
    credentials = session.credentials
    room = sandbox.world.streaming.channels[credentials.channel]
    with Viewer(session, sdk_url=str(STUB_SDK), on_send=served.append) as viewer, chromium(tmp_path / "p") as page:
        page.send("Page.navigate", url=viewer.url)
        joined = page.wait_for("window.__agora && window.__agora.joined")
        assert joined == {
            "appId": credentials.app_id,
            "channel": credentials.channel,
            "token": credentials.token,
            "uid": credentials.uid,
        }
        assert page.evaluate("window.__agora.role") == "audience"
        assert page.evaluate("window.__agora.created.mode") == "live"
        # The remote stream is played; the refused autoplay shows the unmute button, whose click starts the sound.
        page.wait_for("window.__agora.videoPlayed && !!document.querySelector('#video canvas')")
        page.wait_for("!document.getElementById('unmute').hidden")
        assert page.evaluate("window.__agora.autoplayRefused") >= 1
        assert page.evaluate("window.__agora.audioPlayed") is False
        page.evaluate("document.getElementById('unmute').click()", user_gesture=True)
        page.wait_for("window.__agora.audioPlayed && document.getElementById('unmute').hidden")
        # Typed text reaches speak and ask through the local server.
        page.evaluate(
            "document.getElementById('text').value = 'Hello from the page';"
            "document.querySelector('button[value=speak]').click()"
        )
        eventually(lambda: room.said == [("speak", "Hello from the page")], "speak reached the room")
        page.evaluate(
            "document.getElementById('text').value = 'What does A2E stand for?';"
            "document.querySelector('button[value=ask]').click()"
        )
        eventually(lambda: room.said[-1:] == [("ask", "What does A2E stand for?")], "ask reached the room")
        # The answer arrives as stream messages, in pieces.
        for piece, pos in [("Avatars to ", "start"), ("Everyone.", "end")]:
            message = json.dumps({"type": "QA", "message": piece, "pos": pos})
            page.evaluate(f"__agoraEmit('stream-message', 4242, new TextEncoder().encode({json.dumps(message)}))")
        page.wait_for("document.querySelector('#answers li')?.textContent === 'Avatars to Everyone.'")
        page.wait_for("document.getElementById('status').textContent.startsWith('Asked')")
        print(f"viewer screenshot: {page.screenshot(SCREENSHOT)}")
        assert room.left_at is None
        page.send("Page.close")
        eventually(viewer.closed.is_set, "closing the page left the session")
    assert room.left_at is not None
    assert not session.is_open
    everything = b"".join(served)
    assert credentials.token.encode() in everything  # the room's own Agora token is what the page joins with
    assert API_TOKEN.encode() not in everything


class HeldSpeak:
    """A session whose `speak` waits until released, so the page's next text is answered first."""

    def __init__(self, session: StreamingSession) -> None:
        self.session = session
        self.entered = threading.Event()
        self.release = threading.Event()
        self.is_open = session.is_open
        self.credentials = session.credentials

    def speak(self, text: str) -> None:
        self.entered.set()
        assert self.release.wait(15), "the test never released speak"
        self.session.speak(text)

    def ask(self, question: str) -> None:
        self.session.ask(question)

    def leave(self) -> None:
        self.session.leave()


def test_the_status_shows_the_latest_text_when_replies_come_back_out_of_order(
    sandbox: Sandbox, session: StreamingSession, tmp_path: Path
) -> None:
    held = HeldSpeak(session)
    room = sandbox.world.streaming.channels[session.channel]
    with Viewer(held, sdk_url=str(STUB_SDK)) as viewer, chromium(tmp_path / "p") as page:
        page.send("Page.navigate", url=viewer.url)
        page.wait_for("window.__agora && window.__agora.joined")
        for action, text in [("speak", "first"), ("ask", "second")]:
            page.evaluate(
                f"document.getElementById('text').value = {json.dumps(text)};"
                f"document.querySelector('button[value={action}]').click()"
            )
            if action == "speak":
                eventually(held.entered.is_set, "speak reached the held session")
        page.wait_for("document.getElementById('status').textContent === 'Asked: second'")
        held.release.set()
        eventually(lambda: room.said == [("ask", "second"), ("speak", "first")], "speak went through once released")
        # The late reply has arrived (its fetch is complete) and its handler has run: the status stays.
        page.wait_for(
            "performance.getEntriesByType('resource').some((e) => e.name.endsWith('/speak') && e.responseEnd > 0)"
        )
        assert page.evaluate(
            "new Promise((r) => setTimeout(() => r(document.getElementById('status').textContent), 200))"
        ) == ("Asked: second")


def test_the_viewer_answers_only_under_its_secret(session: StreamingSession) -> None:
    with Viewer(session) as viewer:
        origin = viewer.url.rsplit("/", 2)[0]
        assert httpx.get(viewer.url + "session.json").json()["channel"] == session.channel
        assert httpx.get(f"{origin}/session.json").status_code == 404
        assert httpx.get(f"{origin}/not-the-secret/session.json").status_code == 404
        assert httpx.post(f"{origin}/not-the-secret/speak", json={"text": "x"}).status_code == 404
        assert httpx.post(viewer.url + "speak", json={"text": ""}).json() == {"error": "type something first"}


def test_the_page_loads_the_agora_sdk_from_agora_s_cdn_by_default(session: StreamingSession) -> None:
    with Viewer(session) as viewer:
        page = viewer.page().decode()
    assert f'<script src="{AGORA_SDK_URL}"></script>' in page
    assert AGORA_SDK_URL.startswith("https://download.agora.io/sdk/release/AgoraRTC_N-")
    assert json.dumps(session.channel) not in page  # credentials come from session.json, not the page


@pytest.mark.anyio
async def test_an_async_session_s_viewer_runs_its_calls_on_the_session_s_loop(sandbox: Sandbox) -> None:
    import anyio
    from a2e import AsyncA2E

    async with (
        AsyncA2E(API_TOKEN, base_url=sandbox.url) as client,
        client.streaming_avatar.session(AVATAR) as session,
    ):
        with session.viewer() as viewer:
            speak = await anyio.to_thread.run_sync(lambda: httpx.post(viewer.url + "speak", json={"text": "hi"}))
            assert speak.json() == {"sent": "speak"}
            assert sandbox.world.streaming.channels[session.channel].said == [("speak", "hi")]
            left = await anyio.to_thread.run_sync(lambda: httpx.post(viewer.url + "leave", json={}))
            assert left.json() == {"left": True}
            assert viewer.closed.is_set() and not session.is_open
