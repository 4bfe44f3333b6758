"""Every operation over real HTTP, against the Prism mock server built from our own spec.

Prism validates each request the client sends against the spec (a mismatch comes back as the
spec's 400, which the client raises) and answers with the operation's documented 200 example,
which the client must parse and return.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from a2e import A2E
from a2e._results import as_json
from conftest import (
    TOKEN,
    Operation,
    Recording,
    call_arguments,
    deprecation_expected,
    expected_data,
    group_of,
    operations,
    spec,
)


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
