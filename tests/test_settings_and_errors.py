"""Settings and errors: every setting checked when a client is built, bad arguments refused before
anything is sent, token-free messages, errors that pickle, the generated functions run configured."""

from __future__ import annotations

import math
import pickle
from typing import Any

import a2e
import httpx
import pytest
from a2e import A2E, AsyncA2E
from a2e._retry import retry_after_seconds
from a2e_api.api.talking_photo import talking_photo_get
from a2e_api.models import Quote, TalkingPhotoTask
from conftest import TOKEN, Recorder, envelope

TASK = {"_id": "686770ddbf319f630a1cb3f7", "name": "t", "current_status": "processing"}


def client_for(recorder: Recorder, **options: Any) -> A2E:
    return A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **options)


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"api_key": 123}, "api_key must be a str"),
        ({"api_key": b"sk_bytes"}, "api_key must be a str"),
        ({"api_key": "sk_with\nnewline"}, "stray newline"),
        ({"api_key": "sk with space"}, "without spaces"),
        ({"base_url": "http://[::1"}, "not a valid URL"),
        ({"base_url": "video.a2e.ai"}, "absolute http"),
        ({"base_url": "https://video.a2e.ai?x=1"}, "query"),
        ({"base_url": "https://user:pw@video.a2e.ai"}, "user:password"),
        ({"base_url": "https://video.a2e.ai#top"}, "fragment"),
        ({"base_url": "http://video.a2e.ai"}, "allow_insecure_http=True"),
        ({"base_url": 5}, "base_url must be a str"),
        ({"timeout": -1}, "above 0"),
        ({"timeout": math.nan}, "finite"),
        ({"timeout": math.inf}, "finite"),
        ({"timeout": "30"}, "number of seconds"),
        ({"timeout": True}, "number of seconds"),
        ({"timeout": httpx.Timeout(5.0, read=-1.0)}, "timeout.read"),
        ({"max_retries": -1}, "at least 0"),
        ({"max_retries": 1.5}, "must be an int"),
        ({"max_retries": True}, "must be an int"),
        ({"max_credits_per_job": -3}, "max_credits_per_job"),
        ({"http_client": httpx.AsyncClient()}, r"needs an httpx\.Client"),
        ({"allow_insecure_http": "yes"}, "allow_insecure_http must be a bool"),
    ],
)
def test_construction_checks_every_setting(options: dict[str, Any], match: str) -> None:
    with pytest.raises(a2e.ConfigurationError, match=match) as caught:
        A2E(**({"api_key": TOKEN} | options))
    assert "sk_with" not in str(caught.value) and "sk with" not in str(caught.value)


def test_async_client_refuses_a_sync_http_client() -> None:
    with pytest.raises(a2e.ConfigurationError, match=r"needs an httpx\.AsyncClient"):
        AsyncA2E(TOKEN, http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(a2e.ConfigurationError, match="max_concurrency"):
        AsyncA2E(TOKEN, max_concurrency=0)


def test_plain_http_is_allowed_for_loopback_and_on_request() -> None:
    for url in ("http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"):
        A2E(TOKEN, base_url=url).close()
    assert str(A2E(TOKEN, base_url="http://intranet:80/", allow_insecure_http=True).base_url) == "http://intranet"


def test_an_http_client_timeout_is_used_not_ignored() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope({"coins": 1, "diamonds": 0})))
    own = httpx.Client(transport=httpx.MockTransport(recorder), timeout=httpx.Timeout(3.0))
    A2E(TOKEN, http_client=own).credits.remaining()
    assert recorder.last.extensions["timeout"]["read"] == 3.0
    A2E(TOKEN, http_client=own, timeout=9.0).credits.remaining()
    assert recorder.last.extensions["timeout"]["read"] == 9.0


