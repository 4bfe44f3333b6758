"""Waits against a misbehaving detail operation on 127.0.0.1 (tests/servers.py).

Whatever a poll answers, a wait ends with an `A2EError`: a record that does not match the spec is
an `APIResponseValidationError` carrying the reply (the job is not affected: wait again), and the
wait's deadline bounds the poll in flight too. Each test is bounded in requests and seconds.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import a2e
import pytest
from a2e import A2E, AsyncA2E
from servers import Behaviour, FaultServer, answer, envelope, fault_server, reset, silent

TOKEN = "sk_fault_0123456789"
JOB = "686770ddbf319f630a1cb3f7"
DETAIL = f"/api/v1/talkingPhoto/{JOB}"
BATCH = "/api/v1/talkingPhoto/batchDetail"
RECORD = {"_id": JOB, "current_status": "processing"}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with fault_server() as running:
        yield running


@pytest.fixture
def client(server: FaultServer) -> Iterator[A2E]:
    with A2E(TOKEN, base_url=server.url) as made:  # real time: a wait of 1 s polls twice
        yield made


def without(key: str) -> dict[str, Any]:
    return {k: v for k, v in RECORD.items() if k != key}


MALFORMED_RECORDS = {
    "status null": {**RECORD, "current_status": None},
    "status an int": {**RECORD, "current_status": 3},
    "status a list": {**RECORD, "current_status": ["completed"]},
    "status missing": without("current_status"),
    "id missing": without("_id"),
    "result url an int": {**RECORD, "current_status": "completed", "result_url": 7},
}


@pytest.mark.parametrize("record", MALFORMED_RECORDS.values(), ids=MALFORMED_RECORDS.keys())
def test_a_malformed_record_ends_the_wait_with_a_validation_error(
    server: FaultServer, client: A2E, record: dict[str, Any]
) -> None:
    server.on(DETAIL, envelope(record))
    with pytest.raises(a2e.APIResponseValidationError) as caught:
        client.talking_photo.wait(JOB, wait_timeout=5)
    assert caught.value.operation == "talking_photo.get" and caught.value.http_status == 200
    assert caught.value.trace_id == "trace-fault"
    assert json.loads(caught.value.body)["data"] == record  # the reply, for a bug report
    assert "does not match the spec" in str(caught.value)
    assert server.counts[DETAIL] == 1  # not retried: the same record would come back


@pytest.mark.anyio
async def test_async_a_malformed_record_ends_the_wait_with_a_validation_error(server: FaultServer) -> None:
    server.on(DETAIL, envelope({**RECORD, "current_status": 3}))
    async with AsyncA2E(TOKEN, base_url=server.url) as async_client:
        with pytest.raises(a2e.APIResponseValidationError, match="current_status must be str, got int"):
            await async_client.talking_photo.wait(JOB, wait_timeout=5)


def test_wait_many_with_a_malformed_batch_record_is_a_validation_error(server: FaultServer, client: A2E) -> None:
    server.on(BATCH, envelope([{**RECORD, "current_status": None}]))
    with pytest.raises(a2e.APIResponseValidationError) as caught:
        client.talking_photo.wait_many([JOB], wait_timeout=5)
    assert caught.value.operation == "talking_photo.batch_detail" and b"current_status" in caught.value.body


@pytest.mark.anyio
async def test_async_wait_many_with_a_malformed_batch_record_is_a_validation_error(server: FaultServer) -> None:
    server.on(BATCH, envelope([without("current_status")]))
    async with AsyncA2E(TOKEN, base_url=server.url) as async_client:
        with pytest.raises(a2e.APIResponseValidationError, match="current_status must be str, got nothing"):
            await async_client.talking_photo.wait_many([JOB], wait_timeout=5)


def test_the_wait_deadline_bounds_a_poll_that_is_never_answered(server: FaultServer, client: A2E) -> None:
    server.on(DETAIL, silent(6))
    started = time.monotonic()
    with pytest.raises(a2e.JobTimeoutError) as caught:
        client.talking_photo.wait(JOB, wait_timeout=2)
    assert time.monotonic() - started < 2.8  # 7 s before: the poll had the client's timeout and retries
    assert caught.value.task_id == JOB and caught.value.record is None
    assert server.counts[DETAIL] == 1


@pytest.mark.anyio
async def test_async_the_wait_deadline_bounds_a_poll_that_is_never_answered(server: FaultServer) -> None:
    server.on(DETAIL, silent(6))
    started = time.monotonic()
    async with AsyncA2E(TOKEN, base_url=server.url) as async_client:
        with pytest.raises(a2e.JobTimeoutError):
            await async_client.talking_photo.wait(JOB, wait_timeout=1.5)
    assert time.monotonic() - started < 2.3


def test_a_poll_answered_late_is_still_read_within_the_deadline(server: FaultServer, client: A2E) -> None:
    def late(sock: Any, request: Any) -> None:
        time.sleep(0.3)
        envelope({**RECORD, "current_status": "completed", "result_url": "https://cdn/x.mp4"})(sock, request)

    server.on(DETAIL, late)
    assert client.talking_photo.wait(JOB, wait_timeout=3).result_url == "https://cdn/x.mp4"


NOT_RECORDS: dict[str, Behaviour] = {
    "data null": envelope(None),
    "data a string": envelope("done"),
    "data a list": envelope([RECORD]),
    "not JSON": answer(200, raw=b"<html>busy</html>", headers={"Content-Type": "text/html"}),
    "not an envelope": answer(200, RECORD),
    "an error envelope": envelope(None, code=1001, msg="bad id"),
    "HTTP 404": answer(404, raw=b"<html>404</html>", headers={}),
    "a reset on every poll": reset,
}


@pytest.mark.parametrize("behaviour", NOT_RECORDS.values(), ids=NOT_RECORDS.keys())
def test_nothing_but_an_a2e_error_escapes_a_wait(server: FaultServer, client: A2E, behaviour: Behaviour) -> None:
    server.on(DETAIL, behaviour)
    started = time.monotonic()
    with pytest.raises(a2e.A2EError):
        client.talking_photo.wait(JOB, wait_timeout=1)
    assert time.monotonic() - started < 2.0 and server.counts[DETAIL] <= 50
