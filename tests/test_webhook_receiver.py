"""`webhooks.Receiver`: per-job tokens, forged, duplicated and dropped deliveries, and waits woken
at once by a real loopback POST from the sandbox (sync, async, many), with a slow safety poll."""

from __future__ import annotations

import importlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
from a2e import A2E, ArgumentValueError, AsyncA2E, _wake, webhooks
from a2e.sandbox import Sandbox
from conftest import ROOT

SECRET = "test-secret-0123456789abcdef"


def start(client: A2E, hook: webhooks.JobWebhook) -> str:
    job = client.talking_photo.start(
        name="x", image_url="https://example.com/a.jpg", prompt="p", negative_prompt="q", **hook
    )
    return job.id


def event(task_id: str = "job1", kind: str = "task.completed") -> bytes:
    return json.dumps({"event": kind, "task_id": task_id, "data": {"_id": task_id}}).encode()


def post(receiver: webhooks.Receiver, key: str, body: bytes, token: str | None) -> tuple[int, dict[str, Any]]:
    headers = {} if token is None else {webhooks.TOKEN_HEADER: token}
    return receiver.handle("POST", f"/a2e-webhook/{key}", headers, body)


@pytest.fixture
def receiver() -> Iterator[webhooks.Receiver]:
    with webhooks.Receiver(SECRET, url="https://example.com/a2e-webhook", safety_poll=60) as made:
        yield made


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(job_seconds=0.3) as running:
        yield running


def test_tokens_are_an_hmac_per_key_and_reject_bad_keys_and_weak_secrets() -> None:
    token = webhooks.job_token(SECRET, "order-1")
    assert token == webhooks.job_token(SECRET.encode(), "order-1")
    assert len({token, webhooks.job_token(SECRET, "order-2"), webhooks.job_token(SECRET + "x", "order-1")}) == 3
    with pytest.raises(ArgumentValueError, match="key"):
        webhooks.job_token(SECRET, "a/b")
    with pytest.raises(webhooks.WebhookError, match="16 bytes"):
        webhooks.Receiver("short")
    hook = webhooks.Receiver(SECRET, url="https://example.com/hooks/", safety_poll=0).webhook("order-1")
    assert hook == {"webhook_url": "https://example.com/hooks/order-1", "webhook_token": token}
    assert SECRET not in repr(webhooks.Receiver(SECRET, safety_poll=0))


def test_forged_deliveries_are_refused_and_a_leaked_token_opens_one_job_only(receiver: webhooks.Receiver) -> None:
    woken: list[str] = []
    receiver.on_event = lambda got, key: woken.append(key)
    leaked = webhooks.job_token(SECRET, "order-1")
    assert post(receiver, "order-2", event("job2"), leaked)[0] == 401  # another job's URL
    assert post(receiver, "order-1", event("job1"), None)[0] == 401
    assert post(receiver, "order-1", event("job1"), leaked[:-1] + "0")[0] == 401
    assert post(receiver, "order-1", event("job1"), webhooks.job_token("another-secret-0123456", "order-1"))[0] == 401
    assert receiver.counts["forged"] == 4 and woken == []
    assert post(receiver, "order-1", event("job1"), leaked) == (200, {"accepted": True})
    # the leaked token cannot claim another job under its own key either
    assert post(receiver, "order-1", event("job9"), leaked)[0] == 409
    assert woken == ["order-1"]


def test_duplicates_reach_the_handler_once_and_junk_is_refused(receiver: webhooks.Receiver) -> None:
    seen: list[webhooks.WebhookEvent] = []
    receiver.on_event = lambda got, key: seen.append(got)
    token = webhooks.job_token(SECRET, "k")
    assert [post(receiver, "k", event(), token)[0] for _ in range(3)] == [200, 200, 200]
    assert len(seen) == 1 and receiver.counts["duplicate"] == 2
    assert post(receiver, "k", b"not json", token)[0] == 400
    assert post(receiver, "k", b"x" * (webhooks.MAX_BODY_BYTES + 1), token)[0] == 413
    assert receiver.handle("GET", "/a2e-webhook/k", {webhooks.TOKEN_HEADER: token}, b"")[0] == 405


