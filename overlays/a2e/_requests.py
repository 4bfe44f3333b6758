"""Turn a generated method's arguments into an HTTP request, checking each against the spec first.

The checks come from the operation's descriptor (generated from the spec: types, allowed values,
limits), never from per-operation code. A value the spec does not allow raises an
`ArgumentTypeError` or `ArgumentValueError` naming the operation and the argument; nothing is
sent. `extra_query` and `extra_body` are sent as given and override arguments of the same name,
which is how to send a value the spec does not (yet) allow.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from a2e_api.descriptors import Operation
from a2e_api.types import UNSET, Unset

from ._exceptions import ArgumentTypeError, ArgumentValueError

SAFE_ID = re.compile(r"[A-Za-z0-9._~-]{1,256}")
"""What a path id may be: A2E ids are 24-hex ObjectIds; any other printable URL-safe id passes too."""
JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}
TYPE_WORDS = {
    "string": "a str",
    "integer": "an int",
    "number": "a number",
    "boolean": "a bool",
    "array": "a list",
    "object": "a dict",
    "null": "None",
}


class Problem(Exception):
    """What is wrong with a value: `allowed` in words; `is_type` for a wrong type."""

    def __init__(self, allowed: str, *, is_type: bool, where: str = "") -> None:
        self.allowed = allowed
        self.is_type = is_type
        self.where = where
        super().__init__(allowed)


class Prepared(NamedTuple):
    method: str
    path: str
    params: list[tuple[str, str | int | float | bool | None]] | None
    body: dict[str, Any] | None
    content: bytes | None


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "null":
        return value is None
    if isinstance(value, bool):
        return kind == "boolean"
    if kind == "object" and hasattr(value, "to_dict"):
        return True
    return isinstance(value, JSON_TYPES.get(kind, (object,)))


def check(schema: Mapping[str, Any], value: Any) -> Any:
    """`value` as JSON (models as dicts), if `schema` allows it; else raise `Problem`."""
    if "any_of" in schema:
        for variant in schema["any_of"]:
            try:
                return check(variant, value)
            except Problem:
                continue
        raise Problem("one of the forms the spec allows", is_type=True)
    types = schema.get("type") or []
    if types and not any(_type_ok(kind, value) for kind in types):
        raise Problem(" or ".join(TYPE_WORDS.get(kind, kind) for kind in types), is_type=True)
    if value is None:
        return None
    if "enum" in schema and value not in schema["enum"]:
        raise Problem("one of " + ", ".join(repr(v) for v in schema["enum"]), is_type=False)
    if isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(schema, value)
    elif isinstance(value, str):
        _check_length(schema, len(value), "characters", "min_length", "max_length")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise Problem(f"a str matching {schema['pattern']!r}", is_type=False)
    elif isinstance(value, list | tuple):
        _check_length(schema, len(value), "items", "min_items", "max_items")
        items = schema.get("items", {})
        result = []
        for index, item in enumerate(value):
            try:
                result.append(check(items, item))
            except Problem as problem:
                raise Problem(problem.allowed, is_type=problem.is_type, where=f"[{index}]{problem.where}") from None
        return result
    elif hasattr(value, "to_dict") or isinstance(value, Mapping):
        return _check_object(schema, value.to_dict() if hasattr(value, "to_dict") else dict(value))
    return value


def _check_number(schema: Mapping[str, Any], value: float) -> None:
    if not math.isfinite(value):
        raise Problem("a finite number", is_type=False)
    low, high = schema.get("minimum"), schema.get("maximum")
    xlow, xhigh = schema.get("exclusive_minimum"), schema.get("exclusive_maximum")
    if (low is not None and value < low) or (high is not None and value > high):
        raise Problem(_range_words(low, high), is_type=False)
    if (xlow is not None and value <= xlow) or (xhigh is not None and value >= xhigh):
        raise Problem(f"a number above {xlow}" if xlow is not None else f"a number below {xhigh}", is_type=False)


def _range_words(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"between {low} and {high}"
    return f"at least {low}" if low is not None else f"at most {high}"


def _check_length(schema: Mapping[str, Any], length: int, unit: str, low_key: str, high_key: str) -> None:
    low, high = schema.get(low_key), schema.get(high_key)
    if (low is not None and length < low) or (high is not None and length > high):
        raise Problem(f"{_range_words(low, high)} {unit} long", is_type=False)


def _check_object(schema: Mapping[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    properties = schema.get("properties")
    if properties is None:
        return value
    missing = [name for name in schema.get("required", []) if name not in value]
    if missing:
        raise Problem(f"a dict with {', '.join(missing)}", is_type=False)
    result = {}
    for name, item in value.items():
        if isinstance(item, Unset):
            continue
        try:
            result[name] = check(properties[name], item) if name in properties else item
        except Problem as problem:
            raise Problem(problem.allowed, is_type=problem.is_type, where=f"[{name!r}]{problem.where}") from None
    return result


def _fail(operation: Operation, argument: str, value: Any, problem: Problem) -> Exception:
    error = ArgumentTypeError if problem.is_type else ArgumentValueError
    return error(operation.name, argument + problem.where, value, problem.allowed)


def _checked(operation: Operation, name: str, schema: Mapping[str, Any], value: Any) -> Any:
    try:
        return check(schema, value)
    except Problem as problem:
        raise _fail(operation, name, value, problem) from None


def path_id(operation: Operation, name: str, schema: Mapping[str, Any], value: Any) -> str:
    """A path id that cannot address another route: no `/`, `.`, `..`, control or other odd characters."""
    value = _checked(operation, name, schema, value)
    if not isinstance(value, str) or not SAFE_ID.fullmatch(value) or value in (".", ".."):
        raise ArgumentValueError(operation.name, name, value, "an id of letters, digits, '-', '_', '.' and '~'")
    return value


def query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def encode_json(operation: Operation, body: dict[str, Any]) -> bytes:
    try:
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except ValueError as exc:
        raise ArgumentValueError(operation.name, "extra_body", body, f"JSON without NaN or infinity ({exc})") from None
    except TypeError as exc:
        raise ArgumentTypeError(operation.name, "extra_body", body, f"JSON-serializable values ({exc})") from None


def prepare(
    operation: Operation,
    arguments: Mapping[str, Any],
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
) -> Prepared:
    """Check `arguments` against the operation's descriptor and build its request."""
    path = operation.path
    for argument in operation.path_params:
        value = path_id(operation, argument.name, argument.schema, arguments[argument.name])
        path = path.replace("{" + argument.wire + "}", value)
    params: list[tuple[str, str | int | float | bool | None]] = []
    for argument in operation.query:
        value = arguments.get(argument.name, argument.default)
        if isinstance(value, Unset) and argument.required:
            raise ArgumentTypeError(operation.name, argument.name, value, "given (it is required)")
        if isinstance(value, Unset) or value is None:
            continue
        value = _checked(operation, argument.name, argument.schema, value)
        if isinstance(value, list):
            params.extend((argument.wire, query_value(item)) for item in value)
        else:
            params.append((argument.wire, query_value(value)))
    if extra_query:
        overridden = set(extra_query)
        params = [(k, v) for k, v in params if k not in overridden]
        for name, extra in extra_query.items():
            params.append((str(name), query_value(extra)))
    body: dict[str, Any] | None = None
    if operation.body is not None:
        body = {}
        for argument in operation.body:
            value = arguments.get(argument.name, UNSET)
            if isinstance(value, Unset):
                if argument.required:
                    raise ArgumentTypeError(operation.name, argument.name, value, "given (it is required)")
                continue
            body[argument.wire] = _checked(operation, argument.name, argument.schema, value)
    if extra_body:
        body = {**(body or {}), **extra_body}
    content = encode_json(operation, body) if body is not None else None
    return Prepared(operation.http_method, path, params or None, body, content)


def call_headers(operation: Operation, base: dict[str, str], extra: Mapping[str, str] | None) -> dict[str, str]:
    """The client's headers with a call's `extra_headers` over them, each a printable str."""
    if not extra:
        return base
    for key, value in extra.items():
        if not isinstance(key, str) or not isinstance(value, str) or not (key + value).isprintable():
            raise ArgumentValueError(operation.name, "extra_headers", {key: "..."}, "printable str names and values")
    return {**base, **extra}
