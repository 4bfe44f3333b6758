"""A request checked as the spec says, with the client's own checks (`a2e._requests.check`).

The descriptors carry each argument's wire name, place, type, allowed values, limits and
required flag; a request that breaks any of them gets A2E's invalid-parameter error (HTTP 400,
code 1001) naming the argument, never a job and never a crash.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from a2e_api.descriptors import Operation

from a2e._requests import Problem, check

from ._world import Refusal


def invalid(name: str, allowed: str) -> Refusal:
    return Refusal(400, 1001, f"invalid parameter: {name} must be {allowed}")


def integral(schema: Mapping[str, Any], value: Any) -> Any:
    """`value` with each whole float an integer where its schema wants one (JSON's 2.0 is an integer)."""
    if isinstance(value, float) and value.is_integer() and "integer" in schema.get("type", []):
        return int(value)
    if isinstance(value, list):
        return [integral(schema.get("items", {}), item) for item in value]
    if isinstance(value, dict) and "properties" in schema:
        return {k: integral(schema["properties"].get(k, {}), v) for k, v in value.items()}
    return value


def checked(name: str, schema: Mapping[str, Any], value: Any) -> Any:
    try:
        return check(schema, integral(schema, value))
    except Problem as problem:
        raise invalid(name + problem.where, problem.allowed) from None


def from_text(name: str, schema: Mapping[str, Any], text: str) -> Any:
    """A query value typed as its schema says (`"2"` -> 2 for an integer), then checked."""
    types = schema.get("type") or ["string"]
    value: Any = text
    if "integer" in types and re.fullmatch(r"[+-]?\d{1,300}", text):
        value = int(text)
    elif "number" in types and re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text):
        value = float(text) if math.isfinite(float(text)) else text
    elif "boolean" in types and text in ("true", "false"):
        value = text == "true"
    elif "string" not in types:
        raise invalid(name, " or ".join(types))
    return checked(name, schema, value)


def arguments(
    operation: Operation, path_ids: Mapping[str, str], query: Mapping[str, list[str]], body: Any
) -> dict[str, Any]:
    """The request's arguments by wire name, typed and checked; `Refusal` for the first bad one."""
    found: dict[str, Any] = {}
    for argument in operation.path_params:
        found[argument.wire] = checked(argument.wire, argument.schema, unquote(path_ids[argument.wire]))
    for argument in operation.query:
        values = query.get(argument.wire)
        if values is None:
            if argument.required:
                raise invalid(argument.wire, "given (it is required)")
            continue
        if len(values) > 1:
            raise invalid(argument.wire, "given once")
        found[argument.wire] = from_text(argument.wire, argument.schema, values[0])
    if operation.body is None:
        return found
    if not isinstance(body, dict):
        raise invalid("the body", "a JSON object")
    for argument in operation.body:
        if argument.wire in body:
            found[argument.wire] = checked(argument.wire, argument.schema, body[argument.wire])
        elif argument.required:
            raise invalid(argument.wire, "given (it is required)")
    return found
