"""The sandbox tells the truth: it answers the jobs started in it (of their own kind), unknown ids
with A2E's not-found error, charges what it quotes, makes files that depend on their input,
checks requests as the spec says (and never crashes on a bad one), posts webhooks only to
loopback addresses, and has the fault triggers the client's tests need."""

from __future__ import annotations

import hashlib
import http.server
import json
import struct
import sys
import threading
import time
import zlib
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import a2e.sandbox
import httpx
import jsonschema
import pytest
from a2e import A2E, NotFoundError
from a2e.sandbox import Sandbox
from a2e.sandbox._answers import Call, handlers
from a2e.sandbox._media import boxes
from a2e.sandbox._world import World
from a2e_api.descriptors import Operation
from conftest import operations, spec

HEADERS = {"Authorization": "Bearer sk_sandbox_test"}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sandbox(clock: Clock) -> Iterator[Sandbox]:
    with Sandbox(job_seconds=10, clock=clock, late_reply_seconds=0.5) as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[A2E]:
    with A2E(api_key="sk_sandbox_test", base_url=sandbox.url, max_retries=0) as made:
        yield made


def finish(clock: Clock) -> None:
    clock.now += 11


def fetch(url: str) -> bytes:
    response = httpx.get(url)
    response.raise_for_status()
    return response.content


# ---- records ----


def test_an_unknown_id_gets_the_not_found_error_never_a_canned_record(client: A2E) -> None:
    for read in (lambda: client.avatar_videos.get("0123456789abcdef01234567"), lambda: client.wan.get("nope")):
        with pytest.raises(NotFoundError, match="not found"):
            read()


def test_a_read_answers_the_started_job_and_only_reads_of_its_kind_see_it(client: A2E, clock: Clock) -> None:
    started = client.face_swap.start(name="n", face_url="https://x/f.jpg", video_url="https://x/v.mp4")
    assert client.face_swap.get(started.id).id == started.id
    preview = client.face_swap.preview(face_url="https://x/f.jpg", video_url="https://x/v.mp4")
    with pytest.raises(NotFoundError):
        client.face_swap.get(preview.id)  # a preview is another kind of job
    rows = client.face_swap.list().rows
    assert [row.id for row in rows] == [started.id]
    assert [r.id for r in client.face_swap.batch_detail(ids=[started.id, "x"])] == [started.id]


def test_records_are_consistent_timestamps_of_now_no_completion_before_it_happens(client: A2E, clock: Clock) -> None:
    job = client.face_swap.start(name="n", face_url="https://x/f.jpg", video_url="https://x/v.mp4")
    record = client.face_swap.get(job.id).to_dict()
    assert record["current_status"] == "initialized" and record["initialized_time"]
    assert not record["completed_time"] and not record["processing_time"] and not record["result_url"]
    created = time.mktime(time.strptime(record["createdAt"][:19], "%Y-%m-%dT%H:%M:%S")) - time.timezone
    assert abs(time.time() - created) < 60
    finish(clock)
    done = client.face_swap.get(job.id).to_dict()
    assert done["current_status"] == "completed" and done["completed_time"] and done["result_url"]


def test_the_balance_goes_down_by_each_jobs_coins_and_quotes_equal_them(client: A2E) -> None:
    before = client.credits.remaining().coins
    quoted = client.talking_photo.quote.start(name="n", image_url="https://x/i.jpg", prompt="p", negative_prompt="q")
    photo = client.talking_photo.start(name="n", image_url="https://x/i.jpg", prompt="p", negative_prompt="q")
    quoted_video = client.image_to_video.quote.start(image_url="https://x/i.jpg", video_time=5)
    video = client.image_to_video.start(image_url="https://x/i.jpg", video_time=5)
    assert (quoted.coins, quoted_video.coins) == (photo.coins, video.coins) == (10, 15)
    assert before is not None and photo.coins is not None and video.coins is not None
    assert client.credits.remaining().coins == before - photo.coins - video.coins


def test_a_job_over_the_balance_is_refused(sandbox: Sandbox) -> None:
    sandbox.world.coins = 5
    body = {"name": "n", "image_url": "https://x/i.jpg", "prompt": "p", "negative_prompt": "q"}
    reply = httpx.post(f"{sandbox.url}/api/v1/talkingPhoto/start", json=body, headers=HEADERS).json()
    assert reply["code"] == 402 and not sandbox.world.jobs


# ---- media ----


def test_speech_is_an_mp3_tagged_with_its_text_and_the_video_carries_it(client: A2E, clock: Clock) -> None:
    speech = str(client.voices.tts(msg="Hello from the sandbox test"))
    audio = fetch(speech)
    assert audio.startswith(b"ID3") and b"Hello from the sandbox test" in audio
    size = sum(byte << (7 * (3 - index)) for index, byte in enumerate(audio[6:10]))  # ID3's syncsafe size
    assert audio[10 + size : 10 + size + 2] == b"\xff\xfb"  # an MPEG frame follows the tag
    video = client.avatar_videos.generate(anchor_id="6512b0c4e4b0a1f2c3d4e5f6", anchor_type=0, audio_src=speech)
    finish(clock)
    result = client.avatar_videos.get(video.id).result
    assert result is not None
    mp4 = boxes(fetch(result))
    assert list(mp4)[:2] == [b"ftyp", b"moov"] and audio in mp4[b"mdat"]