def test_a_failing_handler_answers_500_and_a_redelivery_is_handled_again(receiver: webhooks.Receiver) -> None:
    calls: list[str] = []

    def flaky(got: webhooks.WebhookEvent, key: str) -> None:
        calls.append(key)
        if len(calls) == 1:
            raise RuntimeError("database down")

    receiver.on_event = flaky
    token = webhooks.job_token(SECRET, "k")
    assert post(receiver, "k", event(), token)[0] == 500
    assert post(receiver, "k", event(), token)[0] == 200
    assert calls == ["k", "k"]


def test_a_wake_before_the_sleep_is_kept_and_the_safety_poll_lasts_while_a_receiver_is_open() -> None:
    _wake.wake("early-job")
    started = time.monotonic()
    _wake.pause(time.sleep, ["early-job"], 5)
    assert time.monotonic() - started < 0.5
    calls: list[float] = []
    _wake.pause(calls.append, ["early-job"], 3)  # an injected sleep is called as it is
    assert calls == [3]
    assert _wake.safety_poll() == 0
    with webhooks.Receiver(SECRET, safety_poll=45):
        assert _wake.safety_poll() == 45
    assert _wake.safety_poll() == 0


def test_the_sandbox_webhook_wakes_wait_at_once() -> None:
    with Sandbox(job_seconds=1.0) as sandbox, webhooks.listen(webhooks.Receiver(SECRET, safety_poll=60)) as listener:
        listener.receiver.url = listener.url + "/a2e-webhook"
        with A2E("sk_test", base_url=sandbox.url) as client:
            job_id = start(client, listener.receiver.webhook("photo-1"))
            polls_before = len(sandbox.world.requests)
            started = time.monotonic()
            done = client.talking_photo.wait(job_id, wait_timeout=120)
            waited = time.monotonic() - started
    assert done.current_status == "completed"
    assert listener.receiver.counts["accepted"] == 1
    assert 0.9 < waited < 5, "without the webhook the next poll was 60 s away"
    assert len(sandbox.world.requests) - polls_before == 2  # the first poll, and the one the webhook woke


def test_the_webhook_wakes_an_async_wait_and_wait_many(sandbox: Sandbox) -> None:
    with webhooks.listen(webhooks.Receiver(SECRET, safety_poll=60)) as listener:
        listener.receiver.url = listener.url + "/a2e-webhook"

        async def both() -> float:
            async with AsyncA2E("sk_test", base_url=sandbox.url) as client:
                job = await client.talking_photo.start(
                    name="x",
                    image_url="https://example.com/a.jpg",
                    prompt="p",
                    negative_prompt="q",
                    **listener.receiver.webhook("async-1"),
                )
                started = time.monotonic()
                await client.talking_photo.wait(job.id, wait_timeout=120)
                return time.monotonic() - started

        assert anyio.run(both) < 5
        with A2E("sk_test", base_url=sandbox.url) as client:
            jobs = [start(client, listener.receiver.webhook(f"many-{i}")) for i in range(3)]
            started = time.monotonic()
            finished = client.talking_photo.wait_many(jobs, wait_timeout=120)
            assert time.monotonic() - started < 8
        assert [f.current_status for f in finished] == ["completed"] * 3  # type: ignore[union-attr]


def test_a_dropped_delivery_is_caught_by_the_safety_poll(sandbox: Sandbox) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        nobody = f"http://127.0.0.1:{unused.getsockname()[1]}/a2e-webhook"
    with (
        webhooks.Receiver(SECRET, url=nobody, safety_poll=1.0) as receiver,
        A2E("sk_test", base_url=sandbox.url) as client,
    ):
        done = client.talking_photo.wait(start(client, receiver.webhook("dropped-1")), wait_timeout=30)
    assert done.current_status == "completed" and receiver.counts["accepted"] == 0


