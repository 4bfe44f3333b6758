"""The fault suite: the client against a misbehaving HTTP peer on 127.0.0.1 (tests/servers.py).

Every failure must come out as the documented `A2EError` subclass, within the time asked, with
bounded memory; a start (POST) that may have reached the server is never sent twice. Each test
is bounded in requests and seconds and stops by itself. File transfers keep the same promise
against the same peer in tests/test_files.py: every upload failure is an `UploadError`, every
download failure a `DownloadError` (or an `ArgumentError` for a bad URL or destination). Waits
have their own file, tests/test_wait_faults.py.
"""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import threading
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import a2e
import pytest
from a2e import A2E, AsyncA2E
from servers import FaultServer, answer, drop, envelope, fault_server, gzip_bomb, reset, response_bytes, trickle

TOKEN = "sk_fault_0123456789"
BALANCE = "/api/v1/user/remainingCoins"
START = "/api/v1/talkingPhoto/start"
TASK = {"_id": "686770ddbf319f630a1cb3f7", "current_status": "initialized"}
START_ARGS: dict[str, Any] = {"name": "n", "image_url": "https://x/i.jpg", "prompt": "p", "negative_prompt": "q"}


_OPEN: list[A2E] = []


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with fault_server() as running:
        try:
            yield running
        finally:
            while _OPEN:
                _OPEN.pop().close()


def client(server: FaultServer, **options: object) -> A2E:
    made = A2E(TOKEN, base_url=server.url, **options)  # type: ignore[arg-type]
    made._core.sleep = lambda seconds: None  # retries without waiting (delays are checked apart)
    _OPEN.append(made)
    return made


def test_a_trickled_reply_ends_at_the_total_timeout(server: FaultServer) -> None:
    payload = response_bytes(200, b'{"code": 0, "data": {"coins": 1, "diamonds": 0}, "trace_id": "t"}' + b" " * 400)
    server.on(BALANCE, trickle(payload, 0.01))  # about 5 s for the whole reply
    started = time.monotonic()
    with pytest.raises(a2e.APITimeoutError) as caught:
        client(server, timeout=1.0, max_retries=0).credits.remaining()
    assert time.monotonic() - started < 2.0
    assert "timed out" in str(caught.value)


@pytest.mark.anyio
async def test_async_trickle_ends_at_the_total_timeout(server: FaultServer) -> None:
    payload = response_bytes(200, b'{"code": 0, "data": {"coins": 1, "diamonds": 0}}' + b" " * 400)
    server.on(BALANCE, trickle(payload, 0.01))
    started = time.monotonic()
    async with AsyncA2E(TOKEN, base_url=server.url, timeout=1.0, max_retries=0) as async_client:
        with pytest.raises(a2e.APITimeoutError):
            await async_client.credits.remaining()
    assert time.monotonic() - started < 2.0


def test_a_reset_get_is_retried_then_raises_a_connection_error(server: FaultServer) -> None:
    server.on(BALANCE, reset)
    with pytest.raises(a2e.APIConnectionError) as caught:
        client(server, max_retries=2).credits.remaining()
    assert server.counts[BALANCE] == 3
    assert TOKEN not in str(caught.value)


def test_a_start_dropped_after_it_was_read_is_sent_exactly_once(server: FaultServer) -> None:
    server.on(START, drop)
    for _ in range(3):
        with pytest.raises(a2e.APIConnectionError) as caught:
            client(server, max_retries=5).talking_photo.start(**START_ARGS)
        assert caught.value.maybe_sent
        assert "look for the job before sending it again" in str(caught.value)
    assert server.counts[START] == 3


def test_a_reset_start_is_sent_exactly_once(server: FaultServer) -> None:
    server.on(START, reset)
    with pytest.raises(a2e.APIConnectionError):
        client(server, max_retries=5).talking_photo.start(**START_ARGS)
    assert server.counts[START] == 1


def test_a_start_answered_with_5xx_is_not_retried(server: FaultServer) -> None:
    server.on(START, answer(503, {"code": 503, "msg": "hosts busy"}))
    with pytest.raises(a2e.InternalServerError):
        client(server, max_retries=5).talking_photo.start(**START_ARGS)
    assert server.counts[START] == 1


def test_a_gzip_bomb_stops_at_the_cap_with_bounded_memory(server: FaultServer) -> None:
    server.on(BALANCE, gzip_bomb(200 * 1024 * 1024))
    tracemalloc.start()
    try:
        with pytest.raises(a2e.ResponseTooLargeError):
            client(server).credits.remaining()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 80 * 1024 * 1024  # 852 MB before; the cap is 32 MB


def test_a_corrupt_gzip_body_is_a_validation_error(server: FaultServer) -> None:
    server.on(BALANCE, answer(200, raw=b"\x1f\x8bnot gzip at all", headers={"Content-Encoding": "gzip"}))
    with pytest.raises(a2e.APIResponseValidationError, match="could not be decoded"):
        client(server).credits.remaining()


