"""Client behaviour against httpx.MockTransport: auth, envelopes, errors, retries, secrets."""

from __future__ import annotations

import functools
import logging
import re
import subprocess
import sys

import a2e
import httpx
import pytest
from a2e import A2E, AsyncA2E
from a2e_api.api.talking_photo import talking_photo_get
from conftest import ROOT, TOKEN, Recorder, envelope

TASK = {"_id": "686770ddbf319f630a1cb3f7", "name": "t", "current_status": "processing"}


def client_for(recorder: Recorder, **options: object) -> A2E:
    return A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **options)  # type: ignore[arg-type]


def async_client_for(recorder: Recorder, **options: object) -> AsyncA2E:
    return AsyncA2E(TOKEN, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), **options)  # type: ignore[arg-type]


def test_speak_sends_auth_url_method_and_json_body() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope({})))
    client_for(recorder).streaming_avatar.speak(channel="f84fd", text="Hello")
    request = recorder.last
    assert request.method == "POST"
    assert str(request.url) == "https://video.a2e.ai/api/v1/streaming-avatar/speak"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert recorder.json_body() == {"channel": "f84fd", "text": "Hello"}


def test_start_omits_unset_fields_and_sends_extra_body() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope(TASK)))
    task = client_for(recorder).talking_photo.start(
        name="n", image_url="https://x/i.jpg", prompt="p", negative_prompt="q", extra_body={"new_flag": True}
    )
    assert task.id == TASK["_id"]
    assert recorder.json_body() == {
        "name": "n",
        "image_url": "https://x/i.jpg",
        "prompt": "p",
        "negative_prompt": "q",
        "new_flag": True,
    }


def test_get_takes_the_id_positionally_and_lists_send_query() -> None:
    recorder = Recorder(
        httpx.Response(200, json=envelope(TASK)), httpx.Response(200, json=envelope({"rows": [TASK], "count": 1}))
    )
    client = client_for(recorder)
    assert client.talking_photo.get(TASK["_id"]).current_status == "processing"
    assert recorder.last.url.path == f"/api/v1/talkingPhoto/{TASK['_id']}"
    page = client.talking_photo.list(page_num=2, page_size=5)
    assert page.count == 1 and page.rows and page.rows[0].id == TASK["_id"]
    assert dict(recorder.last.url.params) == {"pageNum": "2", "pageSize": "5"}


def test_unknown_status_values_and_fields_are_kept() -> None:
    body = envelope(dict(TASK, current_status="rendering", brand_new={"a": 1}), extra_top="x")
    task = client_for(Recorder(httpx.Response(200, json=body))).talking_photo.get(TASK["_id"])
    assert task.current_status == "rendering"
    assert task.additional_properties == {"brand_new": {"a": 1}}


@pytest.mark.parametrize(
    ("status", "body", "error", "code"),
    [
        (200, {"code": 1001, "msg": "hosts are occupied", "data": None, "trace_id": "t-1"}, a2e.BadRequestError, 1001),
        (200, {"code": 1003, "msg": "minor detected", "trace_id": "t-1"}, a2e.ModerationError, 1003),
        (200, {"code": 77777, "msg": "something new", "trace_id": "t-1"}, a2e.APIError, 77777),
        (401, {"code": 401, "msg": "Unauthorized", "trace_id": "t-1"}, a2e.AuthenticationError, 401),
        (402, {"code": 9, "msg": "Insufficient credits", "trace_id": "t-1"}, a2e.InsufficientCreditsError, 9),
        (403, {"code": 1004, "msg": "suspected minor", "trace_id": "t-1"}, a2e.ModerationError, 1004),
        (404, {"code": 404, "msg": "Task not found", "trace_id": "t-1"}, a2e.NotFoundError, 404),
        (429, {"code": 429, "msg": "slow down", "trace_id": "t-1"}, a2e.RateLimitError, 429),
        (500, {"code": 500, "msg": "boom", "trace_id": "t-1"}, a2e.InternalServerError, 500),
    ],
)
def test_error_envelopes_raise_typed_errors(
    status: int, body: dict[str, object], error: type[a2e.APIError], code: int
) -> None:
    client = client_for(Recorder(httpx.Response(status, json=body)), max_retries=0)
    with pytest.raises(error) as caught:
        client.streaming_avatar.speak(channel="c", text="t")
    assert caught.value.code == code
    assert caught.value.http_status == status
    assert caught.value.trace_id == "t-1"
    assert caught.value.message == body["msg"]
    assert "t-1" in str(caught.value)