def test_an_image_has_the_requested_size_and_depends_on_the_prompt(client: A2E, clock: Clock) -> None:
    files = []
    for prompt in ("a cat", "a dog"):
        (job,) = client.text_to_image.start(prompt=prompt, width=320, height=200)
        finish(clock)
        (url,) = client.text_to_image.get(job.id).image_urls or []
        files.append(fetch(url))
    for png in files:
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and png[12:16] == b"IHDR"
        assert struct.unpack(">II", png[16:24]) == (320, 200)
        length = struct.unpack(">I", png[33:37])[0]
        kind, data = png[37:41], png[41 : 41 + length]
        assert zlib.crc32(kind + data) == struct.unpack(">I", png[41 + length : 45 + length])[0]
    assert files[0] != files[1]


# ---- requests checked as the spec says ----


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "named"),
    [
        ("GET", "/api/v1/userFaceSwapTask/records", {"pageNum": "abc"}, None, "pageNum"),
        ("GET", "/api/v1/userFaceSwapTask/records", {"pageSize": "1.5"}, None, "pageSize"),
        ("POST", "/api/v1/userFaceSwapTask/batchDetail", None, {"ids": "not-a-list"}, "ids"),
        ("POST", "/api/v1/userFaceSwapTask/add", None, {"name": "n", "face_url": "u"}, "video_url"),
        ("POST", "/api/v1/userFaceSwapTask/add", None, [1, 2], "body"),
    ],
)
def test_an_invalid_request_gets_the_invalid_parameter_error(
    sandbox: Sandbox, method: str, path: str, query: Any, body: Any, named: str
) -> None:
    response = httpx.request(method, sandbox.url + path, params=query, json=body, headers=HEADERS)
    assert response.status_code == 400
    reply = response.json()
    assert reply["code"] == 1001 and named in reply["msg"] and "data" not in reply
    assert not sandbox.world.jobs


def test_a_body_that_is_not_json_gets_the_invalid_parameter_error(sandbox: Sandbox) -> None:
    response = httpx.post(f"{sandbox.url}/api/v1/userFaceSwapTask/add", content=b"{", headers=HEADERS)
    assert (response.status_code, response.json()["code"]) == (400, 1001)


# ---- webhooks ----


class Receiver(http.server.BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        Receiver.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_webhooks_go_to_loopback_only_and_a_bad_url_does_not_stop_them(sandbox: Sandbox, clock: Clock) -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Receiver.received = []
    good = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        for url in ("http://[::1", "https://example.com/hook", good):
            body = {"name": "n", "face_url": "u", "video_url": "v", "webhook_url": url}
            reply = httpx.post(f"{sandbox.url}/api/v1/userFaceSwapTask/add", json=body, headers=HEADERS).json()
            assert reply["code"] == 0
        finish(clock)
        deadline = time.monotonic() + 5
        while not Receiver.received and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [event["event"] for event in Receiver.received] == ["task.completed"]
        assert sorted(sandbox.world.webhooks_refused) == ["http://[::1", "https://example.com/hook"]
    finally:
        server.shutdown()
        server.server_close()


# ---- fault triggers ----


def test_drop_reply_starts_the_job_then_resets_the_connection(sandbox: Sandbox) -> None:
    body = {"name": "sandbox:drop-reply", "face_url": "u", "video_url": "v"}
    with pytest.raises(httpx.TransportError):
        httpx.post(f"{sandbox.url}/api/v1/userFaceSwapTask/add", json=body, headers=HEADERS)
    assert len(sandbox.world.jobs) == 1


def test_late_reply_starts_the_job_and_answers_after_the_delay(sandbox: Sandbox) -> None:
    body = {"name": "sandbox:late-reply", "face_url": "u", "video_url": "v"}
    with pytest.raises(httpx.TimeoutException):
        httpx.post(f"{sandbox.url}/api/v1/userFaceSwapTask/add", json=body, headers=HEADERS, timeout=0.1)
    assert len(sandbox.world.jobs) == 1
    started = time.monotonic()
    late = httpx.post(f"{sandbox.url}/api/v1/userFaceSwapTask/add", json=body, headers=HEADERS, timeout=5)
    assert late.json()["code"] == 0 and time.monotonic() - started >= 0.5


# ---- handlers of other modules ----


def test_a_handler_answers_its_operation_over_the_rules() -> None:
    def listed(world: World, call: Call) -> Any:
        return {"rows": [], "count": call.arguments["pageSize"]}

    with Sandbox(handlers={"face_swap_list": listed}) as sandbox:
        reply = httpx.get(f"{sandbox.url}/api/v1/userFaceSwapTask/records?pageSize=7", headers=HEADERS).json()
    assert reply["data"] == {"rows": [], "count": 7}


def test_a_file_records_the_request_it_was_made_from(sandbox: Sandbox) -> None:
    url = sandbox.world.make_file("video", {"prompt": "p"})
    payload = boxes(fetch(url))[b"moov"]
    assert hashlib.sha256(json.dumps({"prompt": "p"}, sort_keys=True).encode()).hexdigest().encode() in payload


def test_a_module_of_the_package_adds_handlers_by_defining_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "_probe.py").write_text(
        "HANDLERS = {'streaming_avatar_list': lambda world, call: ['from the probe']}\n"
    )
    monkeypatch.setattr(a2e.sandbox, "__path__", [*a2e.sandbox.__path__, str(tmp_path)])
    monkeypatch.delitem(sys.modules, "a2e.sandbox._probe", raising=False)
    assert handlers()["streaming_avatar_list"](World(), None) == ["from the probe"]  # type: ignore[arg-type]


