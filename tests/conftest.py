"""Shared fixtures: the spec, the recordings, and clients wired to httpx.MockTransport."""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from a2e._requests import Problem, check, query_value
from a2e._results import is_file_url
from a2e_api.api import GROUPS
from a2e_api.api import operation as operation_named
from a2e_api.descriptors import Operation as Descriptor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))  # the scripts' spec reader, shared with the tests

import spec_reader  # noqa: E402 (found through the path just set)

os.environ["A2E_STATE_DIR"] = tempfile.mkdtemp(prefix="a2e-test-state-")  # keyed starts never touch ~/.local/state
SPEC_PATH = spec_reader.SPEC


@pytest.hookimpl(optionalhook=True)  # xdist's hook: unknown under -p no:xdist
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one and a half workers per core. Many tests wait on a job's polls, a subprocess or a
    browser, so two workers on two cores left a third of the CPU idle (115 s; three workers: 91 s)."""
    return max(2, (os.cpu_count() or 1) * 3 // 2)


RECORDINGS_DIR = ROOT / "tests" / "recordings"
TOKEN = "sk_test_0123456789abcdef"
BASE_URL = "https://video.a2e.ai"


@cache
def spec() -> dict[str, Any]:
    return spec_reader.load()


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    body: dict[str, Any]
    """The operation object from the spec."""


@cache
def operations() -> dict[str, Operation]:
    return {
        operation_id: Operation(operation_id, method, path, op)
        for operation_id, (method, path, op, _) in spec_reader.operations(spec()).items()
    }


@dataclass(frozen=True)
class Recording:
    file: str
    operation: str
    source: str
    method: str
    path: str
    query: dict[str, Any]
    body: Any
    status: int
    response: Any
    expect_error: str | None


def load_recordings() -> list[Recording]:
    recordings = []
    for file in sorted(RECORDINGS_DIR.glob("*.json")):
        raw = json.loads(file.read_text())
        request = raw["request"]
        recordings.append(
            Recording(
                file=file.name,
                operation=raw["operation"],
                source=raw["source"],
                method=request["method"],
                path=request["path"],
                query=request.get("query") or {},
                body=request.get("body"),
                status=raw["status"],
                response=raw["response"],
                expect_error=raw.get("expect_error"),
            )
        )
    return recordings


def group_of(operation_id: str) -> tuple[str, str]:
    group = max((g for g in GROUPS if operation_id.startswith(g + "_")), key=len)  # wan_spicy before wan
    return group, operation_id[len(group) + 1 :]


def descriptor(operation_id: str) -> Descriptor:
    """The operation's generated descriptor (route, arguments with wire names and checks, job facts)."""
    return operation_named(operation_id)


def call_arguments(recording: Recording) -> tuple[list[Any], dict[str, Any]]:
    """The Python call (positional ids, keyword body fields and query) that sends this request."""
    op = descriptor(recording.operation)
    pattern = "^" + re.sub(r"\{[^}]+\}", "([^/]+)", op.path) + "$"
    match = re.match(pattern, recording.path)
    assert match, f"{recording.path} does not match {op.path}"
    positional: list[Any] = list(match.groups())
    kwargs: dict[str, Any] = {}
    extra_query, extra_body = {}, {}
    # A value the spec forbids (a recorded error reply to bad input) is sent on purpose, the
    # documented way: through extra_query / extra_body, which the client does not check.
    for argument in op.query:
        if argument.wire in recording.query:
            value = from_query(argument.schema, recording.query[argument.wire])
            if allowed(argument.schema, value):
                kwargs[argument.name] = value
            else:
                extra_query[argument.wire] = recording.query[argument.wire]
    if recording.body is not None:
        checks = {argument.wire: argument for argument in op.body or ()}
        for wire, value in recording.body.items():
            if wire in checks and allowed(checks[wire].schema, value):
                kwargs[checks[wire].name] = value
            else:
                extra_body[wire] = value
                if wire in checks and checks[wire].required:
                    kwargs[checks[wire].name] = placeholder(checks[wire].schema)  # required: extra_body overrides it
    if extra_query:
        kwargs["extra_query"] = extra_query
    if extra_body:
        kwargs["extra_body"] = extra_body
    if op.record_id and not op.path_params and op.record_id in kwargs:
        positional.append(kwargs.pop(op.record_id))
    return positional, kwargs


def placeholder(schema: Mapping[str, Any]) -> Any:
    """Some value the schema allows."""
    if "enum" in schema:
        return schema["enum"][0]
    kind = next((t for t in schema.get("type", []) if t != "null"), "string")
    if kind == "array":
        return [placeholder(schema.get("items", {}))] * max(schema.get("min_items", 0), 1)
    if kind == "string" and schema.get("file"):
        return "https://example.com/placeholder.jpg"
    simple = {"string": "x" * max(schema.get("min_length", 1), 1), "integer": schema.get("minimum", 1), "number": 1.0}
    return simple.get(kind, {"boolean": True}.get(kind, {}))


def allowed(schema: Mapping[str, Any], value: Any) -> bool:
    """Whether the client sends `value` as given: the spec allows it, and a file input's str is a URL."""
    try:
        check(schema, value)
    except Problem:
        return False
    items = value if isinstance(value, list) else [value]
    file = schema.get("file") or schema.get("items", {}).get("file")
    return not file or all(is_file_url(item) for item in items if isinstance(item, str))


def expected_query(recording: Recording) -> dict[str, str]:
    """The query the client sends: the spec's defaults, then what the recording says was sent."""
    sent = {
        argument.wire: query_value(argument.default)
        for argument in descriptor(recording.operation).query
        if argument.default is not None
    }
    return sent | {k: query_value(v) for k, v in recording.query.items()}


def from_query(schema: Mapping[str, Any], value: Any) -> Any:
    """A recorded query value (JSON or its text) as the Python argument the schema types it."""
    types = schema.get("type", [])
    if isinstance(value, str) and "integer" in types:
        return int(value)
    if isinstance(value, str) and "number" in types:
        return float(value)
    if isinstance(value, str) and "boolean" in types:
        return value == "true"
    return value


def expected_data(recording: Recording) -> Any:
    """What the client returns for the recording's reply, as JSON (None where it answers nothing)."""
    op = operations()[recording.operation].body
    reply = op["responses"]["200"]
    if reply.get("$ref", "").endswith("/NoData"):
        return None
    return recording.response.get("data")


def deprecation_expected(recording: Recording) -> contextlib.AbstractContextManager[object]:
    """A deprecated operation warns on every call; any other warning fails the test (filterwarnings)."""
    if operations()[recording.operation].body.get("deprecated"):
        return pytest.warns(DeprecationWarning, match=r"is deprecated: ")
    return contextlib.nullcontext()


Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that answers from a queue and keeps every request it saw."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def json_body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def envelope(data: Any = None, *, code: int = 0, trace_id: str = "trace-1", **extra: Any) -> dict[str, Any]:
    return {"code": code, "data": data, "trace_id": trace_id, **extra}


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Record retry delays instead of sleeping through them."""
    slept: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr("time.sleep", slept.append)
    monkeypatch.setattr("anyio.sleep", fake_async_sleep)
    yield slept


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    """The Prism mock of our own spec, on 127.0.0.1 (it checks requests and answers the examples)."""
    prism = ROOT / "node_modules" / ".bin" / "prism"
    assert prism.exists(), "run `make install` (npm ci) first"
    port = free_port()
    process = subprocess.Popen(
        [str(prism), "mock", str(SPEC_PATH), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("Prism did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