def test_html_error_page_is_an_api_error_with_a_snippet() -> None:
    page = "<html><head><title>404 Not Found</title></head><body>nginx</body></html>"
    client = client_for(Recorder(httpx.Response(404, text=page, headers={"content-type": "text/html"})))
    with pytest.raises(a2e.NotFoundError) as caught:
        client.talking_photo.get("686770ddbf319f630a1cb3f7")
    assert caught.value.http_status == 404
    assert caught.value.code is None
    assert "404 Not Found" in caught.value.body_snippet


def test_bad_gateway_page_is_a_server_error() -> None:
    client = client_for(Recorder(httpx.Response(502, text="<html>Bad Gateway</html>")), max_retries=0)
    with pytest.raises(a2e.InternalServerError):
        client.streaming_avatar.speak(channel="c", text="t")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html>maintenance</html>", "not JSON"),
        (b'{"data": {}}', "not an envelope"),
        (b"[1, 2]", "not an envelope"),
        (b"", "not an envelope"),
    ],
)
def test_malformed_success_bodies_are_validation_errors(content: bytes, reason: str) -> None:
    client = client_for(Recorder(httpx.Response(200, content=content)))
    with pytest.raises(a2e.APIResponseValidationError) as caught:
        client.streaming_avatar.speak(channel="c", text="t")
    assert reason in caught.value.message
    assert caught.value.http_status == 200


def test_envelope_whose_data_does_not_fit_the_spec_is_a_validation_error() -> None:
    client = client_for(Recorder(httpx.Response(200, json=envelope([1, 2], trace_id="t-9"))))
    with pytest.raises(a2e.APIResponseValidationError) as caught:
        client.talking_photo.get("686770ddbf319f630a1cb3f7")
    assert caught.value.trace_id == "t-9"
    assert "[1,2]" in caught.value.body_snippet


def test_raw_response_exposes_trace_id_and_status() -> None:
    client = client_for(Recorder(httpx.Response(200, json=envelope(TASK, trace_id="t-42"), headers={"x-a": "b"})))
    raw = client.talking_photo.with_raw_response.get(TASK["_id"])
    assert raw.trace_id == "t-42"
    assert raw.http_status == 200
    assert raw.headers["x-a"] == "b"
    assert raw.data.id == TASK["_id"]


def test_generated_functions_work_with_the_same_client() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope(TASK)))
    client = client_for(recorder)
    response = talking_photo_get.sync_detailed(TASK["_id"], client=client.api_client)
    assert recorder.last.headers["Authorization"] == f"Bearer {TOKEN}"
    assert response.parsed is not None
    error_client = client_for(Recorder(httpx.Response(200, json={"code": 1001, "msg": "bad", "data": None})))
    with pytest.raises(a2e.BadRequestError):
        talking_photo_get.sync_detailed(TASK["_id"], client=error_client.api_client)


def test_missing_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("A2E_API_KEY", raising=False)
    with pytest.raises(a2e.ConfigurationError, match="A2E_API_KEY"):
        A2E()
    with pytest.raises(a2e.ConfigurationError, match="A2E_API_KEY"):
        AsyncA2E(api_key="  ")


def test_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("A2E_API_KEY", TOKEN)
    recorder = Recorder(httpx.Response(200, json=envelope({"coins": 1, "diamonds": 0})))
    client = A2E(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    assert client.credits.remaining().coins == 1
    assert recorder.last.headers["Authorization"] == f"Bearer {TOKEN}"


def test_default_timeout_is_finite() -> None:
    client = A2E(TOKEN)
    timeout = client.api_client.get_httpx_client().timeout
    assert timeout.read is not None and timeout.connect is not None
    client.close()


def test_bad_path_ids_are_rejected_before_sending() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope(TASK)))
    client = client_for(recorder)
    with pytest.raises(a2e.ArgumentValueError, match=r"talking_photo\.get: id must be"):
        client.talking_photo.get("")
    with pytest.raises(a2e.ArgumentTypeError, match=r"talking_photo\.get: id must be a str"):
        client.talking_photo.get(None)  # type: ignore[arg-type]
    assert recorder.requests == []