def test_asgi_and_wsgi_apps_answer_like_handle(receiver: webhooks.Receiver) -> None:
    token = webhooks.job_token(SECRET, "k")
    headers = {webhooks.TOKEN_HEADER: token, "Content-Type": "application/json"}
    with httpx.Client(transport=httpx.WSGITransport(app=receiver), base_url="http://hooks") as wsgi:
        assert wsgi.post("/a2e-webhook/k", content=event("w1"), headers=headers).json() == {"accepted": True}
        assert wsgi.post("/a2e-webhook/k", content=event("w1"), headers={}).status_code == 401

    async def over_asgi() -> list[int]:
        transport = httpx.ASGITransport(app=receiver)
        async with httpx.AsyncClient(transport=transport, base_url="http://hooks") as asgi:
            first = await asgi.post("/a2e-webhook/a", content=event("a1"), headers=headers)  # k's token
            good = {webhooks.TOKEN_HEADER: webhooks.job_token(SECRET, "a")}
            second = await asgi.post("/a2e-webhook/a", content=event("a1"), headers=good)
            third = await asgi.post("/a2e-webhook/a", content=event("a1"), headers=good)
            return [first.status_code, second.status_code, int(third.json()["duplicate"])]

    assert anyio.run(over_asgi) == [401, 200, 1]


def test_the_fastapi_and_flask_examples_take_a_delivery() -> None:
    from fastapi.testclient import TestClient

    sys.path.insert(0, str(ROOT / "examples"))
    try:
        os.environ["A2E_WEBHOOK_SECRET"] = SECRET
        webhooks_fastapi = importlib.import_module("webhooks_fastapi")
        webhooks_flask = importlib.import_module("webhooks_flask")
    finally:
        sys.path.pop(0)
        del os.environ["A2E_WEBHOOK_SECRET"]
    try:
        headers = {webhooks.TOKEN_HEADER: webhooks.job_token(SECRET, "order-7")}
        with TestClient(webhooks_fastapi.app) as fastapi_client:
            assert fastapi_client.post("/a2e-webhook/order-7", content=event("f1"), headers=headers).status_code == 200
            assert fastapi_client.post("/a2e-webhook/order-8", content=event("f2"), headers=headers).status_code == 401
        flask_client = webhooks_flask.app.test_client()
        assert flask_client.post("/a2e-webhook/order-7", data=event("f1"), headers=headers).status_code == 200
        assert flask_client.post("/a2e-webhook/order-8", data=event("f2"), headers=headers).status_code == 401
        assert webhooks_fastapi.receiver.counts["accepted"] == webhooks_flask.receiver.counts["accepted"] == 1
    finally:
        webhooks_fastapi.receiver.close()
        webhooks_flask.receiver.close()


def test_the_listen_command_prints_each_new_event_once(sandbox: Sandbox) -> None:
    env = {**os.environ, "A2E_WEBHOOK_SECRET": SECRET}
    command = [sys.executable, "-m", "a2e", "webhooks", "listen", "--port", "0"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as listening:
        try:
            assert listening.stdout is not None
            url = listening.stdout.readline().strip()
            token = subprocess.run(
                [sys.executable, "-m", "a2e", "webhooks", "token", "cli-1", "--url", url + "/hooks"],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            )
            hook: webhooks.JobWebhook = json.loads(token.stdout)
            assert hook["webhook_token"] == webhooks.job_token(SECRET, "cli-1")
            with A2E("sk_test", base_url=sandbox.url) as client:
                job_id = start(client, hook)
            line: list[str] = []
            reader = threading.Thread(target=lambda: line.append(listening.stdout.readline()), daemon=True)  # type: ignore[union-attr]
            reader.start()
            reader.join(timeout=10)
            assert line, "no event printed"
            printed = json.loads(line[0])
            assert printed == {"key": "cli-1", "event": "task.completed", "task_id": job_id, "kind": "talking_photo"}
        finally:
            listening.terminate()
            listening.wait(timeout=10)
