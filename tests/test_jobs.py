"""Jobs end to end against the sandbox (a stateful fake A2E on 127.0.0.1, with a CDN on another
origin): wait, start_and_wait, wait_many, quotes and the budget guard, uploads, downloads and
webhooks, sync and async. The sandbox and the waiter share a fake clock, so nothing waits in real time.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import a2e
import httpx
import pytest
from a2e import A2E, AsyncA2E, webhooks
from a2e.sandbox import Sandbox
from a2e_api.models import FaceSwapTask, TalkingPhotoTask
from conftest import Recorder, envelope

TOKEN = "sk_sandbox_test"
PHOTO: dict[str, Any] = {"name": "n", "image_url": "https://x/i.jpg", "prompt": "p", "negative_prompt": "q"}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(job_seconds=300, clock=clock) as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox, clock: FakeClock) -> Iterator[A2E]:
    with A2E(TOKEN, base_url=sandbox.url) as made:
        made._core.clock, made._core.sleep = clock, clock.sleep
        yield made


@pytest.fixture
async def async_client(sandbox: Sandbox, clock: FakeClock) -> Any:
    async with AsyncA2E(TOKEN, base_url=sandbox.url) as made:
        made._core.clock, made._core.sleep = clock, clock.async_sleep
        yield made


def starts(sandbox: Sandbox, path: str) -> int:
    return sum(1 for method, seen in sandbox.world.requests if method == "POST" and seen == path)


def test_start_and_wait_returns_the_finished_record_with_its_result(
    client: A2E, sandbox: Sandbox, clock: FakeClock
) -> None:
    updates: list[str] = []
    done = client.talking_photo.start_and_wait(**PHOTO, on_update=lambda record: updates.append(record.current_status))
    assert done.current_status == "completed"
    assert done.result_url.startswith(sandbox.cdn_url)  # typed `str`, not Optional
    assert updates == ["initialized", "processing", "completed"]
    assert starts(sandbox, "/api/v1/talkingPhoto/start") == 1
    polls = len(clock.sleeps)
    assert 10 <= polls <= 40, polls  # a 5-minute job: backoff, not a poll every 3 s (100)


@pytest.mark.anyio
async def test_async_start_and_wait(async_client: AsyncA2E, sandbox: Sandbox) -> None:
    done = await async_client.talking_photo.start_and_wait(**PHOTO)
    assert done.current_status == "completed" and done.result_url
    assert starts(sandbox, "/api/v1/talkingPhoto/start") == 1


def test_a_failed_job_raises_with_its_record_code_and_message(client: A2E) -> None:
    with pytest.raises(a2e.JobFailedError) as caught:
        client.face_swap.start_and_wait(face_url="https://x/f.jpg", video_url="https://x/v.mp4", name="sandbox:fail")
    assert caught.value.failure_message and "sandbox:fail" in caught.value.failure_message
    assert caught.value.failure_code == "SANDBOX_FAIL"
    assert isinstance(caught.value.record, FaceSwapTask) and caught.value.record.id == caught.value.task_id
    assert isinstance(caught.value, a2e.APIError)


def test_a_wait_timeout_is_not_a_failure_and_resumes_by_id(client: A2E, sandbox: Sandbox, clock: FakeClock) -> None:
    task = client.talking_photo.start(**PHOTO)
    with pytest.raises(a2e.JobTimeoutError) as caught:
        client.talking_photo.wait(task.id, wait_timeout=200)
    assert isinstance(caught.value.record, TalkingPhotoTask) and caught.value.record.current_status == "processing"
    assert caught.value.task_id == task.id
    assert f"client.talking_photo.wait('{task.id}')" in str(caught.value) and "may still be running" in str(
        caught.value
    )
    with A2E(TOKEN, base_url=sandbox.url) as elsewhere:  # another process: only the id travels
        elsewhere._core.clock, elsewhere._core.sleep = clock, clock.sleep
        assert elsewhere.talking_photo.wait(task.id).current_status == "completed"
    assert starts(sandbox, "/api/v1/talkingPhoto/start") == 1


def test_wait_many_uses_batch_detail_and_keeps_failures_in_place(client: A2E, sandbox: Sandbox) -> None:
    ok = [client.talking_photo.start(**PHOTO).id for _ in range(3)]
    bad = client.talking_photo.start(**{**PHOTO, "name": "sandbox:fail"}).id
    sandbox.world.requests.clear()
    results = client.talking_photo.wait_many([*ok, bad])
    assert [type(r).__name__ for r in results] == ["CompletedTalkingPhotoTask"] * 3 + ["JobFailedError"]
    paths = {path for _, path in sandbox.world.requests}
    assert paths == {"/api/v1/talkingPhoto/batchDetail"}  # one request per round for all four


def test_transient_poll_errors_and_unknown_statuses_do_not_end_a_wait(caplog: pytest.LogCaptureFixture) -> None:
    task = {"_id": "686770ddbf319f630a1cb3f7", "current_status": "processing", "result_url": ""}
    recorder = Recorder(
        httpx.Response(503, text="busy"),
        httpx.ConnectError("reset"),
        httpx.Response(429, json={"code": 429}, headers={"Retry-After": "4"}),
        httpx.Response(200, json=envelope(dict(task, current_status="rendering"))),
        httpx.Response(200, json=envelope(dict(task, current_status="completed", result_url="https://cdn/x.mp4"))),
    )
    clock = FakeClock()
    client = A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), max_retries=0)
    client._core.clock, client._core.sleep = clock, clock.sleep
    caplog.set_level("INFO", logger="a2e")
    done = client.talking_photo.wait(task["_id"])
    assert done.result_url == "https://cdn/x.mp4"
    assert len(recorder.requests) == 5
    assert clock.sleeps[2] >= 4  # the server's Retry-After, honoured inside the wait
    assert "'rendering' is not one the spec lists" in caplog.text


def test_a_job_done_without_its_result_is_an_error_after_a_grace() -> None:
    task = {"_id": "686770ddbf319f630a1cb3f7", "current_status": "completed", "result_url": ""}
    recorder = Recorder(httpx.Response(200, json=envelope(task)))
    clock = FakeClock()
    client = A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    client._core.clock, client._core.sleep = clock, clock.sleep
    with pytest.raises(a2e.APIResponseValidationError, match="result_url is empty"):
        client.talking_photo.wait(task["_id"])


def test_avatar_videos_wait_through_their_status_call_without_warning(client: A2E, sandbox: Sandbox) -> None:
    """`get_status` (awsResult) is deprecated, but it is the status call with a documented reply:
    the waiter uses it without a DeprecationWarning (pytest turns any warning into an error)."""
    done = client.avatar_videos.generate_and_wait(anchor_id="a", anchor_type=0, audio_src="https://x/a.mp3")
    assert done.status == "success" and done.result.startswith(sandbox.cdn_url)
    assert ("POST", "/api/v1/video/awsResult") in sandbox.world.requests


def test_quote_sends_the_body_the_start_would_send(client: A2E, sandbox: Sandbox) -> None:
    quote = client.talking_photo.quote.start(**PHOTO, duration=5)
    assert quote.coins == 15.0
    assert starts(sandbox, "/api/v1/talkingPhoto/start") == 0
    recorder = Recorder(httpx.Response(200, json=envelope({"coins": 3, "generationRequestValidated": True})))
    offline = A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    offline.talking_photo.quote.start(**PHOTO, duration=5, extra_body={"extra": 1})
    assert recorder.json_body() == {
        "endpoint": "/api/v1/talkingPhoto/start",
        "requestBody": {**PHOTO, "duration": 5, "extra": 1},
    }


def test_the_budget_guard_refuses_before_anything_billable_is_sent(sandbox: Sandbox, clock: FakeClock) -> None:
    with A2E(TOKEN, base_url=sandbox.url, max_credits_per_job=5) as guarded:
        with pytest.raises(a2e.BudgetExceededError) as caught:
            guarded.talking_photo.start(**PHOTO)
        assert caught.value.cost == 10.0 and caught.value.limit == 5.0
        assert starts(sandbox, "/api/v1/talkingPhoto/start") == 0
        assert guarded.talking_photo.start(**PHOTO, max_credits=50).id  # a per-call limit wins
        assert guarded.with_options(max_credits_per_job=None).talking_photo.start(**PHOTO).id
        assert starts(sandbox, "/api/v1/talkingPhoto/start") == 2


def test_a_job_that_cannot_be_quoted_is_refused_under_a_budget() -> None:
    recorder = Recorder(httpx.Response(400, json={"code": 1001, "msg": "Unsupported endpoint"}))
    guarded = A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), max_credits_per_job=100)
    with pytest.raises(a2e.BudgetExceededError, match="could not be quoted") as caught:
        guarded.talking_photo.start(**PHOTO)
    assert caught.value.cost is None
    assert [r.url.path for r in recorder.requests] == ["/api/v1/generation/quote"]


def test_local_files_are_uploaded_first_and_the_token_stays_home(client: A2E, sandbox: Sandbox, tmp_path: Path) -> None:
    face = tmp_path / "me.jpg"
    face.write_bytes(b"\xff\xd8jpeg" * 100)
    done = client.face_swap.start_and_wait(face_url=face, video_url=io.BytesIO(b"video-bytes"), name="n")
    uploaded = {name: data for name, data in sandbox.world.files.items() if name.endswith(("me.jpg", "upload.bin"))}
    assert set(uploaded.values()) == {b"\xff\xd8jpeg" * 100, b"video-bytes"}
    assert done.face_url and done.face_url.startswith(sandbox.cdn_url + "/files/")  # what the start was sent
    assert client.files.upload(face).startswith(sandbox.cdn_url + "/files/")
    assert sandbox.world.cdn_saw_authorization == 0


def test_download_is_streamed_atomic_with_progress_and_refreshes_an_expired_url(
    client: A2E, sandbox: Sandbox, tmp_path: Path
) -> None:
    done = client.talking_photo.start_and_wait(**PHOTO)
    progress: list[tuple[int, int | None]] = []
    path = client.files.download(done, tmp_path, on_progress=lambda got, total: progress.append((got, total)))
    assert path.parent == tmp_path and path.read_bytes() and progress[-1][0] == path.stat().st_size
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no partial file left behind
    with pytest.raises(a2e.DownloadError) as caught:
        client.files.download(f"{sandbox.cdn_url}/expired/x.mp4?sig=secret", tmp_path / "x.mp4")
    assert caught.value.expired and "secret" not in str(caught.value)
    assert not (tmp_path / "x.mp4").exists()
    stale = type(done).from_dict({**done.to_dict(), "result_url": f"{sandbox.cdn_url}/expired/old.mp4"})
    assert client.files.download(stale, tmp_path / "fresh.mp4").read_bytes() == path.read_bytes()
    assert sandbox.world.cdn_saw_authorization == 0


class Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Receiver.received.append((dict(self.headers), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_webhook_is_verified_parsed_and_its_record_fetched(sandbox: Sandbox) -> None:
    Receiver.received = []
    with ThreadingHTTPServer(("127.0.0.1", 0), Receiver) as receiver:
        threading.Thread(target=receiver.serve_forever, daemon=True).start()
        with A2E(TOKEN, base_url=sandbox.url) as client:
            task = client.talking_photo.start(
                **PHOTO, webhook_url=f"http://127.0.0.1:{receiver.server_address[1]}/hook", webhook_token="s3cret"
            )
            sandbox.world.clock = lambda: 10**9  # the job is long over
            deadline = threading.Event()
            for _ in range(100):
                if Receiver.received:
                    break
                deadline.wait(0.05)
            receiver.shutdown()
            headers, body = Receiver.received[0]
            assert webhooks.verify(headers, expected_token="s3cret")
            assert not webhooks.verify(headers, expected_token="other")
            event = webhooks.parse(body)
            assert (event.event, event.task_id, event.succeeded) == ("task.completed", task.id, True)
            record = client.talking_photo.get(event.task_id)  # the detail call is the source of truth
            assert record.current_status == "completed"


def test_webhook_parse_refuses_what_is_not_an_event() -> None:
    for body in [b"not json", b"[]", json.dumps({"event": "task.completed"}).encode(), b"{" * 10]:
        with pytest.raises(webhooks.WebhookError):
            webhooks.parse(body)


def test_list_all_walks_every_page(client: A2E, sandbox: Sandbox) -> None:
    ids = {client.talking_photo.start(**PHOTO).id for _ in range(23)}
    sandbox.world.requests.clear()
    seen = [task.id for task in client.talking_photo.list_all(page_size=10)]
    assert set(seen) == ids and len(seen) == 23
    pages = [path for method, path in sandbox.world.requests if path == "/api/v1/talkingPhoto/allRecords"]
    assert len(pages) == 3  # 10 + 10 + 3: the short page ends the walk


@pytest.mark.anyio
async def test_async_list_all_walks_every_page(async_client: AsyncA2E) -> None:
    ids = {(await async_client.talking_photo.start(**PHOTO)).id for _ in range(12)}
    seen = [task.id async for task in async_client.talking_photo.list_all(page_size=5)]
    assert set(seen) == ids


def test_list_all_stops_when_a_server_ignores_the_page_number() -> None:
    page = envelope({"rows": [{"_id": "a", "current_status": "completed"}] * 2, "count": 99})
    recorder = Recorder(httpx.Response(200, json=page))
    client = A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    assert len(list(client.talking_photo.list_all(page_size=2))) == 2
    assert [r.url.params["pageNum"] for r in recorder.requests] == ["1", "2"]