def test_token_never_leaks(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"code": 1001, "msg": f"bad token {TOKEN}", "trace_id": "t"}
    client = client_for(Recorder(httpx.Response(200, json=echo)))
    assert TOKEN not in repr(client)
    assert TOKEN not in repr(client.api_client)
    settings = client._core.settings
    assert TOKEN not in repr(settings) and TOKEN not in repr(client.with_options(timeout=5)._core.settings)
    with pytest.raises(a2e.APIError) as caught:
        client.credits.remaining()
    assert TOKEN not in str(caught.value)
    assert TOKEN.encode() not in caught.value.body
    assert TOKEN not in caplog.text
    assert "/api/v1/user/remainingCoins" in caplog.text


def test_token_is_sent_only_to_the_api_origin() -> None:
    recorder = Recorder(httpx.Response(200, json=envelope({})))
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    A2E(TOKEN, http_client=http)
    http.get("https://cdn.example.com/result.mp4")
    assert "Authorization" not in recorder.last.headers
    http.get("http://video.a2e.ai/api/v1/user/remainingCoins")  # another scheme is another origin
    assert "Authorization" not in recorder.last.headers


def test_get_is_retried_on_server_errors(no_sleep: list[float]) -> None:
    recorder = Recorder(
        httpx.Response(503, text="busy"), httpx.Response(200, json=envelope({"coins": 3, "diamonds": 0}))
    )
    assert client_for(recorder).credits.remaining().coins == 3
    assert len(recorder.requests) == 2
    assert len(no_sleep) == 1


def test_retry_after_is_honoured(no_sleep: list[float]) -> None:
    recorder = Recorder(
        httpx.Response(429, json={"code": 429, "msg": "slow"}, headers={"Retry-After": "7"}),
        httpx.Response(200, json=envelope({"coins": 3, "diamonds": 0})),
    )
    client_for(recorder).credits.remaining()
    assert no_sleep == [7.0]


def test_post_that_reached_the_server_is_never_retried(no_sleep: list[float]) -> None:
    recorder = Recorder(httpx.Response(503, text="busy"))
    with pytest.raises(a2e.InternalServerError):
        client_for(recorder, max_retries=5).talking_photo.start(
            name="n", image_url="https://x/u.jpg", prompt="p", negative_prompt="q"
        )
    assert len(recorder.requests) == 1
    timeouts = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(a2e.APITimeoutError):
        client_for(timeouts, max_retries=5).talking_photo.start(
            name="n", image_url="https://x/u.jpg", prompt="p", negative_prompt="q"
        )
    assert len(timeouts.requests) == 1
    assert no_sleep == []


def test_post_whose_connection_failed_is_retried(no_sleep: list[float]) -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json=envelope(TASK)))
    task = client_for(recorder).talking_photo.start(
        name="n", image_url="https://x/u.jpg", prompt="p", negative_prompt="q"
    )
    assert task.id == TASK["_id"]
    assert len(recorder.requests) == 2


def test_retries_give_up_with_a_connection_error(no_sleep: list[float]) -> None:
    recorder = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(a2e.APIConnectionError):
        client_for(recorder, max_retries=2).credits.remaining()
    assert len(recorder.requests) == 3


@pytest.mark.anyio
async def test_async_client_calls_errors_and_retries(no_sleep: list[float]) -> None:
    recorder = Recorder(
        httpx.Response(200, json=envelope({})),
        httpx.Response(500, text="oops"),
        httpx.Response(200, json=envelope(TASK)),
        httpx.Response(200, json={"code": 1003, "msg": "moderation", "trace_id": "t-3"}),
        httpx.Response(200, json=envelope({"coins": 2, "diamonds": 0}, trace_id="t-5")),
    )
    async with async_client_for(recorder) as client:
        await client.streaming_avatar.speak(channel="f84fd", text="Hello")
        assert recorder.json_body(0) == {"channel": "f84fd", "text": "Hello"}
        assert recorder.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
        task = await client.talking_photo.get(TASK["_id"])
        assert task.id == TASK["_id"] and len(no_sleep) == 1
        with pytest.raises(a2e.ModerationError) as caught:
            await client.talking_photo.start(name="n", image_url="https://x/u.jpg", prompt="p", negative_prompt="q")
        assert caught.value.trace_id == "t-3"
        raw = await client.credits.with_raw_response.remaining()
        assert (raw.trace_id, raw.http_status, raw.data.coins) == ("t-5", 200, 2)


