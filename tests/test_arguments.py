"""Property tests of argument checking, for every operation, from the spec's own descriptors.

Any value the spec allows for an argument is sent as given; any value it forbids (a wrong type,
a value outside the allowed values or limits, a file input's str that is not an http(s) URL)
raises an `ArgumentError` naming the operation and the argument, before anything is sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import a2e
import httpx
import pytest
from a2e import A2E
from a2e._requests import query_value
from a2e_api.descriptors import Argument, Operation
from conftest import TOKEN, Recorder, descriptor, envelope, group_of, operations
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

OPERATIONS = sorted(operations())
SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SAFE_ID = st.text(alphabet="0123456789abcdef", min_size=24, max_size=24)


def allowed(schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Values the schema allows."""
    types = [t for t in schema.get("type", []) if t != "null"]
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = types[0] if types else "string"
    if kind == "string" and schema.get("file"):
        return st.from_regex(r"https://[a-z]{1,8}\.example/[a-z0-9]{0,8}", fullmatch=True)
    if kind == "string":
        return st.text(
            alphabet=st.characters(codec="utf-8"),
            min_size=schema.get("min_length", 0),
            max_size=min(schema.get("max_length", 30), 30),
        )
    if kind == "integer":
        return st.integers(schema.get("minimum", -1000), schema.get("maximum", 10**6))
    if kind == "number":
        low, high = schema.get("minimum", -1e6), schema.get("maximum", 1e6)
        return st.floats(low, high, allow_nan=False, allow_infinity=False) | st.integers(int(low) + 1, int(high))
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        return st.lists(
            allowed(schema.get("items", {})),
            min_size=schema.get("min_items", 0),
            max_size=min(schema.get("max_items", 3), 3),
        )
    if kind == "object":
        properties = schema.get("properties", {})
        required = {name: allowed(properties[name]) for name in schema.get("required", [])}
        return st.fixed_dictionaries(required)
    return st.none()


def forbidden(schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Values the schema forbids: another type, or outside its allowed values or limits."""
    types = set(schema.get("type", []))
    options: list[st.SearchStrategy[Any]] = []
    if types and not types & {"string"}:
        options.append(st.text(max_size=5))
    if types and not types & {"integer", "number"}:
        options.append(st.integers())
    if types and "boolean" not in types:
        options.append(st.just(True))
    if types and "array" not in types:
        options.append(st.just([object()]) if "object" in types else st.lists(st.integers(), min_size=1, max_size=2))
    if "enum" in schema:
        options.append(st.text(min_size=1, max_size=8).filter(lambda v: v not in schema["enum"]))
    if schema.get("file") and "string" in types:
        options.append(st.text(max_size=8))  # a file input's str must be an http(s) URL
    if "maximum" in schema:
        options.append(st.integers(int(schema["maximum"]) + 1, int(schema["maximum"]) + 1000))
    if "minimum" in schema:
        options.append(st.integers(int(schema["minimum"]) - 1000, int(schema["minimum"]) - 1))
    if "max_length" in schema:
        options.append(st.text(min_size=schema["max_length"] + 1, max_size=schema["max_length"] + 3))
    if "max_items" in schema:
        options.append(
            st.lists(
                allowed(schema.get("items", {})), min_size=schema["max_items"] + 1, max_size=schema["max_items"] + 1
            )
        )
    return st.one_of(*options) if options else st.nothing()


def arguments_of(op: Operation) -> list[Argument]:
    """Every query and body argument."""
    return [argument for argument in op.arguments if argument.where != "path"]


@st.composite
def valid_call(draw: st.DrawFn, operation_id: str) -> tuple[list[Any], dict[str, Any]]:
    """Positional ids and keyword arguments the spec allows, required ones and a few optional ones."""
    op = descriptor(operation_id)
    positional: list[Any] = [draw(SAFE_ID) for _ in op.path_params]
    kwargs: dict[str, Any] = {}
    for argument in arguments_of(op):
        if argument.required or draw(st.booleans()):
            kwargs[argument.name] = draw(allowed(argument.schema))
    if op.record_id and not op.path_params and op.record_id in kwargs:
        positional.append(kwargs.pop(op.record_id))
    return positional, kwargs


def method_of(client: A2E, operation_id: str) -> Any:
    group, method = group_of(operation_id)
    return getattr(getattr(client, group), method)


def client(recorder: Recorder) -> A2E:
    return A2E(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), max_retries=0)


def sent(request: httpx.Request, where: str, wire: str) -> Any:
    if where == "query":
        values = request.url.params.get_list(wire)
        return values if len(values) != 1 else values[0]
    return json.loads(request.content)[wire]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("operation_id", OPERATIONS)
@SETTINGS
@given(data=st.data())
def test_allowed_values_are_sent_as_given(operation_id: str, data: st.DataObject) -> None:
    op = descriptor(operation_id)
    positional, kwargs = data.draw(valid_call(operation_id))
    recorder = Recorder(httpx.Response(500, json={"code": 500, "msg": "stop here"}))
    with pytest.raises(a2e.InternalServerError):
        method_of(client(recorder), operation_id)(*positional, **kwargs)
    (request,) = recorder.requests
    given = dict(kwargs)
    if op.record_id and not op.path_params and positional:
        given[op.record_id] = positional[-1]
    for argument in arguments_of(op):
        value = given.get(argument.name)
        if value is None:
            continue
        expected = (
            value
            if argument.where == "body"
            else ([query_value(v) for v in value] if isinstance(value, list) else query_value(value))
        )
        assert sent(request, argument.where, argument.wire) == json.loads(json.dumps(expected)), argument.name


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("operation_id", [o for o in OPERATIONS if arguments_of(descriptor(o))])
@SETTINGS
@given(data=st.data())
def test_forbidden_values_raise_before_sending_naming_the_argument(operation_id: str, data: st.DataObject) -> None:
    op = descriptor(operation_id)
    candidates = [a for a in arguments_of(op) if not forbidden(a.schema).is_empty]
    if not candidates:
        return
    chosen = data.draw(st.sampled_from(candidates))
    python = chosen.name
    positional, kwargs = data.draw(valid_call(operation_id))
    bad = data.draw(forbidden(chosen.schema))
    if python == op.record_id and not op.path_params:
        positional = [bad]
    else:
        kwargs[python] = bad
    recorder = Recorder(httpx.Response(200, json=envelope(None)))
    with pytest.raises(a2e.ArgumentError) as caught:
        method_of(client(recorder), operation_id)(*positional, **kwargs)
    assert caught.value.argument.split("[")[0] == python
    assert caught.value.operation == op.name
    assert recorder.requests == []