@pytest.mark.parametrize(
    ("call", "argument", "error"),
    [
        (lambda c: c.talking_photo.get(".."), "id", a2e.ArgumentValueError),
        (lambda c: c.talking_photo.get("."), "id", a2e.ArgumentValueError),
        (lambda c: c.talking_photo.get("a/b"), "id", a2e.ArgumentValueError),
        (lambda c: c.talking_photo.get("x\n"), "id", a2e.ArgumentValueError),
        (lambda c: c.talking_photo.get("x" * 10_000_000), "id", a2e.ArgumentValueError),
        (lambda c: c.talking_photo.get(42), "id", a2e.ArgumentTypeError),
        (
            lambda c: c.talking_photo.start(name=123, image_url="https://x/u.jpg", prompt="p", negative_prompt="q"),
            "name",
            a2e.ArgumentTypeError,
        ),
        (
            lambda c: c.talking_photo.start(
                name="n", image_url="https://x/u.jpg", prompt="p", negative_prompt="q", duration=math.nan
            ),
            "duration",
            a2e.ArgumentTypeError,
        ),
        (
            lambda c: c.talking_photo.start(
                name="n", image_url="https://x/u.jpg", prompt="p", negative_prompt="q", duration=99
            ),
            "duration",
            a2e.ArgumentValueError,
        ),
        (lambda c: c.talking_photo.list(page_num=-1), "page_num", a2e.ArgumentValueError),
        (lambda c: c.talking_photo.list(page_num=True), "page_num", a2e.ArgumentTypeError),
        (lambda c: c.talking_photo.batch_detail(ids=None), "ids", a2e.ArgumentTypeError),
        (
            lambda c: c.image_to_video.start(image_url="https://x/u.jpg", model_version="a2e-v9"),
            "model_version",
            a2e.ArgumentValueError,
        ),
        (
            lambda c: c.talking_photo.start(
                name="n", image_url="https://x/u.jpg", prompt="p", negative_prompt="q", extra_body={"x": math.nan}
            ),
            "extra_body",
            a2e.ArgumentValueError,
        ),
        (lambda c: c.credits.remaining(timeout=-2), "timeout", a2e.ArgumentValueError),
        (lambda c: c.credits.remaining(timeout="10"), "timeout", a2e.ArgumentTypeError),
        (lambda c: c.credits.remaining(timeout=httpx.Timeout(5.0, read=math.inf)), "timeout", a2e.ArgumentValueError),
        (
            lambda c: c.credits.remaining(timeout=httpx.Timeout(5.0, read="5")),  # type: ignore[arg-type]
            "timeout",
            a2e.ArgumentTypeError,
        ),
        (
            lambda c: c.credits.remaining(extra_headers={"X-A": "b\r\nInjected: 1"}),
            "extra_headers",
            a2e.ArgumentValueError,
        ),
    ],
)
def test_bad_arguments_raise_before_anything_is_sent(call: Any, argument: str, error: type[a2e.ArgumentError]) -> None:
    recorder = Recorder(httpx.Response(200, json=envelope(TASK)))
    with pytest.raises(error) as caught:
        call(client_for(recorder))
    assert caught.value.argument == argument
    assert caught.value.operation in str(caught.value)
    assert isinstance(caught.value, a2e.A2EError)
    assert isinstance(caught.value, TypeError if error is a2e.ArgumentTypeError else ValueError)
    assert recorder.requests == []


def test_extra_body_overrides_a_field_and_sends_what_the_spec_does_not_allow() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope(TASK)))
    client_for(recorder).talking_photo.start(
        name="n",
        image_url="https://x/u.jpg",
        prompt="p",
        negative_prompt="q",
        duration=3,
        extra_body={"duration": 99, "name": "x"},
    )
    body = recorder.json_body()
    assert body["duration"] == 99 and body["name"] == "x"
    pages = Recorder(httpx.Response(200, json=envelope({"rows": [], "count": 0})))
    client_for(pages).talking_photo.list(page_size=10, extra_query={"pageSize": 100000})
    assert pages.last.url.params.get_list("pageSize") == ["100000"]