def test_import_is_lazy() -> None:
    """`import a2e` loads no client code; a call loads its group's code and only the models it needs."""
    script = """
import sys
import a2e
assert "a2e._client" not in sys.modules and "httpx" not in sys.modules
import httpx
reply = httpx.Response(200, json={"code": 0, "data": {"coins": 1, "diamonds": 0}})
client = a2e.A2E("sk_x", http_client=httpx.Client(transport=httpx.MockTransport(lambda request: reply)))
assert not any(name.startswith("a2e_api.models.") for name in sys.modules)
assert "attrs" not in sys.modules and "asyncio" not in sys.modules and "sqlite3" not in sys.modules
client.credits.remaining()
loaded = sorted(name for name in sys.modules if name.startswith("a2e_api.models."))
assert loaded == ["a2e_api.models.balance"], loaded
assert "a2e_api.api.credits_" in sys.modules and "a2e_api.api.talking_photo" not in sys.modules
from a2e_api.models import VoicesTtsBody  # the package still exposes every model
assert "a2e_api.models.voices_tts_body" in sys.modules
client.talking_photo  # a group with starts: neither its async half nor its TypedDicts load with it
assert "a2e_api.api.talking_photo" in sys.modules
assert {"a2e_api.api.talking_photo._async", "a2e_api.api.talking_photo._params"}.isdisjoint(sys.modules)
from a2e_api.api.talking_photo import TalkingPhotoStartParams  # on first use
assert "a2e_api.api.talking_photo._params" in sys.modules and "image_url" in TalkingPhotoStartParams.__annotations__
"""
    subprocess.run([sys.executable, "-c", script], check=True)


def test_base_url_comes_from_argument_environment_or_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("A2E_BASE_URL", raising=False)
    assert str(A2E(TOKEN).base_url) == "https://video.a2e.ai"
    monkeypatch.setenv("A2E_BASE_URL", "https://video.a2e.com.cn")
    assert str(A2E(TOKEN).base_url) == "https://video.a2e.com.cn"
    assert str(A2E(TOKEN, base_url="http://127.0.0.1:4010").base_url) == "http://127.0.0.1:4010"
    with pytest.raises(a2e.ConfigurationError, match="base_url"):
        A2E(TOKEN, base_url="video.a2e.ai")


def test_readme_names_only_real_groups_and_methods() -> None:
    readme = (ROOT / "README.md").read_text()
    client = A2E(TOKEN)
    rows = re.findall(r"^\| `(\w+)` \| [^|]+ \| ((?:`\w+`(?:, )?)+) \|$", readme, re.M)
    assert len(rows) >= 14
    for group, methods in rows:
        for method in re.findall(r"`(\w+)`", methods):
            assert callable(getattr(getattr(client, group), method)), f"client.{group}.{method}"
    for group, method in re.findall(r"client\.(\w+)\.(\w+)\(", readme):
        assert callable(getattr(getattr(client, group), method)), f"client.{group}.{method}"


def test_a_group_s_descriptors_are_built_once_each_on_first_lookup() -> None:
    from a2e_api.api import face_swap
    from a2e_api.descriptors import Operation, Operations

    built: list[str] = []

    def factory(operation_id: str) -> Operation:
        built.append(operation_id)
        return face_swap._OPS[operation_id]

    operations = Operations({name: functools.partial(factory, name) for name in ("face_swap_get", "face_swap_list")})
    assert list(operations) == ["face_swap_get", "face_swap_list"] and len(operations) == 2 and built == []
    assert operations["face_swap_get"] is operations["face_swap_get"]
    assert operations["face_swap_get"].path == "/api/v1/userFaceSwapTask/{id}" and built == ["face_swap_get"]
    assert repr(operations) == "Operations(face_swap_get, face_swap_list)"
    with pytest.raises(KeyError):
        operations["face_swap_nothing"]
    assert {operation.id for operation in face_swap._OPS.values()} == set(face_swap._OPS)  # every one builds