# ---- every job kind, as the spec says, while it runs and once it is done ----

SANDBOX_OPERATIONS = World().operations
STARTS = sorted(op_id for op_id, op in SANDBOX_OPERATIONS.items() if op.task)


def minimal(schema: Mapping[str, Any]) -> Any:
    """The smallest value a check schema allows (a file URL for a string)."""
    if "any_of" in schema:
        return minimal(schema["any_of"][0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = (schema.get("type") or ["string"])[0]
    if kind in ("integer", "number"):
        return max(schema.get("minimum", 1), 1) if "maximum" not in schema else schema.get("minimum", 0)
    if kind == "boolean":
        return False
    if kind == "array":
        return [minimal(schema.get("items", {}))] * max(schema.get("min_items", 1), 1)
    if kind == "object":
        return {name: minimal(schema["properties"][name]) for name in schema.get("required", [])}
    return "https://example.com/input.png".ljust(schema.get("min_length", 0), "x")


def request_for(op: Operation, known: dict[str, Any]) -> tuple[str, str, dict[str, Any], Any]:
    """A valid request of an operation: `known` values by wire name, the minimal value for any other required one."""
    path = op.path
    for argument in op.path_params:
        path = path.replace("{" + argument.wire + "}", str(known.get(argument.wire) or minimal(argument.schema)))
    query = {a.wire: known.get(a.wire, minimal(a.schema)) for a in op.query if a.required or a.wire in known}
    body = None
    if op.body is not None:
        body = {a.wire: known.get(a.wire, minimal(a.schema)) for a in op.body if a.required or a.wire in known}
    return op.http_method, path, query, body


@cache
def reply_validator(operation_id: str) -> jsonschema.Draft202012Validator:
    """A validator of an operation's 200 reply, as the spec says."""
    document = spec()
    response = operations()[operation_id].body["responses"]["200"]
    if "$ref" in response:
        response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema = {**response["content"]["application/json"]["schema"], "components": document["components"]}
    return jsonschema.Draft202012Validator(schema)


def conforms(operation_id: str, reply: Any) -> list[str]:
    """What in a reply breaks its operation's 200 schema in the spec."""
    return [f"{list(e.absolute_path)}: {e.message}" for e in reply_validator(operation_id).iter_errors(reply)]


@pytest.mark.parametrize("start_id", STARTS)
def test_every_job_kind_answers_as_the_spec_says_while_running_and_done(
    start_id: str, sandbox: Sandbox, clock: Clock
) -> None:
    start = SANDBOX_OPERATIONS[start_id]
    method, path, query, body = request_for(start, {})
    started = httpx.request(method, sandbox.url + path, params=query, json=body, headers=HEADERS).json()
    assert started["code"] == 0 and conforms(start_id, started) == []
    (job,) = sandbox.world.jobs.values()
    task = start.start_task
    detail = SANDBOX_OPERATIONS[task.detail]
    ids = {argument.wire: job.id for argument in detail.arguments}
    record_wire = [argument.wire for argument in detail.arguments if argument.name == detail.record_id]
    for moment in ("running", "done"):
        method, path, query, body = request_for(detail, {w: ids[w] for w in record_wire})
        read = httpx.request(method, sandbox.url + path, params=query, json=body, headers=HEADERS).json()
        assert read["code"] == 0 and conforms(detail.id, read) == [], moment
        assert job.id in json.dumps(read["data"])
        finish(clock)
    lists = [
        op for op_id, op in SANDBOX_OPERATIONS.items() if op.pagination and sandbox.world.kind_of(op_id) == job.kind
    ]
    for listing in lists:  # the pages of its kind hold it, as the spec says
        method, path, query, body = request_for(listing, {})
        page = httpx.request(method, sandbox.url + path, params=query, json=body, headers=HEADERS).json()
        assert page["code"] == 0 and conforms(listing.id, page) == [] and job.id in json.dumps(page["data"])
    record = job.record
    assert record[task.status] in task.done
    for name, kind in task.files.items():
        urls = record[name] if isinstance(record[name], list) else [record[name]]
        magic = {"image": b"\x89PNG", "audio": b"ID3", "video": b"\x00\x00\x00"}[kind]
        assert urls and all(fetch(url).startswith(magic) for url in urls)
