"""Shared fixtures: the spec, the recordings, and clients wired to httpx.MockTransport."""

from __future__ import annotations

import contextlib
import importlib
import json
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
import yaml
from a2e_api.api import GROUPS
from a2e_api.models.error_envelope import ErrorEnvelope
from a2e_api.types import Unset
from openapi_python_client.strings import PythonIdentifier

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "a2e.yaml"
RECORDINGS_DIR = ROOT / "tests" / "recordings"
TOKEN = "sk_test_0123456789abcdef"
BASE_URL = "https://video.a2e.ai"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    body: dict[str, Any]
    """The operation object from the spec."""


@cache
def operations() -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for path, item in spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                found[op["operationId"]] = Operation(op["operationId"], method.upper(), path, op)
    return found


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
    group = next(g for g in GROUPS if operation_id.startswith(g + "_"))
    return group, operation_id[len(group) + 1 :]


def endpoint_module(operation_id: str) -> ModuleType:
    group, _ = group_of(operation_id)
    package = PythonIdentifier(group, prefix="")  # the generator's folder name (`credits` -> `credits_`)
    return importlib.import_module(f"a2e_api.api.{package}.{operation_id}")


def success_model(operation_id: str) -> Any:
    """The envelope class the generated parser returns for the operation's 200 reply."""
    hints = typing.get_type_hints(endpoint_module(operation_id)._parse_response)
    candidates = [t for t in typing.get_args(hints["return"]) if t not in (ErrorEnvelope, type(None))]
    assert len(candidates) == 1, candidates
    return candidates[0]


def call_arguments(recording: Recording) -> tuple[list[str], dict[str, Any]]:
    """The Python call (positional path ids, keyword body fields and query) that sends this request."""
    op = operations()[recording.operation]
    pattern = "^" + re.sub(r"\{[^}]+\}", "([^/]+)", op.path) + "$"
    match = re.match(pattern, recording.path)
    assert match, f"{recording.path} does not match {op.path}"
    kwargs: dict[str, Any] = {PythonIdentifier(k, prefix=""): v for k, v in recording.query.items()}
    if recording.body is not None:
        body_hint = typing.get_type_hints(endpoint_module(recording.operation)._get_kwargs)["body"]
        # An optional request body is typed `Model | Unset`.
        (body_model,) = [t for t in typing.get_args(body_hint) or (body_hint,) if t is not Unset]
        body = body_model.from_dict(recording.body)
        for field in attrs.fields(body_model):
            value = getattr(body, field.name)
            if field.name != "additional_properties" and not isinstance(value, Unset):
                kwargs[field.name] = value
        if body.additional_properties:
            kwargs["extra_body"] = body.additional_properties
    return list(match.groups()), kwargs


def expected_data(recording: Recording) -> Any:
    parsed = success_model(recording.operation).from_dict(recording.response)
    return None if isinstance(parsed.data, Unset) else parsed.data


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

    monkeypatch.setattr("a2e._client.time.sleep", slept.append)
    monkeypatch.setattr("a2e._client.anyio.sleep", fake_async_sleep)
    yield slept


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