def test_retry_after_values_are_none_or_finite_and_not_negative() -> None:
    for value in ["-5", "nan", "inf", "1e309", "soon", "Wed, 32 Foo 2026", ""]:
        assert retry_after_seconds(httpx.Headers({"retry-after": value})) is None
    assert retry_after_seconds(httpx.Headers({"retry-after": "12"})) == 12.0
    assert retry_after_seconds(httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    past = "Wed, 21 Oct 2015 07:28:00 GMT"
    assert retry_after_seconds(httpx.Headers({"retry-after": past})) == 0.0


def test_the_token_is_scrubbed_from_transport_messages() -> None:
    recorder = Recorder(httpx.ConnectError(f"proxy said Bearer {TOKEN}"))
    client = client_for(recorder, max_retries=0)
    with pytest.raises(a2e.APIConnectionError) as caught:
        client.credits.remaining()
    assert TOKEN not in str(caught.value) and "***" in str(caught.value)


@pytest.mark.parametrize(
    "error",
    [
        a2e.APIError("m", code=1, trace_id="t", http_status=400, body=b"b", retry_after=2.0, operation="g.m"),
        a2e.NotFoundError("m", http_status=404),
        a2e.RateLimitError("m", http_status=429, retry_after=3.0),
        a2e.APIConnectionError("m", operation="g.m", maybe_sent=False),
        a2e.APITimeoutError("m"),
        a2e.ArgumentValueError("g.m", "x", 5, "at most 3"),
        a2e.ArgumentTypeError("g.m", "x", "5", "an int"),
        a2e.ConfigurationError("bad"),
        a2e.JobFailedError(
            "failed",
            task_id="t1",
            record=TalkingPhotoTask.from_dict({"_id": "t1", "current_status": "failed"}),
            failure_code="E1",
            failure_message="boom",
        ),
        a2e.JobTimeoutError("slow", task_id="t1", record=None, waited=3.0),
        a2e.BudgetExceededError(
            "too dear", operation="g.start", cost=9.0, limit=5.0, quote=Quote.from_dict({"coins": 9.0})
        ),
        a2e.DownloadError("gone", url="https://cdn/x", http_status=403, expired=True),
    ],
)
def test_every_error_pickles_with_its_attributes(error: a2e.A2EError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert copy.__dict__ == error.__dict__
    assert str(copy) == str(error)


def test_the_generated_functions_run_configured_or_refuse_clearly() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope(TASK)))
    client = client_for(recorder)
    response = talking_photo_get.sync_detailed(TASK["_id"], client=client.api_client)
    assert response.parsed is not None and recorder.last.headers["Authorization"] == f"Bearer {TOKEN}"
    assert recorder.last.extensions["timeout"]["read"] is not None
    with pytest.raises(a2e.ConfigurationError, match="synchronous"):
        client.api_client.get_async_httpx_client()
    with pytest.raises(a2e.BadRequestError):
        talking_photo_get.sync_detailed(
            TASK["_id"], client=client_for(Recorder(httpx.Response(200, json={"code": 1001}))).api_client
        )


@pytest.mark.anyio
async def test_the_async_generated_functions_run_configured() -> None:
    recorder = Recorder(httpx.Response(200, json={"code": 1003, "msg": "minor", "trace_id": "t"}))
    client = AsyncA2E(TOKEN, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)))
    with pytest.raises(a2e.ModerationError):
        await talking_photo_get.asyncio_detailed(TASK["_id"], client=client.api_client)
    assert recorder.last.headers["Authorization"] == f"Bearer {TOKEN}"
    with pytest.raises(a2e.ConfigurationError, match="asynchronous"):
        client.api_client.get_httpx_client()
    await client.close()


def test_a_redirect_is_not_followed() -> None:
    recorder = Recorder(httpx.Response(302, headers={"Location": "https://evil.example/steal"}))
    with pytest.raises(a2e.APIError, match="redirect"):
        client_for(recorder, max_retries=0).credits.remaining()
    assert len(recorder.requests) == 1
