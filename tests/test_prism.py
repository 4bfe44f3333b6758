"""Every operation over real HTTP, against the Prism mock server built from our own spec.

Prism validates each request the client sends against the spec (a mismatch comes back as the
spec's 400, which the client raises) and answers with the operation's documented 200 example,
which the client must parse and return.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from a2e import A2E
from conftest import (
    ROOT,
    SPEC_PATH,
    TOKEN,
    Operation,
    Recording,
    as_json,
    call_arguments,
    deprecation_expected,
    expected_data,
    group_of,
    operations,
    spec,
)

PRISM = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    assert PRISM.exists(), "run `make install` (npm ci) first"
    port = free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", str(SPEC_PATH), "-h", "127.0.0.1", "-p", str(port)],
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


def example_call(op: Operation) -> Recording:
    """The request the spec's examples describe, and the 200 example Prism will answer."""
    item = spec()["paths"][op.path]
    params = [*item.get("parameters", []), *op.body.get("parameters", [])]
    params = [spec()["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in params]
    path = op.path
    query: dict[str, Any] = {}
    for param in params:
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", str(param["example"]))
        elif param["in"] == "query" and "example" in param:
            query[param["name"]] = param["example"]
    body = op.body.get("requestBody", {}).get("content", {}).get("application/json", {}).get("example")
    ok = op.body["responses"]["200"]
    if "$ref" in ok:
        ok = spec()["components"]["responses"][ok["$ref"].rsplit("/", 1)[1]]
    return Recording(
        file="spec-examples",
        operation=op.operation_id,
        source="docs",
        method=op.method,
        path=path,
        query=query,
        body=body,
        status=200,
        response=ok["content"]["application/json"]["example"],
        expect_error=None,
    )


OPS = sorted(operations().values(), key=lambda op: op.operation_id)


@pytest.fixture(scope="module")
def client(prism_url: str) -> Iterator[A2E]:
    with A2E(TOKEN, base_url=prism_url, max_retries=0) as shared:
        yield shared


@pytest.mark.parametrize("op", OPS, ids=[op.operation_id for op in OPS])
def test_operation_round_trip_through_prism(client: A2E, op: Operation) -> None:
    call = example_call(op)
    group, method = group_of(op.operation_id)
    args, kwargs = call_arguments(call)
    with deprecation_expected(call):
        result = getattr(getattr(client, group), method)(*args, **kwargs)
    assert as_json(result) == expected_data(call)