def test_a_gzipped_reply_is_decoded(server: FaultServer) -> None:
    body = gzip.compress(b'{"code": 0, "data": {"coins": 7, "diamonds": 1}, "trace_id": "t"}')
    server.on(BALANCE, answer(200, raw=body, headers={"Content-Encoding": "gzip"}))
    assert client(server).credits.remaining().coins == 7


def test_json_nested_too_deep_is_a_validation_error(server: FaultServer) -> None:
    server.on(BALANCE, answer(200, raw=b"[" * 100_000 + b"]" * 100_000))
    with pytest.raises(a2e.APIResponseValidationError, match="not JSON"):
        client(server).credits.remaining()


def test_invalid_utf8_is_a_validation_error(server: FaultServer) -> None:
    server.on(BALANCE, answer(200, raw=b'{"code": 0, "data": "\xff\xfe"}'))
    with pytest.raises(a2e.APIResponseValidationError):
        client(server).credits.remaining()


def test_a_huge_reply_is_refused_and_an_error_body_is_kept_short(server: FaultServer) -> None:
    server.on(BALANCE, answer(200, raw=b" " * (40 * 1024 * 1024)))
    with pytest.raises(a2e.ResponseTooLargeError):
        client(server).credits.remaining()
    server.on(BALANCE, answer(500, raw=b"x" * (2 * 1024 * 1024)))
    with pytest.raises(a2e.InternalServerError) as caught:
        client(server, max_retries=0).credits.remaining()
    assert len(caught.value.body) <= 2048


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [("2", 2.0), ("0.5", 0.5), ("-5", None), ("nan", None), ("soon", None), ("", None)],
)
def test_retry_after_forms(server: FaultServer, retry_after: str, expected: float | None) -> None:
    limited = answer(429, {"code": 429, "msg": "slow down"}, headers={"Retry-After": retry_after})
    server.on(BALANCE, limited, envelope({"coins": 1, "diamonds": 0}))
    made = client(server)
    slept: list[float] = []
    made._core.sleep = slept.append
    assert made.credits.remaining().coins == 1
    assert server.counts[BALANCE] == 2
    if expected is None:
        assert 0 < slept[0] <= 0.5  # the client's own backoff
    else:
        assert slept[0] >= expected  # never sooner than the server asked


def test_retry_after_as_an_http_date(server: FaultServer) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.on(BALANCE, answer(429, {"code": 429}, headers={"Retry-After": when}), envelope({"coins": 1, "diamonds": 0}))
    made = client(server)
    slept: list[float] = []
    made._core.sleep = slept.append
    made.credits.remaining()
    assert 25 <= slept[0] <= 31


def test_a_retry_after_longer_than_the_client_waits_raises_at_once(server: FaultServer) -> None:
    server.on(BALANCE, answer(429, {"code": 429, "msg": "slow"}, headers={"Retry-After": "3600"}))
    with pytest.raises(a2e.RateLimitError) as caught:
        client(server, max_retries=5).credits.remaining()
    assert caught.value.retry_after == 3600.0
    assert server.counts[BALANCE] == 1


@pytest.mark.anyio
async def test_gathering_500_calls_on_one_async_client_completes(server: FaultServer) -> None:
    server.on(BALANCE, envelope({"coins": 1, "diamonds": 0}))
    async with AsyncA2E(TOKEN, base_url=server.url, timeout=5.0) as async_client:
        results = await asyncio.gather(*(async_client.credits.remaining() for _ in range(500)))
    assert len(results) == 500 and all(r.coins == 1 for r in results)
    assert server.counts[BALANCE] == 500


def test_one_sync_client_across_four_threads(server: FaultServer) -> None:
    server.on(BALANCE, envelope({"coins": 1, "diamonds": 0}))
    shared = client(server)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(50):
                assert shared.credits.remaining().coins == 1
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failures == [] and server.counts[BALANCE] == 200


def test_an_unknown_route_names_the_route_and_id(server: FaultServer) -> None:
    with pytest.raises(a2e.NotFoundError) as caught:
        client(server).talking_photo.get("686770ddbf319f630a1cb3f7")
    assert "/api/v1/talkingPhoto/686770ddbf319f630a1cb3f7" in str(caught.value)
    assert "talking_photo.get" in str(caught.value)


def test_a_connection_refused_is_retried_then_typed() -> None:
    with A2E(TOKEN, base_url="http://127.0.0.1:9", max_retries=1) as refused:
        refused._core.sleep = lambda seconds: None
        with pytest.raises(a2e.APIConnectionError) as caught:
            refused.talking_photo.start(**START_ARGS)
    assert not caught.value.maybe_sent
